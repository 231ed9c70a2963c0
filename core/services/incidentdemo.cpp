#include "incidentdemo.h"

#include "storage/database.h"
#include "storage/incidentrepository.h"
#include "storage/registryrepository.h"

namespace cii {

Status IncidentDemo::populate(Database &db, const QDateTime &now)
{
    RegistryRepository registry(db);
    Result<QVector<OperatorInfo>> operators = registry.operators();
    if (!operators)
        return operators.error();
    if (operators->size() < 4)
        return {};
    IncidentRepository incidents(db);
    // Times to the minute, as reports give them.
    const QDateTime at = now.toUTC().addSecs(-now.time().second());
    auto systemsOf = [&](qint64 operatorId) {
        QVector<qint64> ids;
        if (Result<QVector<SystemInfo>> systems = registry.systems(operatorId); systems)
            for (const SystemInfo &s : systems.value())
                if (ids.size() < 2)
                    ids << s.id;
        return ids;
    };
    auto add = [&](int which, const QString &type, qint64 discoveredAgo, qint64 receivedAgo,
                   const QString &description, const QString &place) -> Result<qint64> {
        Incident i;
        i.operatorId = operators->at(which).id;
        i.systems = systemsOf(i.operatorId);
        i.type = type;
        i.discovered = at.addSecs(-discoveredAgo * 60);
        i.received = at.addSecs(-receivedAgo * 60);
        i.occurred = i.discovered.addSecs(-20 * 60);
        i.description = description;
        i.place = place;
        return incidents.add(i, QStringLiteral("值班员 王工"), now);
    };
    // Just received, not yet graded: the onward half hour runs (12 minutes in).
    Result<qint64> fresh = add(0, QStringLiteral("ransomware"), 40, 12,
                               QStringLiteral("生产调度系统多台服务器文件被加密，攻击者索要赎金。"),
                               QStringLiteral("生产调度中心机房"));
    if (!fresh)
        return fresh.error();
    // Major, reported on to the CAC and the MPS within the half hour.
    Result<qint64> major = add(1, QStringLiteral("data-leak"), 3 * 24 * 60, 3 * 24 * 60 - 45,
                               QStringLiteral("用户数据库遭拖库，涉及约1200万条公民个人信息。"),
                               QStringLiteral("互联网业务平台"));
    if (!major)
        return major.error();
    if (Result<IncidentGrading> g = incidents.propose(
            major.value(),
            {{QStringLiteral("personal-information-records"), QStringLiteral("12000000")}}, now);
        !g)
        return g.error();
    IncidentNarrative narrative;
    narrative.impact = QStringLiteral("约1200万条用户姓名、手机号码泄露。");
    narrative.measures = QStringLiteral("已封堵漏洞、重置口令并通知受影响用户。");
    narrative.nextSteps = QStringLiteral("开展溯源调查，全面排查同类漏洞。");
    if (Status s = incidents.updateNarrative(major.value(), narrative); !s)
        return s;
    IncidentReport onward;
    onward.incidentId = major.value();
    onward.kind = QStringLiteral("onward-report");
    onward.action = QStringLiteral("sent");
    onward.at = at.addSecs(-(3 * 24 * 60 - 65) * 60);
    onward.party = QStringLiteral("国家网信部门、国务院公安部门");
    if (Result<qint64> r = incidents.recordReport(onward, now); !r)
        return r.error();
    if (Status s = incidents.startHandling(major.value()); !s)
        return s;
    // Large, the operator's report 95 minutes after discovery (late: Art. 40), handled and
    // closed; the summary is due.
    Result<qint64> late = add(2, QStringLiteral("ddos"), 10 * 24 * 60, 10 * 24 * 60 - 95,
                              QStringLiteral("门户网站遭受大流量拒绝服务攻击，业务中断。"),
                              QStringLiteral("互联网出口"));
    if (!late)
        return late.error();
    if (Status s =
            incidents.decideGrade(late.value(), QStringLiteral("large"),
                                  QStringLiteral("经电话研判，直接经济损失约600万元。"), now);
        !s)
        return s;
    if (Status s = incidents.close(late.value(), at.addSecs(-6 * 24 * 3600), now); !s)
        return s;
    // General: recorded, no report due.
    Result<qint64> general =
        add(3, QStringLiteral("malware"), 5 * 24 * 60, 5 * 24 * 60 - 30,
            QStringLiteral("办公终端感染木马，已隔离清除。"), QStringLiteral("办公网"));
    if (!general)
        return general.error();
    if (Result<IncidentGrading> g = incidents.propose(general.value(), {}, now); !g)
        return g.error();
    return {};
}

} // namespace cii
