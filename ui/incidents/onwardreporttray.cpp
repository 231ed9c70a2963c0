#include "onwardreporttray.h"

#include "onwardreporttext.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace cii {

OnwardReportTray::OnwardReportTray(QWidget *window) : QObject(window), m_window(window) {}

bool OnwardReportTray::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool OnwardReportTray::windowOnScreen() const
{
    return m_window->isVisible() && !m_window->isMinimized();
}

void OnwardReportTray::update(const QVector<OnwardReportDue> &open, const QDateTime &now)
{
    const bool tray = trayAvailable();
    const QVector<OnwardReportAlerts::Alert> alerts =
        m_alerts.update(open, now, windowOnScreen(), tray);
    if (alerts.isEmpty())
        return;
    if (!m_tray) {
        // Made only when there is something to say, so a desktop sees the icon only then.
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastIncident)
                emit openIncident(m_lastIncident);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            if (m_lastIncident)
                emit openIncident(m_lastIncident);
        });
    }
    m_tray->setToolTip(tr("CII Workbench: onward report due"));
    m_tray->show();
    for (const OnwardReportAlerts::Alert &a : alerts) {
        QString title;
        QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Warning;
        switch (a.stage) {
        case OnwardReportAlerts::Stage::Due:
            title = tr("Onward report due to the CAC and the MPS");
            icon = QSystemTrayIcon::Information;
            break;
        case OnwardReportAlerts::Stage::Last:
            title = tr("Onward report: %n minute(s) left", nullptr, int(a.minutes));
            break;
        case OnwardReportAlerts::Stage::Overdue:
            title = tr("Onward report overdue");
            icon = QSystemTrayIcon::Critical;
            break;
        }
        m_lastIncident = a.clock.incidentId;
        m_tray->showMessage(title, OnwardReportText::line(a.clock, now), icon, 15000);
        ++m_shown;
    }
}

} // namespace cii
