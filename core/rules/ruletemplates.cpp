#include "ruletemplates.h"

#include "domain/sector.h"
#include "rules/rulesetjson.h"

#include <QFile>

namespace cii {

QByteArray RuleTemplates::nationalGuide2016Json()
{
    QFile f(QStringLiteral(":/rules/national-guide-2016.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Result<RuleSet> RuleTemplates::nationalGuide2016()
{
    return RuleSetJson::fromBytes(nationalGuide2016Json());
}

bool RuleTemplates::hasTemplateTitle(const RuleSet &rules)
{
    static const Result<RuleSet> shipped = nationalGuide2016();
    return shipped && ((!rules.titleZh.isEmpty() && rules.titleZh == shipped->titleZh) ||
                       (!rules.titleEn.isEmpty() && rules.titleEn == shipped->titleEn));
}

bool RuleTemplates::nameForSector(RuleSet &rules)
{
    if (!hasTemplateTitle(rules))
        return false;
    const Sector *sector = Sector::find(rules.sector);
    if (!sector)
        return false;
    const QString field = sector->nameZh.endsWith(QStringLiteral("领域"))
                              ? sector->nameZh
                              : sector->nameZh + QStringLiteral("领域");
    rules.titleZh = QStringLiteral("%1关键信息基础设施认定规则").arg(field);
    rules.titleEn = QStringLiteral("CII identification rules: %1").arg(sector->nameEn);
    return true;
}

} // namespace cii
