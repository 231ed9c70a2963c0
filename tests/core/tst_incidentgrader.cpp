#include "rules/incidentgrader.h"

#include <QJsonDocument>
#include <QTest>

using namespace cii;

// The grading guide as data and the pure grader: every enabled threshold at and around its
// number (以上 includes the number), disabled criteria never counting, the highest grade
// winning and the trace naming what decided it.
class TestIncidentGrader : public QObject
{
    Q_OBJECT

private:
    static QVector<IncidentCriterion> shipped()
    {
        Result<QVector<IncidentCriterion>> c = IncidentCriterion::shipped();
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        return c.value();
    }
    static const IncidentCriterionTrace *traceOf(const IncidentGrading &g, const QString &key)
    {
        for (const IncidentCriterionTrace &t : g.trace)
            if (t.criterion == key)
                return &t;
        return nullptr;
    }
    // One less than a whole number written as text ("1000000" → "999999").
    static QString oneBelow(const QString &n) { return QString::number(n.toLongLong() - 1); }
    // A fact value that meets the criterion with its own unit: hours for a minutes threshold.
    static QString valueAt(const IncidentCriterion &c, const QString &threshold)
    {
        if (c.unit == QLatin1String("minutes"))
            return QString::number(threshold.toDouble() / 60.0, 'f', 6);
        return threshold;
    }

private slots:
    void shippedGuideParsesAndEveryUnconfirmedFigureIsDisabled()
    {
        const QVector<IncidentCriterion> criteria = shipped();
        QVERIFY(criteria.size() >= 20);
        int unconfirmed = 0;
        for (const IncidentCriterion &c : criteria) {
            QVERIFY2(c.problem().isEmpty(), qPrintable(c.key + QLatin1String(": ") + c.problem()));
            if (c.source == QLatin1String("unconfirmed")) {
                ++unconfirmed;
                QVERIFY2(!c.enabled, qPrintable(c.key));
            }
            // A criterion without its figure cannot count.
            if (c.threshold.isEmpty())
                QVERIFY2(!c.enabled, qPrintable(c.key));
            // The guide's quantitative criteria all read 以上.
            if (!c.qualitative())
                QCOMPARE(c.op, QStringLiteral(">="));
        }
        QVERIFY(unconfirmed > 0);
    }

    void aFileEnablingAnUnconfirmedCriterionIsRefused()
    {
        const QByteArray json = R"({"criteria":[{"key":"x","grade":"large","fact":"views",
            "op":">=","threshold":"1","unit":"times","text_zh":"x","text_en":"x",
            "source":"unconfirmed","enabled":true}]})";
        Result<QVector<IncidentCriterion>> r = IncidentCriterion::parseFile(json);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("criteria[0].enabled")));
    }

    void everyEnabledThresholdIsMetAtItsNumberAndNotOneBelow_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("result");
        for (const IncidentCriterion &c : shipped()) {
            if (!c.enabled || c.qualitative())
                continue;
            const QByteArray k = c.key.toUtf8();
            QTest::addRow("%s at the number", k.constData())
                << c.key << valueAt(c, c.threshold) << QStringLiteral("met");
            QTest::addRow("%s one below", k.constData())
                << c.key << valueAt(c, oneBelow(c.threshold)) << QStringLiteral("not-met");
            QTest::addRow("%s one above", k.constData())
                << c.key << valueAt(c, QString::number(c.threshold.toLongLong() + 1))
                << QStringLiteral("met");
            QTest::addRow("%s a hair below", k.constData())
                << c.key << valueAt(c, oneBelow(c.threshold) + QStringLiteral(".999"))
                << QStringLiteral("not-met");
        }
    }
    void everyEnabledThresholdIsMetAtItsNumberAndNotOneBelow()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, result);
        const QVector<IncidentCriterion> criteria = shipped();
        const auto c = std::find_if(criteria.cbegin(), criteria.cend(),
                                    [&](const IncidentCriterion &x) { return x.key == key; });
        QVERIFY(c != criteria.cend());
        const IncidentGrading g = IncidentGrader::grade(criteria, {{c->fact, value}});
        const IncidentCriterionTrace *t = traceOf(g, key);
        QVERIFY(t);
        QCOMPARE(t->result, result);
        QCOMPARE(t->value, value);
        QCOMPARE(t->threshold, c->threshold);
        // Met, it raises the grade to at least its own.
        if (result == QLatin1String("met"))
            QVERIFY(Incident::gradeRank(g.grade) >= Incident::gradeRank(c->grade));
    }

    // The guide's confirmed and secondary figures, graded end to end: the grade each edge
    // gives and the criterion the trace names.
    void gradeAtTheEdgesOfTheShippedFigures_data()
    {
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QString>("decidedBy");
        const auto row = [](const char *name, const char *fact, const char *value,
                            const char *grade, const char *by) {
            QTest::newRow(name) << QString::fromLatin1(fact) << QString::fromLatin1(value)
                                << QString::fromLatin1(grade) << QString::fromLatin1(by);
        };
        row("PI 999,999: general", "personal-information-records", "999999", "general", "");
        row("PI 1,000,000: large", "personal-information-records", "1000000", "large",
            "la-personal-information");
        row("PI 9,999,999: large", "personal-information-records", "9999999", "large",
            "la-personal-information");
        row("PI 10,000,000: major", "personal-information-records", "10000000", "major",
            "ma-personal-information");
        row("PI 99,999,999: major", "personal-information-records", "99999999", "major",
            "ma-personal-information");
        row("PI 100,000,000: especially major", "personal-information-records", "100000000",
            "especially-major", "em-personal-information");
        row("loss 4,999,999: general", "direct-loss-yuan", "4999999", "general", "");
        row("loss 5,000,000: large", "direct-loss-yuan", "5000000", "large", "la-direct-loss");
        // The major 20 million figure is not confirmed: it ships disabled, so 20 million is
        // still large until the department enables it.
        row("loss 20,000,000: large (major disabled)", "direct-loss-yuan", "20000000", "large",
            "la-direct-loss");
        row("loss 99,999,999: large", "direct-loss-yuan", "99999999", "large", "la-direct-loss");
        row("loss 100,000,000: especially major", "direct-loss-yuan", "100000000",
            "especially-major", "em-direct-loss");
        row("CII outage 5.99 h: general", "cii-outage-hours", "5.99", "general", "");
        row("CII outage 6 h: especially major", "cii-outage-hours", "6", "especially-major",
            "em-cii-outage");
        row("main functions 23.9 h: general", "cii-main-function-outage-hours", "23.9", "general",
            "");
        row("main functions 24 h: especially major", "cii-main-function-outage-hours", "24",
            "especially-major", "em-cii-main-function-outage");
        row("province 49.9%: general", "province-population-share", "49.9", "general", "");
        row("province 50%: especially major", "province-population-share", "50", "especially-major",
            "em-province-population");
        row("people 9,999,999: general", "people-affected", "9999999", "general", "");
        row("people 10,000,000: especially major", "people-affected", "10000000",
            "especially-major", "em-people-affected");
        row("homepage 6 h: especially major", "homepage-defacement-hours", "6", "especially-major",
            "em-homepage-defacement");
        row("other page 23.99 h: general", "other-page-defacement-hours", "23.99", "general", "");
        row("reposts 99,999: general", "reposts", "99999", "general", "");
        row("reposts 100,000: especially major", "reposts", "100000", "especially-major",
            "em-reposts");
        row("views 1,000,000: especially major", "views", "1000000", "especially-major",
            "em-views");
        row("portal 24 h: especially major", "portal-unavailable-hours", "24", "especially-major",
            "em-portal-unavailable");
        row("core data threat asserted", "core-data-threat-especially-serious", "true",
            "especially-major", "em-core-data");
        row("core data threat denied", "core-data-threat-especially-serious", "false", "general",
            "");
        row("important data threat: large", "important-data-threat-serious", "true", "large",
            "la-important-data");
        // The large 10-minute outage figure is not confirmed: disabled.
        row("CII outage 1 h: general (large figure disabled)", "cii-outage-hours", "1", "general",
            "");
    }
    void gradeAtTheEdgesOfTheShippedFigures()
    {
        QFETCH(QString, fact);
        QFETCH(QString, value);
        QFETCH(QString, grade);
        QFETCH(QString, decidedBy);
        const IncidentGrading g = IncidentGrader::grade(shipped(), {{fact, value}});
        QCOMPARE(g.grade, grade);
        QCOMPARE(g.decidingCriterion, decidedBy);
        int decisive = 0;
        for (const IncidentCriterionTrace &t : g.trace)
            if (t.decisive) {
                ++decisive;
                QCOMPARE(t.criterion, decidedBy);
                QCOMPARE(t.result, QStringLiteral("met"));
            }
        QCOMPARE(decisive, decidedBy.isEmpty() ? 0 : 1);
    }

    void disabledCriteriaNeverCount()
    {
        const QVector<IncidentCriterion> criteria = shipped();
        int checked = 0;
        for (const IncidentCriterion &c : criteria) {
            if (c.enabled)
                continue;
            // Far above any figure: if a disabled criterion counted, this would meet it.
            const QString huge =
                c.qualitative() ? QStringLiteral("true") : QStringLiteral("1000000000000");
            QVector<IncidentCriterion> only{c};
            const IncidentGrading g = IncidentGrader::grade(only, {{c.fact, huge}});
            QCOMPARE(g.grade, QStringLiteral("general"));
            QCOMPARE(g.trace.size(), 1);
            QCOMPARE(g.trace.first().result, QStringLiteral("disabled"));
            QVERIFY(!g.trace.first().decisive);
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void anEnabledEditedCriterionCounts()
    {
        QVector<IncidentCriterion> criteria = shipped();
        for (IncidentCriterion &c : criteria)
            if (c.key == QLatin1String("ma-direct-loss"))
                c.enabled = true; // the department confirmed the 20 million figure
        const IncidentGrading g = IncidentGrader::grade(
            criteria, {{QStringLiteral("direct-loss-yuan"), QStringLiteral("20000000")}});
        QCOMPARE(g.grade, QStringLiteral("major"));
        QCOMPARE(g.decidingCriterion, QStringLiteral("ma-direct-loss"));
    }

    void highestGradeWinsWhateverTheOrder()
    {
        QVector<IncidentCriterion> criteria = shipped();
        const QMap<QString, QString> facts{
            {QStringLiteral("personal-information-records"), QStringLiteral("2000000")}, // large
            {QStringLiteral("cii-outage-hours"), QStringLiteral("7")},        // especially major
            {QStringLiteral("direct-loss-yuan"), QStringLiteral("6000000")}}; // large
        const IncidentGrading forward = IncidentGrader::grade(criteria, facts);
        std::reverse(criteria.begin(), criteria.end());
        const IncidentGrading backward = IncidentGrader::grade(criteria, facts);
        for (const IncidentGrading &g : {forward, backward}) {
            QCOMPARE(g.grade, QStringLiteral("especially-major"));
            QCOMPARE(g.decidingCriterion, QStringLiteral("em-cii-outage"));
            QCOMPARE(traceOf(g, QStringLiteral("la-personal-information"))->result,
                     QStringLiteral("met"));
            QVERIFY(!traceOf(g, QStringLiteral("la-personal-information"))->decisive);
        }
    }

    void aFactNotGivenIsMissingNeverNotMet()
    {
        const IncidentGrading g = IncidentGrader::grade(shipped(), {});
        QCOMPARE(g.grade, QStringLiteral("general"));
        QVERIFY(g.decidingCriterion.isEmpty());
        for (const IncidentCriterionTrace &t : g.trace)
            QVERIFY2(t.result == QLatin1String("missing") || t.result == QLatin1String("disabled"),
                     qPrintable(t.criterion + QLatin1String(" ") + t.result));
    }

    // 超过 excludes the number: a department may word a criterion so.
    void strictlyAboveExcludesTheNumber_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("met");
        QTest::newRow(">= at") << ">="
                               << "100" << true;
        QTest::newRow(">= below") << ">="
                                  << "99.99" << false;
        QTest::newRow("> at") << ">"
                              << "100" << false;
        QTest::newRow("> above") << ">"
                                 << "100.01" << true;
        QTest::newRow("not a number") << ">="
                                      << "lots" << false;
    }
    void strictlyAboveExcludesTheNumber()
    {
        QFETCH(QString, op);
        QFETCH(QString, value);
        QFETCH(bool, met);
        IncidentCriterion c;
        c.key = QStringLiteral("x");
        c.grade = QStringLiteral("large");
        c.fact = QStringLiteral("views");
        c.op = op;
        c.threshold = QStringLiteral("100");
        c.unit = QStringLiteral("times");
        c.enabled = true;
        QCOMPARE(IncidentGrader::meets(c, value), met);
    }

    // A figure in minutes (较大: 10 minutes) read against an outage given in hours.
    void minutesThresholdComparesHoursTimesSixty_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<bool>("met");
        QTest::newRow("0.5 h = 30 min") << "0.5" << true;
        QTest::newRow("0.49 h = 29.4 min") << "0.49" << false;
        QTest::newRow("0.1 h = 6 min") << "0.1" << false;
        QTest::newRow("2 h") << "2" << true;
    }
    void minutesThresholdComparesHoursTimesSixty()
    {
        QFETCH(QString, hours);
        QFETCH(bool, met);
        IncidentCriterion c;
        c.key = QStringLiteral("x");
        c.grade = QStringLiteral("large");
        c.fact = QStringLiteral("cii-main-function-outage-hours");
        c.threshold = QStringLiteral("30");
        c.unit = QStringLiteral("minutes");
        QCOMPARE(IncidentGrader::meets(c, hours), met);
    }

    void factsFileRefusesUnknownKeysAndBadValues()
    {
        const QVector<IncidentCriterion> criteria = shipped();
        const QJsonObject good = QJsonDocument::fromJson(
                                     R"({"personal-information-records": 100000000,
                                         "cii-outage-hours": 6.5,
                                         "core-data-threat-especially-serious": true})")
                                     .object();
        Result<QMap<QString, QString>> facts = IncidentGrader::factsFromJson(criteria, good);
        QVERIFY(facts);
        QCOMPARE(facts->value(QStringLiteral("personal-information-records")),
                 QStringLiteral("100000000"));
        QCOMPARE(facts->value(QStringLiteral("cii-outage-hours")), QStringLiteral("6.5"));
        QCOMPARE(facts->value(QStringLiteral("core-data-threat-especially-serious")),
                 QStringLiteral("true"));
        const QJsonObject bad =
            QJsonDocument::fromJson(R"({"cii-outage-hour": 7, "views": -1, "reposts": "many"})")
                .object();
        Result<QMap<QString, QString>> refused = IncidentGrader::factsFromJson(criteria, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().details.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestIncidentGrader)
#include "tst_incidentgrader.moc"
