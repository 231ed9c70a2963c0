#pragma once

#include "page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace cii {

class FilterableTable;
class IndicatorValueModel;
class RegistryRepository;
class SystemTableModel;

// The systems of the sector and, below, the selected system's indicator values, editable
// in place.
class SystemsPage : public Page
{
    Q_OBJECT

public:
    explicit SystemsPage(RegistryRepository &repo, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    FilterableTable *table() const { return m_table; }
    QTableView *indicatorView() const { return m_indicatorView; }

public slots:
    void addSystem();
    void editCurrent();
    void deleteCurrent();
    void importCsv();
    void exportCsv();

signals:
    // An indicator value was saved or cleared in place.
    void indicatorValuesChanged();

private:
    void showSystem(int sourceRow);
    void updateButtons();

    RegistryRepository &m_repo;
    SystemTableModel *m_model;
    FilterableTable *m_table;
    IndicatorValueModel *m_indicators;
    QTableView *m_indicatorView;
    QLabel *m_indicatorTitle;
    QLabel *m_indicatorHint;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace cii
