#include "demogenerator.h"

#include "rules/ruletemplates.h"
#include "services/identifier.h"
#include "services/incidentdemo.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/deadlinerepository.h"
#include "storage/inspectionrepository.h"
#include "storage/rulesetrepository.h"

#include "domain/sector.h"
#include "domain/uscc.h"

#include <QSet>
#include <QtMath>

namespace cii {
namespace {

struct Term
{
    QString zh;
    QString en;
};

Term t(const char *zh, const char *en)
{
    return {QString::fromUtf8(zh), QString::fromUtf8(en)};
}

struct Region
{
    Term name;
    QString code; // administrative division code, 6 digits
};

const QVector<Region> &regions()
{
    static const QVector<Region> list = {
        {t("北京", "Beijing"), QStringLiteral("110105")},
        {t("上海", "Shanghai"), QStringLiteral("310115")},
        {t("广州", "Guangzhou"), QStringLiteral("440106")},
        {t("深圳", "Shenzhen"), QStringLiteral("440305")},
        {t("杭州", "Hangzhou"), QStringLiteral("330106")},
        {t("成都", "Chengdu"), QStringLiteral("510107")},
        {t("武汉", "Wuhan"), QStringLiteral("420106")},
        {t("西安", "Xi'an"), QStringLiteral("610113")},
        {t("南京", "Nanjing"), QStringLiteral("320106")},
        {t("天津", "Tianjin"), QStringLiteral("120101")},
        {t("重庆", "Chongqing"), QStringLiteral("500103")},
        {t("长沙", "Changsha"), QStringLiteral("430104")},
        {t("郑州", "Zhengzhou"), QStringLiteral("410105")},
        {t("济南", "Jinan"), QStringLiteral("370102")},
        {t("沈阳", "Shenyang"), QStringLiteral("210102")},
        {t("福州", "Fuzhou"), QStringLiteral("350102")},
    };
    return list;
}

const QVector<Term> &brands()
{
    static const QVector<Term> list = {
        t("华信", "Huaxin"),     t("中联", "Zhonglian"), t("国泰", "Guotai"),
        t("新源", "Xinyuan"),    t("恒通", "Hengtong"),  t("东方", "Dongfang"),
        t("长城", "Changcheng"), t("瑞达", "Ruida"),     t("远景", "Yuanjing"),
        t("天元", "Tianyuan"),   t("金桥", "Jinqiao"),   t("海润", "Hairun"),
        t("博远", "Boyuan"),     t("安泰", "Antai"),     t("宏达", "Hongda"),
        t("星云", "Xingyun"),
    };
    return list;
}

QVector<Term> sectorWords(const QString &sector)
{
    if (sector == QLatin1String("telecom"))
        return {t("通信", "Telecom"), t("信息技术", "Information Technology"), t("数据", "Data")};
    if (sector == QLatin1String("energy"))
        return {t("电力", "Power"), t("能源", "Energy"), t("燃气", "Gas"), t("石油", "Petroleum")};
    if (sector == QLatin1String("transport"))
        return {t("交通", "Transport"), t("航空", "Aviation"), t("轨道交通", "Rail Transit")};
    if (sector == QLatin1String("water"))
        return {t("水务", "Water"), t("供水", "Water Supply")};
    if (sector == QLatin1String("finance"))
        return {t("银行", "Bank"), t("证券", "Securities"), t("保险", "Insurance"),
                t("支付", "Payment")};
    if (sector == QLatin1String("public-services"))
        return {t("医疗", "Healthcare"), t("公共服务", "Public Services")};
    if (sector == QLatin1String("e-government"))
        return {t("政务云", "E-Government Cloud"), t("数字政务", "Digital Government")};
    if (sector == QLatin1String("defence-industry"))
        return {t("精密制造", "Precision Manufacturing"), t("航天科技", "Aerospace Technology")};
    return {t("科技", "Technology")};
}

const QVector<Term> &suffixes()
{
    static const QVector<Term> list = {t("股份有限公司", "Co., Ltd."), t("有限公司", "Co., Ltd."),
                                       t("集团有限公司", "Group Co., Ltd.")};
    return list;
}

QVector<Term> systemNames(const QString &category, const QString &sector)
{
    if (category == QLatin1String("website"))
        return {t("门户网站", "portal website"), t("网上服务大厅", "online service hall"),
                t("信息公开网站", "public information website")};
    if (category == QLatin1String("platform"))
        return {t("移动客户端", "mobile app"), t("网上交易平台", "online trading platform"),
                t("客户服务平台", "customer service platform"), t("云服务平台", "cloud platform")};
    if (category == QLatin1String("production")) {
        if (sector == QLatin1String("energy"))
            return {t("调度自动化系统", "dispatch automation system"),
                    t("SCADA监控系统", "SCADA supervisory system")};
        if (sector == QLatin1String("finance"))
            return {t("核心业务系统", "core business system"),
                    t("支付清算系统", "payment clearing system")};
        if (sector == QLatin1String("transport"))
            return {t("票务系统", "ticketing system"),
                    t("信号控制系统", "signalling control system")};
        if (sector == QLatin1String("water"))
            return {t("供水调度系统", "water supply dispatch system")};
        return {t("生产管理系统", "production management system"), t("数据中心", "data centre")};
    }
    return {t("办公系统", "office system"), t("数据分析系统", "data analysis system")};
}

// The guide's criteria per category: indicator and threshold (0 for yes/no indicators).
struct Measure
{
    const char *key;
    qint64 threshold;
};

QVector<Measure> measures(const QString &category)
{
    const QVector<Measure> harms = {{"sensitive_org_data_leak", 0},
                                    {"national_basic_data_leak", 0},
                                    {"serious_public_harm", 0},
                                    {"dependent_sectors", 2}};
    QVector<Measure> m;
    if (category == QLatin1String("website"))
        m = {{"gov_site_level_county_plus", 0}, {"key_news_site", 0},
             {"daily_visits", 1000000},         {"people_affected", 1000000},
             {"city_population_share_pct", 30}, {"personal_info_records", 1000000}};
    else if (category == QLatin1String("platform"))
        m = {{"registered_users", 10000000},      {"daily_active_users", 1000000},
             {"daily_transaction_cny", 10000000}, {"direct_loss_cny", 10000000},
             {"people_affected", 10000000},       {"personal_info_records", 1000000}};
    else if (category == QLatin1String("production"))
        m = {{"city_critical_service", 0},
             {"standard_racks", 1500},
             {"city_population_share_pct", 30},
             {"utility_people_affected", 100000},
             {"deaths", 5},
             {"serious_injuries", 50},
             {"direct_loss_cny", 50000000},
             {"personal_info_records", 1000000}};
    else
        m = {{"people_affected", 1000000},
             {"personal_info_records", 1000000},
             {"direct_loss_cny", 10000000}};
    return m + harms;
}

} // namespace

QString DemoGenerator::aroundThreshold(qint64 threshold)
{
    const int roll = int(m_rng.bounded(100));
    qint64 v;
    if (roll < 8)
        v = threshold; // exactly at the boundary: 超过 and 以上 differ here
    else if (roll < 12)
        v = threshold + 1;
    else if (roll < 16)
        v = threshold - 1;
    else // log-uniform from threshold/20 to threshold*4: most below, some well above
        v = qint64(double(threshold) * qExp(m_rng.generateDouble() * 4.382 - 2.996));
    return QString::number(qMax<qint64>(0, v));
}

OperatorInfo DemoGenerator::makeOperator(QSet<QString> &codes, QSet<QString> &names)
{
    static const QString chars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    const QVector<Sector> &sectors = Sector::all();
    // Most operators sit in the big sectors; "other" is rare.
    const Sector &sector = sectors.at(int(m_rng.bounded(sectors.size() - (chance(90) ? 1 : 0))));
    const Region &region = pickFrom(regions());
    OperatorInfo o;
    o.sector = sector.key;
    o.region = region.name.zh;
    for (int attempt = 0;; ++attempt) {
        const Term &brand = pickFrom(brands());
        const Term word = pickFrom(sectorWords(sector.key));
        const Term &suffix = pickFrom(suffixes());
        o.nameZh = region.name.zh + brand.zh + word.zh + suffix.zh;
        o.nameEn = QStringLiteral("%1 %2 %3 %4").arg(region.name.en, brand.en, word.en, suffix.en);
        if (attempt > 8) {
            const QString n = QString::number(attempt);
            o.nameZh = region.name.zh + brand.zh + n + word.zh + suffix.zh;
            o.nameEn = QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(region.name.en, brand.en, n, word.en, suffix.en);
        }
        if (!names.contains(o.nameZh))
            break;
    }
    names.insert(o.nameZh);
    do {
        QString code = QStringLiteral("91") + region.code;
        for (int i = 0; i < 9; ++i)
            code += chars.at(int(m_rng.bounded(chars.size())));
        o.uscc = code + Uscc::checkCharacter(code);
    } while (codes.contains(o.uscc));
    codes.insert(o.uscc);
    static const QVector<Term> people = {t("王伟", ""), t("李娜", ""), t("张敏", ""),
                                         t("刘洋", ""), t("陈静", ""), t("杨磊", ""),
                                         t("赵强", ""), t("黄丽", "")};
    o.contactName = pickFrom(people).zh;
    o.contactPhone = QStringLiteral("010-%1").arg(60000000 + int(m_rng.bounded(39999999)));
    o.contactEmail = QStringLiteral("security%1@example.cn").arg(codes.size());
    return o;
}

SystemRecord DemoGenerator::makeSystem(const OperatorInfo &op, int operatorIndex)
{
    SystemRecord rec;
    SystemInfo &s = rec.system;
    s.operatorId = operatorIndex;
    const int roll = int(m_rng.bounded(100));
    s.category = roll < 30   ? QStringLiteral("website")
                 : roll < 55 ? QStringLiteral("platform")
                 : roll < 90 ? QStringLiteral("production")
                             : QStringLiteral("other");
    const Term kind = pickFrom(systemNames(s.category, op.sector));
    // The operator's name without the legal-form suffix, then the kind of system.
    QString shortName = op.nameZh;
    for (const Term &suffix : suffixes())
        if (shortName.endsWith(suffix.zh))
            shortName.chop(suffix.zh.size());
    s.name = shortName + kind.zh;
    s.description = QStringLiteral("The %1 of %2").arg(kind.en, op.nameEn);
    if (!s.description.endsWith(QLatin1Char('.')))
        s.description += QLatin1Char('.');
    s.mlpsLevel = s.category == QLatin1String("production") ? 3 + int(m_rng.bounded(2))
                  : s.category == QLatin1String("website")  ? 2 + int(m_rng.bounded(2))
                                                            : 3;
    s.status = chance(95) ? QStringLiteral("in-service")
                          : (chance(50) ? QStringLiteral("planned") : QStringLiteral("retired"));
    addValues(rec);
    return rec;
}

void DemoGenerator::addValues(SystemRecord &rec)
{
    const QDate start(2025, 1, 1);
    for (const Measure &m : measures(rec.system.category)) {
        if (chance(6))
            continue; // not reported: identification will say "insufficient data"
        IndicatorValue v;
        v.key = QString::fromLatin1(m.key);
        if (m.threshold == 0) {
            v.value = chance(7) ? QStringLiteral("true") : QStringLiteral("false");
        } else if (v.key == QLatin1String("city_population_share_pct")) {
            const qint64 tenths = aroundThreshold(300).toLongLong(); // per mille, one decimal
            v.value = tenths % 10 == 0 ? QString::number(tenths / 10)
                                       : QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
            if (tenths >= 1000)
                v.value = QStringLiteral("100");
        } else {
            v.value = aroundThreshold(m.threshold);
        }
        v.reportedOn = start.addDays(int(m_rng.bounded(540)));
        rec.values << v;
    }
}

DemoGenerator::Data DemoGenerator::generate(int operators, int systems)
{
    Data d;
    QSet<QString> codes;
    QSet<QString> names;
    d.operators.reserve(operators);
    for (int i = 0; i < operators; ++i)
        d.operators << makeOperator(codes, names);
    if (operators == 0)
        return d;
    d.systems.reserve(systems);
    for (int i = 0; i < systems; ++i) {
        // Every operator gets a system before any gets a second one.
        const int index = i < operators ? i : int(m_rng.bounded(operators));
        d.systems << makeSystem(d.operators.at(index), index);
    }
    return d;
}

Status DemoGenerator::populate(RegistryRepository &repo, quint32 seed, int operators, int systems)
{
    Data d = DemoGenerator(seed).generate(operators, systems);
    Result<QVector<qint64>> ids = repo.insertOperators(d.operators);
    if (!ids)
        return ids.error();
    for (SystemRecord &r : d.systems)
        r.system.operatorId = ids.value().at(int(r.system.operatorId));
    Result<QVector<qint64>> systemIds = repo.insertSystems(d.systems);
    if (!systemIds)
        return systemIds.error();
    return {};
}

Status DemoGenerator::populateReports(Database &db, quint32 seed, const QDate &today, int percent)
{
    QRandomGenerator rng(seed ^ 0x5eedu);
    RegistryRepository registry(db);
    DeadlineRepository deadlines(db);
    Result<QVector<OperatorInfo>> operators = registry.operators();
    if (!operators)
        return operators.error();
    const QStringList changes = {QStringLiteral("核心业务系统迁移至新建数据中心"),
                                 QStringLiteral("核心网络架构调整，新增异地灾备"),
                                 QStringLiteral("用户规模大幅增长，新增对外服务接口"),
                                 QStringLiteral("运维外包服务商变更")};
    const QStringList happenings = {
        QStringLiteral("勒索软件攻击导致部分业务中断"),
        QStringLiteral("发现针对核心系统的高级持续性威胁"), QStringLiteral("与同行业企业合并重组"),
        QStringLiteral("分立出独立的数据服务公司"), QStringLiteral("子公司解散，相关系统移交")};
    for (const OperatorInfo &op : operators.value()) {
        const int roll = int(rng.bounded(100));
        if (roll >= percent)
            continue;
        Result<QVector<SystemInfo>> systems = registry.systems(op.id);
        if (!systems)
            return systems.error();
        if (systems.value().isEmpty())
            continue;
        if (roll < percent * 2 / 3) {
            ChangeReport r;
            r.operatorId = op.id;
            r.systemIds << systems.value().at(int(rng.bounded(systems.value().size()))).id;
            r.received = today.addDays(-int(rng.bounded(160)));
            r.description = changes.at(int(rng.bounded(changes.size())));
            if (Result<qint64> id = deadlines.addChangeReport(r); !id)
                return id.error();
        } else {
            OperatorEvent e;
            e.operatorId = op.id;
            const int k = int(rng.bounded(happenings.size()));
            e.kind = OperatorEvent::kinds().at(k);
            e.description = happenings.at(k);
            e.occurred = today.addDays(-int(rng.bounded(120)));
            e.followUpDue = e.occurred.addDays(30 + int(rng.bounded(60)));
            Result<qint64> id = deadlines.addEvent(e);
            if (!id)
                return id.error();
            if (e.followUpDue < today && rng.bounded(2) == 0) {
                if (Status closed = deadlines.closeEvent(
                        id.value(), e.followUpDue.addDays(-int(rng.bounded(10))));
                    !closed)
                    return closed;
            }
        }
    }
    return {};
}

Status DemoGenerator::populateShowcase(Database &db, quint32 seed)
{
    RegistryRepository registry(db);
    if (Status s = populate(registry, seed, 60, 400); !s)
        return s;
    if (Status s = populateReports(db, seed, QDate::currentDate(), 30); !s)
        return s;
    if (Status s = populateInspections(db, seed, 120, QDate::currentDate().year()); !s)
        return s;
    if (Status s = IncidentDemo::populate(db, QDateTime::currentDateTimeUtc()); !s)
        return s;
    Result<RuleSet> rules = RuleTemplates::nationalGuide2016();
    if (!rules)
        return rules.error();
    RuleSetRepository rulesets(db);
    for (const Sector &sector : Sector::all()) {
        RuleSet r = rules.value();
        r.sector = sector.key;
        Result<qint64> id = rulesets.importAsDraft(r);
        if (!id)
            return id.error();
        if (Status s = rulesets.file(id.value(), QStringLiteral("DEMO-%1").arg(sector.key),
                                     QDate::currentDate());
            !s)
            return s;
    }
    Result<IdentificationSummary> run = Identifier::run(db, IdentificationRequest{});
    if (!run)
        return run.error();
    // Confirm the first 40 results the engine could decide, as a regulator would.
    CaseRepository cases(db);
    CaseFilter filter;
    filter.runId = run.value().runId;
    Result<QVector<IdentificationCase>> list = cases.list(filter);
    if (!list)
        return list.error();
    int confirmed = 0;
    for (const IdentificationCase &c : list.value()) {
        if (confirmed == 40)
            break;
        if (c.outcome == Outcome::Insufficient)
            continue;
        if (Status s = cases.decide(c.id, {}, {}); !s)
            return s;
        ++confirmed;
    }
    return {};
}

Status DemoGenerator::populateInspections(Database &db, quint32 seed, int count, int year)
{
    if (count <= 0)
        return {};
    QRandomGenerator rng(seed ^ 0x1a5bu);
    RegistryRepository registry(db);
    Result<QVector<OperatorInfo>> operators = registry.operators();
    if (!operators)
        return operators.error();
    if (operators.value().isEmpty())
        return Error::input(tr("inspections need operators; add some first"));
    Result<QVector<SystemInfo>> systems = registry.systems();
    if (!systems)
        return systems.error();
    QHash<qint64, QVector<qint64>> systemsOf;
    for (const SystemInfo &s : systems.value())
        systemsOf[s.operatorId] << s.id;
    const QStringList departments = {QStringLiteral("own"),     QStringLiteral("own"),
                                     QStringLiteral("mps"),     QStringLiteral("state-security"),
                                     QStringLiteral("secrecy"), QStringLiteral("cryptography"),
                                     QStringLiteral("cac")};
    const QStringList teams = {QStringLiteral("网络安全检查组一组"),
                               QStringLiteral("网络安全检查组二组"), QStringLiteral("技术检测组"),
                               QStringLiteral("联合检查组")};
    const QDate first(year, 1, 1);
    const int days = first.daysInYear();
    QVector<Inspection> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        const OperatorInfo &op = operators.value().at(int(rng.bounded(operators.value().size())));
        Inspection in;
        in.operatorId = op.id;
        in.lead = departments.at(int(rng.bounded(departments.size())));
        in.kind = Inspection::kinds().at(int(rng.bounded(Inspection::kinds().size())));
        in.start = first.addDays(rng.bounded(days - 10));
        in.end = in.start.addDays(rng.bounded(5));
        if (rng.bounded(3) == 0) {
            const QString p = departments.at(2 + int(rng.bounded(departments.size() - 2)));
            if (p != in.lead)
                in.participants << p;
        }
        const QVector<qint64> &own = systemsOf.value(op.id);
        if (!own.isEmpty())
            in.systems << own.at(int(rng.bounded(own.size())));
        in.team = teams.at(int(rng.bounded(teams.size())));
        in.status = in.start < QDate::currentDate() ? QStringLiteral("completed")
                                                    : QStringLiteral("planned");
        list << in;
    }
    Result<QVector<qint64>> ids = InspectionRepository(db).addAll(list);
    if (!ids)
        return ids.error();
    return {};
}

} // namespace cii
