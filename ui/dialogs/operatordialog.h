#pragma once

#include "domain/operatorinfo.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace cii {

class EditConflictDialog;
struct EditConflict;
class RegistryRepository;

// Adds or edits an operator. Each field says what is wrong with it as the user types; OK
// saves through the repository and stays open with the reason if the store refuses.
class OperatorDialog : public QDialog
{
    Q_OBJECT

public:
    OperatorDialog(RegistryRepository &repo, const OperatorInfo &op, QWidget *parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    OperatorInfo operatorInfo() const;

    void accept() override;
    // While a save's conflict is shown (EditConflictDialog), that dialog; null otherwise.
    EditConflictDialog *conflictDialog() const { return m_conflictDialog; }

private:
    void validate();
    void showOperator(const OperatorInfo &op);
    // A save met a version another client wrote meanwhile: both shown, the user chooses.
    void resolve(const OperatorInfo &mine, const EditConflict &conflict);
    QLabel *addField(QFormLayout *form, const QString &field, const QString &label,
                     QWidget *editor);

    RegistryRepository &m_repo;
    OperatorInfo m_original;
    qint64 m_savedId = 0;
    QLineEdit *m_uscc;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QComboBox *m_sector;
    QLineEdit *m_region;
    QLineEdit *m_contactName;
    QLineEdit *m_contactPhone;
    QLineEdit *m_contactEmail;
    QHash<QString, QLabel *> m_fieldErrors;
    QLabel *m_storeError;
    QDialogButtonBox *m_buttons;
    EditConflictDialog *m_conflictDialog = nullptr;
};

} // namespace cii
