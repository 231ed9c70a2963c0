#pragma once

#include "domain/department.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace cii {

class Database;
class DepartmentForm;

// Adds another inspecting body (Art. 28: a department beside the public security, state
// security, secrecy and cryptography administrations and the CAC) or edits one: the same
// DepartmentForm as the own department's. Save writes it (audited) and stays open with the
// reason when the store refuses.
class OtherDepartmentDialog : public QDialog
{
    Q_OBJECT

public:
    // `department` with an empty key: a new department.
    OtherDepartmentDialog(Database &db, const Department &department, QWidget *parent = nullptr);

    DepartmentForm *form() const { return m_form; }
    QPushButton *saveButton() const;
    Department department() const;

    void accept() override;

private:
    void updateState();

    Database &m_db;
    bool m_adding;
    DepartmentForm *m_form;
    QLabel *m_storeError;
    QDialogButtonBox *m_buttons;
};

} // namespace cii
