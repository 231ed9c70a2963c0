#include "noticerecordcommand.h"

#include "storage/caserepository.h"

namespace cii::cli {

QString NoticeRecordCommand::name() const
{
    return QStringLiteral("notice record");
}

QString NoticeRecordCommand::summary() const
{
    return tr("Record the day the operator or the MPS was notified of a case.");
}

void NoticeRecordCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("CASE"), tr("Case id."));
    p.addOption({QStringLiteral("to"), tr("operator or mps."), QStringLiteral("TO")});
    p.addOption({QStringLiteral("date"), tr("Day of notification, YYYY-MM-DD (required)."),
                 QStringLiteral("D")});
}

int NoticeRecordCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    const QString to = p.value(QStringLiteral("to"));
    if (to != QLatin1String("operator") && to != QLatin1String("mps"))
        return ctx.usage(tr("--to takes operator or mps"));
    const QDate date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        return ctx.usage(tr("--date YYYY-MM-DD is required"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    CaseRepository repo(*db);
    if (Status s = repo.recordNotified(id, to, date); !s)
        return ctx.fail(s.error());
    Result<IdentificationCase> c = repo.byId(id);
    if (!c)
        return ctx.fail(c.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("id"), id}, {QStringLiteral("status"), c->status}});
    else
        ctx.err() << tr("Case %1: %2 notified on %3.").arg(id).arg(to, date.toString(Qt::ISODate))
                  << Qt::endl;
    return Ok;
}

} // namespace cii::cli
