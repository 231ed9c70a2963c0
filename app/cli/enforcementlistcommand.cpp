#include "enforcementlistcommand.h"

#include "domain/enforcementarticle.h"
#include "schedule/enforcementprocedure.h"
#include "storage/calendarrepository.h"
#include "storage/enforcementrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString EnforcementListCommand::name() const
{
    return QStringLiteral("enforcement list");
}

QString EnforcementListCommand::summary() const
{
    return tr("List enforcement cases: operator, article, step and the next date due.");
}

void EnforcementListCommand::configure(QCommandLineParser &p) const
{
    p.addOption(
        {QStringLiteral("operator"), tr("Only this operator's (id)."), QStringLiteral("ID")});
}

int EnforcementListCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 operatorId = 0;
    if (!intOption(ctx, p, QStringLiteral("operator"), &operatorId, 1,
                   std::numeric_limits<qint64>::max()))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<HolidayCalendar> calendar = CalendarRepository(*db).calendar();
    if (!calendar)
        return ctx.fail(calendar.error());
    Result<QVector<EnforcementCase>> cases = EnforcementRepository(*db).list(operatorId);
    if (!cases)
        return ctx.fail(cases.error());
    if (ctx.json) {
        QJsonArray rows;
        for (const EnforcementCase &c : cases.value()) {
            const QDate due = EnforcementProcedure::nextDue(c, calendar.value());
            rows.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("operator"), c.operatorId},
                {QStringLiteral("operator_name"), c.operatorName},
                {QStringLiteral("article"), c.article},
                {QStringLiteral("step"), c.step()},
                {QStringLiteral("due"), due.isValid() ? QJsonValue(due.toString(Qt::ISODate))
                                                      : QJsonValue(QJsonValue::Null)}});
        }
        ctx.printJson({{QStringLiteral("enforcement_cases"), rows}});
        return Ok;
    }
    QVector<QStringList> rows;
    for (const EnforcementCase &c : cases.value())
        rows << QStringList{
            QString::number(c.id), c.operatorName, c.article, EnforcementStep::kindName(c.step()),
            EnforcementProcedure::nextDue(c, calendar.value()).toString(Qt::ISODate)};
    ctx.printTable({tr("ID"), tr("Operator"), tr("Article"), tr("Step"), tr("Due")}, rows);
    return Ok;
}

} // namespace cii::cli
