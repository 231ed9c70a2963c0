#include "noticeexportcommand.h"

#include "services/noticeissuer.h"

#include <QJsonArray>

namespace cii::cli {

QString NoticeExportCommand::name() const
{
    return QStringLiteral("notice export");
}

QString NoticeExportCommand::summary() const
{
    return tr("Issue and write the Art. 10 notices of decided cases (numbered); prints the files.");
}

void NoticeExportCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("CASE"), tr("Decided case ids."),
                            QStringLiteral("CASE…"));
    p.addOption({QStringLiteral("to"),
                 tr("operator (one notice per operator) or mps (one "
                    "notification listing every case)."),
                 QStringLiteral("TO")});
    p.addOption(
        {QStringLiteral("format"), tr("pdf or odt."), QStringLiteral("F"), QStringLiteral("pdf")});
    p.addOption({QStringLiteral("lang"), tr("zh, en or bilingual."), QStringLiteral("L"),
                 QStringLiteral("zh")});
    p.addOption(
        {QStringLiteral("out"), tr("Folder to write into (required)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("date"), tr("Date of new notices, YYYY-MM-DD (default today)."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("reissue"),
                 tr("Number a new notice for cases already in one to that addressee (it "
                    "replaces the earlier notice; needs --reason).")});
    p.addOption({QStringLiteral("reason"), tr("Why the notice is reissued (recorded and printed)."),
                 QStringLiteral("T")});
}

int NoticeExportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    NoticeRequest request;
    if (!idList(ctx, p.positionalArguments(), QStringLiteral("CASE"), &request.caseIds))
        return Usage;
    if (request.caseIds.isEmpty())
        return ctx.usage(tr("name at least one case"));
    request.to = p.value(QStringLiteral("to"));
    if (request.to != QLatin1String("operator") && request.to != QLatin1String("mps"))
        return ctx.usage(tr("--to takes operator or mps"));
    if (!documentOptions(ctx, p, &request.format, &request.language))
        return Usage;
    request.outDir = p.value(QStringLiteral("out"));
    if (request.outDir.isEmpty())
        return ctx.usage(tr("--out DIR is required"));
    if (!dateOption(ctx, p, QStringLiteral("date"), &request.date, false))
        return Usage;
    request.reissue = p.isSet(QStringLiteral("reissue"));
    request.reason = p.value(QStringLiteral("reason")).trimmed();
    if (request.reissue && request.reason.isEmpty())
        return ctx.usage(tr("--reissue needs --reason T"));
    if (!request.reissue && p.isSet(QStringLiteral("reason")))
        return ctx.usage(tr("--reason goes with --reissue"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<IssuedNotice>> issued = NoticeIssuer::issue(*db, request);
    if (!issued)
        return ctx.fail(issued.error());
    QJsonArray list;
    for (const IssuedNotice &n : issued.value()) {
        QJsonArray cases;
        for (qint64 c : n.notice.caseIds)
            cases.append(c);
        list.append(
            QJsonObject{{QStringLiteral("id"), n.notice.id},
                        {QStringLiteral("number"), n.notice.number},
                        {QStringLiteral("year"), n.notice.year},
                        {QStringLiteral("number_text"), n.notice.numberText(true)},
                        {QStringLiteral("to"), n.notice.kind},
                        {QStringLiteral("cases"), cases},
                        {QStringLiteral("reprint"), n.notice.reprinted},
                        {QStringLiteral("replaces"),
                         n.notice.replacesId ? QJsonValue(n.notice.replacesId) : QJsonValue()},
                        {QStringLiteral("file"), n.path}});
        if (!ctx.json) {
            ctx.err() << (n.notice.reprinted ? tr("Notice %1 (reprint) → %2")
                                             : tr("Notice %1 → %2"))
                             .arg(n.notice.numberText(true), n.path)
                      << Qt::endl;
            ctx.out() << n.path << '\n';
        }
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("notices"), list}});
    ctx.out().flush();
    return Ok;
}

} // namespace cii::cli
