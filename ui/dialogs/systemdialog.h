#pragma once

#include "domain/operatorinfo.h"
#include "domain/systeminfo.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cii {

class EditConflictDialog;
struct EditConflict;
class RegistryRepository;

// Adds or edits a system of an operator.
class SystemDialog : public QDialog
{
    Q_OBJECT

public:
    SystemDialog(RegistryRepository &repo, const SystemInfo &system,
                 const QVector<OperatorInfo> &operators, QWidget *parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    SystemInfo systemInfo() const;
    void accept() override;
    // Shown while the operator has another system of the typed name.
    QLabel *duplicateWarning() const { return m_duplicate; }
    // While a save's conflict is shown (EditConflictDialog), that dialog; null otherwise.
    EditConflictDialog *conflictDialog() const { return m_conflictDialog; }

private:
    void validate();
    void showSystem(const SystemInfo &system);
    // A save met a version another client wrote meanwhile: both shown, the user chooses.
    void resolve(const SystemInfo &mine, const EditConflict &conflict);

    RegistryRepository &m_repo;
    SystemInfo m_original;
    qint64 m_savedId = 0;
    QComboBox *m_operator;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_category;
    QSpinBox *m_mlps;
    QComboBox *m_status;
    QLabel *m_error;
    QLabel *m_duplicate;
    QDialogButtonBox *m_buttons;
    EditConflictDialog *m_conflictDialog = nullptr;
};

} // namespace cii
