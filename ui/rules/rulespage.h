#pragma once

#include "pages/page.h"

class QComboBox;
class QPushButton;

namespace cii {

class Database;
class FilterableTable;
class RuleSetEditor;
class RuleSetListModel;
class RuleSetRepository;

// Art. 9: the sector's identification rules, their versions, filing and filing documents.
class RulesPage : public Page
{
    Q_OBJECT

public:
    explicit RulesPage(Database &db, QWidget *parent = nullptr);
    ~RulesPage() override;

    void reload() override;
    void retranslateUi() override;
    RuleSetEditor *editor() const { return m_editor; }
    FilterableTable *table() const { return m_table; }
    void selectRuleSet(qint64 id);

public slots:
    void newFromTemplate();
    void importJson();
    void exportJson();
    void submitCurrent();
    void fileCurrent();
    void newVersion();
    void deleteCurrent();
    void exportDocument();

private:
    void showCurrent(int sourceRow);
    bool confirmLeaving();
    void updateActions();
    QString chooseSector(const QString &title);

    Database &m_db;
    std::unique_ptr<RuleSetRepository> m_repo;
    RuleSetListModel *m_model;
    FilterableTable *m_table;
    RuleSetEditor *m_editor;
    QComboBox *m_sector;
    QPushButton *m_fromTemplate;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_submit;
    QPushButton *m_file;
    QPushButton *m_newVersion;
    QPushButton *m_delete;
    QPushButton *m_document;
    qint64 m_shownId = 0;
};

} // namespace cii
