// The language of every visible string (issue 13, deliverable 5).
//
// The main window is opened on the demonstration store (DemoGenerator::populateShowcase: the
// national rules filed in every sector, an identification run with decided cases, reports,
// events, inspections) plus an override, a finding and a verified audit chain, so every page
// shows real rows. Each page and every tab of it is visited in Chinese, then in English, then
// in Chinese again, and so are the main dialogs that open without writing anything. On each
// visit every visible widget is read:
//   QLabel text, QAbstractButton text, QGroupBox title, QTabBar tab texts, QComboBox items,
//   QLineEdit placeholders, QTextEdit/QPlainTextEdit text, the main window's menus, and of
//   every visible QAbstractItemView its header sections and the DisplayRole and ToolTipRole
//   of the first 50 rows.
// A string fails when
//   (keys, both languages) it is an internal key as a whole (a sector, an indicator, an
//     audit action or record kind, a rule operator, an outcome, a case, rule-set, system,
//     inspection or finding status, an inspection kind, a factor, a system category), or it
//     contains a compound key (word-word or word_word in ASCII, e.g. is-true,
//     personal_info_records) among them, or JSON text ('{"');
//   (English) it contains Chinese characters that are not data a user typed: the store's
//     operator, system, department and person names, regions, teams, notes and reasons are
//     removed from the string first (a Chinese name is data);
//   (English) exceptions: a language's own name in the Language menu, a Chinese term glossed
//     in brackets after English ("MLPS level (等级保护)"), an example of Chinese data ("e.g. …"),
//     the department's document-number preview and the Chinese body-font sample;
//   (switching back) it appears after the switch zh → en → zh, was seen in English and was
//     not there before the switch: a text left in the old language.
// The raw JSON of the audit record's "As recorded (JSON)" pane is the one exception to the
// JSON rule: it is labelled as such. Every offender is printed with its pass, page and
// widget path before the test fails.

#include "compliance/complianceevidencedialog.h"
#include "compliance/complianceperiodsdialog.h"
#include "deadlines/deadlinefactdialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/departmentdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/operatordialog.h"
#include "dialogs/systemdialog.h"
#include "domain/identificationcase.h"
#include "domain/incident.h"
#include "domain/incidentcriterion.h"
#include "domain/indicatorcatalogue.h"
#include "domain/inspection.h"
#include "domain/sector.h"
#include "domain/systeminfo.h"
#include "i18n/displaynames.h"
#include "i18n/language.h"
#include "identification/decidedialog.h"
#include "identification/identificationpage.h"
#include "identification/noticedialog.h"
#include "incidents/gradingcriteriadialog.h"
#include "incidents/gradingdialog.h"
#include "incidents/incidentdialog.h"
#include "incidents/reportrecorddialog.h"
#include "inspections/inspectiondialog.h"
#include "mainwindow.h"
#include "pages/auditlogpage.h"
#include "pages/page.h"
#include "rules/ruleset.h"
#include "services/demogenerator.h"
#include "services/registrytransfer.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/compliancerepository.h"
#include "storage/database.h"
#include "storage/deadlinerepository.h"
#include "storage/incidentrepository.h"
#include "storage/inspectionrepository.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"
#include "testartifacts.h"
#include "widgets/filterabletable.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace cii;

namespace {

struct Seen
{
    QString where; // pass / page / widget path
    QString text;
};

QString pathOf(const QWidget *w, const QWidget *top)
{
    QStringList parts;
    for (const QWidget *p = w; p && p != top; p = p->parentWidget()) {
        const QString name = p->objectName();
        parts.prepend(name.isEmpty()
                          ? QString::fromLatin1(p->metaObject()->className())
                          : QStringLiteral("%1#%2").arg(
                                QString::fromLatin1(p->metaObject()->className()), name));
    }
    return parts.join(QLatin1Char('/'));
}

bool hasChinese(const QString &s)
{
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf))
            return true;
    }
    return false;
}

} // namespace

class TestVisibleStrings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QSet<QString> m_keys;         // keys that must never be a whole visible string
    QSet<QString> m_compoundKeys; // keys that must never appear inside one either
    QStringList m_data;           // strings a user typed, longest first
    QStringList m_offenders;
    bool m_sawInsufficient = false;

    void addKey(const QString &k)
    {
        if (k.isEmpty())
            return;
        m_keys.insert(k);
        if (k.contains(QLatin1Char('-')) || k.contains(QLatin1Char('_')))
            m_compoundKeys.insert(k);
    }

    void collectKeys()
    {
        for (const Sector &s : Sector::all())
            addKey(s.key);
        for (const Indicator &i : IndicatorCatalogue::defaults())
            addKey(i.key);
        for (const QString &k : DisplayNames::auditActions())
            addKey(k);
        for (const QString &k : DisplayNames::auditEntities())
            addKey(k);
        for (const QString &k : Criterion::operators())
            addKey(k);
        for (const QStringList &list :
             {Outcome::all(), IdentificationCase::statuses(), RuleSet::statuses(),
              Inspection::kinds(), Inspection::statuses(), Finding::severities(),
              Finding::statuses(), SystemInfo::categories(), SystemInfo::statuses(), Factor::all(),
              Incident::types(), Incident::grades(), Incident::statuses(),
              IncidentReport::actions(), IncidentCriterion::sources()}) {
            for (const QString &k : list)
                addKey(k);
        }
        for (const char *k : {"threshold", "not_cii", "insufficient_data", "any", "all", "at-least",
                              "decided", "notified", "not-met"})
            addKey(QString::fromLatin1(k));
        // The grading guide's criterion and fact keys.
        for (const IncidentCriterion &c : IncidentRepository(*m_db).criteria().value()) {
            addKey(c.key);
            addKey(c.fact);
        }
    }

    void collectData()
    {
        RegistryRepository repo(*m_db);
        QSet<QString> data;
        for (const OperatorInfo &o : repo.operators().value())
            data << o.nameZh << o.nameEn << o.region << o.contactName;
        for (const SystemInfo &s : repo.systems().value())
            data << s.name << s.description;
        for (const Department &d : repo.departments().value())
            data << d.nameZh << d.nameEn << d.contactName;
        InspectionRepository inspections(*m_db);
        for (const Inspection &i : inspections.list().value())
            data << i.team << i.notes << i.operatorName;
        for (const Finding &f : inspections.findings().value())
            data << f.description;
        // Rule sets: their titles, notes, criteria wordings (each language in its own field)
        // and the decision expression are what the department wrote.
        RuleSetRepository rulesets(*m_db);
        for (const RuleSet &head : rulesets.list().value()) {
            const RuleSet r = rulesets.byId(head.id).value();
            data << r.titleZh << r.titleEn << r.notesZh << r.notesEn << r.expression
                 << r.filingReference;
            for (const Criterion &c : r.criteria)
                data << c.textZh << c.textEn;
        }
        for (const IdentificationCase &c : CaseRepository(*m_db).list(CaseFilter{}).value())
            data << c.overrideReason << c.decidedBy;
        // Compliance evidence: the names of persons and bodies the department recorded, and the
        // rectification the operators reported.
        for (const ComplianceFact &f : ComplianceRepository(*m_db).inForce().value())
            data << f.value;
        const Result<ComplianceFacts> compliance = ComplianceRepository(*m_db).facts();
        for (const ComplianceFacts::Operator &o : compliance.value().operators)
            for (const ComplianceFact &f : ComplianceRepository(*m_db).history(o.id).value())
                data << f.value;
        for (const AssessmentReport &a : DeadlineRepository(*m_db).assessments().value())
            data << a.rectification;
        IncidentRepository incidents(*m_db);
        // The grading guide's wordings and references are data the department may edit.
        for (const IncidentCriterion &c : incidents.criteria().value())
            data << c.textZh << c.textEn << c.reference;
        for (const Incident &head : incidents.list().value()) {
            const Incident i = incidents.byId(head.id).value();
            data << i.operatorName << i.place << i.description << i.gradeReason << i.decidedBy;
            for (const IncidentReport &r : i.timeline)
                data << r.party << r.note << r.recordedBy;
        }
        data << AuditLog::osUser() << QStringLiteral("内部资料 注意保存") << m_db->location();
        data.remove(QString());
        m_data = QStringList(data.cbegin(), data.cend());
        std::sort(m_data.begin(), m_data.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    // Everything a person can read on `top` now, each with where it is.
    static QVector<Seen> visibleStrings(QWidget *top)
    {
        QVector<Seen> out;
        auto add = [&](const QWidget *w, const QString &what, const QString &text) {
            if (!text.trimmed().isEmpty())
                out.append({pathOf(w, top) + what, text});
        };
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(top) || !w->window()->isVisible())
                continue;
            // A header is read through its table's model.
            if (qobject_cast<QHeaderView *>(w))
                continue;
            if (auto *l = qobject_cast<QLabel *>(w))
                add(w, {}, l->text());
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(w, {}, b->text());
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                add(w, {}, g->title());
            else if (auto *t = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < t->count(); ++i)
                    add(w, QStringLiteral("[tab %1]").arg(i), t->tabText(i));
            } else if (auto *c = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < c->count(); ++i)
                    add(w, QStringLiteral("[item %1]").arg(i), c->itemText(i));
            } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
                add(w, QStringLiteral("[placeholder]"), e->placeholderText());
            } else if (auto *te = qobject_cast<QTextEdit *>(w)) {
                add(w, {}, te->toPlainText());
            } else if (auto *pe = qobject_cast<QPlainTextEdit *>(w)) {
                add(w, {}, pe->toPlainText());
            }
            if (!w->toolTip().isEmpty())
                add(w, QStringLiteral("[tooltip]"), w->toolTip());
            auto *view = qobject_cast<QAbstractItemView *>(w);
            if (!view || !view->model() || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            QAbstractItemModel *m = view->model();
            auto *table = qobject_cast<QTableView *>(view);
            for (int c = 0; c < m->columnCount(); ++c) {
                if (table && table->isColumnHidden(c))
                    continue;
                add(w, QStringLiteral("[header %1]").arg(c),
                    m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
                for (int r = 0; r < std::min(50, m->rowCount()); ++r) {
                    const QModelIndex i = m->index(r, c);
                    add(w, QStringLiteral("[%1,%2]").arg(r).arg(c), i.data().toString());
                    add(w, QStringLiteral("[%1,%2 tooltip]").arg(r).arg(c),
                        i.data(Qt::ToolTipRole).toString());
                }
            }
        }
        return out;
    }

    static void addMenus(QMainWindow &w, QVector<Seen> *out)
    {
        std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                out->append({path + QStringLiteral("/") + a->text(), a->text()});
                if (a->menu())
                    walk(a->menu(), path + QStringLiteral("/") + a->text());
            }
        };
        for (QAction *a : w.menuBar()->actions()) {
            out->append({QStringLiteral("menu"), a->text()});
            if (a->menu())
                walk(a->menu(), QStringLiteral("menu/") + a->text());
        }
    }

    // The string without the data a user typed in it.
    QString withoutData(const QString &text) const
    {
        QString rest = text;
        for (const QString &d : m_data) {
            if (d.size() > 1)
                rest.remove(d);
        }
        return rest;
    }

    // Keys and JSON, in either language.
    void checkKeys(const QString &pass, const QVector<Seen> &seen)
    {
        static const QRegularExpression compound(
            QStringLiteral("[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+"));
        for (const Seen &s : seen) {
            // The expression editor's help and the expression box's tooltip name the words of
            // the expression language the user types; raw JSON is shown in its own pane.
            if (s.where.contains(QStringLiteral("#expressionSyntax")) ||
                s.where.contains(QStringLiteral("QLineEdit#expression[tooltip]")))
                continue;
            const QString t = s.text.trimmed();
            if (m_data.contains(t))
                continue;
            const QString where = pass + QStringLiteral(" ") + s.where;
            if (m_keys.contains(t)) {
                m_offenders << QStringLiteral("%1: internal key “%2”").arg(where, t);
                continue;
            }
            if (t.contains(QStringLiteral("{\"")) &&
                !s.where.contains(QStringLiteral("auditRawJson"))) {
                m_offenders << QStringLiteral("%1: JSON “%2”").arg(where, t.left(80));
                continue;
            }
            auto it = compound.globalMatch(withoutData(t));
            while (it.hasNext()) {
                const QString token = it.next().captured();
                if (m_compoundKeys.contains(token))
                    m_offenders
                        << QStringLiteral("%1: key “%2” in “%3”").arg(where, token, t.left(120));
            }
        }
    }

    // No Chinese in English but what a user typed.
    void checkEnglish(const QString &pass, const QVector<Seen> &seen)
    {
        for (const Seen &s : seen) {
            if (!hasChinese(s.text) || s.where.contains(QStringLiteral("auditRawJson")))
                continue;
            // A language's own name in the language menu is written in it.
            if (s.where.contains(QStringLiteral("&Language")))
                continue;
            // An example of data that is Chinese in real life ("e.g. 某网安〔2026〕12号"), the
            // preview of the department's document number (Chinese in documents of every
            // language) and the sample of the Chinese body font.
            if (s.text.startsWith(QStringLiteral("e.g. ")) ||
                s.where.contains(QStringLiteral("#numberPreview")) ||
                s.where.contains(QStringLiteral("#fontSample")))
                continue;
            QString rest = withoutData(s.text);
            // A Chinese term glossed in brackets after the English, "MLPS level (等级保护)".
            static const QRegularExpression gloss(QStringLiteral("[(（][^()（）A-Za-z]*[)）]"));
            if (rest.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))))
                rest.remove(gloss);
            if (hasChinese(rest))
                m_offenders << QStringLiteral("%1 %2: Chinese in the English UI “%3”")
                                   .arg(pass, s.where, s.text.left(120));
        }
    }

    void waitForPage(Page *page)
    {
        if (page && page->isLoading())
            QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
        QCoreApplication::processEvents();
    }

    // Every page and each tab of it: what is visible, by page.
    QMap<QString, QVector<Seen>> visitAll(MainWindow &w)
    {
        QMap<QString, QVector<Seen>> byPage;
        for (int a = 0; a < MainWindow::AreaCount; ++a) {
            w.showArea(MainWindow::Area(a));
            Page *page = w.page(MainWindow::Area(a));
            waitForPage(page);
            const QString name =
                QStringLiteral("page %1 (%2)").arg(a).arg(w.navigation()->item(a)->text());
            // A selected row shows its details (explanations, findings, the rule editor).
            for (QAbstractItemView *v : page->findChildren<QAbstractItemView *>()) {
                if (v->isVisibleTo(page) && v->model() && v->model()->rowCount() > 0 &&
                    !v->currentIndex().isValid() && v->selectionModel())
                    v->setCurrentIndex(v->model()->index(0, 0));
            }
            QCoreApplication::processEvents();
            QVector<Seen> &seen = byPage[name];
            seen += visibleStrings(&w);
            saveArtifact(&w, QStringLiteral("visible-%1-area%2").arg(Language::current()).arg(a));
            // The explanation of an insufficient-data result names the missing indicators.
            if (a == MainWindow::Identification) {
                FilterableTable *table = w.identificationPage()->table();
                QAbstractItemModel *m = table->view()->model();
                for (int r = 0; r < m->rowCount(); ++r) {
                    bool insufficient = false;
                    for (int c = 0; c < m->columnCount(); ++c) {
                        const QString t = m->index(r, c).data().toString();
                        insufficient = insufficient ||
                                       t == IdentificationCase::outcomeName(Outcome::Insufficient);
                    }
                    if (insufficient) {
                        table->view()->setCurrentIndex(m->index(r, 0));
                        m_sawInsufficient = true;
                        QCoreApplication::processEvents();
                        for (Seen s : visibleStrings(&w)) {
                            s.where = QStringLiteral("insufficient row %1: ").arg(r) + s.where;
                            seen << s;
                        }
                        break;
                    }
                }
            }
            for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
                if (!tabs->isVisibleTo(page))
                    continue;
                const int current = tabs->currentIndex();
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    waitForPage(page);
                    QCoreApplication::processEvents();
                    for (Seen s : visibleStrings(&w)) {
                        s.where = QStringLiteral("tab %1: ").arg(i) + s.where;
                        seen << s;
                    }
                }
                tabs->setCurrentIndex(current);
            }
            for (Seen &s : seen)
                s.where = name + QStringLiteral(" ") + s.where;
        }
        QVector<Seen> menus;
        addMenus(w, &menus);
        byPage[QStringLiteral("menus")] = menus;
        return byPage;
    }

    // The dialogs that open without writing: what each shows.
    QVector<Seen> visitDialogs()
    {
        const qint64 auditBefore = AuditLog::recent(*m_db, 1).value().value(0).id;
        QVector<Seen> out = openDialogs();
        // Opening and closing them wrote nothing (the window's daily backup may run meanwhile).
        for (const AuditRecord &r : AuditLog::recent(*m_db, 20).value()) {
            if (r.id > auditBefore && r.action != QLatin1String("backup"))
                m_offenders << QStringLiteral("a dialog wrote audit record %1 (%2 %3)")
                                   .arg(r.id)
                                   .arg(r.action, r.entity);
        }
        return out;
    }

    QVector<Seen> openDialogs()
    {
        QVector<Seen> out;
        auto collect = [&](QWidget *d, const QString &name) {
            d->resize(QSize(1000, 640).expandedTo(d->sizeHint()).boundedTo(QSize(1366, 740)));
            d->show();
            QCoreApplication::processEvents();
            saveArtifact(d, QStringLiteral("visible-%1-%2")
                                .arg(Language::current(),
                                     QString(name).replace(QLatin1Char(' '), QLatin1Char('-'))));
            for (Seen s : visibleStrings(d)) {
                s.where = name + QStringLiteral(" ") + s.where;
                out << s;
            }
            d->close();
        };
        RegistryRepository repo(*m_db);
        const OperatorInfo op = repo.operators().value().at(3);
        {
            OperatorDialog d(repo, op);
            collect(&d, QStringLiteral("operator dialog"));
        }
        {
            SystemDialog d(repo, repo.systems().value().at(5), repo.operators().value());
            collect(&d, QStringLiteral("system dialog"));
        }
        {
            CaseRepository cases(*m_db);
            CaseFilter f;
            const QVector<IdentificationCase> list = cases.list(f).value();
            for (const IdentificationCase &c : list) {
                if (c.isDecided())
                    continue;
                DecideDialog d(c);
                collect(&d, QStringLiteral("decide dialog"));
                break;
            }
        }
        {
            DepartmentDialog d(*m_db);
            collect(&d, QStringLiteral("department dialog"));
        }
        {
            ConnectionDialog d;
            collect(&d, QStringLiteral("connection dialog"));
        }
        {
            InspectionDialog d(*m_db);
            collect(&d, QStringLiteral("inspection dialog"));
        }
        {
            InspectionDialog d(*m_db, {InspectionRepository(*m_db).list().value().first()});
            collect(&d, QStringLiteral("inspection dialog (edit)"));
        }
        for (const auto kind :
             {DeadlineFactDialog::Kind::ChangeReport, DeadlineFactDialog::Kind::Assessment,
              DeadlineFactDialog::Kind::Event}) {
            DeadlineFactDialog d(*m_db, kind);
            collect(&d, QStringLiteral("deadline fact dialog %1").arg(int(kind)));
        }
        for (const QString &duty : {QStringLiteral("principal-person"), QStringLiteral("budget"),
                                    QStringLiteral("emergency-drill")}) {
            ComplianceEvidenceDialog d(*m_db, 0, duty);
            collect(&d, QStringLiteral("compliance evidence dialog (%1)").arg(duty));
        }
        {
            CompliancePeriodsDialog d(*m_db);
            collect(&d, QStringLiteral("compliance periods dialog"));
        }
        {
            QVector<qint64> decided;
            for (const IdentificationCase &c : CaseRepository(*m_db).list(CaseFilter{}).value()) {
                if (c.isDecided() && decided.size() < 3)
                    decided << c.id;
            }
            NoticeDialog d(*m_db, decided);
            collect(&d, QStringLiteral("notice dialog"));
        }
        {
            IncidentDialog d(*m_db);
            collect(&d, QStringLiteral("incident dialog"));
        }
        {
            const QVector<Incident> incidents = IncidentRepository(*m_db).list().value();
            if (incidents.isEmpty()) {
                m_offenders << QStringLiteral("no incident to grade");
            } else {
                GradingDialog d(*m_db, incidents.first().id);
                collect(&d, QStringLiteral("grading dialog"));
                ReportRecordDialog r(*m_db,
                                     IncidentRepository(*m_db).byId(incidents.first().id).value(),
                                     QStringLiteral("onward-report"));
                collect(&r, QStringLiteral("report record dialog"));
            }
        }
        {
            GradingCriteriaDialog d(*m_db);
            collect(&d, QStringLiteral("grading criteria dialog"));
        }
        for (const auto kind : {ImportPreview::Kind::Operators, ImportPreview::Kind::Systems}) {
            const Result<QString> csv = kind == ImportPreview::Kind::Operators
                                            ? RegistryTransfer(repo).exportOperators()
                                            : RegistryTransfer(repo).exportSystems();
            if (!csv) {
                m_offenders << QStringLiteral("export failed: %1").arg(csv.error().message);
                continue;
            }
            const QString file = m_dir.filePath(QStringLiteral("export%1.csv").arg(int(kind)));
            QFile csvFile(file);
            if (!csvFile.open(QIODevice::WriteOnly)) {
                m_offenders << QStringLiteral("cannot write %1").arg(file);
                continue;
            }
            csvFile.write(csv->toUtf8());
            csvFile.close();
            ImportDialog d(repo, kind);
            d.setFile(file);
            collect(&d, QStringLiteral("import dialog %1").arg(int(kind)));
        }
        return out;
    }

    static QVector<Seen> flat(const QMap<QString, QVector<Seen>> &byPage)
    {
        QVector<Seen> out;
        for (const QVector<Seen> &v : byPage)
            out += v;
        return out;
    }

    void report()
    {
        m_offenders.removeDuplicates();
        for (const QString &o : m_offenders)
            qWarning().noquote() << o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("showcase.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        QVERIFY(DemoGenerator::populateShowcase(*m_db, 7).ok());
        // An override (its reason is data) and a finding, so those show too.
        CaseRepository cases(*m_db);
        for (const IdentificationCase &c : cases.list(CaseFilter{}).value()) {
            if (!c.isDecided() && c.outcome == Outcome::NotCii) {
                QVERIFY(cases
                            .decide(c.id, Outcome::Cii,
                                    QStringLiteral("运营者补充材料表明其承载核心业务"))
                            .ok());
                break;
            }
        }
        InspectionRepository inspections(*m_db);
        const QVector<Inspection> list = inspections.list().value();
        QVERIFY(!list.isEmpty());
        Finding f;
        f.inspectionId = list.first().id;
        f.severity = QStringLiteral("high");
        f.description = QStringLiteral("未按要求开展年度检测评估");
        f.rectificationDue = QDate::currentDate().addDays(30);
        QVERIFY(inspections.addFinding(f).ok());
        // An incident graded with a trace, its operator's report in the timeline, and its
        // onward report due: the banner shows on every page.
        {
            IncidentRepository incidents(*m_db);
            Incident in;
            in.operatorId = RegistryRepository(*m_db).operators().value().first().id;
            in.type = QStringLiteral("data-leak");
            in.place = QStringLiteral("福州数据中心");
            in.description = QStringLiteral("客户信息数据库遭非法访问");
            in.received = QDateTime::currentDateTimeUtc().addSecs(-300);
            in.discovered = in.received.addSecs(-1800);
            const Result<qint64> id = incidents.add(in, QStringLiteral("值班员王某"));
            QVERIFY(id.ok());
            QMap<QString, QString> facts;
            facts.insert(QStringLiteral("personal-information-records"),
                         QStringLiteral("12000000"));
            facts.insert(QStringLiteral("direct-loss-yuan"), QStringLiteral("3000000"));
            QVERIFY(incidents.propose(id.value(), facts).ok());
            QVERIFY(incidents.decideGrade(id.value(), QStringLiteral("major"), QString()).ok());
        }
        collectKeys();
        collectData();
    }

    void everyVisibleStringIsInTheCurrentLanguage()
    {
        Language::apply(QStringLiteral("zh"));
        MainWindow w(*m_db);
        w.resize(1366, 740);
        w.show();
        // The chain's verdict is one of the texts a language switch must redraw.
        w.showArea(MainWindow::Audit);
        QVERIFY(QMetaObject::invokeMethod(w.page(MainWindow::Audit), "verifyChain"));

        const QMap<QString, QVector<Seen>> zh = visitAll(w);
        checkKeys(QStringLiteral("[zh]"), flat(zh));
        checkKeys(QStringLiteral("[zh dialogs]"), visitDialogs());

        w.switchLanguage(QStringLiteral("en"));
        const QMap<QString, QVector<Seen>> en = visitAll(w);
        checkKeys(QStringLiteral("[en]"), flat(en));
        checkEnglish(QStringLiteral("[en]"), flat(en));
        const QVector<Seen> enDialogs = visitDialogs();
        checkKeys(QStringLiteral("[en dialogs]"), enDialogs);
        checkEnglish(QStringLiteral("[en dialogs]"), enDialogs);

        w.switchLanguage(QStringLiteral("zh"));
        const QMap<QString, QVector<Seen>> zhAgain = visitAll(w);
        checkKeys(QStringLiteral("[zh again]"), flat(zhAgain));
        QSet<QString> before, english;
        for (const Seen &s : flat(zh))
            before << s.text;
        for (const Seen &s : flat(en))
            english << s.text;
        static const QRegularExpression words(QStringLiteral("[A-Za-z]{2}"));
        for (const Seen &s : flat(zhAgain)) {
            // Only text in a language (not a number, a code or a date) can stay in the old one.
            if (english.contains(s.text) && !before.contains(s.text) && s.text.contains(words))
                m_offenders << QStringLiteral("[zh again] %1: still English after switching back "
                                              "“%2”")
                                   .arg(s.where, s.text.left(120));
        }
        // The walk read something on every page in both languages.
        for (const QMap<QString, QVector<Seen>> *pass : {&zh, &en, &zhAgain}) {
            QCOMPARE(pass->size(), int(MainWindow::AreaCount) + 1);
            for (auto it = pass->cbegin(); it != pass->cend(); ++it)
                QVERIFY2(it.value().size() > 5, qPrintable(it.key()));
        }
        QVERIFY2(m_sawInsufficient, "no insufficient-data result was explained");
        report();
        QVERIFY2(m_offenders.isEmpty(),
                 qPrintable(QStringLiteral("%1 visible string(s) in the wrong language or a key "
                                           "(listed above)")
                                .arg(m_offenders.size())));
    }
};

QTEST_MAIN(TestVisibleStrings)
#include "tst_visiblestrings.moc"
