#include "ruletestmodel.h"

#include "domain/systeminfo.h"
#include "i18n/displaynames.h"

#include <QBrush>
#include <QColor>

namespace cii {

void RuleTestModel::setRuleSet(RuleSet *rules, bool readOnly)
{
    beginResetModel();
    m_rules = rules;
    m_readOnly = readOnly;
    m_results.clear();
    endResetModel();
}

void RuleTestModel::setResults(QVector<RuleTestResult> results)
{
    m_results = std::move(results);
    if (rowCount() > 0)
        emit dataChanged(index(0, Actual), index(rowCount() - 1, Result));
}

int RuleTestModel::passed() const
{
    int n = 0;
    for (const RuleTestResult &r : m_results)
        n += r.pass;
    return n;
}

int RuleTestModel::addTest()
{
    if (!m_rules || m_readOnly)
        return -1;
    const int row = int(m_rules->tests.size());
    beginInsertRows({}, row, row);
    m_rules->tests.push_back(
        RuleTest{tr("New test case"), QStringLiteral("website"), {}, Outcome::NotCii});
    endInsertRows();
    emit edited();
    return row;
}

void RuleTestModel::removeTest(int row)
{
    if (!m_rules || m_readOnly || row < 0 || row >= m_rules->tests.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules->tests.removeAt(row);
    endRemoveRows();
    emit edited();
}

void RuleTestModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString RuleTestModel::outcomeName(const QString &outcome)
{
    if (outcome == Outcome::Cii)
        return tr("CII");
    if (outcome == Outcome::NotCii)
        return tr("Not CII");
    if (outcome == Outcome::Insufficient)
        return tr("Insufficient data");
    return outcome;
}

QString RuleTestModel::valuesText(const QMap<QString, QString> &values)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key(), it.value());
    return parts.join(QStringLiteral("; "));
}

QString RuleTestModel::readableValues(const QMap<QString, QString> &values)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts << tr("%1: %2").arg(DisplayNames::indicator(it.key()),
                                  DisplayNames::value(it.value()));
    return parts.join(tr("; "));
}

QMap<QString, QString> RuleTestModel::parseValues(const QString &text)
{
    QMap<QString, QString> out;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return out;
}

int RuleTestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rules ? 0 : int(m_rules->tests.size());
}

int RuleTestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTestModel::data(const QModelIndex &index, int role) const
{
    if (!m_rules || !index.isValid() || index.row() >= m_rules->tests.size())
        return {};
    const RuleTest &t = m_rules->tests.at(index.row());
    const RuleTestResult *r = index.row() < m_results.size() ? &m_results.at(index.row()) : nullptr;
    if (role == Qt::BackgroundRole && index.column() == Result && r)
        return QBrush(r->pass ? QColor(220, 240, 220) : QColor(255, 215, 210));
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return edit ? t.name : DisplayNames::testCaseName(t.name);
    case Category:
        return edit ? t.category
                    : SystemInfo::categoryName(t.category.isEmpty() ? QStringLiteral("other")
                                                                    : t.category);
    case Values:
        // Edited as KEY=VALUE; read as the indicators' names and values.
        return edit ? valuesText(t.values) : readableValues(t.values);
    case Expected:
        return edit ? t.expected : outcomeName(t.expected);
    case Actual:
        return r ? outcomeName(r->actual) : QVariant();
    case Result:
        return r ? (r->pass ? tr("pass") : tr("FAIL")) : QVariant();
    }
    return {};
}

bool RuleTestModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_rules || m_readOnly || role != Qt::EditRole || !index.isValid())
        return false;
    RuleTest &t = m_rules->tests[index.row()];
    switch (index.column()) {
    case Name:
        t.name = value.toString();
        break;
    case Category:
        t.category = value.toString();
        break;
    case Values:
        t.values = parseValues(value.toString());
        break;
    case Expected:
        t.expected = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags RuleTestModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_readOnly && index.column() != Actual && index.column() != Result)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RuleTestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Test case");
    case Category:
        return tr("Category");
    case Values:
        return tr("Indicator values (key=value; …)");
    case Expected:
        return tr("Expected");
    case Actual:
        return tr("Actual");
    case Result:
        return tr("Result");
    }
    return {};
}

} // namespace cii
