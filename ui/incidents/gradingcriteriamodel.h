#pragma once

#include "domain/incidentcriterion.h"

#include <QAbstractTableModel>
#include <QSet>

namespace cii {

// The grading guide's criteria as the store holds them, for the criteria editor: the
// comparison, the figure and whether the criterion counts can be edited; the source says
// whether the figure was confirmed in the reference, taken from a secondary source, not
// confirmed (未核实, shipped disabled) or set by the department. Edits stay in the model
// until changed() is saved.
class GradingCriteriaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Grade, Text, Op, Threshold, Unit, Source, Enabled, ColumnCount };

    explicit GradingCriteriaModel(QObject *parent = nullptr);

    void setCriteria(const QVector<IncidentCriterion> &criteria);
    const QVector<IncidentCriterion> &criteria() const { return m_criteria; }
    // The criteria edited since setCriteria().
    QVector<IncidentCriterion> changed() const;
    // `criterion` is stored as it now is: no longer among changed().
    void markSaved(const IncidentCriterion &criterion);
    // Why a row cannot be saved as it is (e.g. enabled without a figure), or empty.
    QString problemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString opName(const QString &op);

signals:
    void edited();

private:
    QVector<IncidentCriterion> m_criteria;
    QVector<IncidentCriterion> m_original;
};

} // namespace cii
