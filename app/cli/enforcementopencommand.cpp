#include "enforcementopencommand.h"

#include "domain/enforcementarticle.h"
#include "services/enforcementevidence.h"
#include "storage/enforcementrepository.h"

namespace cii::cli {

QString EnforcementOpenCommand::name() const
{
    return QStringLiteral("enforcement open");
}

QString EnforcementOpenCommand::summary() const
{
    return tr("Open an enforcement case against an operator under Art. 39–42; prints its id.");
}

void EnforcementOpenCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("operator"), tr("Operator id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("article"),
                 tr("The paragraph the case rests on: %1.")
                     .arg(EnforcementArticle::keys().join(QStringLiteral(", "))),
                 QStringLiteral("A")});
    p.addOption({QStringLiteral("evidence"),
                 tr("Records the case rests on, KIND:ID separated by commas (finding:ID, "
                    "incident:ID, deadline:UID, compliance:ID)."),
                 QStringLiteral("LINKS")});
    p.addOption({QStringLiteral("facts"), tr("What was found."), QStringLiteral("T")});
    p.addOption({QStringLiteral("person"), tr("The person directly in charge (optional)."),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("purchase-amount"),
                 tr("Art. 41: the purchase amount in yuan the fine is a multiple of."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("date"), tr("Day the case is opened, YYYY-MM-DD (default today)."),
                 QStringLiteral("D")});
}

int EnforcementOpenCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    EnforcementCase c;
    c.openedOn = QDate::currentDate();
    if (!intOption(ctx, p, QStringLiteral("operator"), &c.operatorId, 1,
                   std::numeric_limits<qint64>::max()) ||
        !intOption(ctx, p, QStringLiteral("purchase-amount"), &c.purchaseAmount, 1,
                   std::numeric_limits<qint64>::max() / 10) ||
        !dateOption(ctx, p, QStringLiteral("date"), &c.openedOn, false))
        return Usage;
    if (!c.operatorId || !p.isSet(QStringLiteral("article")))
        return ctx.usage(tr("--operator and --article are required"));
    c.article = p.value(QStringLiteral("article"));
    c.facts = p.value(QStringLiteral("facts"));
    c.person = p.value(QStringLiteral("person"));
    QStringList links;
    for (const QString &v : p.values(QStringLiteral("evidence")))
        links += v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QStringList> evidence = EnforcementEvidence::check(*db, c.operatorId, links, c.openedOn);
    if (!evidence)
        return ctx.fail(evidence.error());
    c.evidence = evidence.value();
    Result<qint64> id = EnforcementRepository(*db).open(c);
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
