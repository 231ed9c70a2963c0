#include "onwardreportbanner.h"

#include "onwardreporttext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace cii {

OnwardReportBanner::OnwardReportBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)),
      m_openButton(new QPushButton(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("onwardReportBanner"));
    m_label->setObjectName(QStringLiteral("onwardReportText"));
    m_openButton->setObjectName(QStringLiteral("openOnwardIncident"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_openButton);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_state.soonest.incidentId)
            emit openIncident(m_state.soonest.incidentId);
    });
    m_timer->setInterval(TickMs);
    connect(m_timer, &QTimer::timeout, this, &OnwardReportBanner::tick);
    m_timer->start();
    retranslateUi();
    hide();
}

void OnwardReportBanner::setSource(Source source)
{
    m_source = std::move(source);
    reload();
}

void OnwardReportBanner::setClock(Clock clock)
{
    m_clock = std::move(clock);
    present(now());
}

QDateTime OnwardReportBanner::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void OnwardReportBanner::reload()
{
    m_open = m_source ? m_source() : QVector<OnwardReportDue>();
    m_ticksSinceRead = 0;
    present(now());
}

void OnwardReportBanner::tick()
{
    if (++m_ticksSinceRead >= ReadEveryTicks)
        reload();
    else
        present(now());
}

void OnwardReportBanner::present(const QDateTime &at)
{
    m_state = OnwardReportCountdown::at(m_open, at);
    const bool open = m_state.urgency != OnwardReportCountdown::Urgency::None;
    if (open) {
        m_label->setText(OnwardReportText::banner(m_state, at));
        // Amber while there is time; red in the last minutes and once overdue.
        setStyleSheet(
            isRed() ? QStringLiteral("#onwardReportBanner { background: #c62828; }"
                                     " #onwardReportText { color: white; font-weight: bold; }")
                    : QStringLiteral("#onwardReportBanner { background: #ffd54f; }"
                                     " #onwardReportText { color: #3e2723; }"));
        setProperty("urgency", isRed() ? QStringLiteral("red") : QStringLiteral("amber"));
    }
    setVisible(open);
    emit refreshed(m_open, at);
}

void OnwardReportBanner::retranslateUi()
{
    m_openButton->setText(tr("Open incident"));
    m_openButton->setToolTip(tr("Show the incident on the Incidents page, where the onward "
                                "report is issued and recorded as sent"));
    setWhatsThis(tr("Reporting Measures Art. 4: an incident graded major or especially major is "
                    "reported to the CAC and the MPS within 30 minutes of receipt. The banner "
                    "stays on every page until the report is recorded as sent; it turns red in "
                    "the last 10 minutes."));
    if (isVisible() || m_state.urgency != OnwardReportCountdown::Urgency::None)
        present(now());
}

void OnwardReportBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace cii
