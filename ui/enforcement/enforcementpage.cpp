#include "enforcementpage.h"

#include "domain/enforcementarticle.h"
#include "enforcementcasemodel.h"
#include "enforcementrecorddialog.h"
#include "enforcementstepdialog.h"
#include "i18n/language.h"
#include "openenforcementcasedialog.h"
#include "schedule/enforcementprocedure.h"
#include "storage/calendarrepository.h"
#include "storage/enforcementrepository.h"
#include "widgets/filterabletable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cii {

EnforcementPage::EnforcementPage(Database &db, QWidget *parent)
    : Page(parent), m_db(db), m_model(new EnforcementCaseModel(this)),
      m_table(new FilterableTable(m_model, this)), m_detail(new QTextBrowser(this)),
      m_title(new QLabel(this)), m_open(new QPushButton(this)), m_order(new QPushButton(this)),
      m_check(new QPushButton(this)), m_notice(new QPushButton(this)),
      m_decision(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("enforcementPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_detail->setObjectName(QStringLiteral("enforcementDetail"));
    m_detail->setOpenLinks(false);
    m_open->setObjectName(QStringLiteral("openCase"));
    m_order->setObjectName(QStringLiteral("step-order"));
    m_check->setObjectName(QStringLiteral("step-check"));
    m_notice->setObjectName(QStringLiteral("step-advance-notice"));
    m_decision->setObjectName(QStringLiteral("step-decision"));
    m_close->setObjectName(QStringLiteral("step-closed"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addSpacing(12);
    for (QPushButton *b : {m_order, m_check, m_notice, m_decision, m_close})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    // The detail (steps, documents, dates) is what a case is worked from: it gets the room.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    m_table->view()->horizontalHeader()->setStretchLastSection(true);
    connect(m_open, &QPushButton::clicked, this, [this] { openCase(); });
    connect(m_order, &QPushButton::clicked, this, [this] { takeStep(QStringLiteral("order")); });
    connect(m_check, &QPushButton::clicked, this, [this] { takeStep(QStringLiteral("check")); });
    connect(m_notice, &QPushButton::clicked, this,
            [this] { takeStep(QStringLiteral("advance-notice")); });
    connect(m_decision, &QPushButton::clicked, this,
            [this] { takeStep(QStringLiteral("decision")); });
    connect(m_close, &QPushButton::clicked, this, [this] { takeStep(QStringLiteral("closed")); });
    connect(m_table, &FilterableTable::currentSourceRowChanged, this, [this] {
        showCurrent();
        updateActions();
    });
    retranslateUi();
    updateActions();
}

QPushButton *EnforcementPage::stepButton(const QString &kind) const
{
    return findChild<QPushButton *>(QStringLiteral("step-") + kind);
}

QString EnforcementPage::dueName(const QString &step)
{
    if (step == QLatin1String("rectification"))
        return tr("Rectification (the day ordered)");
    if (step == QLatin1String("hearing-request"))
        return tr("Hearing request (5 working days)");
    if (step == QLatin1String("reconsideration"))
        return tr("Administrative reconsideration (60 days)");
    if (step == QLatin1String("litigation"))
        return tr("Administrative litigation (6 months)");
    return step;
}

void EnforcementPage::retranslateUi()
{
    m_title->setText(tr("Enforcement (Art. 39–42)"));
    m_open->setText(tr("Open case…"));
    m_order->setText(tr("Order to rectify…"));
    m_check->setText(tr("Record check…"));
    m_notice->setText(tr("Advance notice…"));
    m_decision->setText(tr("Decision…"));
    m_close->setText(tr("Close case…"));
    m_open->setToolTip(tr("Open an enforcement case against an operator"));
    m_table->retranslate();
    showCurrent();
}

void EnforcementPage::reload()
{
    const qint64 current =
        m_table->currentSourceRow() >= 0 ? m_model->caseAt(m_table->currentSourceRow()).id : 0;
    Result<HolidayCalendar> calendar = CalendarRepository(m_db).calendar();
    Result<QVector<EnforcementCase>> cases = EnforcementRepository(m_db).list();
    if (!calendar || !cases) {
        emit statusMessage(!calendar ? calendar.error().message : cases.error().message);
        return;
    }
    m_model->setCases(cases.value(), calendar.value(), QDate::currentDate());
    m_table->view()->resizeColumnsToContents();
    if (current)
        selectCase(current);
    else if (m_model->rowCount() > 0)
        m_table->selectSourceRow(0);
    showCurrent();
    updateActions();
}

void EnforcementPage::selectCase(qint64 caseId)
{
    const int row = m_model->rowOf(caseId);
    if (row >= 0)
        m_table->selectSourceRow(row);
}

void EnforcementPage::showCurrent()
{
    const int row = m_table->currentSourceRow();
    if (row < 0) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>")
                              .arg(tr("No case selected. Open a case for an operator whose "
                                      "finding, incident or deadline calls for enforcement.")
                                       .toHtmlEscaped()));
        return;
    }
    const EnforcementCase &c = m_model->caseAt(row);
    const EnforcementArticle *a = EnforcementArticle::find(c.article);
    const bool zh = Language::isChinese();
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(esc(tr("Case %1: %2").arg(c.id).arg(c.operatorName)));
    html += QStringLiteral("<p><b>%1</b> %2<br/><i>%3</i></p>")
                .arg(esc(a ? a->citation(zh) : c.article),
                     esc(a ? (zh ? a->textZh : a->textEn) : QString()),
                     esc(a ? a->penaltyText(zh) : QString()));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Opened on %1").arg(c.openedOn.toString(Qt::ISODate))));
    if (!c.facts.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Facts:")), esc(c.facts));
    if (!c.person.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Person directly in charge:")), esc(c.person));
    QStringList evidenceNames;
    for (const QString &link : c.evidence)
        evidenceNames << EnforcementCase::evidenceName(link);
    if (!c.evidence.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Evidence:")), esc(evidenceNames.join(tr(", "))));
    html += QStringLiteral("<h4>%1</h4><table cellpadding='3'>").arg(esc(tr("Steps")));
    if (c.steps.isEmpty())
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(esc(tr("None yet.")));
    for (const EnforcementStep &s : c.steps) {
        QString what;
        if (s.kind == QLatin1String("order"))
            what = s.warning
                       ? tr("rectify by %1; warning given").arg(s.rectifyBy.toString(Qt::ISODate))
                       : tr("rectify by %1").arg(s.rectifyBy.toString(Qt::ISODate));
        else if (s.kind == QLatin1String("check"))
            what = s.rectified ? (s.harm ? tr("rectified; harm to cybersecurity followed")
                                         : tr("rectified"))
                               : tr("not rectified");
        else if (s.kind == QLatin1String("advance-notice") || s.kind == QLatin1String("decision"))
            what = tr("operator %1 yuan, person %2 yuan").arg(s.fineOperator).arg(s.finePerson) +
                   (s.hearingHeld ? tr("; hearing held %1").arg(s.hearingOn.toString(Qt::ISODate))
                                  : QString());
        if (!s.note.isEmpty())
            what += (what.isEmpty() ? QString() : QStringLiteral("; ")) + s.note;
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                    .arg(s.date.toString(Qt::ISODate), esc(EnforcementStep::kindName(s.kind)),
                         esc(what),
                         esc(s.noticeId ? s.noticeNumber
                                        : (EnforcementDocumentIssuer::hasDocument(s.kind)
                                               ? tr("no document issued")
                                               : QString())));
    }
    html += QStringLiteral("</table>");
    Result<HolidayCalendar> calendar = CalendarRepository(m_db).calendar();
    const QVector<EnforcementProcedure::Due> dues =
        EnforcementProcedure::deadlines(c, calendar ? calendar.value() : HolidayCalendar());
    if (!dues.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellpadding='3'>").arg(esc(tr("Dates")));
        for (const EnforcementProcedure::Due &d : dues)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(d.due.toString(Qt::ISODate), esc(dueName(d.step)),
                             esc(d.statutory ? d.basis : tr("the department's date")),
                             esc(d.done.isValid() ? tr("over %1").arg(d.done.toString(Qt::ISODate))
                                                  : tr("open")));
        html += QStringLiteral("</table>");
    }
    const QStringList next = EnforcementProcedure::nextSteps(c);
    QStringList names;
    for (const QString &n : next)
        names << EnforcementStep::kindName(n);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Next:")), esc(names.isEmpty() ? tr("nothing; the case is closed")
                                                           : names.join(QStringLiteral(", "))));
    m_detail->setHtml(html);
}

void EnforcementPage::updateActions()
{
    const int row = m_table->currentSourceRow();
    const QStringList next =
        row >= 0 ? EnforcementProcedure::nextSteps(m_model->caseAt(row)) : QStringList();
    for (const QString &kind : EnforcementStep::kinds())
        if (QPushButton *b = stepButton(kind))
            b->setEnabled(next.contains(kind));
}

void EnforcementPage::openCase(qint64 operatorId, const QString &evidence)
{
    OpenEnforcementCaseDialog dialog(m_db, this, operatorId, evidence);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectCase(dialog.caseId());
    emit storeChanged();
    emit statusMessage(tr("Enforcement case %1 opened").arg(dialog.caseId()));
}

void EnforcementPage::takeStep(const QString &kind)
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    const EnforcementCase c = m_model->caseAt(row);
    bool done = false;
    QString message;
    if (EnforcementDocumentIssuer::hasDocument(kind)) {
        EnforcementStepDialog dialog(m_db, c, kind, this);
        done = dialog.exec() == QDialog::Accepted;
        if (done)
            message = tr("%1 saved to %2")
                          .arg(dialog.recorded().notice.numberText(Language::isChinese()),
                               dialog.recorded().path);
    } else {
        EnforcementRecordDialog dialog(m_db, c, kind, this);
        done = dialog.exec() == QDialog::Accepted;
        message = tr("Case %1: %2 recorded").arg(c.id).arg(EnforcementStep::kindName(kind));
    }
    if (!done)
        return;
    reload();
    selectCase(c.id);
    emit storeChanged();
    emit statusMessage(message);
}

} // namespace cii
