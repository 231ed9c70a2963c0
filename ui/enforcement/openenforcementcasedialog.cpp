#include "openenforcementcasedialog.h"

#include "domain/enforcementarticle.h"
#include "i18n/language.h"
#include "services/enforcementevidence.h"
#include "storage/enforcementrepository.h"
#include "storage/registryrepository.h"
#include "widgets/screenfit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace cii {

OpenEnforcementCaseDialog::OpenEnforcementCaseDialog(Database &db, QWidget *parent,
                                                     qint64 operatorId, const QString &evidence)
    : QDialog(parent), m_db(db), m_operator(new QComboBox(this)), m_article(new QComboBox(this)),
      m_penalty(new QLabel(this)), m_facts(new QPlainTextEdit(this)), m_person(new QLineEdit(this)),
      m_purchase(new QSpinBox(this)), m_purchaseLabel(new QLabel(this)),
      m_opened(new QDateEdit(QDate::currentDate(), this)), m_evidenceView(new QListView(this)),
      m_evidence(new QStandardItemModel(this)), m_error(new QLabel(this)), m_preselected(evidence)
{
    setWindowTitle(tr("Open enforcement case"));
    m_operator->setObjectName(QStringLiteral("caseOperator"));
    m_article->setObjectName(QStringLiteral("caseArticle"));
    m_facts->setObjectName(QStringLiteral("caseFacts"));
    m_person->setObjectName(QStringLiteral("casePerson"));
    m_evidenceView->setObjectName(QStringLiteral("caseEvidence"));
    m_error->setObjectName(QStringLiteral("caseError"));
    m_operator->setMinimumContentsLength(24);
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    if (Result<QVector<OperatorInfo>> ops = RegistryRepository(db).operators())
        for (const OperatorInfo &op : ops.value())
            m_operator->addItem(op.nameZh, op.id);
    if (operatorId)
        m_operator->setCurrentIndex(qMax(0, m_operator->findData(operatorId)));
    for (const EnforcementArticle &a : EnforcementArticle::all()) {
        m_article->addItem(a.displayName(), a.key);
        m_article->setItemData(m_article->count() - 1, a.displayName(), Qt::ToolTipRole);
    }
    m_article->setMinimumContentsLength(30);
    m_article->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_penalty->setWordWrap(true);
    m_penalty->setObjectName(QStringLiteral("casePenalty"));
    m_facts->setPlaceholderText(tr("What was found, when and where"));
    m_facts->setMaximumHeight(90);
    m_person->setPlaceholderText(tr("Name and post (optional)"));
    m_purchase->setRange(0, 2000000000);
    m_purchase->setSuffix(tr(" yuan"));
    m_purchase->setGroupSeparatorShown(true);
    m_opened->setCalendarPopup(true);
    m_opened->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_evidenceView->setModel(m_evidence);
    m_evidenceView->setWordWrap(true);
    m_evidenceView->setMinimumHeight(120);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Operator:"), m_operator);
    form->addRow(tr("Article:"), m_article);
    form->addRow(m_penalty); // spans both columns: an empty label would wrap it down
    m_purchaseLabel->setText(tr("Purchase amount:"));
    form->addRow(m_purchaseLabel, m_purchase);
    form->addRow(tr("Facts found:"), m_facts);
    form->addRow(tr("Person directly in charge:"), m_person);
    form->addRow(tr("Opened on:"), m_opened);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Evidence (the operator's findings and overdue deadline "
                                    "items):"),
                                 this));
    layout->addWidget(m_evidenceView, 1);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open case"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenEnforcementCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_article, &QComboBox::currentIndexChanged, this,
            &OpenEnforcementCaseDialog::showArticle);
    connect(m_operator, &QComboBox::currentIndexChanged, this,
            &OpenEnforcementCaseDialog::fillEvidence);
    showArticle();
    fillEvidence();
    resize(ScreenFit::bounded(this, QSize(760, 640)));
}

void OpenEnforcementCaseDialog::showArticle()
{
    const EnforcementArticle *a = EnforcementArticle::find(m_article->currentData().toString());
    if (!a)
        return;
    m_penalty->setText(a->penaltyText(Language::isChinese()));
    // The row exists for Art. 41 only; a hidden row keeps no spacing (setRowVisible).
    if (auto *form = findChild<QFormLayout *>())
        form->setRowVisible(m_purchase, a->operatorFine.multiple);
}

void OpenEnforcementCaseDialog::fillEvidence()
{
    m_evidence->clear();
    const qint64 op = m_operator->currentData().toLongLong();
    if (!op)
        return;
    Result<QVector<EnforcementEvidence::Candidate>> found =
        EnforcementEvidence::candidates(m_db, op, QDate::currentDate());
    if (!found) {
        m_error->setText(found.error().message);
        m_error->show();
        return;
    }
    for (const EnforcementEvidence::Candidate &c : found.value()) {
        auto *item = new QStandardItem(c.text);
        item->setData(c.link, Qt::UserRole);
        item->setToolTip(c.link);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(c.link == m_preselected ? Qt::Checked : Qt::Unchecked);
        m_evidence->appendRow(item);
    }
    if (found.value().isEmpty()) {
        auto *item =
            new QStandardItem(tr("No findings or overdue deadline items of this operator"));
        item->setEnabled(false);
        m_evidence->appendRow(item);
    }
}

void OpenEnforcementCaseDialog::accept()
{
    EnforcementCase c;
    c.operatorId = m_operator->currentData().toLongLong();
    c.article = m_article->currentData().toString();
    c.facts = m_facts->toPlainText();
    c.person = m_person->text();
    c.openedOn = m_opened->date();
    const EnforcementArticle *a = EnforcementArticle::find(c.article);
    c.purchaseAmount = a && a->operatorFine.multiple ? m_purchase->value() : 0;
    QStringList links;
    for (int i = 0; i < m_evidence->rowCount(); ++i)
        if (m_evidence->item(i)->checkState() == Qt::Checked)
            links << m_evidence->item(i)->data(Qt::UserRole).toString();
    Result<QStringList> evidence =
        EnforcementEvidence::check(m_db, c.operatorId, links, c.openedOn);
    if (!evidence) {
        QStringList lines{evidence.error().message};
        lines += evidence.error().details;
        m_error->setText(lines.join(QLatin1Char('\n')));
        m_error->show();
        return;
    }
    c.evidence = evidence.value();
    Result<qint64> id = EnforcementRepository(m_db).open(c);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    m_caseId = id.value();
    QDialog::accept();
}

} // namespace cii
