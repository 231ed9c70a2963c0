#include "ruleseteditor.h"

#include "choicedelegate.h"
#include "criteriamodel.h"
#include "dialogs/editconflictsettlement.h"
#include "domain/systeminfo.h"
#include "i18n/displaynames.h"
#include "rules/expression.h"
#include "rules/ruleengine.h"
#include "rules/rulesetcomparison.h"
#include "rules/rulesetjson.h"
#include "rulesetlistmodel.h"
#include "ruletestmodel.h"
#include "storage/rulesetrepository.h"
#include "widgets/writecontrols.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cii {
namespace {

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::SelectedClicked);
    return view;
}

} // namespace

RuleSetEditor::RuleSetEditor(RuleSetRepository &repo, QWidget *parent)
    : QWidget(parent), m_repo(repo), m_banner(new QLabel(this)), m_titleZh(new QLineEdit(this)),
      m_titleEn(new QLineEdit(this)), m_titleZhLabel(new QLabel(this)),
      m_titleEnLabel(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_criteria(new CriteriaModel(this)), m_tests(new RuleTestModel(this)),
      m_save(new QPushButton(this)), m_revert(new QPushButton(this))
{
    m_banner->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_titleZh->setObjectName(QStringLiteral("titleZh"));
    m_save->setObjectName(QStringLiteral("saveRules"));
    m_revert->setObjectName(QStringLiteral("revertRules"));
    WriteControls::mark({m_save, m_revert});
    auto *titles = new QFormLayout;
    titles->addRow(m_titleZhLabel, m_titleZh);
    titles->addRow(m_titleEnLabel, m_titleEn);

    buildCriteriaTab();
    buildDecisionTab();
    buildTestsTab();
    buildNotesTab();
    buildHistoryTab();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(titles);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &RuleSetEditor::save);
    connect(m_save, &QPushButton::clicked, this, &RuleSetEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RuleSetEditor::revert);
    connect(m_criteria, &CriteriaModel::edited, this, &RuleSetEditor::onEdited);
    connect(m_tests, &RuleTestModel::edited, this, &RuleSetEditor::onEdited);
    for (QLineEdit *e : {m_titleZh, m_titleEn})
        connect(e, &QLineEdit::textEdited, this, &RuleSetEditor::onEdited);
    retranslateUi();
    clear();
}

void RuleSetEditor::buildCriteriaTab()
{
    auto *page = new QWidget(this);
    m_criteriaView = makeTable(page, m_criteria);
    m_criteriaView->setObjectName(QStringLiteral("criteria"));
    m_criteriaView->setItemDelegateForColumn(
        CriteriaModel::Factor, new ChoiceDelegate(
                                   [] {
                                       ChoiceDelegate::Choices c;
                                       for (const QString &f : Factor::all())
                                           c.push_back({f, CriteriaModel::factorName(f)});
                                       return c;
                                   },
                                   this));
    m_criteriaView->setItemDelegateForColumn(
        CriteriaModel::Op, new ChoiceDelegate(
                               [] {
                                   ChoiceDelegate::Choices c;
                                   for (const QString &op : Criterion::operators())
                                       c.push_back({op, DisplayNames::ruleOperator(op)});
                                   return c;
                               },
                               this));
    m_criteriaView->setItemDelegateForColumn(
        CriteriaModel::Indicator,
        new ChoiceDelegate(
            [this] {
                ChoiceDelegate::Choices c;
                for (const Indicator &i : m_catalogue)
                    c.push_back({i.key, QStringLiteral("%1 (%2)").arg(i.displayName(), i.key)});
                return c;
            },
            this));
    m_criteriaView->setItemDelegateForColumn(
        CriteriaModel::AppliesTo,
        new ChoiceDelegate(
            [] {
                ChoiceDelegate::Choices c{{QString(), CriteriaModel::categoriesText({})}};
                for (const QString &cat : SystemInfo::categories())
                    c.push_back({cat, SystemInfo::categoryName(cat)});
                return c;
            },
            this));
    QHeaderView *h = m_criteriaView->horizontalHeader();
    h->resizeSection(CriteriaModel::Id, 48);
    h->resizeSection(CriteriaModel::Factor, 170);
    h->resizeSection(CriteriaModel::AppliesTo, 110);
    h->resizeSection(CriteriaModel::Indicator, 190);
    h->resizeSection(CriteriaModel::Op, 80);
    h->resizeSection(CriteriaModel::Threshold, 100);
    h->resizeSection(CriteriaModel::Unit, 50);
    h->resizeSection(CriteriaModel::TextZh, 280);

    m_addCriterion = new QPushButton(page);
    m_addCriterion->setObjectName(QStringLiteral("addCriterion"));
    auto *menu = new QMenu(m_addCriterion);
    for (const QString &f : Factor::all()) {
        QAction *a = menu->addAction(QString());
        a->setData(f);
        connect(a, &QAction::triggered, this, [this, f] {
            const int row = m_criteria->addCriterion(f);
            if (row >= 0)
                m_criteriaView->edit(m_criteria->index(row, CriteriaModel::Indicator));
        });
    }
    m_addCriterion->setMenu(menu);
    m_removeCriterion = new QPushButton(page);
    m_upCriterion = new QPushButton(page);
    m_downCriterion = new QPushButton(page);
    auto current = [this] { return m_criteriaView->currentIndex().row(); };
    connect(m_removeCriterion, &QPushButton::clicked, this,
            [this, current] { m_criteria->removeCriterion(current()); });
    connect(m_upCriterion, &QPushButton::clicked, this, [this, current] {
        const int row = current();
        m_criteria->moveCriterion(row, -1);
        m_criteriaView->setCurrentIndex(m_criteria->index(qMax(0, row - 1), 0));
    });
    connect(m_downCriterion, &QPushButton::clicked, this, [this, current] {
        const int row = current();
        m_criteria->moveCriterion(row, 1);
        m_criteriaView->setCurrentIndex(
            m_criteria->index(qMin(m_criteria->rowCount() - 1, row + 1), 0));
    });
    auto *bar = new QHBoxLayout;
    for (QPushButton *b : {m_addCriterion, m_removeCriterion, m_upCriterion, m_downCriterion})
        bar->addWidget(b);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_criteriaView);
    m_tabs->addTab(page, QString());
}

void RuleSetEditor::buildDecisionTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    for (int i = 0; i < 3; ++i) {
        m_factorLabels[i] = new QLabel(page);
        m_factorModes[i] = new QComboBox(page);
        m_factorK[i] = new QSpinBox(page);
        m_factorK[i]->setRange(1, 50);
        auto *row = new QHBoxLayout;
        row->addWidget(m_factorModes[i], 1);
        row->addWidget(m_factorK[i]);
        form->addRow(m_factorLabels[i], row);
        connect(m_factorModes[i], &QComboBox::currentIndexChanged, this, &RuleSetEditor::onEdited);
        connect(m_factorK[i], &QSpinBox::valueChanged, this, &RuleSetEditor::onEdited);
    }
    m_expressionLabel = new QLabel(page);
    // It names the expression's own words (core, harm, cross_sector): the visible-strings
    // test knows it by this name.
    m_expressionLabel->setObjectName(QStringLiteral("expressionSyntax"));
    m_expression = new QLineEdit(page);
    m_expression->setObjectName(QStringLiteral("expression"));
    m_expression->setFont(QFont(QStringLiteral("monospace")));
    connect(m_expression, &QLineEdit::textEdited, this, &RuleSetEditor::onEdited);
    m_expressionStatus = new QLabel(page);
    m_expressionStatus->setObjectName(QStringLiteral("expressionStatus"));
    m_expressionWords = new QLabel(page);
    m_expressionWords->setWordWrap(true);
    m_problemsLabel = new QLabel(page);
    m_problems = new QPlainTextEdit(page);
    m_problems->setReadOnly(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_expressionLabel);
    layout->addWidget(m_expression);
    layout->addWidget(m_expressionStatus);
    layout->addWidget(m_expressionWords);
    layout->addSpacing(8);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    m_tabs->addTab(page, QString());
}

void RuleSetEditor::buildTestsTab()
{
    auto *page = new QWidget(this);
    m_testView = makeTable(page, m_tests);
    m_testView->setObjectName(QStringLiteral("tests"));
    m_testView->setItemDelegateForColumn(
        RuleTestModel::Expected, new ChoiceDelegate(
                                     [] {
                                         ChoiceDelegate::Choices c;
                                         for (const QString &o : Outcome::all())
                                             c.push_back({o, RuleTestModel::outcomeName(o)});
                                         return c;
                                     },
                                     this));
    m_testView->setItemDelegateForColumn(
        RuleTestModel::Category, new ChoiceDelegate(
                                     [] {
                                         ChoiceDelegate::Choices c;
                                         for (const QString &cat : SystemInfo::categories())
                                             c.push_back({cat, SystemInfo::categoryName(cat)});
                                         return c;
                                     },
                                     this));
    QHeaderView *h = m_testView->horizontalHeader();
    h->resizeSection(RuleTestModel::Name, 210);
    h->resizeSection(RuleTestModel::Category, 100);
    h->resizeSection(RuleTestModel::Expected, 130);
    h->resizeSection(RuleTestModel::Actual, 130);
    h->resizeSection(RuleTestModel::Result, 60);
    m_addTest = new QPushButton(page);
    m_addTest->setObjectName(QStringLiteral("addTestCase"));
    m_removeTest = new QPushButton(page);
    m_testSummary = new QLabel(page);
    m_testSummary->setObjectName(QStringLiteral("testSummary"));
    connect(m_addTest, &QPushButton::clicked, this, [this] {
        const int row = m_tests->addTest();
        if (row >= 0)
            m_testView->edit(m_tests->index(row, RuleTestModel::Name));
    });
    connect(m_removeTest, &QPushButton::clicked, this,
            [this] { m_tests->removeTest(m_testView->currentIndex().row()); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_addTest);
    bar->addWidget(m_removeTest);
    bar->addStretch(1);
    bar->addWidget(m_testSummary);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_testView);
    m_tabs->addTab(page, QString());
}

void RuleSetEditor::buildNotesTab()
{
    auto *page = new QWidget(this);
    m_notesZhLabel = new QLabel(page);
    m_notesEnLabel = new QLabel(page);
    m_notesZh = new QPlainTextEdit(page);
    m_notesEn = new QPlainTextEdit(page);
    for (QPlainTextEdit *e : {m_notesZh, m_notesEn})
        connect(e, &QPlainTextEdit::textChanged, this, &RuleSetEditor::onEdited);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_notesZhLabel);
    layout->addWidget(m_notesZh);
    layout->addWidget(m_notesEnLabel);
    layout->addWidget(m_notesEn);
    m_tabs->addTab(page, QString());
}

void RuleSetEditor::buildHistoryTab()
{
    auto *page = new QWidget(this);
    m_compareLabel = new QLabel(page);
    m_compareWith = new QComboBox(page);
    m_compareWith->setObjectName(QStringLiteral("compareWith"));
    m_changes = new QStandardItemModel(this);
    m_changesView = makeTable(page, m_changes);
    m_changesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_compareWith, &QComboBox::currentIndexChanged, this, &RuleSetEditor::showComparison);
    auto *row = new QHBoxLayout;
    row->addWidget(m_compareLabel);
    row->addWidget(m_compareWith, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_changesView);
    m_tabs->addTab(page, QString());
}

void RuleSetEditor::setCatalogue(const QVector<Indicator> &catalogue)
{
    m_catalogue = catalogue;
    m_criteria->setCatalogue(catalogue);
}

void RuleSetEditor::clear()
{
    setRuleSet(RuleSet{});
    setEnabled(false);
    m_empty = true;
    updateBanner();
}

void RuleSetEditor::setRuleSet(const RuleSet &rules)
{
    setEnabled(true);
    m_empty = false;
    m_original = rules;
    m_working = rules;
    const bool readOnly = !rules.isEditable() || rules.id == 0;
    m_criteria->setRuleSet(&m_working, readOnly);
    m_tests->setRuleSet(&m_working, readOnly);
    loadFields();
    setModified(false);
    refresh();
    updateHistory();
}

void RuleSetEditor::loadFields()
{
    m_loading = true;
    const bool readOnly = !m_working.isEditable() || m_working.id == 0;
    m_titleZh->setText(m_working.titleZh);
    m_titleEn->setText(m_working.titleEn);
    m_expression->setText(m_working.expression);
    m_notesZh->setPlainText(m_working.notesZh);
    m_notesEn->setPlainText(m_working.notesEn);
    for (int i = 0; i < 3; ++i) {
        const FactorRule rule = m_working.factorRule(Factor::all().at(i));
        m_factorModes[i]->setCurrentIndex(qMax(0, m_factorModes[i]->findData(rule.mode)));
        m_factorK[i]->setValue(rule.atLeast);
        m_factorK[i]->setVisible(rule.mode == QLatin1String("at-least"));
        m_factorModes[i]->setEnabled(!readOnly);
        m_factorK[i]->setEnabled(!readOnly);
    }
    for (QLineEdit *e : {m_titleZh, m_titleEn, m_expression})
        e->setReadOnly(readOnly);
    for (QPlainTextEdit *e : {m_notesZh, m_notesEn})
        e->setReadOnly(readOnly);
    for (QPushButton *b : {m_addCriterion, m_removeCriterion, m_upCriterion, m_downCriterion,
                           m_addTest, m_removeTest})
        b->setEnabled(!readOnly);
    updateSaveButtons();
    updateBanner();
    m_loading = false;
}

// What the banner says depends on the rule set shown and on the language: retranslateUi
// redraws it too.
void RuleSetEditor::updateBanner()
{
    if (m_empty) {
        m_banner->setStyleSheet(QString());
        m_banner->setText(
            tr("Choose a rule set on the left, or start one from the national template."));
        return;
    }
    if (m_working.id == 0) {
        m_banner->clear();
    } else if (m_working.status == QLatin1String("filed") ||
               m_working.status == QLatin1String("superseded")) {
        m_banner->setStyleSheet(QStringLiteral("background:#fff4d6; padding:6px;"));
        m_banner->setText(tr("Version %1 is %2 (filed on %3 as %4) and can never change. Use "
                             "\"New version\" to start a draft from it.")
                              .arg(m_working.version)
                              .arg(RuleSetListModel::statusName(m_working.status).toLower())
                              .arg(DisplayNames::date(m_working.filedOn))
                              .arg(m_working.filingReference));
    } else {
        m_banner->setStyleSheet(QString());
        m_banner->setText(tr("Version %1, %2. Changes are checked and the test cases run as you "
                             "edit; save with Ctrl+S.")
                              .arg(m_working.version)
                              .arg(RuleSetListModel::statusName(m_working.status).toLower()));
    }
}

void RuleSetEditor::onEdited()
{
    if (m_loading)
        return;
    m_working.titleZh = m_titleZh->text();
    m_working.titleEn = m_titleEn->text();
    m_working.expression = m_expression->text();
    m_working.notesZh = m_notesZh->toPlainText();
    m_working.notesEn = m_notesEn->toPlainText();
    for (int i = 0; i < 3; ++i) {
        FactorRule rule{m_factorModes[i]->currentData().toString(), m_factorK[i]->value()};
        m_factorK[i]->setVisible(rule.mode == QLatin1String("at-least"));
        if (rule == FactorRule{})
            m_working.factors.remove(Factor::all().at(i));
        else
            m_working.factors.insert(Factor::all().at(i), rule);
    }
    setModified(true);
    refresh();
    // The comparison is of what is being edited, not of what was last loaded.
    showComparison();
}

void RuleSetEditor::updateSaveButtons()
{
    // Nothing to save or revert until something changed.
    const bool dirty = m_modified && m_working.isEditable() && m_working.id != 0;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void RuleSetEditor::refresh()
{
    // Expression: its own error (with the position) or, when it parses, the logic in words.
    const Result<Expression> e = Expression::parse(m_working.expression);
    if (!e) {
        m_expressionStatus->setStyleSheet(QStringLiteral("color:#b3261e;"));
        m_expressionStatus->setText(e.error().message);
        m_expressionWords->clear();
    } else {
        m_expressionStatus->setStyleSheet(QStringLiteral("color:#1b6e20;"));
        m_expressionStatus->setText(tr("The expression is valid."));
        m_expressionWords->setText(tr("CII when: %1")
                                       .arg(e.value().toWords(
                                           [](const QString &n) {
                                               return Factor::all().contains(n)
                                                          ? QStringLiteral("“%1”").arg(
                                                                CriteriaModel::factorName(n))
                                                          : n;
                                           },
                                           tr(" and "), tr(" or "), tr("not "))));
    }
    const QVector<RuleTestResult> results = RuleEngine::runTests(m_working);
    m_tests->setResults(results);
    const int total = int(m_working.tests.size());
    const int passed = m_tests->passed();
    // What RuleSetRepository::file refuses: the problems of the rules and every failing test
    // case. Listing only the first would say "none" while filing is refused.
    QStringList problems = RuleSetJson::problems(m_working, m_catalogue);
    if (passed < total) {
        problems << tr("%n test case(s) fail; filing is refused until every test passes:", nullptr,
                       total - passed);
        for (const RuleTestResult &t : results)
            if (!t.pass)
                problems << tr("  test “%1”: expected %2, the rules give %3")
                                .arg(t.name, RuleTestModel::outcomeName(t.expected),
                                     RuleTestModel::outcomeName(t.actual));
    }
    m_problems->setPlainText(problems.isEmpty() ? tr("None: the rules can be filed.")
                                                : problems.join(QLatin1Char('\n')));
    m_testSummary->setStyleSheet(passed == total
                                     ? QStringLiteral("color:#1b6e20; font-weight:bold;")
                                     : QStringLiteral("color:#b3261e; font-weight:bold;"));
    m_testSummary->setText(tr("%1 of %n test case(s) pass", nullptr, total).arg(passed));
    m_tabs->setTabText(2, tr("Test cases (%1/%2)").arg(passed).arg(total));
}

void RuleSetEditor::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    updateSaveButtons();
    emit modifiedChanged(modified);
}

bool RuleSetEditor::save()
{
    if (!m_modified || isReadOnly())
        return true;
    const Result<qint64> stored = m_repo.update(m_working);
    if (!stored && stored.error().isConflict())
        return resolve(*stored.error().conflict);
    if (!stored) {
        emit message(stored.error().message);
        return false;
    }
    markSaved(stored.value(), tr("Rule set saved."));
    return true;
}

void RuleSetEditor::markSaved(qint64 rowVersion, const QString &text)
{
    m_working.rowVersion = rowVersion;
    m_original = m_working;
    setModified(false);
    showComparison();
    emit saved(m_working.id);
    emit message(text);
}

bool RuleSetEditor::resolve(const EditConflict &conflict)
{
    qint64 savedVersion = 0;
    using Settlement = EditConflictSettlement<RuleSet>;
    const Settlement settled = settleEditConflict<RuleSet>(
        this, m_conflictDialog, m_working, conflict, [this] { return m_repo.byId(m_working.id); },
        [this](const RuleSet &mine, const RuleSet &theirs) { return conflictFields(mine, theirs); },
        [&](const RuleSet &again) -> Status {
            const Result<qint64> r = m_repo.update(again);
            if (!r)
                return r.error();
            savedVersion = r.value();
            return {};
        });
    switch (settled.next) {
    case Settlement::Next::Saved:
        markSaved(savedVersion, tr("Rule set saved over the version changed meanwhile."));
        return true;
    case Settlement::Next::KeptTheirs:
        setRuleSet(settled.theirs);
        emit saved(m_working.id);
        emit message(tr("Your changes were discarded; the stored version is shown."));
        return true;
    case Settlement::Next::Failed:
        emit message(settled.error);
        return false;
    case Settlement::Next::Overwrite:
    case Settlement::Next::EditAgain:
        break;
    }
    setRuleSet(settled.theirs);
    emit message(tr("The stored values are shown; make your change again and save."));
    return false;
}

QVector<EditConflictDialog::Field> RuleSetEditor::conflictFields(const RuleSet &mine,
                                                                 const RuleSet &theirs) const
{
    QVector<EditConflictDialog::Field> fields = {
        {tr("Title (Chinese)"), mine.titleZh, theirs.titleZh},
        {tr("Title (English)"), mine.titleEn, theirs.titleEn},
        {tr("Notes (Chinese)"), mine.notesZh, theirs.notesZh},
        {tr("Notes (English)"), mine.notesEn, theirs.notesEn},
    };
    // Criteria, factors, expression and tests: what mine changes in theirs, one row each.
    for (const RuleChange &c : RuleSetComparison::compare(theirs, mine)) {
        QString label;
        if (c.subject == QLatin1String("expression"))
            label = tr("Decision expression");
        else if (c.subject == QLatin1String("factors"))
            label = tr("How the criteria combine");
        else if (c.subject == QLatin1String("tests"))
            label = tr("Test cases");
        else
            label = tr("Criterion %1").arg(c.subject);
        fields.append({label, c.after, c.before});
    }
    return fields;
}

void RuleSetEditor::revert()
{
    setRuleSet(m_original);
}

void RuleSetEditor::updateHistory()
{
    const QSignalBlocker block(m_compareWith);
    m_compareWith->clear();
    if (m_working.id > 0) {
        if (Result<QVector<RuleSet>> versions = m_repo.list(m_working.sector)) {
            for (const RuleSet &v : versions.value()) {
                if (v.id == m_working.id)
                    continue;
                m_compareWith->addItem(tr("Version %1 (%2)")
                                           .arg(v.version)
                                           .arg(RuleSetListModel::statusName(v.status)),
                                       v.id);
                // Compare with the version before this one when there is one.
                if (v.version == m_working.version - 1)
                    m_compareWith->setCurrentIndex(m_compareWith->count() - 1);
            }
        }
    }
    showComparison();
}

void RuleSetEditor::showComparison()
{
    m_changes->clear();
    m_changes->setHorizontalHeaderLabels({tr("Change"), tr("Criterion"), tr("Fields"),
                                          tr("In that version"), tr("In this version")});
    const qint64 otherId = m_compareWith->currentData().toLongLong();
    if (otherId <= 0)
        return;
    Result<RuleSet> other = m_repo.byId(otherId);
    if (!other)
        return;
    const bool otherIsOlder = other->version < m_working.version;
    const RuleSet &older = otherIsOlder ? other.value() : m_working;
    const RuleSet &newer = otherIsOlder ? m_working : other.value();
    for (const RuleChange &c : RuleSetComparison::compare(older, newer)) {
        m_changes->appendRow({new QStandardItem(RuleSetComparison::kindName(c.kind)),
                              new QStandardItem(c.subject),
                              new QStandardItem(c.fields.join(QStringLiteral(", "))),
                              new QStandardItem(otherIsOlder ? c.before : c.after),
                              new QStandardItem(otherIsOlder ? c.after : c.before)});
    }
    if (m_changes->rowCount() == 0)
        m_changes->appendRow(new QStandardItem(tr("No differences.")));
}

void RuleSetEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RuleSetEditor::retranslateUi()
{
    m_titleZhLabel->setText(tr("Title (Chinese)"));
    m_titleEnLabel->setText(tr("Title (English)"));
    m_tabs->setTabText(0, tr("Criteria"));
    m_tabs->setTabText(1, tr("Decision"));
    m_tabs->setTabText(3, tr("Notes"));
    m_tabs->setTabText(4, tr("History and comparison"));
    updateBanner();
    m_addCriterion->setText(tr("Add criterion"));
    const QList<QAction *> actions = m_addCriterion->menu()->actions();
    for (QAction *a : actions)
        a->setText(tr("Under “%1”").arg(CriteriaModel::factorName(a->data().toString())));
    m_removeCriterion->setText(tr("Remove"));
    m_upCriterion->setText(tr("Move up"));
    m_downCriterion->setText(tr("Move down"));
    for (int i = 0; i < 3; ++i) {
        m_factorLabels[i]->setText(CriteriaModel::factorName(Factor::all().at(i)));
        const QString current = m_factorModes[i]->currentData().toString();
        const QSignalBlocker block(m_factorModes[i]);
        m_factorModes[i]->clear();
        m_factorModes[i]->addItem(tr("met when any one of its criteria is met"),
                                  QStringLiteral("any"));
        m_factorModes[i]->addItem(tr("met when all of its criteria are met"),
                                  QStringLiteral("all"));
        m_factorModes[i]->addItem(tr("met when at least this many are met:"),
                                  QStringLiteral("at-least"));
        m_factorModes[i]->setCurrentIndex(qMax(0, m_factorModes[i]->findData(current)));
    }
    m_expressionLabel->setText(tr("Decision expression over the factors (core, harm, cross_sector) "
                                  "and criterion IDs, with and, or, not and parentheses:"));
    m_problemsLabel->setText(tr("Problems that would stop filing:"));
    m_addTest->setText(tr("Add test case"));
    m_removeTest->setText(tr("Remove"));
    m_notesZhLabel->setText(tr("Editor's notes (Chinese): sources of the thresholds, caveats. "
                               "Kept with the rules; never printed in the filing documents."));
    m_notesEnLabel->setText(tr("Editor's notes (English)"));
    m_compareLabel->setText(tr("Compare with:"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Revert"));
    m_addCriterion->setToolTip(tr("Add a criterion under one of the three Art. 9 factors"));
    m_removeCriterion->setToolTip(tr("Remove the selected criterion"));
    m_upCriterion->setToolTip(tr("Move the selected criterion up"));
    m_downCriterion->setToolTip(tr("Move the selected criterion down"));
    m_expression->setToolTip(tr("Combine the factors (core, harm, cross_sector) and criterion IDs "
                                "with and, or, not and parentheses"));
    m_expression->setWhatsThis(
        tr("The decision expression: when is a system CII? It is checked as you type; an error "
           "names its position, and the logic is shown in words below."));
    m_addTest->setToolTip(
        tr("Add a test case: indicator values and the expected outcome, run again on every edit"));
    m_addTest->setWhatsThis(tr("Test cases run live on every edit; the tab title shows how many "
                               "pass. Filing is refused while any fails."));
    m_removeTest->setToolTip(tr("Remove the selected test case"));
    m_compareWith->setToolTip(
        tr("Compare this version with another version of the sector, criterion by criterion"));
    m_save->setToolTip(tr("Save the draft (Ctrl+S)"));
    m_revert->setToolTip(tr("Drop the unsaved changes"));
    m_criteria->retranslate();
    m_tests->retranslate();
    if (isEnabled() && m_working.id > 0) {
        loadFields();
        refresh();
        updateHistory();
    }
}

} // namespace cii
