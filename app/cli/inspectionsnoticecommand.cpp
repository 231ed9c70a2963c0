#include "inspectionsnoticecommand.h"

#include "services/inspectionnoticeissuer.h"

namespace cii::cli {

QString InspectionsNoticeCommand::name() const
{
    return QStringLiteral("inspections notice");
}

QString InspectionsNoticeCommand::summary() const
{
    return tr("Issue and write the notice of an inspection to the operator (numbered); prints "
              "the file.");
}

void InspectionsNoticeCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Inspection id."));
    p.addOption(
        {QStringLiteral("format"), tr("pdf or odt."), QStringLiteral("F"), QStringLiteral("pdf")});
    p.addOption({QStringLiteral("lang"), tr("zh, en or bilingual."), QStringLiteral("L"),
                 QStringLiteral("zh")});
    p.addOption(
        {QStringLiteral("out"), tr("Folder to write into (required)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("date"), tr("Date of the notice, YYYY-MM-DD (default today)."),
                 QStringLiteral("D")});
}

int InspectionsNoticeCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    QDate date = QDate::currentDate();
    if (!positionalId(ctx, p, &id) || !dateOption(ctx, p, QStringLiteral("date"), &date, false))
        return Usage;
    DocumentFile::Format format;
    DocLanguage language;
    if (!documentOptions(ctx, p, &format, &language))
        return Usage;
    if (!p.isSet(QStringLiteral("out")))
        return ctx.usage(tr("--out DIR is required"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<IssuedNotice> issued = InspectionNoticeIssuer::issue(
        *db, id, format, language, p.value(QStringLiteral("out")), date);
    if (!issued)
        return ctx.fail(issued.error());
    return printIssued(ctx, issued->notice, issued->path, tr("Notice %1 → %2"),
                       tr("Notice %1 (reprint) → %2"));
}

} // namespace cii::cli
