#include "ruleslettercommand.h"

#include "services/filingletterissuer.h"

namespace cii::cli {

QString RulesLetterCommand::name() const
{
    return QStringLiteral("rules letter");
}

QString RulesLetterCommand::summary() const
{
    return tr("Issue and write the numbered letter filing a rule set with the MPS (Art. 9); "
              "prints the file. Its attachment is written by 'rules document'.");
}

void RulesLetterCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Rule set id."));
    p.addOption(
        {QStringLiteral("format"), tr("pdf or odt."), QStringLiteral("F"), QStringLiteral("pdf")});
    p.addOption({QStringLiteral("lang"), tr("zh, en or bilingual."), QStringLiteral("L"),
                 QStringLiteral("zh")});
    p.addOption({QStringLiteral("out"), tr("File to write (required)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("date"), tr("Date of a new letter, YYYY-MM-DD (default today)."),
                 QStringLiteral("D")});
}

int RulesLetterCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    DocumentFile::Format format;
    DocLanguage language;
    if (!documentOptions(ctx, p, &format, &language))
        return Usage;
    if (!p.isSet(QStringLiteral("out")))
        return ctx.usage(tr("--out FILE is required"));
    QDate date = QDate::currentDate();
    if (!dateOption(ctx, p, QStringLiteral("date"), &date, false))
        return Usage;
    return withRuleSet(ctx, p, [&](Database &db, const RuleSet &rules) {
        Result<IssuedNotice> issued = FilingLetterIssuer::issue(
            db, rules.id, format, language, p.value(QStringLiteral("out")), date);
        if (!issued)
            return ctx.fail(issued.error());
        return printIssued(ctx, issued->notice, issued->path, tr("Letter %1 → %2"),
                           tr("Letter %1 (reprint) → %2"));
    });
}

} // namespace cii::cli
