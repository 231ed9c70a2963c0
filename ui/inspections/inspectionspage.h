#pragma once

#include "pages/page.h"

class QCalendarWidget;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QThread;

namespace cii {

class Database;
class FilterableTable;
class InspectionModel;

// Art. 26–28: every department's inspections in a list and a month calendar, conflicts
// between them highlighted with the reason, merging into joint inspections, findings.
class InspectionsPage : public Page
{
    Q_OBJECT

public:
    explicit InspectionsPage(Database &db, QWidget *parent = nullptr);
    ~InspectionsPage() override;

    void reload() override;
    void retranslateUi() override;
    void fitColumns();
    // True while the plan's conflicts are being counted (the list itself is there at once).
    bool isLoading() const override;

    FilterableTable *table() const { return m_table; }
    InspectionModel *model() const { return m_model; }
    QCalendarWidget *calendar() const { return m_calendar; }
    QTableWidget *findingsTable() const { return m_findings; }
    QSpinBox *minimumGap() const { return m_minGap; }
    // Ids of the selected inspections.
    QVector<qint64> selectedIds() const;
    // The selected inspections and, for a single selected one, those it conflicts with.
    QVector<qint64> mergeCandidates() const;

public slots:
    void addInspection();
    void importPlan();
    void exportPlan();
    void mergeSelected();
    void setStatusOfCurrent();
    void issueNotice();
    void addFinding();
    void markFindingFixed();

private:
    void paintCalendar();
    void countConflicts();
    void showFindings();
    void updateActions();

    Database &m_db;
    InspectionModel *m_model;
    FilterableTable *m_table;
    QTabWidget *m_tabs;
    QCalendarWidget *m_calendar;
    QTableWidget *m_findings;
    QSpinBox *m_minGap;
    QLabel *m_minGapLabel;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_merge;
    QPushButton *m_status;
    QPushButton *m_notice;
    QPushButton *m_addFinding;
    QPushButton *m_fixed;
    QThread *m_counter = nullptr;
    bool m_countAgain = false;
    qint64 m_activeCount = 0;
};

} // namespace cii
