#pragma once

#include "domain/inspection.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cii {

// Inspections with their conflicts: conflicting rows red with the reason on hover, merged
// and cancelled ones grey.
class InspectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Operator, Lead, Participants, Kind, Start, End, Status, Conflict, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setData(QVector<Inspection> inspections, const QVector<InspectionConflict> &conflicts);
    const Inspection &inspection(int row) const { return m_items.at(row); }
    const QVector<Inspection> &inspections() const { return m_items; }
    // The conflicts an inspection is part of.
    QVector<InspectionConflict> conflictsOf(qint64 id) const { return m_conflicts.value(id); }
    // Words for people: "overlaps inspection 12 (MPS, 3–7 Apr 2026)".
    QString describe(const InspectionConflict &c, qint64 self) const;
    int rowOf(qint64 id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString departmentName(const QString &key);
    static QString reasonName(const QString &reason);

private:
    QVector<Inspection> m_items;
    QHash<qint64, QVector<InspectionConflict>> m_conflicts;
};

} // namespace cii
