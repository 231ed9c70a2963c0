#include "rulespage.h"

#include "domain/sector.h"
#include "filerulesetdialog.h"
#include "filingdocumentdialog.h"
#include "io/atomicfile.h"
#include "io/rulesetfilingdocument.h"
#include "rules/rulesetjson.h"
#include "rules/ruletemplates.h"
#include "ruleseteditor.h"
#include "rulesetlistmodel.h"
#include "services/auditedexport.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"
#include "widgets/filterabletable.h"
#include "widgets/writecontrols.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cii {

RulesPage::RulesPage(Database &db, QWidget *parent)
    : Page(parent), m_db(db), m_repo(std::make_unique<RuleSetRepository>(db)),
      m_model(new RuleSetListModel(this)), m_table(new FilterableTable(m_model, this)),
      m_editor(new RuleSetEditor(*m_repo, this)), m_sector(new QComboBox(this))
{
    auto makeButton = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_fromTemplate = makeButton("fromTemplate");
    m_import = makeButton("importRules");
    m_export = makeButton("exportRules");
    m_submit = makeButton("submitRules");
    m_file = makeButton("fileRules");
    m_newVersion = makeButton("newVersion");
    m_delete = makeButton("deleteRules");
    m_document = makeButton("filingDocument");
    WriteControls::mark({m_fromTemplate, m_import, m_submit, m_file, m_newVersion, m_delete});

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_fromTemplate);
    row1->addWidget(m_import);
    row1->addWidget(m_export);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_submit);
    row2->addWidget(m_file);
    row2->addWidget(m_newVersion);
    row2->addWidget(m_delete);
    leftLayout->addWidget(m_sector);
    leftLayout->addLayout(row1);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(row2);
    leftLayout->addWidget(m_document);
    m_table->view()->sortByColumn(-1, Qt::AscendingOrder);
    m_table->view()->setSortingEnabled(false);
    m_table->view()->horizontalHeader()->resizeSection(RuleSetListModel::Sector, 110);
    m_table->view()->horizontalHeader()->resizeSection(RuleSetListModel::Version, 50);
    m_table->view()->horizontalHeader()->resizeSection(RuleSetListModel::Status, 90);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("rulesSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    // Wide enough for the four buttons under the list in either language.
    splitter->setSizes({400, 940});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_fromTemplate, &QPushButton::clicked, this, &RulesPage::newFromTemplate);
    connect(m_import, &QPushButton::clicked, this, &RulesPage::importJson);
    connect(m_export, &QPushButton::clicked, this, &RulesPage::exportJson);
    connect(m_submit, &QPushButton::clicked, this, &RulesPage::submitCurrent);
    connect(m_file, &QPushButton::clicked, this, &RulesPage::fileCurrent);
    connect(m_newVersion, &QPushButton::clicked, this, &RulesPage::newVersion);
    connect(m_delete, &QPushButton::clicked, this, &RulesPage::deleteCurrent);
    connect(m_document, &QPushButton::clicked, this, &RulesPage::exportDocument);
    connect(m_table, &FilterableTable::currentSourceRowChanged, this, &RulesPage::showCurrent);
    connect(m_sector, &QComboBox::currentIndexChanged, this, &RulesPage::reload);
    connect(m_editor, &RuleSetEditor::message, this, &Page::statusMessage);
    connect(m_editor, &RuleSetEditor::saved, this, [this](qint64 id) {
        reload();
        selectRuleSet(id);
        emit storeChanged();
    });
    connect(m_editor, &RuleSetEditor::modifiedChanged, this, &RulesPage::updateActions);
    if (Result<QVector<Indicator>> catalogue = RegistryRepository(db).indicators())
        m_editor->setCatalogue(catalogue.value());
    retranslateUi();
}

RulesPage::~RulesPage() = default;

void RulesPage::reload()
{
    Result<QVector<RuleSet>> sets = m_repo->list(m_sector->currentData().toString());
    if (!sets) {
        emit statusMessage(sets.error().message);
        return;
    }
    const qint64 keep = m_shownId;
    {
        const QSignalBlocker block(m_table);
        m_model->setRuleSets(sets.value());
    }
    const int row = m_model->rowOf(keep);
    if (row >= 0) {
        const QSignalBlocker block(m_table);
        m_table->selectSourceRow(row);
    } else if (m_model->rowCount() > 0 && !m_editor->isModified()) {
        // Open the newest version rather than an empty editor.
        m_shownId = 0;
        m_table->selectSourceRow(0);
        showCurrent(0);
    } else {
        m_shownId = 0;
        m_editor->clear();
    }
    updateActions();
}

void RulesPage::selectRuleSet(qint64 id)
{
    m_table->selectSourceRow(m_model->rowOf(id));
    showCurrent(m_model->rowOf(id));
}

void RulesPage::showCurrent(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    const RuleSet &r = m_model->ruleSetAt(sourceRow);
    if (r.id == m_shownId)
        return;
    if (!confirmLeaving()) {
        const QSignalBlocker block(m_table);
        m_table->selectSourceRow(m_model->rowOf(m_shownId));
        return;
    }
    m_shownId = r.id;
    // Re-read: the list may be older than the store.
    Result<RuleSet> fresh = m_repo->byId(r.id);
    m_editor->setRuleSet(fresh ? fresh.value() : r);
    updateActions();
}

bool RulesPage::confirmLeaving()
{
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("Save the changes to version %1 first?").arg(m_editor->working().version),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return m_editor->save();
    return answer == QMessageBox::Discard;
}

void RulesPage::updateActions()
{
    const bool has = m_shownId > 0;
    const RuleSet &r = m_editor->working();
    m_export->setEnabled(has);
    m_submit->setEnabled(has && r.status == QLatin1String("draft"));
    m_file->setEnabled(has && r.isEditable());
    m_newVersion->setEnabled(has);
    m_delete->setEnabled(has && r.isEditable());
    m_document->setEnabled(has);
}

QString RulesPage::chooseSector(const QString &title)
{
    QStringList names;
    for (const Sector &s : Sector::all())
        names << s.displayName();
    const int current = qMax(0, m_sector->currentIndex() - 1);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, tr("Sector these rules are for:"),
                                                 names, current, false, &ok);
    if (!ok)
        return {};
    return Sector::all().at(int(names.indexOf(chosen))).key;
}

void RulesPage::newFromTemplate()
{
    if (!confirmLeaving())
        return;
    const QString sector = chooseSector(tr("New rules from the national template"));
    if (sector.isEmpty())
        return;
    Result<RuleSet> t = RuleTemplates::nationalGuide2016();
    if (!t)
        return;
    RuleSet r = t.value();
    r.sector = sector;
    // The department names its own rules: the template's title describes the template.
    RuleTemplates::nameForSector(r);
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("New rules from the national template"),
        tr("Title of the rules, as they will appear in the filing documents:"), QLineEdit::Normal,
        r.titleZh, &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    if (title.trimmed() != r.titleZh) {
        r.titleZh = title.trimmed();
        r.titleEn.clear();
    }
    Result<qint64> id = m_repo->importAsDraft(r);
    if (!id) {
        QMessageBox::warning(this, tr("Not created"), id.error().message);
        return;
    }
    m_shownId = 0;
    reload();
    selectRuleSet(id.value());
    emit storeChanged();
}

void RulesPage::importJson()
{
    if (!confirmLeaving())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import rules"), QString(),
                                                      tr("Rule sets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> bytes = AtomicFile::read(path);
    Result<QVector<Indicator>> catalogue = RegistryRepository(m_db).indicators();
    if (!bytes || !catalogue)
        return;
    Result<RuleSet> r = RuleSetJson::read(bytes.value(), catalogue.value());
    if (!r) {
        QMessageBox box(QMessageBox::Warning, tr("Not imported"), r.error().message,
                        QMessageBox::Ok, this);
        box.setDetailedText(r.error().details.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    RuleSet rules = r.value();
    const QString sector = chooseSector(tr("Import rules"));
    if (sector.isEmpty())
        return;
    rules.sector = sector;
    Result<qint64> id = m_repo->importAsDraft(rules);
    if (!id) {
        QMessageBox::warning(this, tr("Not imported"), id.error().message);
        return;
    }
    m_shownId = 0;
    reload();
    selectRuleSet(id.value());
    emit storeChanged();
}

void RulesPage::exportJson()
{
    const RuleSet &r = m_editor->working();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export rules"), QStringLiteral("rules-%1-v%2.json").arg(r.sector).arg(r.version),
        tr("Rule sets (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = AtomicFile::write(path, RuleSetJson::toBytes(r)); !s)
        QMessageBox::warning(this, tr("Export failed"), s.error().message);
    else
        emit statusMessage(tr("Exported to %1").arg(path));
}

void RulesPage::submitCurrent()
{
    if (!m_editor->save())
        return;
    if (Status s = m_repo->submit(m_shownId); !s) {
        QMessageBox::warning(this, tr("Not submitted"), s.error().message);
        return;
    }
    const qint64 id = m_shownId;
    m_shownId = 0;
    reload();
    selectRuleSet(id);
}

void RulesPage::fileCurrent()
{
    if (!m_editor->save())
        return;
    FileRuleSetDialog dialog(m_editor->working().version, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_repo->file(m_shownId, dialog.reference(), dialog.date()); !s) {
        QMessageBox box(QMessageBox::Warning, tr("Not filed"), s.error().message, QMessageBox::Ok,
                        this);
        if (!s.error().details.isEmpty())
            box.setDetailedText(s.error().details.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    const qint64 id = m_shownId;
    m_shownId = 0;
    reload();
    selectRuleSet(id);
    emit storeChanged();
    emit statusMessage(tr("Filed. This version can no longer change."));
}

void RulesPage::newVersion()
{
    if (!confirmLeaving())
        return;
    Result<qint64> id = m_repo->newVersion(m_shownId);
    if (!id) {
        QMessageBox::warning(this, tr("No new version"), id.error().message);
        return;
    }
    m_shownId = 0;
    reload();
    selectRuleSet(id.value());
    emit storeChanged();
}

void RulesPage::deleteCurrent()
{
    const RuleSet &r = m_editor->working();
    if (QMessageBox::question(
            this, tr("Delete draft"),
            tr("Delete draft version %1? The audit log keeps a record of it.").arg(r.version)) !=
        QMessageBox::Yes)
        return;
    if (Status s = m_repo->remove(m_shownId); !s) {
        QMessageBox::warning(this, tr("Not deleted"), s.error().message);
        return;
    }
    m_shownId = 0;
    m_editor->clear();
    reload();
    emit storeChanged();
}

void RulesPage::exportDocument()
{
    if (!m_editor->save())
        return;
    QString zh, en;
    if (Result<QVector<Department>> deps = RegistryRepository(m_db).departments()) {
        for (const Department &d : deps.value()) {
            if (d.own) {
                zh = d.nameZh;
                en = d.nameEn;
            }
        }
    }
    FilingDocumentDialog dialog(zh, en, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RuleSet &r = m_editor->working();
    const bool pdf = dialog.format() == DocumentFile::Format::Pdf;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save filing document"),
                                     QStringLiteral("rules-%1-v%2.%3")
                                         .arg(r.sector)
                                         .arg(r.version)
                                         .arg(pdf ? QStringLiteral("pdf") : QStringLiteral("odt")),
                                     pdf ? tr("PDF (*.pdf)") : tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    const ExportRecord record{QStringLiteral("rules-document"),
                              DocumentFile::formatKey(dialog.format()), path,
                              int(r.criteria.size())};
    const RuleSetFilingDocument::Department department{dialog.departmentZh(),
                                                       dialog.departmentEn()};
    if (Status s = AuditedExport::writeDocument(
            m_db, record,
            [&] {
                return RuleSetFilingDocument::build(r, department, dialog.language(),
                                                    QDate::currentDate());
            },
            dialog.format(), r.titleZh);
        !s)
        QMessageBox::warning(this, tr("Export failed"), s.error().message);
    else
        emit statusMessage(tr("Exported to %1").arg(path));
}

void RulesPage::retranslateUi()
{
    m_fromTemplate->setText(tr("New from national template…"));
    m_import->setText(tr("Import…"));
    m_export->setText(tr("Export…"));
    m_submit->setText(tr("Submit"));
    //: The verb: files this version with the MPS (irreversible) — 备案, never 文件.
    m_file->setText(tr("File with the MPS…"));
    m_newVersion->setText(tr("New version"));
    m_delete->setText(tr("Delete draft"));
    m_document->setText(tr("Filing document (PDF/ODT)…"));
    m_fromTemplate->setToolTip(tr("Start a draft for a sector from the template built on the 2016 "
                                  "national determination guide"));
    m_import->setToolTip(tr("Read a rule set from a JSON file as the sector’s next draft version"));
    m_export->setToolTip(tr("Write the selected rule set to a JSON file"));
    m_submit->setToolTip(
        tr("Mark the draft as submitted for filing with the Ministry of Public Security"));
    m_file->setToolTip(tr("Record the MPS filing reference and date (备案). Irreversible: the "
                          "filed version can never change"));
    m_file->setWhatsThis(
        tr("Art. 9: the rules are filed with the Ministry of Public Security. Filing is refused "
           "while any test case fails; the sector’s previously filed version becomes superseded, "
           "and identification uses the filed version."));
    m_newVersion->setToolTip(
        tr("Copy the selected version into a new draft, to change filed rules"));
    m_delete->setToolTip(tr("Delete the selected draft (filed versions are kept for ever)"));
    m_document->setToolTip(tr("Write the filing document: criteria by factor, the decision logic "
                              "in words and the test cases, in the GB/T 9704 layout"));
    m_sector->setToolTip(tr("Show only the rule sets of one sector"));
    m_table->filterEdit()->setToolTip(tr(
        "Shows only the rule sets whose sector, version, status or title contain what you type"));
    m_table->filterEdit()->setWhatsThis(
        tr("The filter box (Ctrl+F) narrows the list as you type."));
    const QString current = m_sector->currentData().toString();
    const QSignalBlocker block(m_sector);
    m_sector->clear();
    m_sector->addItem(tr("All sectors"), QString());
    for (const Sector &s : Sector::all())
        m_sector->addItem(s.displayName(), s.key);
    m_sector->setCurrentIndex(qMax(0, m_sector->findData(current)));
    m_model->retranslate();
    m_table->retranslate();
}

} // namespace cii
