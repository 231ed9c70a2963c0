#pragma once

#include "pages/page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace cii {

class ComplianceHistoryModel;
class ComplianceModel;
class ComplianceProfileModel;
class Database;
class FilterableTable;

// Operator compliance (Art. 13–17, 19–21): the checklist of every operator of CII against
// every duty, filtered by state and duty; the selected operator's profile with the evidence in
// force and every record; evidence recorded, imported and exported as CSV.
class CompliancePage : public Page
{
    Q_OBJECT

public:
    explicit CompliancePage(Database &db, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;

    FilterableTable *table() const { return m_table; }
    ComplianceModel *model() const { return m_model; }
    QComboBox *stateBox() const { return m_state; }
    QComboBox *dutyBox() const { return m_duty; }
    QTableView *profileView() const { return m_profileView; }
    QTableView *historyView() const { return m_historyView; }
    QLabel *summaryLabel() const { return m_summary; }
    void selectOperator(qint64 operatorId);

public slots:
    // Opens the evidence dialog for the selected operator and duty (the clicked cell's).
    void recordEvidence();
    void editPeriods();
    void importCsv();
    void exportCsv();

private:
    void applyFilter();
    void showProfile();
    qint64 currentOperator() const;

    Database &m_db;
    ComplianceModel *m_model;
    FilterableTable *m_table;
    ComplianceProfileModel *m_profile;
    ComplianceHistoryModel *m_history;
    QTableView *m_profileView;
    QTableView *m_historyView;
    QComboBox *m_state;
    QComboBox *m_duty;
    QLabel *m_stateLabel;
    QLabel *m_dutyLabel;
    QLabel *m_summary;
    QLabel *m_profileTitle;
    QLabel *m_historyTitle;
    QPushButton *m_record;
    QPushButton *m_periods;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace cii
