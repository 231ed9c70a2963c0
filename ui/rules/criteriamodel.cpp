#include "criteriamodel.h"

#include "domain/systeminfo.h"
#include "i18n/displaynames.h"

#include <QSet>

namespace cii {

void CriteriaModel::setRuleSet(RuleSet *rules, bool readOnly)
{
    beginResetModel();
    m_rules = rules;
    m_readOnly = readOnly;
    endResetModel();
}

void CriteriaModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString CriteriaModel::factorName(const QString &factor)
{
    if (factor == Factor::Core)
        return tr("Importance to core business");
    if (factor == Factor::Harm)
        return tr("Harm if destroyed, disabled or leaked");
    if (factor == Factor::CrossSector)
        return tr("Impact on other sectors");
    return factor;
}

QString CriteriaModel::categoriesText(const QStringList &categories)
{
    if (categories.isEmpty())
        return tr("All");
    QStringList names;
    for (const QString &c : categories)
        names << SystemInfo::categoryName(c);
    return names.join(QStringLiteral(", "));
}

int CriteriaModel::addCriterion(const QString &factor)
{
    if (!m_rules || m_readOnly)
        return -1;
    QSet<QString> ids;
    for (const Criterion &c : m_rules->criteria)
        ids.insert(c.id);
    int n = int(m_rules->criteria.size()) + 1;
    while (ids.contains(QStringLiteral("c%1").arg(n)))
        ++n;
    Criterion c;
    c.id = QStringLiteral("c%1").arg(n);
    c.factor = factor;
    c.indicator = m_catalogue.isEmpty() ? QString() : m_catalogue.first().key;
    c.op = QStringLiteral(">");
    c.threshold = QStringLiteral("0");
    c.textZh = tr("New criterion");
    const int row = int(m_rules->criteria.size());
    beginInsertRows({}, row, row);
    m_rules->criteria.push_back(c);
    endInsertRows();
    emit edited();
    return row;
}

void CriteriaModel::removeCriterion(int row)
{
    if (!m_rules || m_readOnly || row < 0 || row >= m_rules->criteria.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules->criteria.removeAt(row);
    endRemoveRows();
    emit edited();
}

void CriteriaModel::moveCriterion(int row, int delta)
{
    const int to = row + delta;
    if (!m_rules || m_readOnly || row < 0 || to < 0 || row >= m_rules->criteria.size() ||
        to >= m_rules->criteria.size())
        return;
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    m_rules->criteria.move(row, to);
    endMoveRows();
    emit edited();
}

int CriteriaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rules ? 0 : int(m_rules->criteria.size());
}

int CriteriaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CriteriaModel::data(const QModelIndex &index, int role) const
{
    if (!m_rules || !index.isValid() || index.row() >= m_rules->criteria.size())
        return {};
    const Criterion &c = m_rules->criteria.at(index.row());
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return c.id;
    case Factor:
        return edit ? c.factor : factorName(c.factor);
    case AppliesTo:
        return edit ? c.appliesTo.join(QLatin1Char(',')) : categoriesText(c.appliesTo);
    case Indicator:
        if (!edit) {
            for (const cii::Indicator &i : m_catalogue) {
                if (i.key == c.indicator)
                    return i.displayName(); // the tooltip: the whole name of a narrow cell
            }
        }
        return c.indicator;
    case Op:
        return edit ? c.op : DisplayNames::ruleOperator(c.op);
    case Threshold:
        return c.op == QLatin1String("in") ? c.set.join(QLatin1Char('|')) : c.threshold;
    case Unit:
        return edit ? c.unit : DisplayNames::unit(c.unit);
    case TextZh:
        return c.textZh;
    case TextEn:
        return c.textEn;
    }
    return {};
}

bool CriteriaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_rules || m_readOnly || role != Qt::EditRole || !index.isValid())
        return false;
    Criterion &c = m_rules->criteria[index.row()];
    const QString v = value.toString().trimmed();
    switch (index.column()) {
    case Id:
        c.id = v;
        break;
    case Factor:
        c.factor = v;
        break;
    case AppliesTo:
        c.appliesTo = v.isEmpty() ? QStringList() : v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        break;
    case Indicator:
        c.indicator = v;
        break;
    case Op:
        c.op = v;
        if (v == QLatin1String("is-true")) {
            c.threshold.clear();
            c.set.clear();
        }
        break;
    case Threshold:
        if (c.op == QLatin1String("in")) {
            c.set = v.split(QLatin1Char('|'), Qt::SkipEmptyParts);
            c.threshold.clear();
        } else {
            c.threshold = v;
        }
        break;
    case Unit:
        c.unit = v;
        break;
    case TextZh:
        c.textZh = v;
        break;
    case TextEn:
        c.textEn = v;
        break;
    default:
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Factor:
        return tr("Factor (Art. 9)");
    case AppliesTo:
        return tr("Applies to");
    case Indicator:
        return tr("Indicator");
    case Op:
        return tr("Comparison");
    case Threshold:
        return tr("Threshold");
    case Unit:
        return tr("Unit");
    case TextZh:
        return tr("Wording (Chinese)");
    case TextEn:
        return tr("Wording (English)");
    }
    return {};
}

} // namespace cii
