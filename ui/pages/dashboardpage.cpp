#include "dashboardpage.h"

#include "domain/sector.h"
#include "domain/systeminfo.h"
#include "schedule/deadlineengine.h"
#include "storage/deadlinerepository.h"
#include "storage/registryrepository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cii {

DashboardPage::DashboardPage(RegistryRepository &repo, Database &db, QWidget *parent)
    : Page(parent), m_repo(repo), m_db(db), m_overdue(tile(QStringLiteral("overdueTile"))),
      m_dueSoon(tile(QStringLiteral("dueSoonTile"))), m_heading(new QLabel(this)),
      m_operators(tile(QStringLiteral("operatorsTile"))),
      m_systems(tile(QStringLiteral("systemsTile"))), m_values(tile(QStringLiteral("valuesTile"))),
      m_upcoming(new QLabel(this)), m_chartView(new QChartView(this))
{
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_upcoming->setWordWrap(true);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(320);

    auto *tiles = new QGridLayout;
    tiles->addWidget(m_operators, 0, 0);
    tiles->addWidget(m_systems, 0, 1);
    tiles->addWidget(m_values, 0, 2);
    tiles->addWidget(m_overdue, 0, 3);
    tiles->addWidget(m_dueSoon, 0, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addLayout(tiles);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_upcoming);
    retranslateUi();
}

QLabel *DashboardPage::tile(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignCenter);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMinimumHeight(90);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: palette(base); border-radius: 6px; }"));
    return label;
}

void DashboardPage::reload()
{
    const Result<RegistryStats> stats = m_repo.stats();
    if (!stats) {
        emit statusMessage(stats.error().message);
        return;
    }
    const RegistryStats &st = stats.value();
    const QLocale locale;
    auto tileText = [&](qint64 n, const QString &label) {
        return QStringLiteral("<div style='font-size:22pt; font-weight:600'>%1</div><div>%2</div>")
            .arg(locale.toString(n), label.toHtmlEscaped());
    };
    m_operators->setText(tileText(st.operators, tr("Operators")));
    m_systems->setText(tileText(st.systems, tr("Systems")));
    m_values->setText(tileText(st.valuesReported, tr("Indicator values reported")));
    reloadDeadlines();

    auto *chart = new QChart;
    chart->setTitle(tr("Systems by sector and category"));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QHorizontalStackedBarSeries;
    QStringList sectors;
    QVector<const Sector *> shown;
    // Horizontal bars are drawn bottom-up; reverse so the Art. 2 order reads top-down.
    for (auto it = Sector::all().crbegin(); it != Sector::all().crend(); ++it) {
        sectors << it->displayName();
        shown << &*it;
    }
    int maxTotal = 0;
    for (const Sector *s : shown) {
        int total = 0;
        for (int n : st.systemsBySector.value(s->key))
            total += n;
        maxTotal = qMax(maxTotal, total);
    }
    for (const QString &category : SystemInfo::categories()) {
        auto *set = new QBarSet(SystemInfo::categoryName(category));
        for (const Sector *s : shown)
            *set << st.systemsBySector.value(s->key).value(category);
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(sectors);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, qMax(1, maxTotal));
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void DashboardPage::reloadDeadlines()
{
    const Result<DeadlineFacts> facts = DeadlineRepository(m_db).facts();
    if (!facts)
        return;
    int overdue = 0, soon = 0;
    for (const DeadlineItem &i : DeadlineEngine::items(facts.value(), QDate::currentDate())) {
        overdue += i.status == QLatin1String("overdue");
        soon += i.status == QLatin1String("due-soon");
    }
    const QLocale locale;
    auto text = [&](int n, const QString &label, const QString &color) {
        return QStringLiteral("<div style='font-size:22pt; font-weight:600; color:%1'>%2</div>"
                              "<div>%3</div>")
            .arg(n ? color : QStringLiteral("palette(text)"), locale.toString(n),
                 label.toHtmlEscaped());
    };
    m_overdue->setText(text(overdue, tr("Deadlines overdue"), QStringLiteral("#b00020")));
    m_dueSoon->setText(text(soon,
                            tr("Due within %n day(s)", nullptr, facts.value().settings.dueSoonDays),
                            QStringLiteral("#8a5a00")));
}

void DashboardPage::retranslateUi()
{
    m_heading->setText(tr("Dashboard"));
    m_upcoming->clear();
    reload();
}

} // namespace cii
