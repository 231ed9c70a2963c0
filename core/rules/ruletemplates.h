#pragma once

#include "result.h"
#include "rules/ruleset.h"

#include <QByteArray>

namespace cii {

// Rule sets shipped with the application as starting points.
class RuleTemplates
{
public:
    // Built from the 2016 national CII determination guide; see its notes for sources.
    static QByteArray nationalGuide2016Json();
    static Result<RuleSet> nationalGuide2016();
    // The template describes itself ("…template from the 2016 guide"): that title must never
    // become the department's rules' title in documents sent out. A rule set still carrying
    // it is named for its sector, "能源领域关键信息基础设施认定规则", until the department
    // renames it. Returns whether the title was replaced.
    static bool nameForSector(RuleSet &rules);
    static bool hasTemplateTitle(const RuleSet &rules);
};

} // namespace cii
