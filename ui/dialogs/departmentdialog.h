#pragma once

#include "domain/department.h"
#include "domain/securitysettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cii {

class Database;

// The own department's settings every numbered document bears: its names, the prefix of its
// document numbers and the contact operators call; and how it keeps what it learns
// confidential: the classification marking of its exports and documents, the idle lock and
// the unlock passphrase. Says what is still missing as the user types; OK saves (audited) and
// stays open with the reason if the store refuses.
class DepartmentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DepartmentDialog(Database &db, QWidget *parent = nullptr);

    Department department() const;

    void accept() override;

private:
    void updateMissing();

    Database &m_db;
    Department m_original;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QLineEdit *m_docPrefix;
    QLineEdit *m_contactName;
    QLineEdit *m_contactPhone;
    SecuritySettings m_security;
    QLineEdit *m_classification;
    QSpinBox *m_lockMinutes;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QLabel *m_missing;
    QLabel *m_storeError;
    QDialogButtonBox *m_buttons;
};

} // namespace cii
