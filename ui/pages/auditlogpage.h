#pragma once

#include "page.h"

class QLabel;
class QPushButton;

namespace cii {

class AuditTableModel;
class Database;
class FilterableTable;

// The newest audit records and a check of the whole hash chain.
class AuditLogPage : public Page
{
    Q_OBJECT

public:
    explicit AuditLogPage(Database &db, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;

public slots:
    void verifyChain();

private:
    Database &m_db;
    AuditTableModel *m_model;
    FilterableTable *m_table;
    QLabel *m_intro;
    QLabel *m_result;
    QPushButton *m_verify;
};

} // namespace cii
