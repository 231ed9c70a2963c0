#pragma once

#include "domain/identificationcase.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QDialogButtonBox;

namespace cii {

// Confirm the engine's outcome, or override it with a mandatory reason (Art. 10 decision).
class DecideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DecideDialog(const IdentificationCase &c, QWidget *parent = nullptr);

    // Empty to confirm; cii or not-cii to override.
    QString decision() const;
    QString reason() const;
    QRadioButton *confirmButton() const { return m_confirm; }
    QRadioButton *overrideButton() const { return m_override; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

private:
    void validate();

    IdentificationCase m_case;
    QRadioButton *m_confirm;
    QRadioButton *m_override;
    QComboBox *m_outcome;
    QPlainTextEdit *m_reason;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace cii
