#include "inspectionsconflictscommand.h"

#include "storage/inspectionrepository.h"

#include <QHash>
#include <QJsonArray>

namespace cii::cli {

QString InspectionsConflictsCommand::name() const
{
    return QStringLiteral("inspections conflicts");
}

QString InspectionsConflictsCommand::summary() const
{
    return tr("Inspections of the same operator that overlap, come too close or cover the same "
              "systems in one quarter (Art. 27).");
}

void InspectionsConflictsCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("min-gap-days"),
                 tr("Least number of free days between two inspections (default 30)."),
                 QStringLiteral("N"), QStringLiteral("30")});
}

int InspectionsConflictsCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 gap = 30;
    if (!intOption(ctx, p, QStringLiteral("min-gap-days"), &gap, 0, 3650))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<Inspection>> list = InspectionRepository(*db).list();
    if (!list)
        return ctx.fail(list.error());
    QVector<InspectionWindow> windows;
    QHash<qint64, const Inspection *> byId;
    for (const Inspection &i : list.value()) {
        byId.insert(i.id, &i);
        if (i.isActive())
            windows << i.window();
    }
    QJsonArray json;
    QVector<QStringList> rows;
    for (const InspectionConflict &c : ConflictDetector::detect(windows, int(gap))) {
        json.append(QJsonObject{{QStringLiteral("a"), c.a},
                                {QStringLiteral("b"), c.b},
                                {QStringLiteral("operator"), c.operatorId},
                                {QStringLiteral("reason"), c.reason},
                                {QStringLiteral("gap_days"), c.gapDays}});
        const Inspection *a = byId.value(c.a), *b = byId.value(c.b);
        rows << QStringList{
            QString::number(c.a),
            QString::number(c.b),
            a->operatorName,
            QStringLiteral("%1 %2–%3")
                .arg(a->lead, a->start.toString(Qt::ISODate), a->end.toString(Qt::ISODate)),
            QStringLiteral("%1 %2–%3")
                .arg(b->lead, b->start.toString(Qt::ISODate), b->end.toString(Qt::ISODate)),
            c.reason,
            QString::number(c.gapDays)};
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("conflicts"), json}});
    else
        ctx.printTable({tr("A"), tr("B"), tr("Operator"), tr("Inspection A"), tr("Inspection B"),
                        tr("Reason"), tr("Gap (days)")},
                       rows);
    return Ok;
}

} // namespace cii::cli
