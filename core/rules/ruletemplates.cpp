#include "ruletemplates.h"

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

} // namespace cii
