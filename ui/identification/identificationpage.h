#pragma once

#include "pages/page.h"
#include "services/identifier.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace cii {

class BackgroundReader;
class Database;
class FilterableTable;
class SystemCaseModel;

// Art. 10: run the filed rules over systems, read why each result came out, confirm or
// override it, issue the notices and record when the operator and the MPS were notified.
class IdentificationPage : public Page
{
    Q_OBJECT

public:
    // `reader` (optional) counts the list's summary in the background.
    explicit IdentificationPage(Database &db, BackgroundReader *reader = nullptr,
                                QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    void fitColumns();

    FilterableTable *table() const { return m_table; }
    SystemCaseModel *model() const { return m_model; }
    QTextBrowser *explanation() const { return m_explanation; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *showBox() const { return m_show; }

    // What the scope box asks for (systems from the selection or the filter when chosen).
    IdentificationRequest scopeRequest() const;
    // Runs identification in a worker thread behind a cancellable progress dialog; returns
    // the summary, or nothing when it failed or was cancelled (already reported).
    std::optional<IdentificationSummary> identify(const IdentificationRequest &request);
    // Shows every system and selects this one.
    void showSystem(qint64 systemId);
    // Records a decision on the current system's newest case (empty decision = confirm).
    Status applyDecision(const QString &decision, const QString &reason);

public slots:
    void identifyScope();
    void decideCurrent();
    void issueNotices();
    void recordNotification();

private:
    void showCurrent();
    void updateActions();
    QVector<qint64> selectedDecidedCases() const;

    void readSummary();

    Database &m_db;
    BackgroundReader *m_reader;
    SystemCaseModel *m_model;
    FilterableTable *m_table;
    QTextBrowser *m_explanation;
    QComboBox *m_scope;
    QComboBox *m_show;
    QLabel *m_scopeLabel;
    QLabel *m_showLabel;
    QLabel *m_summary;
    QPushButton *m_identify;
    QPushButton *m_decide;
    QPushButton *m_notices;
    QPushButton *m_notified;
};

} // namespace cii
