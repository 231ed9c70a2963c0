// Rule-set files as departments exchange them (cli.md "format": 1), read against the default
// indicator catalogue. A file that reads is written back and must read to the same rules; its
// test cases are run by the engine, one by one and compiled, and both must agree.

#include "domain/indicatorcatalogue.h"
#include "fuzzsupport.h"
#include "rules/compiledruleset.h"
#include "rules/ruleengine.h"
#include "rules/rulesetjson.h"

using namespace cii;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QVector<Indicator> &catalogue = IndicatorCatalogue::defaults();
    const Result<RuleSet> r = RuleSetJson::read(fuzz::bytesOf(data, size), catalogue);
    if (!r) {
        fuzz::check(!r.error().message.isEmpty(), "a refusal has a message");
        return 0;
    }
    const RuleSet &rules = r.value();
    const QByteArray written = RuleSetJson::toBytes(rules);
    const Result<RuleSet> again = RuleSetJson::read(written, catalogue);
    fuzz::check(again.ok(), "what toBytes writes reads",
                again.ok() ? QString() : again.error().details.join(QLatin1Char('\n')));
    fuzz::check(RuleSetJson::toBytes(again.value()) == written,
                "toBytes, read, toBytes gives the same file", QString::fromUtf8(written));

    const CompiledRuleSet compiled(rules);
    for (const RuleTest &t : rules.tests) {
        const RuleEvaluation one = RuleEngine::evaluate(rules, t.category, t.values);
        const RuleEvaluation batch = compiled.evaluate(t.category, t.values);
        fuzz::check(Outcome::all().contains(one.outcome), "an outcome is one of three",
                    one.outcome);
        fuzz::check(one.outcome == batch.outcome, "compiled and one-off evaluation agree",
                    t.name + QLatin1String(": ") + one.outcome + QLatin1String(" vs ") +
                        batch.outcome);
    }
    RuleEngine::runTests(rules);
    return 0;
}
