#include "rulesetlistmodel.h"

#include "domain/sector.h"
#include "i18n/displaynames.h"
#include "i18n/language.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cii {

void RuleSetListModel::setRuleSets(QVector<RuleSet> sets)
{
    beginResetModel();
    m_sets = std::move(sets);
    endResetModel();
}

int RuleSetListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_sets.size(); ++i) {
        if (m_sets.at(i).id == id)
            return i;
    }
    return -1;
}

void RuleSetListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_sets.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString RuleSetListModel::statusName(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("submitted"))
        return tr("Submitted for filing");
    if (status == QLatin1String("filed"))
        return tr("Filed");
    if (status == QLatin1String("superseded"))
        return tr("Superseded");
    return status;
}

int RuleSetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sets.size());
}

int RuleSetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleSetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sets.size())
        return {};
    const RuleSet &r = m_sets.at(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role == Qt::ForegroundRole && r.status == QLatin1String("superseded"))
        return QBrush(QColor(128, 128, 128));
    if (role == Qt::ForegroundRole && index.column() == Status &&
        r.status == QLatin1String("filed"))
        return QBrush(QColor(27, 110, 32));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Sector: {
        const cii::Sector *s = cii::Sector::find(r.sector);
        return s ? s->displayName() : r.sector;
    }
    case Version:
        return r.version;
    case Status:
        return statusName(r.status);
    case Title:
        return Language::pick(r.titleZh, r.titleEn);
    case Filing:
        return r.filedOn.isValid()
                   ? QStringLiteral("%1 · %2").arg(r.filingReference, DisplayNames::date(r.filedOn))
                   : QString();
    }
    return {};
}

QVariant RuleSetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sector:
        return tr("Sector");
    case Version:
        return tr("Version");
    case Status:
        return tr("Status");
    case Title:
        return tr("Title");
    case Filing:
        return tr("Filed");
    }
    return {};
}

} // namespace cii
