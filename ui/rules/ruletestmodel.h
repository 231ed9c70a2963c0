#pragma once

#include "rules/ruleengine.h"

#include <QAbstractTableModel>

namespace cii {

// The rule set's test cases with the result of the latest live run.
class RuleTestModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Category, Expected, Actual, Result, Values, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRuleSet(RuleSet *rules, bool readOnly);
    void setResults(QVector<RuleTestResult> results);
    int passed() const;
    int addTest();
    void removeTest(int row);
    void retranslate();

    static QString outcomeName(const QString &outcome);
    // A test's values for people: "Average daily visits: 1,000,000; …".
    static QString readableValues(const QMap<QString, QString> &values);
    static QString valuesText(const QMap<QString, QString> &values);
    static QMap<QString, QString> parseValues(const QString &text);

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
    QVector<RuleTestResult> m_results;
};

} // namespace cii
