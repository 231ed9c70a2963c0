#pragma once

#include "pages/page.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace cii {

class Database;
class EnforcementCaseModel;
class FilterableTable;

// Art. 39–42: the department's enforcement cases, each with its steps in the Administrative
// Penalty Law's order, their numbered documents and the dates they wait for; one action per
// step the law admits next.
class EnforcementPage : public Page
{
    Q_OBJECT

public:
    explicit EnforcementPage(Database &db, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;

    FilterableTable *table() const { return m_table; }
    EnforcementCaseModel *model() const { return m_model; }
    QTextBrowser *detail() const { return m_detail; }
    QPushButton *stepButton(const QString &kind) const;
    QPushButton *openButton() const { return m_open; }
    void selectCase(qint64 caseId);
    // The name of a date a case waits for (rectification, hearing-request, …).
    static QString dueName(const QString &step);

public slots:
    // Opens the dialog of a new case, for `operatorId` and with `evidence` ticked when given.
    void openCase(qint64 operatorId = 0, const QString &evidence = {});
    void takeStep(const QString &kind);

private:
    void showCurrent();
    void updateActions();

    Database &m_db;
    EnforcementCaseModel *m_model;
    FilterableTable *m_table;
    QTextBrowser *m_detail;
    QLabel *m_title;
    QPushButton *m_open;
    QPushButton *m_order;
    QPushButton *m_check;
    QPushButton *m_notice;
    QPushButton *m_decision;
    QPushButton *m_close;
};

} // namespace cii
