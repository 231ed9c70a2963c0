#pragma once

#include "rules/ruleset.h"

#include <QAbstractTableModel>

namespace cii {

// Rule sets by sector and version, with their status.
class RuleSetListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sector, Version, Status, Title, Filing, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRuleSets(QVector<RuleSet> sets);
    const RuleSet &ruleSetAt(int row) const { return m_sets.at(row); }
    int rowOf(qint64 id) const;
    void retranslate();
    static QString statusName(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<RuleSet> m_sets;
};

} // namespace cii
