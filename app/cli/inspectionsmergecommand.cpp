#include "inspectionsmergecommand.h"

#include "storage/inspectionrepository.h"

namespace cii::cli {

QString InspectionsMergeCommand::name() const
{
    return QStringLiteral("inspections merge");
}

QString InspectionsMergeCommand::summary() const
{
    return tr("Merge inspections into one joint inspection (the originals are kept, linked); "
              "prints its id.");
}

void InspectionsMergeCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Inspections to merge (two or more)."),
                            QStringLiteral("ID ID…"));
    p.addOption({QStringLiteral("lead"), tr("Lead department (default: the first one's)."),
                 QStringLiteral("DEPT")});
    p.addOption(
        {QStringLiteral("start"), tr("First day of the joint window."), QStringLiteral("D")});
    p.addOption({QStringLiteral("end"), tr("Last day of the joint window."), QStringLiteral("D")});
}

int InspectionsMergeCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    QVector<qint64> ids;
    QDate start, end;
    if (!idList(ctx, p.positionalArguments(), QStringLiteral("ID"), &ids) ||
        !dateOption(ctx, p, QStringLiteral("start"), &start, false) ||
        !dateOption(ctx, p, QStringLiteral("end"), &end, false))
        return Usage;
    if (ids.size() < 2)
        return ctx.usage(tr("name at least two inspections"));
    if (start.isValid() != end.isValid())
        return ctx.usage(tr("give both --start and --end, or neither"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<qint64> id =
        InspectionRepository(*db).merge(ids, p.value(QStringLiteral("lead")), start, end);
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
