#pragma once

#include "pages/page.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cii {

class BackupBox;
class CalendarDayModel;
class Database;

// Store-wide settings every workstation shares: the statutory holiday calendar (Civil Code
// Art. 203; a new year is imported when the State Council publishes it each November) and how
// deadlines are computed.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(Database &db, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    QComboBox *yearBox() const { return m_year; }
    QLabel *coverageLabel() const { return m_coverage; }
    QTableView *dayView() const { return m_days; }
    BackupBox *backupBox() const { return m_backups; }
    // Imports a calendar CSV after asking; returns false and says why when it is refused.
    bool importCalendar(const QString &path, bool ask = true);

private:
    void showYear();
    void chooseCalendarFile();
    void saveDeadlineSettings();

    Database &m_db;
    QGroupBox *m_calendarGroup;
    QLabel *m_calendarIntro;
    QLabel *m_coverage;
    QLabel *m_yearLabel;
    QComboBox *m_year;
    QPushButton *m_import;
    CalendarDayModel *m_model;
    QTableView *m_days;

    QGroupBox *m_deadlineGroup;
    QLabel *m_notificationLabel;
    QSpinBox *m_notificationDays;
    QLabel *m_dueSoonLabel;
    QSpinBox *m_dueSoonDays;
    QLabel *m_assessmentLabel;
    QComboBox *m_assessmentMonth;
    QSpinBox *m_assessmentDay;
    QLabel *m_firstYearLabel;
    QComboBox *m_firstYear;
    QPushButton *m_save;
    BackupBox *m_backups;
};

} // namespace cii
