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
class DepartmentForm;
class EditConflictDialog;
struct EditConflict;
class DocumentSettingsForm;

// The own department's settings every numbered document bears (DepartmentForm: names,
// sectors, document-number prefix, contact) and how it prints and keeps what it learns
// confidential (DocumentSettingsForm: the classification marking and the body font; the idle
// lock and the unlock passphrase). OK saves (audited) and stays open with the reason if the
// store refuses.
class DepartmentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DepartmentDialog(Database &db, QWidget *parent = nullptr);

    Department department() const;
    DepartmentForm *form() const { return m_form; }

    void accept() override;
    // While a save's conflict is shown (EditConflictDialog), that dialog; null otherwise.
    EditConflictDialog *conflictDialog() const { return m_conflictDialog; }

private:
    void updateState();
    // The department was changed on another workstation meanwhile: both shown, the user
    // chooses.
    void resolve(const Department &mine, const EditConflict &conflict);

    Database &m_db;
    QString m_bodyFamily;
    DepartmentForm *m_form;
    DocumentSettingsForm *m_documents;
    SecuritySettings m_security;
    QSpinBox *m_lockMinutes;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QLabel *m_storeError;
    QDialogButtonBox *m_buttons;
    EditConflictDialog *m_conflictDialog = nullptr;
};

} // namespace cii
