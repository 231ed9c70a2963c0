#pragma once

#include "domain/enforcementcase.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace cii {

class Database;

// The steps of an enforcement case without a document: the check of the rectification
// (rectified or not; harm to cybersecurity, where the article fines it) and the closing.
class EnforcementRecordDialog : public QDialog
{
    Q_OBJECT

public:
    EnforcementRecordDialog(Database &db, const EnforcementCase &c, const QString &stepKind,
                            QWidget *parent = nullptr);

    qint64 stepId() const { return m_stepId; }
    QDateEdit *dateEdit() const { return m_date; }
    QRadioButton *rectifiedButton() const { return m_rectified; }
    QRadioButton *notRectifiedButton() const { return m_notRectified; }
    QCheckBox *harmBox() const { return m_harm; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    Database &m_db;
    EnforcementCase m_case;
    QString m_kind;
    QDateEdit *m_date;
    QRadioButton *m_rectified = nullptr;
    QRadioButton *m_notRectified = nullptr;
    QCheckBox *m_harm = nullptr;
    QLineEdit *m_note;
    QLabel *m_error;
    qint64 m_stepId = 0;
};

} // namespace cii
