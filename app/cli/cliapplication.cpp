#include "cliapplication.h"

#include "assessmentaddcommand.h"
#include "assessmentlistcommand.h"
#include "backupcommand.h"
#include "calendarimportcommand.h"
#include "calendarlistcommand.h"
#include "caseslistcommand.h"
#include "casesshowcommand.h"
#include "changereportaddcommand.h"
#include "changereportlistcommand.h"
#include "checkcommand.h"
#include "complianceexportcommand.h"
#include "complianceimportcommand.h"
#include "compliancelistcommand.h"
#include "complianceperiodcommand.h"
#include "compliancesetcommand.h"
#include "complianceshowcommand.h"
#include "deadlinescommand.h"
#include "deadlinesexportcommand.h"
#include "deadlinessettingscommand.h"
#include "decidecommand.h"
#include "democommand.h"
#include "departmentslistcommand.h"
#include "departmentssetcommand.h"
#include "enforcementdocumentcommand.h"
#include "enforcementlistcommand.h"
#include "enforcementopencommand.h"
#include "enforcementshowcommand.h"
#include "enforcementstepcommand.h"
#include "eventaddcommand.h"
#include "eventclosecommand.h"
#include "eventlistcommand.h"
#include "exportcommand.h"
#include "findingsaddcommand.h"
#include "findingslistcommand.h"
#include "findingsupdatecommand.h"
#include "i18n/language.h"
#include "identifycommand.h"
#include "importcommand.h"
#include "incidentsaddcommand.h"
#include "incidentsclosecommand.h"
#include "incidentscriteriacommand.h"
#include "incidentscriterioncommand.h"
#include "incidentsfollowupcommand.h"
#include "incidentsgradecommand.h"
#include "incidentslistcommand.h"
#include "incidentsnarrativecommand.h"
#include "incidentsreceivecommand.h"
#include "incidentsreportcommand.h"
#include "incidentsshowcommand.h"
#include "indicatorslistcommand.h"
#include "initcommand.h"
#include "inspectionsaddcommand.h"
#include "inspectionsconflictscommand.h"
#include "inspectionsexportcommand.h"
#include "inspectionsimportcommand.h"
#include "inspectionslistcommand.h"
#include "inspectionsmergecommand.h"
#include "inspectionsnoticecommand.h"
#include "inspectionsstatuscommand.h"
#include "migratestorecommand.h"
#include "noticeexportcommand.h"
#include "noticerecordcommand.h"
#include "operatorsaddcommand.h"
#include "operatorslistcommand.h"
#include "reportcommand.h"
#include "restorecommand.h"
#include "rulescomparecommand.h"
#include "rulesdocumentcommand.h"
#include "rulesexportcommand.h"
#include "rulesfilecommand.h"
#include "rulesimportcommand.h"
#include "ruleslettercommand.h"
#include "ruleslistcommand.h"
#include "rulesnewversioncommand.h"
#include "rulesshowcommand.h"
#include "rulestemplatecommand.h"
#include "rulestestcommand.h"
#include "rulesupdatecommand.h"
#include "rulesvalidatecommand.h"
#include "setindicatorcommand.h"
#include "systemsaddcommand.h"
#include "systemslistcommand.h"
#include "verifyauditcommand.h"

namespace cii::cli {

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<OperatorsListCommand>());
    m_commands.push_back(std::make_unique<OperatorsAddCommand>());
    m_commands.push_back(std::make_unique<SystemsListCommand>());
    m_commands.push_back(std::make_unique<SystemsAddCommand>());
    m_commands.push_back(std::make_unique<SetIndicatorCommand>());
    m_commands.push_back(std::make_unique<IndicatorsListCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<RulesListCommand>());
    m_commands.push_back(std::make_unique<RulesShowCommand>());
    m_commands.push_back(std::make_unique<RulesImportCommand>());
    m_commands.push_back(std::make_unique<RulesUpdateCommand>());
    m_commands.push_back(std::make_unique<RulesExportCommand>());
    m_commands.push_back(std::make_unique<RulesValidateCommand>());
    m_commands.push_back(std::make_unique<RulesTestCommand>());
    m_commands.push_back(std::make_unique<RulesFileCommand>());
    m_commands.push_back(std::make_unique<RulesNewVersionCommand>());
    m_commands.push_back(std::make_unique<RulesTemplateCommand>());
    m_commands.push_back(std::make_unique<RulesCompareCommand>());
    m_commands.push_back(std::make_unique<RulesDocumentCommand>());
    m_commands.push_back(std::make_unique<RulesLetterCommand>());
    m_commands.push_back(std::make_unique<IdentifyCommand>());
    m_commands.push_back(std::make_unique<CasesListCommand>());
    m_commands.push_back(std::make_unique<CasesShowCommand>());
    m_commands.push_back(std::make_unique<DecideCommand>());
    m_commands.push_back(std::make_unique<NoticeExportCommand>());
    m_commands.push_back(std::make_unique<NoticeRecordCommand>());
    m_commands.push_back(std::make_unique<ChangeReportAddCommand>());
    m_commands.push_back(std::make_unique<ChangeReportListCommand>());
    m_commands.push_back(std::make_unique<AssessmentAddCommand>());
    m_commands.push_back(std::make_unique<AssessmentListCommand>());
    m_commands.push_back(std::make_unique<EventAddCommand>());
    m_commands.push_back(std::make_unique<EventListCommand>());
    m_commands.push_back(std::make_unique<EventCloseCommand>());
    m_commands.push_back(std::make_unique<DeadlinesCommand>());
    m_commands.push_back(std::make_unique<DeadlinesExportCommand>());
    m_commands.push_back(std::make_unique<CalendarListCommand>());
    m_commands.push_back(std::make_unique<CalendarImportCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<MigrateStoreCommand>());
    m_commands.push_back(std::make_unique<DeadlinesSettingsCommand>());
    m_commands.push_back(std::make_unique<InspectionsAddCommand>());
    m_commands.push_back(std::make_unique<InspectionsListCommand>());
    m_commands.push_back(std::make_unique<InspectionsImportCommand>());
    m_commands.push_back(std::make_unique<InspectionsConflictsCommand>());
    m_commands.push_back(std::make_unique<InspectionsMergeCommand>());
    m_commands.push_back(std::make_unique<InspectionsExportCommand>());
    m_commands.push_back(std::make_unique<InspectionsStatusCommand>());
    m_commands.push_back(std::make_unique<InspectionsNoticeCommand>());
    m_commands.push_back(std::make_unique<FindingsAddCommand>());
    m_commands.push_back(std::make_unique<FindingsListCommand>());
    m_commands.push_back(std::make_unique<FindingsUpdateCommand>());
    m_commands.push_back(std::make_unique<IncidentsAddCommand>());
    m_commands.push_back(std::make_unique<IncidentsListCommand>());
    m_commands.push_back(std::make_unique<IncidentsShowCommand>());
    m_commands.push_back(std::make_unique<IncidentsGradeCommand>());
    m_commands.push_back(std::make_unique<IncidentsReportCommand>());
    m_commands.push_back(std::make_unique<IncidentsCloseCommand>());
    m_commands.push_back(std::make_unique<IncidentsReceiveCommand>());
    m_commands.push_back(std::make_unique<IncidentsFollowUpCommand>());
    m_commands.push_back(std::make_unique<IncidentsNarrativeCommand>());
    m_commands.push_back(std::make_unique<IncidentsCriteriaCommand>());
    m_commands.push_back(std::make_unique<IncidentsCriterionCommand>());
    m_commands.push_back(std::make_unique<EnforcementOpenCommand>());
    m_commands.push_back(std::make_unique<EnforcementListCommand>());
    m_commands.push_back(std::make_unique<EnforcementShowCommand>());
    m_commands.push_back(std::make_unique<EnforcementStepCommand>());
    m_commands.push_back(std::make_unique<EnforcementDocumentCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<ComplianceSetCommand>());
    m_commands.push_back(std::make_unique<ComplianceShowCommand>());
    m_commands.push_back(std::make_unique<ComplianceListCommand>());
    m_commands.push_back(std::make_unique<ComplianceImportCommand>());
    m_commands.push_back(std::make_unique<ComplianceExportCommand>());
    m_commands.push_back(std::make_unique<CompliancePeriodCommand>());
    m_commands.push_back(std::make_unique<DepartmentsListCommand>());
    m_commands.push_back(std::make_unique<DepartmentsSetCommand>());
    m_commands.push_back(std::make_unique<VerifyAuditCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
}

void CliApplication::printHelp(CliContext &ctx) const
{
    QTextStream &o = ctx.out();
    o << tr("Usage: cii-workbench-cli [--db PATH|postgresql://…] [--lang zh|en] [--json] COMMAND "
            "[ARGS]")
      << "\n\n"
      << tr("CII Workbench command line: the registry, identification and deadlines of a "
            "protection work department.")
      << "\n\n"
      << tr("Global options:") << '\n'
      << "  --db PATH      " << tr("the store (default: %1)").arg(Database::defaultLocation())
      << '\n'
      << "  --db postgresql://USER@HOST:PORT/DATABASE\n                 "
      << tr("a shared store on PostgreSQL; the password comes from PGPASSFILE or is asked for")
      << '\n'
      << "  --json         " << tr("one JSON object on stdout") << '\n'
      << "  --lang zh|en   " << tr("language of messages") << '\n'
      << "  --version      " << tr("print the version") << "\n\n"
      << tr("Commands:") << '\n';
    for (const auto &c : m_commands)
        o << "  " << c->name().leftJustified(24) << c->summary() << '\n';
    o << '\n'
      << tr("Exit codes: 0 ok, 2 usage error, 3 input rejected (nothing written), 4 storage error.")
      << '\n'
      << tr("Run 'cii-workbench-cli COMMAND --help' for a command's options.") << Qt::endl;
}

CliApplication::GlobalOptions CliApplication::parseGlobal(const QStringList &arguments)
{
    GlobalOptions g;
    g.language = Language::systemDefault();
    // Global options may stand anywhere; the rest is the command and its own arguments.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto takeValue = [&](const QString &option, QString *out) {
            if (a.startsWith(option + QLatin1Char('='))) {
                *out = a.mid(option.size() + 1);
                return true;
            }
            if (a == option && i + 1 < arguments.size()) {
                *out = arguments.at(++i);
                return true;
            }
            return false;
        };
        if (takeValue(QStringLiteral("--db"), &g.dbLocation)) {
            g.dbGiven = true;
            continue;
        }
        // After the command, --lang may be the command's own (a document's language).
        if (g.rest.isEmpty() && takeValue(QStringLiteral("--lang"), &g.language)) {
            if (g.language != QLatin1String("zh") && g.language != QLatin1String("en"))
                g.error = g.error.isEmpty() ? tr("--lang takes zh or en") : g.error;
            continue;
        }
        if (a == QLatin1String("--db") || (g.rest.isEmpty() && a == QLatin1String("--lang"))) {
            g.error = g.error.isEmpty() ? tr("%1 needs a value").arg(a) : g.error;
            continue;
        }
        if (a == QLatin1String("--json")) {
            g.json = true;
            continue;
        }
        if (g.rest.isEmpty() && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            g.help = true;
            continue;
        }
        if (g.rest.isEmpty() && a == QLatin1String("--version")) {
            g.version = true;
            continue;
        }
        g.rest << a;
    }
    return g;
}

Command *CliApplication::find(const QStringList &rest, int *words) const
{
    // Longest match first: "operators list" before "operators".
    for (int n = 2; n >= 1; --n) {
        if (rest.size() < n)
            continue;
        const QString name = QStringList(rest.mid(0, n)).join(QLatin1Char(' '));
        for (const auto &c : m_commands) {
            if (c->name() == name) {
                *words = n;
                return c.get();
            }
        }
    }
    return nullptr;
}

bool CliApplication::makesDocument(const QStringList &arguments) const
{
    const GlobalOptions g = parseGlobal(arguments);
    if (!g.error.isEmpty() || g.help || g.version)
        return false;
    int words = 0;
    const Command *command = find(g.rest, &words);
    // A command's --help lays nothing out.
    const QStringList own = g.rest.mid(words);
    return command && command->makesDocument() && !own.contains(QLatin1String("--help")) &&
           !own.contains(QLatin1String("-h"));
}

int CliApplication::run(const QStringList &arguments)
{
    CliContext ctx;
    const GlobalOptions g = parseGlobal(arguments);
    if (!g.error.isEmpty())
        return ctx.usage(g.error);
    if (g.dbGiven)
        ctx.dbLocation = g.dbLocation;
    ctx.json = g.json;
    ctx.language = g.language;
    Language::apply(g.language);
    const QStringList &rest = g.rest;
    if (g.version) {
        ctx.out() << "cii-workbench-cli " << QStringLiteral(CII_VERSION) << Qt::endl;
        return Ok;
    }
    if (g.help || rest.isEmpty()) {
        printHelp(ctx);
        return rest.isEmpty() && !g.help ? Usage : Ok;
    }
    int words = 0;
    if (Command *command = find(rest, &words))
        return command->execute(ctx, rest.mid(words));
    // A group word alone ("operators", "operators --help") lists the group's verbs.
    QStringList group;
    for (const auto &c : m_commands) {
        if (c->name().startsWith(rest.first() + QLatin1Char(' ')))
            group << QStringLiteral("  %1  %2").arg(c->name().leftJustified(24), c->summary());
    }
    if (!group.isEmpty()) {
        const bool help =
            rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"));
        (help ? ctx.out() : ctx.err()) << group.join(QLatin1Char('\n')) << Qt::endl;
        return help ? Ok : Usage;
    }
    return ctx.usage(tr("unknown command '%1' (see 'cii-workbench-cli --help')")
                         .arg(rest.mid(0, 2).join(QLatin1Char(' '))));
}

} // namespace cii::cli
