#include "enforcementshowcommand.h"

#include "domain/enforcementarticle.h"
#include "schedule/enforcementprocedure.h"
#include "storage/calendarrepository.h"
#include "storage/enforcementrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString EnforcementShowCommand::name() const
{
    return QStringLiteral("enforcement show");
}

QString EnforcementShowCommand::summary() const
{
    return tr("Show an enforcement case: its evidence, steps, documents, dates and next steps.");
}

void EnforcementShowCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Enforcement case id."));
}

int EnforcementShowCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<HolidayCalendar> calendar = CalendarRepository(*db).calendar();
    if (!calendar)
        return ctx.fail(calendar.error());
    Result<EnforcementCase> found = EnforcementRepository(*db).byId(id);
    if (!found)
        return ctx.fail(found.error());
    const EnforcementCase &c = found.value();
    const QVector<EnforcementProcedure::Due> dues =
        EnforcementProcedure::deadlines(c, calendar.value());
    const QStringList next = EnforcementProcedure::nextSteps(c);
    if (ctx.json) {
        QJsonObject o = c.toJson();
        QJsonArray deadlines;
        for (const EnforcementProcedure::Due &d : dues)
            deadlines.append(QJsonObject{
                {QStringLiteral("step"), d.step},
                {QStringLiteral("due"), d.due.toString(Qt::ISODate)},
                {QStringLiteral("last_day"),
                 calendar.value().lastDay(d.due).date.toString(Qt::ISODate)},
                {QStringLiteral("done"), d.done.isValid() ? QJsonValue(d.done.toString(Qt::ISODate))
                                                          : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("statutory"), d.statutory},
                {QStringLiteral("basis"), d.basis}});
        o.insert(QStringLiteral("deadlines"), deadlines);
        o.insert(QStringLiteral("next_steps"), QJsonArray::fromStringList(next));
        ctx.printJson({{QStringLiteral("enforcement_case"), o}});
        return Ok;
    }
    const EnforcementArticle *a = EnforcementArticle::find(c.article);
    QTextStream &o = ctx.out();
    o << tr("Case %1: %2, %3").arg(c.id).arg(c.operatorName, a ? a->displayName() : c.article)
      << '\n'
      << tr("Opened %1").arg(c.openedOn.toString(Qt::ISODate)) << '\n';
    if (!c.facts.isEmpty())
        o << tr("Facts: %1").arg(c.facts) << '\n';
    if (!c.person.isEmpty())
        o << tr("Person directly in charge: %1").arg(c.person) << '\n';
    if (!c.evidence.isEmpty())
        o << tr("Evidence: %1").arg(c.evidence.join(QStringLiteral(", "))) << '\n';
    for (const EnforcementStep &s : c.steps)
        o << "  " << s.date.toString(Qt::ISODate) << "  " << EnforcementStep::kindName(s.kind)
          << (s.noticeId ? QStringLiteral("  ") + s.noticeNumber : QString()) << '\n';
    for (const EnforcementProcedure::Due &d : dues)
        o << tr("Due %1: %2 (%3)%4")
                 .arg(d.due.toString(Qt::ISODate), d.step, d.basis,
                      d.done.isValid() ? tr(", done %1").arg(d.done.toString(Qt::ISODate))
                                       : QString())
          << '\n';
    o << tr("Next: %1")
             .arg(next.isEmpty() ? tr("nothing (closed)") : next.join(QStringLiteral(", ")))
      << Qt::endl;
    return Ok;
}

} // namespace cii::cli
