#include "enforcementstepdialog.h"

#include "domain/enforcementarticle.h"
#include "io/enforcementdocument.h"
#include "schedule/enforcementprocedure.h"
#include "services/issuingdepartment.h"
#include "storage/calendarrepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace cii {

namespace {

QDateEdit *newDateEdit(const QDate &date, QWidget *parent)
{
    auto *e = new QDateEdit(date, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}

QSpinBox *fineBox(QWidget *parent)
{
    auto *b = new QSpinBox(parent);
    b->setRange(0, 2000000000);
    b->setSingleStep(10000);
    b->setGroupSeparatorShown(true);
    b->setSuffix(EnforcementStepDialog::tr(" yuan"));
    return b;
}

QString titleOf(const QString &kind)
{
    if (kind == QLatin1String("order"))
        return EnforcementStepDialog::tr("Order to rectify");
    if (kind == QLatin1String("advance-notice"))
        return EnforcementStepDialog::tr("Advance notice of administrative penalty");
    return EnforcementStepDialog::tr("Administrative penalty decision");
}

} // namespace

EnforcementStepDialog::EnforcementStepDialog(Database &db, const EnforcementCase &c,
                                             const QString &stepKind, QWidget *parent)
    : DocumentIssueDialog(db, titleOf(stepKind), parent), m_case(c), m_kind(stepKind),
      m_date(newDateEdit(QDate::currentDate(), this)), m_note(new QLineEdit(this))
{
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_note->setObjectName(QStringLiteral("stepNote"));
    const EnforcementArticle *a = EnforcementArticle::find(c.article);
    form()->insertRow(0, tr("Date:"), m_date);
    int row = 1;
    if (m_kind == QLatin1String("order")) {
        m_rectifyBy = newDateEdit(QDate::currentDate().addDays(30), this);
        m_rectifyBy->setObjectName(QStringLiteral("stepRectifyBy"));
        form()->insertRow(row++, tr("Rectify by:"), m_rectifyBy);
        connect(m_rectifyBy, &QDateEdit::dateChanged, this, &EnforcementStepDialog::refresh);
    } else {
        m_fineOperator = fineBox(this);
        m_fineOperator->setObjectName(QStringLiteral("stepFineOperator"));
        form()->insertRow(row++, tr("Fine on the operator:"), m_fineOperator);
        m_finePerson = fineBox(this);
        m_finePerson->setObjectName(QStringLiteral("stepFinePerson"));
        if (!c.person.isEmpty())
            form()->insertRow(row++, tr("Fine on %1:").arg(c.person), m_finePerson);
        else
            m_finePerson->hide();
        m_range = new QLabel(this);
        m_range->setWordWrap(true);
        if (a)
            m_range->setText(tr("Range: %1; person directly in charge: %2")
                                 .arg(EnforcementProcedure::rangeText(*a, c.purchaseAmount, false),
                                      EnforcementProcedure::rangeText(*a, c.purchaseAmount, true)));
        form()->insertRow(row++, QString(), m_range);
        const EnforcementStep *notice = c.last(QStringLiteral("advance-notice"));
        if (notice) { // the decision starts from what was proposed
            m_fineOperator->setValue(int(notice->fineOperator));
            m_finePerson->setValue(int(notice->finePerson));
        } else if (a) {
            m_fineOperator->setValue(int(a->operatorFine.lowYuan(c.purchaseAmount)));
            m_finePerson->setValue(c.person.isEmpty() ? 0 : int(a->personFine.min));
        }
        connect(m_fineOperator, &QSpinBox::valueChanged, this, &EnforcementStepDialog::refresh);
        connect(m_finePerson, &QSpinBox::valueChanged, this, &EnforcementStepDialog::refresh);
    }
    if (m_kind == QLatin1String("decision")) {
        m_hearing = new QCheckBox(tr("A hearing was held"), this);
        m_hearing->setObjectName(QStringLiteral("stepHearing"));
        m_hearingOn = newDateEdit(QDate::currentDate(), this);
        m_hearingOn->setEnabled(false);
        form()->insertRow(row++, QString(), m_hearing);
        form()->insertRow(row++, tr("Hearing on:"), m_hearingOn);
        connect(m_hearing, &QCheckBox::toggled, m_hearingOn, &QWidget::setEnabled);
        connect(m_hearing, &QCheckBox::toggled, this, &EnforcementStepDialog::refresh);
        connect(m_hearingOn, &QDateEdit::dateChanged, this, &EnforcementStepDialog::refresh);
    }
    m_note->setPlaceholderText(m_kind == QLatin1String("decision")
                                   ? tr("The party's statement and how it was weighed")
                                   : tr("Optional"));
    form()->insertRow(row, tr("Note:"), m_note);
    connect(m_date, &QDateEdit::dateChanged, this, &EnforcementStepDialog::refresh);
    connect(m_note, &QLineEdit::editingFinished, this, &EnforcementStepDialog::refresh);
    refresh();
}

EnforcementStep EnforcementStepDialog::step() const
{
    EnforcementStep s;
    s.caseId = m_case.id;
    s.kind = m_kind;
    s.date = m_date->date();
    if (m_rectifyBy)
        s.rectifyBy = m_rectifyBy->date();
    if (m_fineOperator)
        s.fineOperator = m_fineOperator->value();
    if (m_finePerson && !m_case.person.isEmpty())
        s.finePerson = m_finePerson->value();
    if (m_hearing && m_hearing->isChecked()) {
        s.hearingHeld = true;
        s.hearingOn = m_hearingOn->date();
    }
    s.note = m_note->text().trimmed();
    const EnforcementArticle *a = EnforcementArticle::find(m_case.article);
    s.warning = m_kind == QLatin1String("order") && a && a->warning;
    return s;
}

Result<DocumentIssueDialog::Preview> EnforcementStepDialog::makePreview()
{
    Result<HolidayCalendar> calendar = CalendarRepository(db()).calendar();
    if (!calendar)
        return calendar.error();
    const EnforcementStep s = step();
    if (Status admitted = EnforcementProcedure::admits(m_case, s, calendar.value()); !admitted)
        return admitted.error();
    if (!EnforcementDocument::knowsArticle(m_case.article))
        return Error::input(tr("The documents of %1 are not available here.").arg(m_case.article));
    Result<Department> own = IssuingDepartment::own(db());
    if (!own)
        return own.error();
    EnforcementCase withStep = m_case;
    withStep.steps << s;
    EnforcementDocumentContent content = EnforcementDocumentIssuer::content(
        withStep, s, own.value(), calendar.value(),
        EnforcementDocumentIssuer::evidenceDetails(db(), m_case));
    Preview p;
    p.summary = m_kind == QLatin1String("advance-notice")
                    ? tr("The step is recorded and its document numbered and saved. The operator "
                         "may request a hearing until %1.")
                          .arg(content.hearingRequestBy.toString(Qt::ISODate))
                    : tr("The step is recorded and its document numbered and saved.");
    p.html = EnforcementDocument::html(content, language());
    return p;
}

Status EnforcementStepDialog::issueDocuments()
{
    EnforcementDocumentRequest request;
    request.format = format();
    request.language = language();
    request.outDir = folder();
    Result<RecordedStep> r = EnforcementDocumentIssuer::record(db(), step(), &request);
    if (!r)
        return r.error();
    m_recorded = r.value();
    return {};
}

} // namespace cii
