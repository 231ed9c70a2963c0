#pragma once

#include "schedule/onwardreportcountdown.h"

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace cii {

// The countdown above every page while an onward report to the CAC and the MPS is open
// (Reporting Measures Art. 4: 30 minutes from receipt for 重大 and 特别重大): the soonest one
// with the time left, "and 2 more" for the rest; amber, red in the last 10 minutes and once
// overdue; a button opens the incident. Hidden while nothing is open.
class OnwardReportBanner : public QFrame
{
    Q_OBJECT

public:
    // Reads the open onward reports (from the store).
    using Source = std::function<QVector<OnwardReportDue>()>;
    // The current instant; tests set it.
    using Clock = std::function<QDateTime()>;

    explicit OnwardReportBanner(QWidget *parent = nullptr);

    void setSource(Source source);
    void setClock(Clock clock);
    QDateTime now() const;

    // What is shown now.
    const OnwardReportCountdown::State &state() const { return m_state; }
    const QVector<OnwardReportDue> &openReports() const { return m_open; }
    bool isRed() const { return OnwardReportCountdown::isRed(m_state.urgency); }
    QLabel *label() const { return m_label; }
    QPushButton *openButton() const { return m_openButton; }
    QTimer *timer() const { return m_timer; }

    // Between two reads of the store the countdown is recomputed on every tick.
    static constexpr int TickMs = 5000;
    static constexpr int ReadEveryTicks = 6;

public slots:
    // The store changed: read the open reports again, then show.
    void reload();
    // The clock moved: show the countdown at now() (and read the store every few ticks, so
    // a report recorded elsewhere, e.g. with the CLI, also ends the banner).
    void tick();
    void retranslateUi();

signals:
    void openIncident(qint64 incidentId);
    // After each refresh, with what is open and the instant it was judged at (the tray
    // message decides from the same).
    void refreshed(const QVector<OnwardReportDue> &open, const QDateTime &now);

protected:
    void changeEvent(QEvent *event) override;

private:
    void present(const QDateTime &now);

    Source m_source;
    Clock m_clock;
    QVector<OnwardReportDue> m_open;
    OnwardReportCountdown::State m_state;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_openButton;
    QTimer *m_timer;
    int m_ticksSinceRead = 0;
};

} // namespace cii
