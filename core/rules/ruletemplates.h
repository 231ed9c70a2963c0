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
};

} // namespace cii
