#include "incidenttablemodel.h"

#include "domain/chinatime.h"
#include "incidentexplanation.h"
#include "onwardreporttext.h"

#include <QBrush>
#include <QColor>

namespace cii {

IncidentTableModel::IncidentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void IncidentTableModel::setIncidents(const QVector<Incident> &incidents,
                                      const QHash<qint64, QDateTime> &onwardDue,
                                      const QDateTime &now)
{
    beginResetModel();
    m_incidents = incidents;
    m_onwardDue = onwardDue;
    m_now = now;
    endResetModel();
}

int IncidentTableModel::rowOfId(qint64 id) const
{
    for (int r = 0; r < m_incidents.size(); ++r)
        if (m_incidents.at(r).id == id)
            return r;
    return -1;
}

void IncidentTableModel::retranslate()
{
    if (!m_incidents.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString IncidentTableModel::nextClock(const Incident &in) const
{
    const QDateTime onward = m_onwardDue.value(in.id);
    if (onward.isValid())
        return m_now > onward
                   ? tr("Onward report overdue since %1")
                         .arg(OnwardReportText::dueTime(onward, m_now))
                   : tr("Onward report due %1").arg(OnwardReportText::dueTime(onward, m_now));
    if (!in.reportable())
        return tr("No report required");
    if (in.status == QLatin1String("closed")) {
        for (const IncidentReport &r : in.timeline)
            if (r.kind == QLatin1String("summary-report") && r.action == QLatin1String("sent"))
                return tr("All reports made");
        // Reporting Measures Art. 8: within 30 days after handling ended.
        return tr("Summary report within 30 days of %1")
            .arg(ChinaTime::localDate(in.handlingEnded).toString(Qt::ISODate));
    }
    if (in.followUpDue.isValid())
        return tr("Follow-up expected %1").arg(ChinaTime::display(in.followUpDue));
    return tr("Summary report after handling");
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_incidents.size())
        return {};
    const Incident &in = m_incidents.at(index.row());
    const QDateTime onward = m_onwardDue.value(in.id);
    if (role == Qt::UserRole)
        return in.id;
    if (role == Qt::BackgroundRole && onward.isValid())
        return QBrush(m_now.secsTo(onward) <= 10 * 60 ? QColor(255, 205, 210)
                                                      : QColor(255, 236, 179));
    if (role == Qt::ForegroundRole && in.status == QLatin1String("closed"))
        return QBrush(QColor(110, 110, 110));
    if (role == Qt::ToolTipRole && index.column() == Operator)
        return in.operatorName;
    if (role == Qt::ToolTipRole && index.column() == Received && in.operatorReportLate())
        return tr("Received %1 min after discovery: more than 1 hour (Reporting Measures "
                  "Art. 4)")
            .arg(in.operatorReportMinutes());
    if (role == Qt::ForegroundRole && index.column() == Received && in.operatorReportLate())
        return QBrush(QColor(176, 0, 32));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return in.id;
    case Operator:
        return in.operatorName;
    case Type:
        return Incident::typeName(in.type);
    case Grade:
        return IncidentExplanation::gradeText(in.grade());
    case Status:
        return Incident::statusName(in.status);
    case Discovered:
        return ChinaTime::display(in.discovered);
    case Received:
        return in.operatorReportLate() ? tr("%1 (late)").arg(ChinaTime::display(in.received))
                                       : ChinaTime::display(in.received);
    case NextClock:
        return nextClock(in);
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("No.");
    case Operator:
        return tr("Operator");
    case Type:
        return tr("Type");
    case Grade:
        return tr("Grade");
    case Status:
        return tr("Status");
    case Discovered:
        return tr("Discovered");
    case Received:
        return tr("Received");
    case NextClock:
        return tr("Next clock");
    }
    return {};
}

} // namespace cii
