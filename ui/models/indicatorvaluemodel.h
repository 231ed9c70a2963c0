#pragma once

#include "domain/indicator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace cii {

class RegistryRepository;

// One system's indicator values, one row per catalogue indicator; the value and the date
// reported are edited in place and saved (audited) at once through the repository.
class IndicatorValueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Value, Unit, ReportedOn, ColumnCount };

    explicit IndicatorValueModel(RegistryRepository &repo, QObject *parent = nullptr);

    // Loads the catalogue and the values of `systemId` (0: none).
    void setSystem(qint64 systemId);
    qint64 systemId() const { return m_systemId; }
    int reportedCount() const { return int(m_values.size()); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void valueSaved(qint64 systemId);
    void editRejected(const QString &message);

private:
    RegistryRepository &m_repo;
    qint64 m_systemId = 0;
    QVector<Indicator> m_indicators;
    QHash<QString, IndicatorValue> m_values;
};

} // namespace cii
