#pragma once

#include "page.h"

class QComboBox;
class QPushButton;

namespace cii {

class FilterableTable;
class OperatorTableModel;
class RegistryRepository;

// The operators of the sector: filter, sort, add, edit, delete, import, export.
class OperatorsPage : public Page
{
    Q_OBJECT

public:
    explicit OperatorsPage(RegistryRepository &repo, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    FilterableTable *table() const { return m_table; }

public slots:
    void addOperator();
    void editCurrent();
    void deleteCurrent();
    void importCsv();
    void exportCsv();

private:
    void updateButtons();

    RegistryRepository &m_repo;
    OperatorTableModel *m_model;
    FilterableTable *m_table;
    QComboBox *m_sector;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace cii
