#include "deadlinescommand.h"

#include "domain/sector.h"
#include "schedule/deadlineengine.h"
#include "storage/deadlinerepository.h"

namespace cii::cli {

QString DeadlinesCommand::name() const
{
    return QStringLiteral("deadlines");
}

QString DeadlinesCommand::summary() const
{
    return tr("What is due, overdue or done late: re-identifications, assessments, "
              "notifications, event follow-ups.");
}

void DeadlinesCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("today"), tr("Compute as of this day (default today)."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("kind"),
                 tr("Only this kind: %1.").arg(DeadlineEngine::kinds().join(QStringLiteral(", "))),
                 QStringLiteral("K")});
    p.addOption(
        {QStringLiteral("status"),
         tr("Only this status: %1.").arg(DeadlineEngine::statuses().join(QStringLiteral(", "))),
         QStringLiteral("S")});
    p.addOption({QStringLiteral("sector"), tr("Only this sector (key)."), QStringLiteral("KEY")});
}

int DeadlinesCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    QDate today = QDate::currentDate();
    if (!dateOption(ctx, p, QStringLiteral("today"), &today, false))
        return Usage;
    const QString kind = p.value(QStringLiteral("kind"));
    const QString status = p.value(QStringLiteral("status"));
    const QString sector = p.value(QStringLiteral("sector"));
    if (!kind.isEmpty() && !DeadlineEngine::kinds().contains(kind))
        return ctx.usage(
            tr("--kind takes %1").arg(DeadlineEngine::kinds().join(QStringLiteral(", "))));
    if (!status.isEmpty() && !DeadlineEngine::statuses().contains(status))
        return ctx.usage(
            tr("--status takes %1").arg(DeadlineEngine::statuses().join(QStringLiteral(", "))));
    if (!sector.isEmpty() && !Sector::isKnown(sector))
        return ctx.usage(tr("unknown sector '%1'").arg(sector));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<DeadlineFacts> facts = DeadlineRepository(*db).facts();
    if (!facts)
        return ctx.fail(facts.error());
    const DeadlineList list = DeadlineEngine::list(facts.value(), today);
    facts = DeadlineFacts(); // the rows hold what the items need
    auto wanted = [&](int i) {
        return (kind.isEmpty() || list.kindKey(i) == kind) &&
               (status.isEmpty() || list.statusKey(i) == status) &&
               (sector.isEmpty() || list.sector(i) == sector);
    };
    if (ctx.json) {
        // Streamed item by item, as QJsonDocument's compact form of
        // {"items":[…],"today":D} would be written whole.
        QByteArray chunk("{\"items\":[");
        chunk.reserve(1 << 17);
        bool first = true;
        for (int i = 0; i < list.size(); ++i) {
            if (!wanted(i))
                continue;
            if (!first)
                chunk += ',';
            first = false;
            list.item(i).appendJson(chunk);
            if (chunk.size() > 1 << 16) {
                ctx.out() << QString::fromUtf8(chunk);
                chunk.resize(0);
            }
        }
        chunk += "],\"today\":\"" + today.toString(Qt::ISODate).toUtf8() + "\"}";
        ctx.out() << QString::fromUtf8(chunk) << Qt::endl;
        return Ok;
    }
    QVector<QStringList> rows;
    for (int n = 0; n < list.size(); ++n) {
        if (!wanted(n))
            continue;
        const DeadlineItem i = list.item(n);
        rows << QStringList{i.due.toString(Qt::ISODate),
                            i.lastDay.toString(Qt::ISODate) +
                                (i.calendarMissing ? QStringLiteral(" ?") : QString()),
                            DeadlineEngine::statusName(i.status),
                            QString::number(i.days),
                            DeadlineEngine::kindName(i.kind),
                            i.statutory ? i.basis : tr("%1 (target)").arg(i.basis),
                            i.subject};
    }
    ctx.printTable({tr("Due"), tr("Last day"), tr("Status"), tr("Days"), tr("Kind"), tr("Basis"),
                    tr("Subject")},
                   rows);
    return Ok;
}

} // namespace cii::cli
