#include "complianceshowcommand.h"

#include "domain/chinatime.h"
#include "domain/complianceduty.h"
#include "i18n/displaynames.h"
#include "services/compliancegaps.h"
#include "storage/compliancerepository.h"

#include <QJsonArray>

namespace cii::cli {

QString ComplianceShowCommand::name() const
{
    return QStringLiteral("compliance show");
}

QString ComplianceShowCommand::summary() const
{
    return tr("An operator's compliance profile: each duty evidenced, missing or overdue, and "
              "every record.");
}

void ComplianceShowCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("OPERATOR"),
                            tr("Operator id or unified social credit code."));
    p.addOption({QStringLiteral("today"), tr("Judge as of this day (default today)."),
                 QStringLiteral("D")});
}

int ComplianceShowCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return ctx.usage(tr("name one operator"));
    QDate today = QDate::currentDate();
    if (!dateOption(ctx, p, QStringLiteral("today"), &today, false))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    ComplianceRepository repo(*db);
    Result<qint64> op = repo.findOperator(p.positionalArguments().first());
    if (!op)
        return ctx.fail(op.error());
    Result<QVector<OperatorCompliance>> list = ComplianceGaps::checklist(*db, today);
    if (!list)
        return ctx.fail(list.error());
    const OperatorCompliance *profile = nullptr;
    for (const OperatorCompliance &oc : list.value())
        if (oc.operatorId == op.value())
            profile = &oc;
    if (!profile)
        return ctx.fail(Error::input(
            tr("operator %1 operates no CII (no system's decision in force is CII): it has no "
               "compliance profile")
                .arg(op.value())));
    Result<QVector<ComplianceFact>> history = repo.history(op.value());
    if (!history)
        return ctx.fail(history.error());
    if (ctx.json) {
        QJsonArray duties;
        for (const DutyStatus &s : profile->duties) {
            QJsonObject o = s.toJson();
            o.insert(QStringLiteral("due"),
                     s.due.isValid() ? QJsonValue(s.due.toString(Qt::ISODate)) : QJsonValue());
            o.insert(QStringLiteral("target"), s.target);
            if (s.factId)
                o.insert(QStringLiteral("value"), s.value);
            duties.append(o);
        }
        QJsonArray facts;
        for (const ComplianceFact &f : history.value())
            facts.append(f.toJson());
        ctx.printJson(
            {{QStringLiteral("operator"), QJsonObject{{QStringLiteral("id"), profile->operatorId},
                                                      {QStringLiteral("uscc"), profile->uscc},
                                                      {QStringLiteral("name"), profile->name},
                                                      {QStringLiteral("sector"), profile->sector},
                                                      {QStringLiteral("duties"), duties},
                                                      {QStringLiteral("facts"), facts}}},
             {QStringLiteral("today"), today.toString(Qt::ISODate)}});
        return Ok;
    }
    ctx.out() << QStringLiteral("%1 (%2), %3")
                     .arg(profile->name, profile->uscc, DisplayNames::sector(profile->sector))
              << '\n';
    QVector<QStringList> rows;
    for (const DutyStatus &s : profile->duties) {
        const ComplianceDuty *d = ComplianceDuty::find(s.duty);
        QString due = s.due.toString(Qt::ISODate);
        if (s.target && !due.isEmpty())
            due = tr("%1 (target)").arg(due);
        rows << QStringList{d->articleName(),
                            d->name(),
                            DutyStatus::stateName(s.state),
                            s.date.toString(Qt::ISODate),
                            due,
                            s.factId ? d->shownValue(s.value) : QString()};
    }
    ctx.printTable({tr("Article"), tr("Duty"), tr("State"), tr("Date"), tr("Due"), tr("Value")},
                   rows);
    if (!history.value().isEmpty()) {
        ctx.out() << '\n' << tr("Records (newest first):") << '\n';
        QVector<QStringList> records;
        for (const ComplianceFact &f : history.value()) {
            const ComplianceDuty *d = ComplianceDuty::find(f.duty);
            records << QStringList{QString::number(f.id),
                                   d ? d->name() : f.duty,
                                   d ? d->shownValue(f.value) : f.value,
                                   f.evidenceDate.toString(Qt::ISODate),
                                   ChinaTime::display(f.recordedAt),
                                   f.recordedBy};
        }
        ctx.printTable({tr("ID"), tr("Duty"), tr("Value"), tr("Date"), tr("Recorded"), tr("By")},
                       records);
    }
    ctx.out().flush();
    return Ok;
}

} // namespace cii::cli
