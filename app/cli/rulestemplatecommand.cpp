#include "rulestemplatecommand.h"

#include "rules/ruletemplates.h"

namespace cii::cli {

QString RulesTemplateCommand::name() const
{
    return QStringLiteral("rules template");
}

QString RulesTemplateCommand::summary() const
{
    return tr("Print the shipped template built from the 2016 national determination guide.");
}

void RulesTemplateCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("out"), tr("Write to this file instead of stdout."),
                 QStringLiteral("FILE")});
}

int RulesTemplateCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    return writeOutput(ctx, p, RuleTemplates::nationalGuide2016Json());
}

} // namespace cii::cli
