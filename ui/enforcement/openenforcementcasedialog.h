#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QSpinBox;
class QStandardItemModel;

namespace cii {

class Database;

// Opens an enforcement case (Art. 39–42): the operator, the paragraph from the catalogue with
// what it lets the department do, what was found, the person directly in charge, and the
// records it rests on, picked among that operator's findings and overdue deadline items.
class OpenEnforcementCaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenEnforcementCaseDialog(Database &db, QWidget *parent = nullptr,
                                       qint64 operatorId = 0, const QString &evidence = {});

    qint64 caseId() const { return m_caseId; }
    QComboBox *operatorBox() const { return m_operator; }
    QComboBox *articleBox() const { return m_article; }
    QPlainTextEdit *factsEdit() const { return m_facts; }
    QStandardItemModel *evidenceModel() const { return m_evidence; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    void showArticle();
    void fillEvidence();

    Database &m_db;
    QComboBox *m_operator;
    QComboBox *m_article;
    QLabel *m_penalty;
    QPlainTextEdit *m_facts;
    QLineEdit *m_person;
    QSpinBox *m_purchase;
    QLabel *m_purchaseLabel;
    QDateEdit *m_opened;
    QListView *m_evidenceView;
    QStandardItemModel *m_evidence;
    QLabel *m_error;
    QString m_preselected;
    qint64 m_caseId = 0;
};

} // namespace cii
