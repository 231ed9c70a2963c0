#include "complianceimportcommand.h"

#include "io/atomicfile.h"
#include "io/compliancetransfer.h"
#include "storage/compliancerepository.h"
#include "storage/registryrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString ComplianceImportCommand::name() const
{
    return QStringLiteral("compliance import");
}

QString ComplianceImportCommand::summary() const
{
    return tr("Import compliance evidence from CSV (operator, duty, value, date); all or "
              "nothing.");
}

void ComplianceImportCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("A .csv file."));
}

int ComplianceImportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return ctx.usage(tr("name one file"));
    Result<QByteArray> bytes = AtomicFile::read(p.positionalArguments().first());
    if (!bytes)
        return ctx.fail(Error::input(bytes.error().message));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<OperatorInfo>> operators = RegistryRepository(*db).operators();
    if (!operators)
        return ctx.fail(operators.error());
    QHash<QString, qint64> byUscc;
    QSet<qint64> ids;
    for (const OperatorInfo &o : operators.value()) {
        byUscc.insert(o.uscc, o.id);
        ids.insert(o.id);
    }
    Result<ComplianceTransfer::Read> read = ComplianceTransfer::fromCsv(bytes.value(), byUscc, ids);
    if (!read)
        return ctx.fail(read.error());
    Result<QVector<qint64>> stored =
        ComplianceRepository(*db).recordAll(read->facts, QDate::currentDate(), read->rows);
    if (!stored)
        return ctx.fail(stored.error());
    if (ctx.json) {
        QJsonArray list;
        for (qint64 id : stored.value())
            list.append(id);
        ctx.printJson({{QStringLiteral("compliance_facts"), list}});
    } else {
        ctx.err() << tr("Imported %n record(s).", nullptr, int(stored.value().size())) << Qt::endl;
    }
    return Ok;
}

} // namespace cii::cli
