#pragma once

#include "pages/page.h"
#include "schedule/deadlineitem.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace cii {

class Database;
class DeadlineModel;
class FilterableTable;

// Art. 11, 17, 18, 21 and the Art. 10 notifications: one list of what is due, overdue or done
// late, derived from the stored facts every time it is shown.
class DeadlinesPage : public Page
{
    Q_OBJECT

public:
    explicit DeadlinesPage(Database &db, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;

    FilterableTable *table() const { return m_table; }
    DeadlineModel *model() const { return m_model; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *sectorBox() const { return m_sector; }
    // All items, unfiltered, as of today.
    const QVector<DeadlineItem> &items() const { return m_all; }

signals:
    // Double-click on an item about a system: show it on the identification page.
    void openSystem(qint64 systemId);

public slots:
    void addChangeReport();
    void addAssessment();
    void addEvent();
    void closeFollowUp();
    void exportList();

private:
    void applyFilters();
    void open(int sourceRow);

    Database &m_db;
    DeadlineModel *m_model;
    FilterableTable *m_table;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_sector;
    QLabel *m_summary;
    QPushButton *m_changeReport;
    QPushButton *m_assessment;
    QPushButton *m_event;
    QPushButton *m_close;
    QPushButton *m_export;
    QVector<DeadlineItem> m_all;
};

} // namespace cii
