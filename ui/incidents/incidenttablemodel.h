#pragma once

#include "domain/incident.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace cii {

// The incident register as a table: operator, type, grade, status, discovered, received and
// the next clock (the onward report's due time while it is open, in red once overdue).
// Incidents are few (tens a year): the whole register is held, with its onward clocks.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Operator, Type, Grade, Status, Discovered, Received, NextClock, ColumnCount };

    explicit IncidentTableModel(QObject *parent = nullptr);

    // `onwardDue`: the open onward reports' due instants by incident; `now` judges them.
    void setIncidents(const QVector<Incident> &incidents, const QHash<qint64, QDateTime> &onwardDue,
                      const QDateTime &now);
    const Incident &incidentAt(int row) const { return m_incidents.at(row); }
    int rowOfId(qint64 id) const;
    QDateTime onwardDueOf(qint64 id) const { return m_onwardDue.value(id); }
    // The next clock in words: "Onward report due 09:52", "Summary report due in 30 days".
    QString nextClock(const Incident &incident) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<Incident> m_incidents;
    QHash<qint64, QDateTime> m_onwardDue;
    QDateTime m_now;
};

} // namespace cii
