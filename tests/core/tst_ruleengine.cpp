#include "domain/indicatorcatalogue.h"
#include "rules/decimal.h"
#include "rules/expression.h"
#include "rules/ruleengine.h"
#include "rules/rulesetcomparison.h"
#include "rules/rulesetjson.h"
#include "rules/ruletemplates.h"

#include <QJsonDocument>
#include <QTest>

using namespace cii;

namespace {

Criterion criterion(const QString &id, const QString &factor, const QString &indicator,
                    const QString &op, const QString &threshold)
{
    Criterion c;
    c.id = id;
    c.factor = factor;
    c.indicator = indicator;
    c.op = op;
    c.threshold = threshold;
    c.textEn = id;
    return c;
}

RuleSet oneCriterion(const QString &op, const QString &threshold)
{
    RuleSet r;
    r.titleZh = QStringLiteral("测试");
    Criterion c = criterion(QStringLiteral("c1"), Factor::Harm, QStringLiteral("people_affected"),
                            op, threshold);
    if (op == QLatin1String("in")) {
        c.set = threshold.split(QLatin1Char('|'));
        c.threshold.clear();
    }
    r.criteria = {c};
    r.expression = QStringLiteral("harm");
    return r;
}

} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT

private slots:
    void decimalsCompareExactly_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("sign");
        QTest::newRow("equal") << "30"
                               << "30.000" << 0;
        QTest::newRow("tenth below") << "29.9"
                                     << "30" << -1;
        QTest::newRow("tiny above") << "30.0000001"
                                    << "30" << 1;
        QTest::newRow("longer whole") << "1000000"
                                      << "999999.99" << 1;
        QTest::newRow("negatives") << "-5"
                                   << "-4" << -1;
        QTest::newRow("minus zero") << "-0"
                                    << "0" << 0;
        QTest::newRow("beyond double precision") << "9007199254740993"
                                                 << "9007199254740992" << 1;
        QTest::newRow("0.1 + 0.2 style") << "0.3"
                                         << "0.30000000000000004" << -1;
    }
    void decimalsCompareExactly()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, sign);
        const int c = Decimal::compare(a, b);
        QCOMPARE(c < 0 ? -1 : (c > 0 ? 1 : 0), sign);
    }

    void comparisonsAtAndAroundTheThreshold_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("threshold");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("outcome");
        const QString T = QStringLiteral("1000000");
        const QString below = QStringLiteral("999999"), above = QStringLiteral("1000001");
        const QString cii = Outcome::Cii, no = Outcome::NotCii;
        // 超过 (more than): >
        QTest::newRow("> just below") << ">" << T << below << no;
        QTest::newRow("> at") << ">" << T << T << no;
        QTest::newRow("> just above") << ">" << T << above << cii;
        // 以上 (at or above): >=
        QTest::newRow(">= just below") << ">=" << T << below << no;
        QTest::newRow(">= at") << ">=" << T << T << cii;
        QTest::newRow(">= just above") << ">=" << T << above << cii;
        QTest::newRow("< just below") << "<" << T << below << cii;
        QTest::newRow("< at") << "<" << T << T << no;
        QTest::newRow("< just above") << "<" << T << above << no;
        QTest::newRow("<= just below") << "<=" << T << below << cii;
        QTest::newRow("<= at") << "<=" << T << T << cii;
        QTest::newRow("<= just above") << "<=" << T << above << no;
        QTest::newRow("= just below") << "=" << T << below << no;
        QTest::newRow("= at") << "=" << T << T << cii;
        QTest::newRow("= just above") << "=" << T << above << no;
        QTest::newRow("decimal >= at") << ">="
                                       << "30"
                                       << "30.0" << cii;
        QTest::newRow("decimal >= just below") << ">="
                                               << "30"
                                               << "29.9" << no;
        QTest::newRow("decimal > just above") << ">"
                                              << "30"
                                              << "30.1" << cii;
        QTest::newRow("in member") << "in"
                                   << "1|2|3"
                                   << "2" << cii;
        QTest::newRow("in not member") << "in"
                                       << "1|2|3"
                                       << "4" << no;
        QTest::newRow("missing value") << ">" << T << "" << Outcome::Insufficient;
    }
    void comparisonsAtAndAroundTheThreshold()
    {
        QFETCH(QString, op);
        QFETCH(QString, threshold);
        QFETCH(QString, value);
        QFETCH(QString, outcome);
        const RuleSet r = oneCriterion(op, threshold);
        QMap<QString, QString> values;
        if (!value.isEmpty())
            values.insert(QStringLiteral("people_affected"), value);
        const RuleEvaluation e = RuleEngine::evaluate(r, QStringLiteral("website"), values);
        QCOMPARE(e.outcome, outcome);
        QCOMPARE(e.trace.size(), 1);
        QCOMPARE(e.trace.at(0).result, value.isEmpty()           ? QStringLiteral("missing")
                                       : outcome == Outcome::Cii ? QStringLiteral("met")
                                                                 : QStringLiteral("not-met"));
    }

    void isTrueReadsBooleans_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("true") << "true" << Outcome::Cii;
        QTest::newRow("false") << "false" << Outcome::NotCii;
        QTest::newRow("missing") << "" << Outcome::Insufficient;
    }
    void isTrueReadsBooleans()
    {
        QFETCH(QString, value);
        QFETCH(QString, outcome);
        RuleSet r;
        r.criteria = {criterion(QStringLiteral("W2"), Factor::Core, QStringLiteral("key_news_site"),
                                QStringLiteral("is-true"), QString())};
        r.expression = QStringLiteral("core");
        QMap<QString, QString> values;
        if (!value.isEmpty())
            values.insert(QStringLiteral("key_news_site"), value);
        QCOMPARE(RuleEngine::evaluate(r, QString(), values).outcome, outcome);
    }

    void missingDataIsInsufficientOnlyWhenItCouldMatter_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("outcome");
        // a: daily_visits > 1000000, b: people_affected > 1000000, combined per mode.
        QTest::newRow("any: one met decides whatever is missing") << "any"
                                                                  << "2000000"
                                                                  << "" << Outcome::Cii;
        QTest::newRow("any: not met and missing") << "any"
                                                  << "10"
                                                  << "" << Outcome::Insufficient;
        QTest::newRow("any: none met") << "any"
                                       << "10"
                                       << "10" << Outcome::NotCii;
        QTest::newRow("all: one not met decides") << "all"
                                                  << "10"
                                                  << "" << Outcome::NotCii;
        QTest::newRow("all: met and missing") << "all"
                                              << "2000000"
                                              << "" << Outcome::Insufficient;
        QTest::newRow("all: both met") << "all"
                                       << "2000000"
                                       << "2000000" << Outcome::Cii;
        QTest::newRow("at-least 2: one met one missing") << "at-least"
                                                         << "2000000"
                                                         << "" << Outcome::Insufficient;
        QTest::newRow("at-least 2: one not met one missing") << "at-least"
                                                             << "10"
                                                             << "" << Outcome::NotCii;
        QTest::newRow("everything missing") << "any"
                                            << ""
                                            << "" << Outcome::Insufficient;
    }
    void missingDataIsInsufficientOnlyWhenItCouldMatter()
    {
        QFETCH(QString, mode);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, outcome);
        RuleSet r;
        r.criteria = {criterion(QStringLiteral("a"), Factor::Harm, QStringLiteral("daily_visits"),
                                QStringLiteral(">"), QStringLiteral("1000000")),
                      criterion(QStringLiteral("b"), Factor::Harm,
                                QStringLiteral("people_affected"), QStringLiteral(">"),
                                QStringLiteral("1000000"))};
        r.factors.insert(Factor::Harm, FactorRule{mode, 2});
        r.expression = QStringLiteral("harm");
        QMap<QString, QString> values;
        if (!a.isEmpty())
            values.insert(QStringLiteral("daily_visits"), a);
        if (!b.isEmpty())
            values.insert(QStringLiteral("people_affected"), b);
        QCOMPARE(RuleEngine::evaluate(r, QString(), values).outcome, outcome);
    }

    void expressionCombinesFactorsAndCriteria()
    {
        RuleSet r;
        r.criteria = {criterion(QStringLiteral("core1"), Factor::Core,
                                QStringLiteral("standard_racks"), QStringLiteral(">"),
                                QStringLiteral("1500")),
                      criterion(QStringLiteral("harm1"), Factor::Harm, QStringLiteral("deaths"),
                                QStringLiteral(">="), QStringLiteral("5")),
                      criterion(QStringLiteral("x1"), Factor::CrossSector,
                                QStringLiteral("dependent_sectors"), QStringLiteral(">="),
                                QStringLiteral("2"))};
        r.expression = QStringLiteral("harm or (core and cross_sector)");
        auto run = [&](const QString &racks, const QString &deaths, const QString &sectors) {
            QMap<QString, QString> v{{QStringLiteral("standard_racks"), racks},
                                     {QStringLiteral("deaths"), deaths},
                                     {QStringLiteral("dependent_sectors"), sectors}};
            return RuleEngine::evaluate(r, QString(), v);
        };
        QCOMPARE(run("2000", "0", "3").outcome, Outcome::Cii);
        QCOMPARE(run("2000", "0", "1").outcome, Outcome::NotCii);
        QCOMPARE(run("100", "5", "0").outcome, Outcome::Cii);
        const RuleEvaluation e = run("2000", "0", "3");
        QCOMPARE(e.decidedBy, QStringList({Factor::Core, Factor::CrossSector}));
        QVERIFY(e.trace.at(0).decisive);
        QVERIFY(!e.trace.at(1).decisive);
        // A criterion id can stand in the expression too.
        r.expression = QStringLiteral("not harm1 and core1");
        QCOMPARE(run("2000", "0", "0").outcome, Outcome::Cii);
        QCOMPARE(run("2000", "9", "0").outcome, Outcome::NotCii);
    }

    void criteriaApplyOnlyToTheirCategories()
    {
        RuleSet r = oneCriterion(QStringLiteral(">"), QStringLiteral("10"));
        r.criteria[0].appliesTo = {QStringLiteral("platform")};
        const QMap<QString, QString> v{{QStringLiteral("people_affected"), QStringLiteral("99")}};
        QCOMPARE(RuleEngine::evaluate(r, QStringLiteral("platform"), v).outcome, Outcome::Cii);
        const RuleEvaluation web = RuleEngine::evaluate(r, QStringLiteral("website"), v);
        QCOMPARE(web.outcome, Outcome::NotCii);
        QCOMPARE(web.trace.at(0).result, QStringLiteral("not-applicable"));
    }

    void expressionErrorsPointAtThePosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << ""
                               << "position 1: the expression is empty";
        QTest::newRow("dangling and") << "harm and"
                                      << "position 9: expected a name or '(' after 'and'";
        QTest::newRow("unclosed") << "(harm or core"
                                  << "position 14: '(' is not closed";
        QTest::newRow("extra close") << "harm)"
                                     << "position 5: ')' has no matching '('";
        QTest::newRow("two names") << "harm core"
                                   << "position 6: expected 'and', 'or' or the end, found 'core'";
        QTest::newRow("symbol")
            << "harm || core"
            << "position 6: '|' is not allowed (use and, or, not and parentheses)";
    }
    void expressionErrorsPointAtThePosition()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<Expression> e = Expression::parse(text);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().message, error);
    }

    void unknownNamesInTheExpressionAreReported()
    {
        RuleSet r = oneCriterion(QStringLiteral(">"), QStringLiteral("1"));
        r.titleZh = QStringLiteral("x");
        r.expression = QStringLiteral("harm or impact");
        const QStringList p = RuleSetJson::problems(r, IndicatorCatalogue::defaults());
        QCOMPARE(
            p, QStringList{QStringLiteral("$.expression: position 9: 'impact' is neither a factor "
                                          "(core, harm, cross_sector) nor a criterion id")});
    }

    void validationNamesEveryProblemWithItsPath()
    {
        const QByteArray json = R"({"format": 1, "title_zh": "规则", "expression": "harm",
            "criteria": [{"id": "c1", "factor": "impact", "indicator": "daily_visits", "op": "gt",
                          "threshold": 5, "text_zh": "x"},
                         {"id": "c2", "factor": "harm", "indicator": "nope", "op": ">",
                          "threshold": "lots", "text_zh": "y"}],
            "tests": [{"name": "t", "values": {"daily_visits": "many"}, "expected": "maybe"}]})";
        const Result<RuleSet> r = RuleSetJson::read(json, IndicatorCatalogue::defaults());
        QVERIFY(!r.ok());
        const QStringList &d = r.error().details;
        QVERIFY2(d.contains(QStringLiteral(
                     "$.criteria[0].factor: 'impact' is not core, harm or cross_sector")),
                 qPrintable(d.join('\n')));
        QVERIFY(d.contains(
            QStringLiteral("$.criteria[0].op: 'gt' is not one of > >= < <= = in is-true")));
        QVERIFY(d.contains(QStringLiteral("$.criteria[1].indicator: unknown indicator 'nope'")));
        QVERIFY(d.contains(QStringLiteral("$.criteria[1].threshold: 'lots' is not a number")));
        QVERIFY(d.contains(QStringLiteral(
            "$.tests[0].expected: 'maybe' is not cii, not-cii or insufficient-data")));
        QVERIFY(d.filter(QStringLiteral("$.tests[0].values.daily_visits")).size() == 1);
        QCOMPARE(d.size(), 6);
    }

    // A hostile rule file cannot exhaust the stack: nesting is bounded with a clear error,
    // flat chains of any length parse and evaluate without recursion.
    void deepNestingIsRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("100 parentheses")
            << QString(100, QLatin1Char('(')) + QStringLiteral("harm") +
                   QString(100, QLatin1Char(')'))
            << true;
        QTest::newRow("101 parentheses")
            << QString(101, QLatin1Char('(')) + QStringLiteral("harm") +
                   QString(101, QLatin1Char(')'))
            << false;
        QTest::newRow("20,000 parentheses")
            << QString(20000, QLatin1Char('(')) + QStringLiteral("harm") +
                   QString(20000, QLatin1Char(')'))
            << false;
        QTest::newRow("200,000 nots")
            << QStringLiteral("not ").repeated(200000) + QStringLiteral("harm") << false;
        QTest::newRow("100 nots") << QStringLiteral("not ").repeated(100) + QStringLiteral("harm")
                                  << true;
    }
    void deepNestingIsRefusedWithAMessage()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const Result<Expression> e = Expression::parse(text);
        QCOMPARE(e.ok(), ok);
        if (!ok)
            QVERIFY2(e.error().message.contains(QStringLiteral("nests deeper than 100 levels")),
                     qPrintable(e.error().message));
    }

    void longFlatChainsParseAndEvaluate()
    {
        const QString orChain =
            QStringLiteral("core or ").repeated(100000) + QStringLiteral("harm");
        const Result<Expression> e = Expression::parse(orChain);
        QVERIFY(e.ok());
        QCOMPARE(e.value().names().size(), 100001);
        const Expression::Evaluation v = e.value().evaluate([](const QString &name) {
            return name == QLatin1String("harm") ? Tri::True : Tri::False;
        });
        QCOMPARE(v.value, Tri::True);
        QCOMPARE(v.decidedBy, QStringList{QStringLiteral("harm")});
        const Result<Expression> a = Expression::parse(
            QStringLiteral("harm and ").repeated(100000) + QStringLiteral("core"));
        QVERIFY(a.ok());
        QCOMPARE(a.value().evaluate([](const QString &) { return Tri::Unknown; }).value,
                 Tri::Unknown);
        // Mixed chains keep precedence: and binds tighter than or.
        const Result<Expression> m =
            Expression::parse(QStringLiteral("core or harm and cross_sector"));
        QVERIFY(m.ok());
        QCOMPARE(m.value()
                     .evaluate([](const QString &n) {
                         return n == QLatin1String("core")   ? Tri::False
                                : n == QLatin1String("harm") ? Tri::True
                                                             : Tri::False;
                     })
                     .value,
                 Tri::False);
        QCOMPARE(m.value().toWords([](const QString &n) { return n; }, QStringLiteral(" & "),
                                   QStringLiteral(" | "), QStringLiteral("!")),
                 QStringLiteral("core | (harm & cross_sector)"));
    }

    // A file wrong in shape and in meaning gets every problem at once.
    void validationReportsShapeAndMeaningTogether()
    {
        const QByteArray json = R"({"format": 1, "title_zh": "规则", "expression": "harm or nope",
            "criteria": [{"id": "c1", "factor": "harm", "indicator": "daily_visits", "op": ">",
                          "threshold": 5, "text_zh": "x", "applies_to": "website"}]})";
        const Result<RuleSet> r = RuleSetJson::read(json, IndicatorCatalogue::defaults());
        QVERIFY(!r.ok());
        const QStringList &d = r.error().details;
        QVERIFY2(d.filter(QStringLiteral("$.criteria[0].applies_to")).size() == 1,
                 qPrintable(d.join('\n')));
        QVERIFY2(d.filter(QStringLiteral("'nope' is neither a factor")).size() == 1,
                 qPrintable(d.join('\n')));
    }

    void malformedJsonIsReported()
    {
        const Result<RuleSet> r = RuleSetJson::fromBytes("{\"format\": 1,");
        QVERIFY(!r.ok());
        QVERIFY(r.error().details.at(0).startsWith(QStringLiteral("$: ")));
    }

    void jsonRoundTripKeepsEverything()
    {
        RuleSet r = oneCriterion(QStringLiteral(">="), QStringLiteral("29.5"));
        r.sector = QStringLiteral("energy");
        r.titleZh = QStringLiteral("能源行业关键信息基础设施认定规则");
        r.titleEn = QStringLiteral("Energy CII identification rules");
        r.notesZh = QStringLiteral("说明");
        r.criteria[0].indicator = QStringLiteral("city_population_share_pct");
        r.criteria[0].appliesTo = {QStringLiteral("website"), QStringLiteral("platform")};
        r.criteria[0].textZh = QStringLiteral("影响人数29.5以上");
        r.criteria << criterion(QStringLiteral("c2"), Factor::Core, QStringLiteral("key_news_site"),
                                QStringLiteral("is-true"), QString());
        Criterion in =
            criterion(QStringLiteral("c3"), Factor::CrossSector,
                      QStringLiteral("dependent_sectors"), QStringLiteral("in"), QString());
        in.set = {QStringLiteral("2"), QStringLiteral("3")};
        r.criteria << in;
        r.factors.insert(Factor::Harm, FactorRule{QStringLiteral("at-least"), 2});
        r.expression = QStringLiteral("harm or (core and cross_sector)");
        r.tests << RuleTest{QStringLiteral("边界"),
                            QStringLiteral("website"),
                            {{QStringLiteral("city_population_share_pct"), QStringLiteral("29.5")},
                             {QStringLiteral("key_news_site"), QStringLiteral("true")}},
                            Outcome::Cii};
        const Result<RuleSet> back =
            RuleSetJson::read(RuleSetJson::toBytes(r), IndicatorCatalogue::defaults());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().details.join('\n')));
        QCOMPARE(back->criteria.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(back->criteria.at(i) == r.criteria.at(i), qPrintable(r.criteria.at(i).id));
        QCOMPARE(back->tests, r.tests);
        QCOMPARE(back->factors, r.factors);
        QCOMPARE(back->expression, r.expression);
        QCOMPARE(back->titleZh, r.titleZh);
        QCOMPARE(RuleSetJson::toBytes(back.value()), RuleSetJson::toBytes(r));
    }

    void nationalTemplateIsSoundAndPassesItsOwnTests()
    {
        const Result<RuleSet> t = RuleTemplates::nationalGuide2016();
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().details.join('\n')));
        QCOMPARE(RuleSetJson::problems(t.value(), IndicatorCatalogue::defaults()), QStringList());
        QVERIFY(t->criteria.size() >= 29);
        QVERIFY(t->tests.size() > 60);
        for (const RuleTestResult &r : RuleEngine::runTests(t.value()))
            QVERIFY2(
                r.pass,
                qPrintable(
                    QStringLiteral("%1: expected %2, got %3").arg(r.name, r.expected, r.actual)));
        // 超过 is strictly more than; 以上 includes the number.
        QCOMPARE(t->criterion(QStringLiteral("W3"))->op, QStringLiteral(">"));
        QCOMPARE(t->criterion(QStringLiteral("W5"))->op, QStringLiteral(">="));
        QCOMPARE(t->criterion(QStringLiteral("B5"))->op, QStringLiteral(">="));
        QCOMPARE(t->criterion(QStringLiteral("B7"))->threshold, QStringLiteral("50000000"));
    }

    void comparisonListsChangedAddedAndRemovedCriteria()
    {
        const RuleSet a = RuleTemplates::nationalGuide2016().value();
        RuleSet b = a;
        b.criteria[2].threshold = QStringLiteral("2000000"); // W3
        b.criteria.removeAt(1);                              // W2
        Criterion extra = a.criteria.at(0);
        extra.id = QStringLiteral("W10");
        b.criteria << extra;
        b.expression = QStringLiteral("harm or core");
        const QVector<RuleChange> changes = RuleSetComparison::compare(a, b);
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.at(0).subject, QStringLiteral("W2"));
        QCOMPARE(changes.at(0).kind, RuleChange::Kind::Removed);
        QCOMPARE(changes.at(1).subject, QStringLiteral("W3"));
        QCOMPARE(changes.at(1).fields, QStringList{QStringLiteral("threshold")});
        QCOMPARE(changes.at(1).after, QStringLiteral("W3 core daily_visits > 2000000 [website]"));
        QCOMPARE(changes.at(2).kind, RuleChange::Kind::Added);
        QCOMPARE(changes.at(3).subject, QStringLiteral("expression"));
        QVERIFY(RuleSetComparison::compare(a, a).isEmpty());
    }

    void testsReportPassAndFail()
    {
        RuleSet r = oneCriterion(QStringLiteral(">"), QStringLiteral("1000000"));
        r.tests = {RuleTest{QStringLiteral("at threshold"),
                            {},
                            {{QStringLiteral("people_affected"), QStringLiteral("1000000")}},
                            Outcome::NotCii},
                   RuleTest{QStringLiteral("wrong"),
                            {},
                            {{QStringLiteral("people_affected"), QStringLiteral("1000001")}},
                            Outcome::NotCii}};
        const auto results = RuleEngine::runTests(r);
        QCOMPARE(results.size(), 2);
        QVERIFY(results.at(0).pass);
        QVERIFY(!results.at(1).pass);
        QCOMPARE(results.at(1).actual, Outcome::Cii);
        QVERIFY(!RuleEngine::allTestsPass(r));
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
