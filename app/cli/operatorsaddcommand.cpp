#include "operatorsaddcommand.h"

#include "storage/registryrepository.h"

namespace cii::cli {

QString OperatorsAddCommand::name() const
{
    return QStringLiteral("operators add");
}

QString OperatorsAddCommand::summary() const
{
    return tr("Add an operator; prints its id.");
}

void OperatorsAddCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("name-zh"), tr("Chinese name (required)."), QStringLiteral("T")});
    p.addOption({QStringLiteral("name-en"), tr("English name."), QStringLiteral("T")});
    p.addOption({QStringLiteral("uscc"),
                 tr("Unified social credit code, 18 characters (required)."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("sector"), tr("Sector key (required)."), QStringLiteral("KEY")});
    p.addOption({QStringLiteral("region"), tr("Region."), QStringLiteral("T")});
    p.addOption({QStringLiteral("contact"), tr("Contact person."), QStringLiteral("T")});
    p.addOption({QStringLiteral("phone"), tr("Contact phone."), QStringLiteral("T")});
    p.addOption({QStringLiteral("email"), tr("Contact e-mail."), QStringLiteral("T")});
}

int OperatorsAddCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    for (const char *required : {"name-zh", "uscc", "sector"}) {
        if (!p.isSet(QString::fromLatin1(required)))
            return ctx.usage(tr("--%1 is required").arg(QString::fromLatin1(required)));
    }
    OperatorInfo o;
    o.nameZh = p.value(QStringLiteral("name-zh"));
    o.nameEn = p.value(QStringLiteral("name-en"));
    o.uscc = p.value(QStringLiteral("uscc"));
    o.sector = p.value(QStringLiteral("sector"));
    o.region = p.value(QStringLiteral("region"));
    o.contactName = p.value(QStringLiteral("contact"));
    o.contactPhone = p.value(QStringLiteral("phone"));
    o.contactEmail = p.value(QStringLiteral("email"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<qint64> id = RegistryRepository(*db).addOperator(o);
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
