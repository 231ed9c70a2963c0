#pragma once

#include "domain/enforcementcase.h"
#include "services/enforcementdocumentissuer.h"
#include "widgets/documentissuedialog.h"

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cii {

// A step of an enforcement case that the department serves as a numbered document: the order
// to rectify (with the day to rectify by), the advance notice (the proposed fines, within the
// article's range) or the decision (the fines, the hearing). The preview shows the document,
// or why the procedure does not admit the step yet; the step and its number are stored together.
class EnforcementStepDialog : public DocumentIssueDialog
{
    Q_OBJECT

public:
    EnforcementStepDialog(Database &db, const EnforcementCase &c, const QString &stepKind,
                          QWidget *parent = nullptr);

    const RecordedStep &recorded() const { return m_recorded; }
    QDateEdit *dateEdit() const { return m_date; }
    QDateEdit *rectifyByEdit() const { return m_rectifyBy; }
    QSpinBox *operatorFineBox() const { return m_fineOperator; }
    QSpinBox *personFineBox() const { return m_finePerson; }
    QCheckBox *hearingBox() const { return m_hearing; }

protected:
    Result<Preview> makePreview() override;
    Status issueDocuments() override;

private:
    EnforcementStep step() const;

    EnforcementCase m_case;
    QString m_kind;
    QDateEdit *m_date;
    QDateEdit *m_rectifyBy = nullptr;
    QSpinBox *m_fineOperator = nullptr;
    QSpinBox *m_finePerson = nullptr;
    QLabel *m_range = nullptr;
    QCheckBox *m_hearing = nullptr;
    QDateEdit *m_hearingOn = nullptr;
    QLineEdit *m_note;
    RecordedStep m_recorded;
};

} // namespace cii
