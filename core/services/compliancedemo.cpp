#include "compliancedemo.h"

#include "storage/caserepository.h"
#include "storage/compliancerepository.h"
#include "storage/deadlinerepository.h"

#include <QRandomGenerator>

#include <algorithm>

namespace cii {

Status ComplianceDemo::populate(Database &db, quint32 seed, const QDate &today)
{
    ComplianceRepository repo(db);
    Result<QSet<qint64>> cii = repo.ciiOperators();
    if (!cii)
        return cii.error();
    QVector<qint64> operators(cii.value().cbegin(), cii.value().cend());
    std::sort(operators.begin(), operators.end());
    QRandomGenerator rng(seed);
    auto chance = [&](int percent) { return int(rng.bounded(100)) < percent; };
    auto monthsAgo = [&](int most) {
        return std::min(
            today, today.addMonths(-int(rng.bounded(most + 1))).addDays(-int(rng.bounded(28))));
    };
    static const char16_t *const surnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨",
                                               u"赵", u"黄", u"周", u"吴", u"徐", u"孙"};
    static const char16_t *const given[] = {u"建国", u"晓明", u"海燕", u"志强", u"丽华", u"伟",
                                            u"静",   u"磊",   u"敏",   u"军",   u"涛",   u"红梅"};
    static const char16_t *const bodies[] = {u"网络安全管理部", u"信息安全中心",
                                             u"网络与信息安全办公室", u"安全保卫部（网络安全处）"};
    auto pick = [&](const auto &list) {
        return QString::fromUtf16(list[rng.bounded(quint32(std::size(list)))]);
    };
    auto person = [&] { return pick(surnames) + pick(given); };

    QVector<ComplianceFact> facts;
    auto add = [&](qint64 op, const char *duty, const QString &value, const QDate &date) {
        ComplianceFact f;
        f.operatorId = op;
        f.duty = QString::fromLatin1(duty);
        f.value = value;
        f.evidenceDate = date;
        facts << f;
    };
    for (qint64 op : operators) {
        const QDate founded = monthsAgo(30);
        if (chance(88))
            add(op, "principal-person", person(), founded);
        if (chance(82))
            add(op, "security-body", pick(bodies), founded);
        if (chance(78))
            add(op, "security-body-head", person(),
                std::min(today, founded.addDays(int(rng.bounded(60)))));
        if (chance(72))
            add(op, "head-background-check",
                chance(94) ? QStringLiteral("yes") : QStringLiteral("no"), monthsAgo(48));
        if (chance(62))
            add(op, "key-staff-background-check", QString::number(3 + rng.bounded(18)),
                monthsAgo(44));
        if (chance(66))
            add(op, "emergency-drill", QStringLiteral("yes"), monthsAgo(18));
        if (chance(70))
            add(op, "budget", QString::number((5 + rng.bounded(46)) * 100000), monthsAgo(10));
        if (chance(76))
            add(op, "staffing", QString::number(chance(6) ? 0 : 2 + rng.bounded(14)),
                monthsAgo(10));
        if (chance(70))
            add(op, "trusted-procurement",
                chance(88) ? QStringLiteral("yes") : QStringLiteral("no"), monthsAgo(12));
        if (chance(58))
            add(op, "supplier-agreements", QString::number(1 + rng.bounded(12)), monthsAgo(12));
    }
    for (const auto &[duty, months] :
         {std::pair{"head-background-check", 36}, std::pair{"key-staff-background-check", 36},
          std::pair{"emergency-drill", 12}})
        if (Status s = repo.savePeriod(QString::fromLatin1(duty), months); !s)
            return s;
    if (!facts.isEmpty())
        if (Result<QVector<qint64>> ids = repo.recordAll(facts, today); !ids)
            return ids.error();

    // Art. 17: this year's assessment of some CII systems, with what it found.
    Result<QVector<SystemCaseRow>> rows = CaseRepository(db).systemsWithLatest();
    if (!rows)
        return rows.error();
    DeadlineRepository deadlines(db);
    for (const SystemCaseRow &r : rows.value()) {
        if (r.decisionInForce != Outcome::Cii || !chance(55))
            continue;
        AssessmentReport a;
        a.systemId = r.systemId;
        a.year = today.year();
        a.received = std::min(today, today.addDays(-int(rng.bounded(40))));
        a.findings = chance(40) ? 0 : 1 + int(rng.bounded(6));
        if (a.findings > 0 && chance(65))
            a.rectification =
                QStringLiteral("已完成 %1 项问题整改，整改报告已报送。").arg(a.findings);
        if (Result<qint64> id = deadlines.addAssessment(a); !id)
            return id.error();
    }
    return {};
}

} // namespace cii
