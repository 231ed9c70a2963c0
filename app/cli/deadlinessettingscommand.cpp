#include "deadlinessettingscommand.h"

#include "storage/deadlinerepository.h"

namespace cii::cli {

QString DeadlinesSettingsCommand::name() const
{
    return QStringLiteral("deadlines settings");
}

QString DeadlinesSettingsCommand::summary() const
{
    return tr("Show or change how deadlines are computed (shared by every workstation).");
}

void DeadlinesSettingsCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("assessment-due"),
                 tr("Day of the year the annual assessment is due, MM-DD (default 12-31)."),
                 QStringLiteral("MM-DD")});
    p.addOption({QStringLiteral("notification-days"),
                 tr("Days after a decision to notify the operator and the MPS (default 30)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("due-soon-days"),
                 tr("Days ahead an item counts as due soon (default 14)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("first-assessment-before-month"),
                 tr("Art. 17: a system identified before this month (1-12) owes an assessment "
                    "for the same year; 0 (default): from the year after identification."),
                 QStringLiteral("M")});
}

int DeadlinesSettingsCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    DeadlineRepository repo(*db);
    Result<DeadlineSettings> current = repo.settings();
    if (!current)
        return ctx.fail(current.error());
    DeadlineSettings s = current.value();
    bool changed = false;
    if (p.isSet(QStringLiteral("assessment-due"))) {
        const QStringList parts = p.value(QStringLiteral("assessment-due")).split(QLatin1Char('-'));
        bool okMonth = false, okDay = false;
        if (parts.size() == 2) {
            s.assessmentMonth = parts.at(0).toInt(&okMonth);
            s.assessmentDay = parts.at(1).toInt(&okDay);
        }
        if (!okMonth || !okDay)
            return ctx.usage(tr("--assessment-due takes MM-DD"));
        changed = true;
    }
    qint64 n = -1;
    if (!intOption(ctx, p, QStringLiteral("notification-days"), &n, 0, 3650))
        return Usage;
    if (p.isSet(QStringLiteral("notification-days"))) {
        s.notificationDays = int(n);
        changed = true;
    }
    if (!intOption(ctx, p, QStringLiteral("due-soon-days"), &n, 0, 365))
        return Usage;
    if (p.isSet(QStringLiteral("due-soon-days"))) {
        s.dueSoonDays = int(n);
        changed = true;
    }
    if (!intOption(ctx, p, QStringLiteral("first-assessment-before-month"), &n, 0, 12))
        return Usage;
    if (p.isSet(QStringLiteral("first-assessment-before-month"))) {
        s.assessmentSameYearBeforeMonth = int(n);
        changed = true;
    }
    if (changed) {
        if (Status saved = repo.saveSettings(s); !saved)
            return ctx.fail(saved.error());
    }
    const QString due = QStringLiteral("%1-%2")
                            .arg(s.assessmentMonth, 2, 10, QLatin1Char('0'))
                            .arg(s.assessmentDay, 2, 10, QLatin1Char('0'));
    if (ctx.json)
        ctx.printJson(
            {{QStringLiteral("assessment_due"), due},
             {QStringLiteral("notification_days"), s.notificationDays},
             {QStringLiteral("due_soon_days"), s.dueSoonDays},
             {QStringLiteral("first_assessment_before_month"), s.assessmentSameYearBeforeMonth}});
    else
        ctx.out() << tr("Annual assessment due: %1").arg(due) << '\n'
                  << tr("Notify within: %n day(s)", nullptr, s.notificationDays) << '\n'
                  << tr("Due soon: %n day(s) ahead", nullptr, s.dueSoonDays) << '\n'
                  << (s.assessmentSameYearBeforeMonth == 0
                          ? tr("First assessment: the year after identification")
                          : tr("First assessment: the same year when identified before month "
                               "%1, else the year after")
                                .arg(s.assessmentSameYearBeforeMonth))
                  << Qt::endl;
    return Ok;
}

} // namespace cii::cli
