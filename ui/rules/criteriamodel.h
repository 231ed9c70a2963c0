#pragma once

#include "domain/indicator.h"
#include "rules/ruleset.h"

#include <QAbstractTableModel>

namespace cii {

// The criteria of the rule set being edited, editable in place unless the version is filed.
class CriteriaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Factor,
        AppliesTo,
        Indicator,
        Op,
        Threshold,
        Unit,
        TextZh,
        TextEn,
        ColumnCount
    };

    explicit CriteriaModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setRuleSet(RuleSet *rules, bool readOnly);
    void setCatalogue(QVector<cii::Indicator> catalogue) { m_catalogue = std::move(catalogue); }
    const QVector<cii::Indicator> &catalogue() const { return m_catalogue; }
    bool isReadOnly() const { return m_readOnly; }

    int addCriterion(const QString &factor);
    void removeCriterion(int row);
    void moveCriterion(int row, int delta);
    void retranslate();

    static QString factorName(const QString &factor);
    static QString categoriesText(const QStringList &categories);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void edited();

private:
    RuleSet *m_rules = nullptr;
    bool m_readOnly = true;
    QVector<cii::Indicator> m_catalogue;
};

} // namespace cii
