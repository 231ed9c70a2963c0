#include "compliancelistcommand.h"

#include "domain/complianceduty.h"
#include "jsonstream.h"
#include "services/compliancegaps.h"

#include <QJsonArray>

namespace cii::cli {

QString ComplianceListCommand::name() const
{
    return QStringLiteral("compliance list");
}

QString ComplianceListCommand::summary() const
{
    return tr("The compliance checklist: per operator of CII, each duty evidenced, missing or "
              "overdue (Art. 13–17, 19–21).");
}

void ComplianceListCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("today"), tr("Judge as of this day (default today)."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("state"),
                 tr("Only duties in this state: evidenced, missing or "
                    "overdue."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("duty"), tr("Only this duty (its key)."), QStringLiteral("KEY")});
}

int ComplianceListCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    QDate today = QDate::currentDate();
    if (!dateOption(ctx, p, QStringLiteral("today"), &today, false))
        return Usage;
    const QString state = p.value(QStringLiteral("state"));
    if (!state.isEmpty() && !DutyStatus::stateKeys().contains(state))
        return ctx.usage(
            tr("--state takes %1").arg(DutyStatus::stateKeys().join(QStringLiteral(", "))));
    const QString duty = p.value(QStringLiteral("duty"));
    if (!duty.isEmpty() && !ComplianceDuty::find(duty))
        return ctx.usage(
            tr("--duty takes %1").arg(ComplianceDuty::keys().join(QStringLiteral(", "))));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<OperatorCompliance>> list = ComplianceGaps::checklist(*db, today);
    if (!list)
        return ctx.fail(list.error());
    const bool filtered = !state.isEmpty() || !duty.isEmpty();
    auto shown = [&](const DutyStatus &s) {
        return (state.isEmpty() || s.stateKey() == state) && (duty.isEmpty() || s.duty == duty);
    };
    if (ctx.json)
        return ctx.printJsonList(QLatin1String("operators"), [&](JsonStream &json) {
            for (const OperatorCompliance &oc : list.value()) {
                QJsonArray duties;
                for (const DutyStatus &s : oc.duties)
                    if (shown(s))
                        duties.append(s.toJson());
                if (filtered && duties.isEmpty())
                    continue;
                json.value(QJsonObject{{QStringLiteral("id"), oc.operatorId},
                                       {QStringLiteral("duties"), duties}});
            }
            return Status{};
        });
    return ctx.printTable(
        {tr("ID"), tr("Operator"), tr("Evidenced"), tr("Missing"), tr("Overdue"), tr("Gaps")},
        [&](const CliContext::RowSink &row) {
            for (const OperatorCompliance &oc : list.value()) {
                int counts[3] = {0, 0, 0};
                QStringList gaps;
                for (const DutyStatus &s : oc.duties) {
                    if (!shown(s))
                        continue;
                    ++counts[s.state];
                    if (s.state != DutyStatus::Evidenced)
                        gaps << QStringLiteral("%1 %2").arg(
                            ComplianceDuty::find(s.duty)->articleName(),
                            ComplianceDuty::find(s.duty)->shortName());
                }
                if (filtered && counts[0] + counts[1] + counts[2] == 0)
                    continue;
                row({QString::number(oc.operatorId), oc.name, QString::number(counts[0]),
                     QString::number(counts[1]), QString::number(counts[2]),
                     gaps.join(QStringLiteral(", "))});
            }
            return Status{};
        });
}

} // namespace cii::cli
