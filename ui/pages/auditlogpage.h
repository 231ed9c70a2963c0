#pragma once

#include "page.h"

#include "storage/auditlog.h"

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace cii {

class AuditTableModel;
class Database;
class FilterableTable;

// Every audit record, newest first, read from the store on demand; the selected record's
// before and after; a check of the whole hash chain.
class AuditLogPage : public Page
{
    Q_OBJECT

public:
    explicit AuditLogPage(Database &db, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;

    AuditTableModel *model() const { return m_model; }
    FilterableTable *table() const { return m_table; }

public slots:
    void verifyChain();

private:
    void showDetail(int row);
    // The last verification in the current language (kept so a language switch redraws it).
    void showVerification();

    Database &m_db;
    AuditTableModel *m_model;
    FilterableTable *m_table;
    QLabel *m_intro;
    QLabel *m_result;
    QTabWidget *m_detailTabs;
    QPlainTextEdit *m_detail; // the selected record in words
    QPlainTextEdit *m_raw;    // and as recorded, JSON
    QPushButton *m_verify;
    std::optional<Result<AuditVerification>> m_verification;
    int m_detailRow = -1;
};

} // namespace cii
