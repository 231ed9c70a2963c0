#pragma once

#include "page.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

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

    Database &m_db;
    AuditTableModel *m_model;
    FilterableTable *m_table;
    QLabel *m_intro;
    QLabel *m_result;
    QPlainTextEdit *m_detail;
    QPushButton *m_verify;
};

} // namespace cii
