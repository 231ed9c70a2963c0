#include "indicatorvaluemodel.h"

#include "i18n/displaynames.h"
#include "storage/registryrepository.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace cii {

IndicatorValueModel::IndicatorValueModel(RegistryRepository &repo, QObject *parent)
    : QAbstractTableModel(parent), m_repo(repo)
{
}

void IndicatorValueModel::setSystem(qint64 systemId)
{
    beginResetModel();
    m_systemId = systemId;
    m_values.clear();
    if (Result<QVector<Indicator>> catalogue = m_repo.indicators())
        m_indicators = catalogue.value();
    if (systemId > 0) {
        if (Result<QVector<IndicatorValue>> values = m_repo.indicatorValues(systemId)) {
            for (const IndicatorValue &v : values.value())
                m_values.insert(v.key, v);
        }
    }
    endResetModel();
}

void IndicatorValueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_indicators.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int IndicatorValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_systemId == 0 ? 0 : int(m_indicators.size());
}

int IndicatorValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorValueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_indicators.size())
        return {};
    const Indicator &ind = m_indicators.at(index.row());
    const auto it = m_values.constFind(ind.key);
    const bool has = it != m_values.constEnd();
    if (role == Qt::UserRole)
        return ind.key;
    if (role == Qt::ForegroundRole && !has && index.column() == Value)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return ind.key;
    switch (index.column()) {
    case Name:
        return role == Qt::DisplayRole ? QVariant(ind.displayName()) : QVariant();
    case Value:
        if (role == Qt::DisplayRole)
            return has ? ind.displayValue(it->value) : tr("not reported");
        if (role == Qt::EditRole)
            return has ? it->value : QString();
        return {};
    case Unit:
        return role == Qt::DisplayRole ? QVariant(DisplayNames::unit(ind.unit)) : QVariant();
    case ReportedOn:
        if (!has || !it->reportedOn.isValid())
            return role == Qt::EditRole ? QVariant(QDate::currentDate()) : QVariant();
        if (role == Qt::DisplayRole)
            return DisplayNames::date(it->reportedOn);
        if (role == Qt::EditRole)
            return it->reportedOn;
        return {};
    }
    return {};
}

bool IndicatorValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || m_systemId == 0)
        return false;
    const Indicator &ind = m_indicators.at(index.row());
    const auto it = m_values.constFind(ind.key);
    Status saved;
    if (index.column() == Value) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            saved = m_repo.clearIndicatorValue(m_systemId, ind.key);
        } else {
            const QDate date = it != m_values.constEnd() && it->reportedOn.isValid()
                                   ? it->reportedOn
                                   : QDate::currentDate();
            saved = m_repo.setIndicatorValue(m_systemId, ind.key, text, date);
        }
    } else if (index.column() == ReportedOn) {
        if (it == m_values.constEnd()) {
            emit editRejected(tr("Enter the value first, then the date it was reported."));
            return false;
        }
        saved = m_repo.setIndicatorValue(m_systemId, ind.key, it->value, value.toDate());
    } else {
        return false;
    }
    if (!saved) {
        emit editRejected(saved.error().message);
        return false;
    }
    // Reload this system's values so the row shows exactly what was stored.
    if (Result<QVector<IndicatorValue>> values = m_repo.indicatorValues(m_systemId)) {
        m_values.clear();
        for (const IndicatorValue &v : values.value())
            m_values.insert(v.key, v);
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit valueSaved(m_systemId);
    return true;
}

Qt::ItemFlags IndicatorValueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Value || index.column() == ReportedOn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant IndicatorValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Indicator");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Unit");
    case ReportedOn:
        return tr("Reported on");
    }
    return {};
}

} // namespace cii
