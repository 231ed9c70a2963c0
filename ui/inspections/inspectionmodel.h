#pragma once

#include "domain/inspection.h"
#include "models/lazytablemodel.h"

#include <QHash>

namespace cii {

class Database;

// Inspections read from the store on demand (ListSources::inspections), with their
// conflicts: conflicting rows red with the reason on hover, merged and cancelled ones grey.
// The conflicts of a block of rows are found when the block is read, from the active
// inspections of the block's operators only (conflicts never cross operators), so a store of
// 100,000 inspections costs a few hundred of them per block.
class InspectionModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column { Operator, Lead, Participants, Kind, Start, End, Status, Conflict, ColumnCount };

    // A conflict as one of its two inspections sees it: the other one's id, lead and window.
    struct ConflictWith
    {
        InspectionConflict conflict;
        qint64 other = 0;
        QString otherLead;
        QDate otherStart;
        QDate otherEnd;
    };

    explicit InspectionModel(Database &db, QObject *parent = nullptr);

    // Conflicts closer than this many free days; takes effect at the next refresh().
    void setMinimumGap(int days) { m_minimumGap = days; }
    int minimumGap() const { return m_minimumGap; }
    // A row's inspection as the list reads it (without team, notes and scope).
    Inspection inspectionAt(int row) const;
    // The conflicts a row's inspection is part of.
    QVector<ConflictWith> conflictsAt(int row) const;
    // The conflicts among `active` (active inspections, every one of their operators' active
    // inspections included) that each inspection is part of, by inspection id.
    static QHash<qint64, QVector<ConflictWith>> conflictsAmong(const QVector<Inspection> &active,
                                                               int minimumGap);
    // Words for people: "overlaps inspection 12 (MPS, 3–7 Apr 2026)".
    static QString describe(const ConflictWith &c);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString departmentName(const QString &key);
    static QString reasonName(const QString &reason);

protected:
    QVariant display(const QVariantList &values, int column, int role) const override;
    void completeBlock(QVector<QVariantList> &rows) const override;

private:
    Database &m_db;
    int m_minimumGap = 30;
};

} // namespace cii
