#pragma once

#include "domain/incident.h"
#include "domain/incidentcriterion.h"
#include "pages/page.h"

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace cii {

class Database;
class FilterableTable;
class IncidentTableModel;

// Art. 18 and the 2025 Reporting Measures: the incident register with its clocks, an
// incident's times, grade (the guide's proposal with its trace, the department's grade) and
// timeline; new incidents, grading, reports received and sent, report documents, closing.
class IncidentsPage : public Page
{
    Q_OBJECT

public:
    explicit IncidentsPage(Database &db, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    void fitColumns();
    // The instant clocks are judged at; tests set it (the banner's clock in the window).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;

    FilterableTable *table() const { return m_table; }
    IncidentTableModel *model() const { return m_model; }
    QTextBrowser *details() const { return m_details; }
    QComboBox *showBox() const { return m_show; }
    QLabel *summaryLabel() const { return m_summary; }
    // The incident selected, or 0.
    qint64 currentId() const;
    // Shows every incident and selects this one.
    void showIncident(qint64 id);

public slots:
    void addIncident();
    void gradeCurrent();
    void recordReport();
    void issueReport();
    void closeCurrent();
    void editCriteria();

private:
    void showCurrent();
    void updateActions();

    Database &m_db;
    std::function<QDateTime()> m_clock;
    IncidentTableModel *m_model;
    FilterableTable *m_table;
    QTextBrowser *m_details;
    QComboBox *m_show;
    QLabel *m_showLabel;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_grade;
    QPushButton *m_record;
    QPushButton *m_issue;
    QPushButton *m_close;
    QPushButton *m_criteria;
    QVector<IncidentCriterion> m_criteriaCache;
};

} // namespace cii
