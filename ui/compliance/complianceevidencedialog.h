#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace cii {

class Database;

// Records one piece of evidence of an operator's duty (Art. 13–16, 19, 20): the operator of
// CII, the duty, the value its kind takes (a name, yes or no, an amount, a number) and the date
// of the evidence. What is in force now is shown; the record is written through
// ComplianceRepository with its audit record, or the reason it cannot be is shown inline.
class ComplianceEvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    // `operatorId` and `duty` preselect (0 / empty: the first).
    ComplianceEvidenceDialog(Database &db, qint64 operatorId, const QString &duty,
                             QWidget *parent = nullptr);

    qint64 storedId() const { return m_storedId; }
    QComboBox *operatorBox() const { return m_operator; }
    QComboBox *dutyBox() const { return m_duty; }
    QLineEdit *textEdit() const { return m_text; }
    QComboBox *yesNoBox() const { return m_yesNo; }
    QSpinBox *countBox() const { return m_count; }
    QDateEdit *dateEdit() const { return m_date; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    void accept() override;

private:
    void dutyChanged();
    QString typedValue() const;

    Database &m_db;
    QComboBox *m_operator;
    QComboBox *m_duty;
    QLabel *m_article;
    QStackedWidget *m_editors;
    QLineEdit *m_text;
    QComboBox *m_yesNo;
    QSpinBox *m_count;
    QLabel *m_unit;
    QDateEdit *m_date;
    QLabel *m_inForce;
    QLabel *m_message;
    qint64 m_storedId = 0;
};

} // namespace cii
