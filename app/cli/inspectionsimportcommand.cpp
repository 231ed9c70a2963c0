#include "inspectionsimportcommand.h"

#include "io/atomicfile.h"
#include "io/csvtable.h"
#include "io/inspectiontransfer.h"
#include "storage/inspectionrepository.h"
#include "storage/registryrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString InspectionsImportCommand::name() const
{
    return QStringLiteral("inspections import");
}

QString InspectionsImportCommand::summary() const
{
    return tr("Import inspections (e.g. another department's plan) from CSV or .ics; all or "
              "nothing.");
}

void InspectionsImportCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("A .csv or .ics file."));
    p.addOption({QStringLiteral("lead"),
                 tr("Lead department for rows or events that name none (default own)."),
                 QStringLiteral("DEPT"), QStringLiteral("own")});
}

int InspectionsImportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return ctx.usage(tr("name one file"));
    const QString path = p.positionalArguments().first();
    Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes)
        return ctx.fail(Error::input(bytes.error().message));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<OperatorInfo>> operators = RegistryRepository(*db).operators();
    if (!operators)
        return ctx.fail(operators.error());
    QHash<QString, qint64> byUscc;
    for (const OperatorInfo &o : operators.value())
        byUscc.insert(o.uscc, o.id);
    const bool ics = path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive) ||
                     bytes.value().trimmed().startsWith("BEGIN:VCALENDAR");
    const QString lead = p.value(QStringLiteral("lead"));
    Result<QVector<Inspection>> read =
        ics ? InspectionTransfer::fromIcs(bytes.value(), byUscc, lead)
            : InspectionTransfer::fromCsv(bytes.value(), byUscc, lead);
    if (!read)
        return ctx.fail(read.error());
    InspectionRepository repo(*db);
    QStringList problems;
    for (int i = 0; i < read.value().size(); ++i)
        for (const QString &problem : repo.problems(read.value().at(i))) {
            const QString column = problem.section(QLatin1Char(':'), 0, 0);
            problems << Csv::rowError(ics ? i + 1 : i + 2, column,
                                      problem.section(QLatin1Char(':'), 1).trimmed());
        }
    if (!problems.isEmpty())
        return ctx.fail(Error::input(
            tr("%n row(s) cannot be imported; nothing was imported", nullptr, int(problems.size())),
            problems));
    Result<QVector<qint64>> ids = repo.addAll(read.value());
    if (!ids)
        return ctx.fail(ids.error());
    if (ctx.json) {
        QJsonArray list;
        for (qint64 id : ids.value())
            list.append(id);
        ctx.printJson({{QStringLiteral("inspections"), list}});
    } else {
        for (qint64 id : ids.value())
            ctx.out() << id << '\n';
        ctx.out().flush();
        ctx.err() << tr("Imported %n inspection(s).", nullptr, int(ids.value().size())) << Qt::endl;
    }
    return Ok;
}

} // namespace cii::cli
