#include "rulesdocumentcommand.h"

#include "io/documentfile.h"
#include "io/rulesetfilingdocument.h"
#include "services/auditedexport.h"
#include "storage/registryrepository.h"

#include <QTextDocument>

namespace cii::cli {

QString RulesDocumentCommand::name() const
{
    return QStringLiteral("rules document");
}

QString RulesDocumentCommand::summary() const
{
    return tr("Write the filing document of a rule set (PDF or ODT) for the MPS.");
}

void RulesDocumentCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Rule set id."));
    p.addOption(
        {QStringLiteral("format"), tr("pdf or odt."), QStringLiteral("F"), QStringLiteral("pdf")});
    p.addOption({QStringLiteral("lang"), tr("zh, en or bilingual."), QStringLiteral("L"),
                 QStringLiteral("zh")});
    p.addOption({QStringLiteral("out"), tr("File to write (required)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("department-zh"), tr("Issuing department's Chinese name."),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("department-en"), tr("Issuing department's English name."),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("date"), tr("Document date, YYYY-MM-DD (default today)."),
                 QStringLiteral("D")});
}

int RulesDocumentCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    DocumentFile::Format format;
    DocLanguage language;
    if (!documentOptions(ctx, p, &format, &language))
        return Usage;
    if (!p.isSet(QStringLiteral("out")))
        return ctx.usage(tr("--out FILE is required"));
    QDate date = QDate::currentDate();
    if (p.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return ctx.usage(tr("--date takes YYYY-MM-DD"));
    }
    return withRuleSet(ctx, p, [&](Database &db, const RuleSet &rules) {
        return write(ctx, p, db, rules, format, language, date);
    });
}

int RulesDocumentCommand::write(CliContext &ctx, const QCommandLineParser &p, Database &db,
                                const RuleSet &rules, DocumentFile::Format format,
                                DocLanguage language, const QDate &date)
{
    RuleSetFilingDocument::Department department;
    if (Result<QVector<Department>> deps = RegistryRepository(db).departments()) {
        for (const Department &d : deps.value()) {
            if (d.own)
                department = {d.nameZh, d.nameEn};
        }
    }
    if (p.isSet(QStringLiteral("department-zh")))
        department.nameZh = p.value(QStringLiteral("department-zh"));
    if (p.isSet(QStringLiteral("department-en")))
        department.nameEn = p.value(QStringLiteral("department-en"));
    const ExportRecord record{QStringLiteral("rules-document"), DocumentFile::formatKey(format),
                              p.value(QStringLiteral("out")), int(rules.criteria.size())};
    if (Status s = AuditedExport::writeDocument(
            db, record,
            [&] { return RuleSetFilingDocument::build(rules, department, language, date); }, format,
            rules.titleZh);
        !s)
        return ctx.fail(s.error());
    // As the other document commands: the file written on stdout, or {"file"} with --json.
    const QString path = p.value(QStringLiteral("out"));
    if (ctx.json)
        ctx.printJson({{QStringLiteral("file"), path}});
    else
        ctx.out() << path << Qt::endl;
    return Ok;
}

} // namespace cii::cli
