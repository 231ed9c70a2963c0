#include "verifyauditcommand.h"

#include "storage/auditlog.h"

#include <QJsonObject>

namespace cii::cli {

QString VerifyAuditCommand::name() const
{
    return QStringLiteral("verify-audit");
}

QString VerifyAuditCommand::summary() const
{
    return tr("Check the audit log's hash chain; names the first broken record.");
}

void VerifyAuditCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("anchor"),
                 tr("Also prove the log still holds this record unchanged: ID:HASH as printed "
                    "at the foot of a numbered document (the record id and the first hex digits "
                    "of its hash)."),
                 QStringLiteral("ID:HASH")});
}

int VerifyAuditCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 anchorId = 0;
    QString anchorHash;
    const bool withAnchor = p.isSet(QStringLiteral("anchor"));
    if (withAnchor &&
        !AuditLog::parseAnchor(p.value(QStringLiteral("anchor")), &anchorId, &anchorHash))
        return ctx.usage(tr("--anchor takes ID:HASH, e.g. 1234:89abcdef01234567"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<AuditVerification> v = AuditLog::verify(*db);
    if (!v)
        return ctx.fail(v.error());
    AuditLog::AnchorCheck anchor;
    if (withAnchor) {
        Result<AuditLog::AnchorCheck> a = AuditLog::checkAnchor(*db, anchorId, anchorHash);
        if (!a)
            return ctx.fail(a.error());
        anchor = a.value();
    }
    // The store opened read-only because its log lost records this workstation wrote.
    const bool headKept = db->auditProblem().isEmpty();
    const bool ok = v->ok && headKept && (!withAnchor || anchor.matches);
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("ok"), ok},
                      {QStringLiteral("records"), v->records},
                      {QStringLiteral("first_broken"),
                       v->ok ? QJsonValue(QJsonValue::Null) : QJsonValue(v->firstBroken)}};
        if (withAnchor)
            o.insert(QStringLiteral("anchor"),
                     QJsonObject{{QStringLiteral("id"), anchorId},
                                 {QStringLiteral("found"), anchor.found},
                                 {QStringLiteral("matches"), anchor.matches}});
        if (!headKept)
            o.insert(QStringLiteral("problem"), db->auditProblem());
        ctx.printJson(o);
    } else {
        QTextStream &o = ctx.out();
        if (v->ok)
            o << tr("Audit log intact: %n record(s).", nullptr, int(v->records)) << '\n';
        else
            o << tr("Audit log BROKEN at record %1: %2").arg(v->firstBroken).arg(v->reason) << '\n';
        if (!headKept)
            o << tr("Audit log BROKEN: %1").arg(db->auditProblem()) << '\n';
        if (withAnchor)
            o << (anchor.matches ? tr("Anchor %1: the log holds this record unchanged.")
                  : anchor.found ? tr("Anchor %1: record found but its hash DIFFERS: the log was "
                                      "rewritten.")
                                 : tr("Anchor %1: NO such record: the log was cut off."))
                     .arg(p.value(QStringLiteral("anchor")))
              << '\n';
        o.flush();
    }
    // A broken chain is a finding about the store, not a failure to run.
    return ok ? Ok : StorageError;
}

} // namespace cii::cli
