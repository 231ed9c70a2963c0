#pragma once

#include "schedule/onwardreportalerts.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace cii {

// The desktop notification of onward reports (issue 14, deliverable 3): a system-tray message
// when the main window is minimised or hidden and a report becomes due, enters its last
// 10 minutes or is overdue — once per report and stage (OnwardReportAlerts decides). Where
// the desktop has no tray (and under the offscreen platform) nothing is shown.
class OnwardReportTray : public QObject
{
    Q_OBJECT

public:
    explicit OnwardReportTray(QWidget *window);

    // How many messages have been shown.
    int shownCount() const { return m_shown; }
    static bool trayAvailable();

public slots:
    void update(const QVector<OnwardReportDue> &open, const QDateTime &now);

signals:
    // A click on the message: the incident to show.
    void openIncident(qint64 incidentId);

private:
    bool windowOnScreen() const;

    QWidget *m_window;
    OnwardReportAlerts m_alerts;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastIncident = 0;
    int m_shown = 0;
};

} // namespace cii
