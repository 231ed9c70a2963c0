#include "auditlogpage.h"

#include "models/audittablemodel.h"
#include "storage/auditlog.h"
#include "widgets/filterabletable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cii {

AuditLogPage::AuditLogPage(Database &db, QWidget *parent)
    : Page(parent), m_db(db), m_model(new AuditTableModel(db, this)),
      m_table(new FilterableTable(m_model, this)), m_intro(new QLabel(this)),
      m_result(new QLabel(this)), m_detailTabs(new QTabWidget(this)),
      m_detail(new QPlainTextEdit(this)), m_raw(new QPlainTextEdit(this)),
      m_verify(new QPushButton(this))
{
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_raw->setObjectName(QStringLiteral("auditRawJson"));
    m_raw->setReadOnly(true);
    m_detailTabs->setObjectName(QStringLiteral("auditDetailTabs"));
    m_detailTabs->addTab(m_detail, QString());
    m_detailTabs->addTab(m_raw, QString());
    m_detailTabs->setMaximumHeight(m_detail->fontMetrics().height() * 9);
    m_intro->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_verify->setObjectName(QStringLiteral("verifyAudit"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_verify);
    bar->addWidget(m_result, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detailTabs);
    m_table->view()->sortByColumn(AuditTableModel::Id, Qt::DescendingOrder);
    QHeaderView *h = m_table->view()->horizontalHeader();
    h->resizeSection(AuditTableModel::Id, 64);
    h->resizeSection(AuditTableModel::When, 150);
    h->resizeSection(AuditTableModel::Action, 150);
    h->resizeSection(AuditTableModel::Entity, 190);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(m_table, &FilterableTable::currentSourceRowChanged, this, &AuditLogPage::showDetail);
    retranslateUi();
}

void AuditLogPage::reload()
{
    m_model->refresh();
    if (!m_model->lastError().isEmpty())
        m_detail->setPlainText(m_model->lastError());
}

void AuditLogPage::showDetail(int row)
{
    m_detailRow = row;
    if (row < 0) {
        m_detail->clear();
        m_raw->clear();
        return;
    }
    const Result<AuditRecord> r = m_model->recordAt(row);
    m_detail->setPlainText(r ? AuditTableModel::details(r.value()) : r.error().message);
    m_raw->setPlainText(r ? AuditTableModel::recordedJson(r.value()) : r.error().message);
}

void AuditLogPage::retranslateUi()
{
    m_intro->setText(tr("Every change to the store is recorded here with who made it and what "
                        "changed. Each record is chained to the one before it by a SHA-256 hash, "
                        "so an edited or deleted record is detected. Every record is listed, "
                        "newest first; select one to see its full before and after."));
    m_verify->setText(tr("&Verify the whole chain"));
    m_table->retranslate();
    // What the audit filter looks in (ListSources::auditLog), not the registry's name and code.
    m_table->filterEdit()->setPlaceholderText(
        tr("Filter (Ctrl+F): type part of a time, user, action or record"));
    m_verify->setToolTip(tr("Recompute every record’s SHA-256 hash and report the first record "
                            "that was edited, removed or reordered"));
    m_verify->setWhatsThis(tr("Verifies the audit log’s hash chain (Art. 30). The same check is "
                              "verify-audit on the command line."));
    m_table->filterEdit()->setToolTip(
        tr("Shows only the records whose time, user, action or record contain what you type"));
    m_table->filterEdit()->setWhatsThis(
        tr("The filter box (Ctrl+F) narrows the list as you type."));
    m_detailTabs->setTabText(0, tr("What changed"));
    m_detailTabs->setTabText(1, tr("As recorded (JSON)"));
    m_model->retranslate();
    m_table->retranslate();
    showVerification();
    if (m_detailRow >= 0)
        showDetail(m_detailRow);
}

void AuditLogPage::verifyChain()
{
    m_verification = AuditLog::verify(m_db);
    showVerification();
}

void AuditLogPage::showVerification()
{
    if (!m_verification) {
        m_result->clear();
        return;
    }
    const Result<AuditVerification> &v = *m_verification;
    if (!v) {
        m_result->setText(v.error().message);
        return;
    }
    if (v->ok) {
        m_result->setStyleSheet(QStringLiteral("color: #1b6e20;"));
        m_result->setText(tr("Intact: %n record(s) checked.", nullptr, int(v->records)));
    } else {
        m_result->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        m_result->setText(tr("Broken at record %1: %2").arg(v->firstBroken).arg(v->reason));
    }
}

} // namespace cii
