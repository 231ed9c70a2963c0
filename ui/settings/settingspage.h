#pragma once

#include "pages/page.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace cii {

class BackupBox;
class CalendarDayModel;
class OtherDepartmentsPanel;
class OwnDepartmentPanel;
class Database;

// Store-wide settings every workstation shares: the own department (OwnDepartmentPanel) and
// the others that inspect (OtherDepartmentsPanel); the statutory holiday calendar (Civil Code Art.
// 203; a new year is imported when the State Council publishes it each November), how deadlines are
// computed and the backups.
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
    OwnDepartmentPanel *ownDepartmentPanel() const { return m_own; }
    OtherDepartmentsPanel *otherDepartmentsPanel() const { return m_others; }
    QTabWidget *tabs() const { return m_tabs; }
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
    QTabWidget *m_tabs;
    OwnDepartmentPanel *m_own;
    OtherDepartmentsPanel *m_others;
};

} // namespace cii
