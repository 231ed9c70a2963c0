#include "settingspage.h"

#include "io/atomicfile.h"
#include "settings/backupbox.h"
#include "settings/calendardaymodel.h"
#include "settings/otherdepartmentspanel.h"
#include "settings/owndepartmentpanel.h"
#include "storage/calendarrepository.h"
#include "storage/database.h"
#include "storage/deadlinerepository.h"
#include "widgets/writecontrols.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cii {

SettingsPage::SettingsPage(Database &db, QWidget *parent)
    : Page(parent), m_db(db), m_calendarGroup(new QGroupBox(this)),
      m_calendarIntro(new QLabel(this)), m_coverage(new QLabel(this)),
      m_yearLabel(new QLabel(this)), m_year(new QComboBox(this)), m_import(new QPushButton(this)),
      m_model(new CalendarDayModel(this)), m_days(new QTableView(this)),
      m_deadlineGroup(new QGroupBox(this)), m_notificationLabel(new QLabel(this)),
      m_notificationDays(new QSpinBox(this)), m_dueSoonLabel(new QLabel(this)),
      m_dueSoonDays(new QSpinBox(this)), m_assessmentLabel(new QLabel(this)),
      m_assessmentMonth(new QComboBox(this)), m_assessmentDay(new QSpinBox(this)),
      m_firstYearLabel(new QLabel(this)), m_firstYear(new QComboBox(this)),
      m_save(new QPushButton(this)), m_backups(new BackupBox(db, this)),
      m_tabs(new QTabWidget(this)), m_own(new OwnDepartmentPanel(db, this)),
      m_others(new OtherDepartmentsPanel(db, this))
{
    m_calendarIntro->setWordWrap(true);
    m_coverage->setObjectName(QStringLiteral("calendarCoverage"));
    m_coverage->setWordWrap(true);
    m_coverage->setTextFormat(Qt::RichText);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_import->setObjectName(QStringLiteral("importCalendar"));
    m_days->setModel(m_model);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_days->setColumnWidth(CalendarDayModel::Date, 100);
    m_days->setColumnWidth(CalendarDayModel::Weekday, 70);
    m_days->setColumnWidth(CalendarDayModel::Kind, 150);

    auto *yearBar = new QHBoxLayout;
    yearBar->addWidget(m_yearLabel);
    yearBar->addWidget(m_year);
    yearBar->addStretch(1);
    yearBar->addWidget(m_import);
    auto *calendarLayout = new QVBoxLayout(m_calendarGroup);
    calendarLayout->addWidget(m_calendarIntro);
    calendarLayout->addWidget(m_coverage);
    calendarLayout->addLayout(yearBar);
    calendarLayout->addWidget(m_days, 1);

    m_notificationDays->setRange(0, 3650);
    m_dueSoonDays->setRange(0, 365);
    m_assessmentDay->setRange(1, 31);
    for (int m = 1; m <= 12; ++m)
        m_assessmentMonth->addItem(QString(), m);
    m_firstYear->addItem(QString(), 0);
    for (int m = 2; m <= 12; ++m)
        m_firstYear->addItem(QString(), m);
    m_firstYear->setObjectName(QStringLiteral("firstAssessmentYear"));
    m_save->setObjectName(QStringLiteral("saveDeadlineSettings"));
    WriteControls::mark({m_import, m_save});
    auto *assessmentDue = new QHBoxLayout;
    assessmentDue->addWidget(m_assessmentMonth);
    assessmentDue->addWidget(m_assessmentDay);
    assessmentDue->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_notificationLabel, m_notificationDays);
    form->addRow(m_dueSoonLabel, m_dueSoonDays);
    form->addRow(m_assessmentLabel, assessmentDue);
    form->addRow(m_firstYearLabel, m_firstYear);
    auto *deadlineLayout = new QVBoxLayout(m_deadlineGroup);
    deadlineLayout->addLayout(form);
    deadlineLayout->addWidget(m_save, 0, Qt::AlignRight);

    auto *right = new QVBoxLayout;
    right->addWidget(m_deadlineGroup);
    right->addWidget(m_backups);
    right->addStretch(1);
    // Who the department is (first: what a new user sets up), the other departments, and the
    // calendar, deadline and backup settings: each tab fits 1366×768 without scrolling.
    auto *calendarTab = new QWidget(this);
    auto *calendarTabLayout = new QHBoxLayout(calendarTab);
    calendarTabLayout->addWidget(m_calendarGroup, 3);
    calendarTabLayout->addLayout(right, 2);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_own, QString());
    m_tabs->addTab(m_others, QString());
    m_tabs->addTab(calendarTab, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_backups, &BackupBox::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_own, &OwnDepartmentPanel::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_own, &OwnDepartmentPanel::saved, this, &SettingsPage::storeChanged);
    connect(m_others, &OtherDepartmentsPanel::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_others, &OtherDepartmentsPanel::departmentsChanged, this,
            &SettingsPage::storeChanged);

    connect(m_year, &QComboBox::currentIndexChanged, this, &SettingsPage::showYear);
    connect(m_import, &QPushButton::clicked, this, &SettingsPage::chooseCalendarFile);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::saveDeadlineSettings);
    retranslateUi();
}

void SettingsPage::reload()
{
    m_own->reload();
    m_others->reload();
    m_backups->reload();
    Result<HolidayCalendar> calendar = CalendarRepository(m_db).calendar();
    if (!calendar) {
        m_coverage->setText(calendar.error().message.toHtmlEscaped());
        return;
    }
    const QList<int> years = calendar->years();
    const int thisYear = QDate::currentDate().year();
    QList<int> offered = years;
    for (int y : {thisYear, thisYear + 1})
        if (!offered.contains(y))
            offered << y;
    std::sort(offered.begin(), offered.end());
    const int shown = m_year->currentData().isValid() ? m_year->currentData().toInt() : thisYear;
    {
        const QSignalBlocker block(m_year);
        m_year->clear();
        for (int y : offered)
            m_year->addItem(QString::number(y), y);
        m_year->setCurrentIndex(std::max(0, m_year->findData(shown)));
    }
    QStringList covered;
    for (int y : years)
        covered << QString::number(y);
    QString text = tr("Arrangements recorded for: <b>%1</b>.")
                       .arg(covered.isEmpty() ? tr("none") : covered.join(QStringLiteral(", ")));
    for (int y : {thisYear, thisYear + 1})
        if (!calendar->covers(y))
            text += QStringLiteral(" <span style=\"background:#ffd580;\">%1</span>")
                        .arg(tr("%1 is not recorded: deadlines in %1 are judged by weekends "
                                "only, and are marked so, until its arrangement is imported.")
                                 .arg(y));
    m_coverage->setText(text);
    showYear();

    if (Result<DeadlineSettings> s = DeadlineRepository(m_db).settings()) {
        m_notificationDays->setValue(s->notificationDays);
        m_dueSoonDays->setValue(s->dueSoonDays);
        m_assessmentMonth->setCurrentIndex(s->assessmentMonth - 1);
        m_assessmentDay->setValue(s->assessmentDay);
        m_firstYear->setCurrentIndex(
            std::max(0, m_firstYear->findData(s->assessmentSameYearBeforeMonth)));
    }
}

void SettingsPage::showYear()
{
    Result<QVector<CalendarDay>> days =
        CalendarRepository(m_db).days(m_year->currentData().toInt());
    m_model->setDays(days ? days.value() : QVector<CalendarDay>());
}

void SettingsPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Our department"));
    m_tabs->setTabText(1, tr("Other departments"));
    m_tabs->setTabText(2, tr("Calendar, deadlines and backups"));
    m_own->retranslateUi();
    m_others->retranslateUi();
    m_calendarGroup->setTitle(tr("Statutory holiday calendar"));
    m_calendarIntro->setText(
        tr("Civil Code Art. 203: when the last day of a period is a statutory holiday or a "
           "weekend rest day, the period ends on the first working day after it. Make-up "
           "working days on weekends count as working days. The State Council publishes each "
           "year's arrangement in November: import it here (CSV: date, kind, name_zh, "
           "name_en, source_year), and it replaces any days already recorded for that year."));
    m_yearLabel->setText(tr("Year:"));
    m_import->setText(tr("Import a year's arrangement…"));
    m_import->setToolTip(tr("Import a year’s statutory holidays and make-up working days (CSV); "
                            "they replace that year’s"));
    m_import->setWhatsThis(
        tr("The State Council publishes each year’s arrangement in November. The legal last day of "
           "every period is computed with it (Civil Code Art. 203)."));
    m_year->setToolTip(tr("The year whose holidays and make-up working days are listed"));
    m_deadlineGroup->setTitle(tr("How deadlines are computed"));
    m_notificationLabel->setText(tr("Notification target (Art. 10, days after a decision):"));
    m_notificationDays->setToolTip(tr("Art. 10 asks for prompt (及时) notification and fixes no "
                                      "number of days: this is the department's own target."));
    m_dueSoonLabel->setText(tr("Due soon (days ahead):"));
    m_dueSoonDays->setToolTip(
        tr("Items whose last day is this close are shown as due soon (amber)"));
    m_assessmentLabel->setText(tr("Annual assessment due (Art. 17):"));
    for (int m = 1; m <= 12; ++m)
        m_assessmentMonth->setItemText(m - 1, QLocale().monthName(m));
    m_firstYearLabel->setText(tr("First assessment year:"));
    m_firstYear->setItemText(0, tr("The year after identification"));
    for (int m = 2; m <= 12; ++m)
        m_firstYear->setItemText(
            m - 1, tr("The same year if identified before %1").arg(QLocale().monthName(m)));
    m_save->setText(tr("&Save"));
    m_model->retranslate();
    m_backups->retranslateUi();
    reloadWhenVisible();
}

void SettingsPage::chooseCalendarFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a holiday arrangement"),
                                                      QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importCalendar(path);
}

bool SettingsPage::importCalendar(const QString &path, bool ask)
{
    Result<QByteArray> bytes = AtomicFile::read(path);
    Result<QVector<CalendarDay>> days = bytes ? HolidayCalendar::parseCsv(bytes.value())
                                              : Result<QVector<CalendarDay>>(bytes.error());
    if (!days) {
        QMessageBox box(QMessageBox::Warning, tr("Calendar not imported"), days.error().message,
                        QMessageBox::Ok, this);
        box.setDetailedText(days.error().details.join(QLatin1Char('\n')));
        if (ask)
            box.exec();
        emit statusMessage(days.error().message);
        return false;
    }
    QStringList years;
    for (const CalendarDay &d : days.value())
        if (!years.contains(QString::number(d.sourceYear)))
            years << QString::number(d.sourceYear);
    if (ask &&
        QMessageBox::question(this, tr("Import holiday arrangement"),
                              tr("Import %n day(s) for %1? Days already recorded for those years "
                                 "are replaced, and every deadline is judged again.",
                                 nullptr, int(days->size()))
                                  .arg(years.join(QStringLiteral(", ")))) != QMessageBox::Yes)
        return false;
    Result<QList<int>> imported = CalendarRepository(m_db).import(days.value());
    if (!imported) {
        if (ask)
            QMessageBox::warning(this, tr("Calendar not imported"), imported.error().message);
        return false;
    }
    m_year->setCurrentIndex(-1);
    reload();
    const int first = m_year->findData(imported->constFirst());
    if (first >= 0)
        m_year->setCurrentIndex(first);
    emit statusMessage(
        tr("Holiday arrangement imported for %1.").arg(years.join(QStringLiteral(", "))));
    emit storeChanged();
    return true;
}

void SettingsPage::saveDeadlineSettings()
{
    DeadlineSettings s;
    s.notificationDays = m_notificationDays->value();
    s.dueSoonDays = m_dueSoonDays->value();
    s.assessmentMonth = m_assessmentMonth->currentIndex() + 1;
    s.assessmentDay = m_assessmentDay->value();
    s.assessmentSameYearBeforeMonth = m_firstYear->currentData().toInt();
    if (Status saved = DeadlineRepository(m_db).saveSettings(s); !saved) {
        QMessageBox::warning(this, tr("Settings not saved"), saved.error().message);
        return;
    }
    emit statusMessage(tr("Deadline settings saved."));
    emit storeChanged();
}

} // namespace cii
