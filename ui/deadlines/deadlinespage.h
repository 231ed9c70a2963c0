#pragma once

#include "pages/page.h"
#include "schedule/deadlinelist.h"

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QThread;

namespace cii {

class Database;
class DeadlineModel;
class FilterableTable;

// Art. 11, 17, 18, 21 and the Art. 10 notifications: one list of what is due, overdue or done
// late, derived from the stored facts every time the store changes.
//
// The list is computed in a worker thread on its own read-only connection (80,000 decided
// systems take a few hundred milliseconds to read), so the window never waits for it; the page
// shows what it had until the new list is in, then says so with countsChanged() and
// loadingFinished(). The counts are shared with the window's overdue reminder and the
// dashboard, so the list is computed once, not once per reader.
class DeadlinesPage : public Page
{
    Q_OBJECT

public:
    explicit DeadlinesPage(Database &db, QWidget *parent = nullptr);
    ~DeadlinesPage() override;

    void reload() override;
    void retranslateUi() override;
    bool isLoading() const override;

    FilterableTable *table() const { return m_table; }
    DeadlineModel *model() const { return m_model; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *sectorBox() const { return m_sector; }
    // All items, unfiltered, as of today (empty until the first list is in).
    const DeadlineList &list() const { return *m_list; }
    const DeadlineSummary &summary() const { return m_list->summary(); }
    int overdueCount() const { return m_list->summary().overdue; }
    int dueSoonCount() const { return m_list->summary().dueSoon; }

signals:
    // Double-click on an item about a system: show it on the identification page.
    void openSystem(qint64 systemId);
    // A new list is in: the overdue and due-soon counts may have changed.
    void countsChanged();
    // "Open enforcement case…" on an overdue item: its operator, the item as evidence.
    void openEnforcementCase(qint64 operatorId, const QString &evidence);

public slots:
    void addChangeReport();
    void addAssessment();
    void addEvent();
    void closeFollowUp();
    void exportList();
    // Asks for an enforcement case on the overdue item in `sourceRow` (Art. 39–42); false when
    // the item is not overdue or concerns no operator.
    bool enforceItem(int sourceRow);

private:
    void showContextMenu(const QPoint &pos);
    void applyFilters();
    void open(int sourceRow);
    void startWorker();
    void listComputed(std::shared_ptr<const DeadlineList> list, const QString &problem);

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
    std::shared_ptr<const DeadlineList> m_list;
    QThread *m_worker = nullptr;
    bool m_loaded = false;      // a list computed from the store is in
    bool m_reloadAgain = false; // the store changed while the worker was reading it
};

} // namespace cii
