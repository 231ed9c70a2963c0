#include "i18n/displaynames.h"
#include "i18n/language.h"

#include <QTest>

using namespace cii;

// Keys become names in the current language, and dates have one format per language.
class TestDisplayNames : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::apply(QStringLiteral("en")); }

    void keysReadAsNamesInBothLanguages()
    {
        Language::apply(QStringLiteral("en"));
        QCOMPARE(DisplayNames::sector(QStringLiteral("public-services")),
                 QStringLiteral("Public services"));
        QCOMPARE(DisplayNames::indicator(QStringLiteral("personal_info_records")),
                 QStringLiteral("Personal information records at risk"));
        QCOMPARE(DisplayNames::auditAction(QStringLiteral("set-indicator")),
                 QStringLiteral("Indicator value set"));
        QCOMPARE(
            DisplayNames::auditRecord(QStringLiteral("system"), QStringLiteral("7/daily_visits")),
            QStringLiteral("System 7 · Average daily visits"));
        Language::apply(QStringLiteral("zh"));
        QCOMPARE(DisplayNames::sector(QStringLiteral("public-services")),
                 QStringLiteral("公共服务"));
        QCOMPARE(DisplayNames::indicator(QStringLiteral("personal_info_records")),
                 QStringLiteral("可能泄露个人信息数量"));
        QCOMPARE(DisplayNames::auditAction(QStringLiteral("file")), QStringLiteral("备案"));
        QCOMPARE(DisplayNames::auditRecord(QStringLiteral("department"), QStringLiteral("own")),
                 QStringLiteral("部门 本部门"));
        // A key this program has no name for is shown as it is (a newer program wrote it).
        QCOMPARE(DisplayNames::auditAction(QStringLiteral("frobnicate")),
                 QStringLiteral("frobnicate"));
    }

    void conditionsAndUnitsInTheCurrentLanguage()
    {
        Language::apply(QStringLiteral("en"));
        QCOMPARE(DisplayNames::condition(QStringLiteral(">="), QStringLiteral("1000000"),
                                         QStringLiteral("人次")),
                 QStringLiteral("at or above 1,000,000 visits"));
        QCOMPARE(DisplayNames::condition(QStringLiteral(">"), QStringLiteral("1500"),
                                         QStringLiteral("个")),
                 QStringLiteral("more than 1,500"));
        QCOMPARE(DisplayNames::condition(QStringLiteral("is-true"), {}, {}),
                 QStringLiteral("is yes"));
        QCOMPARE(DisplayNames::unit(QStringLiteral("元")), QStringLiteral("yuan"));
        Language::apply(QStringLiteral("zh"));
        QCOMPARE(DisplayNames::condition(QStringLiteral(">="), QStringLiteral("1000000"),
                                         QStringLiteral("人次")),
                 QStringLiteral("1,000,000 人次以上（含本数）"));
        QCOMPARE(DisplayNames::unit(QStringLiteral("元")), QStringLiteral("元"));
        QCOMPARE(DisplayNames::ruleOperator(QStringLiteral(">=")), QStringLiteral("≥ 以上"));
        QCOMPARE(DisplayNames::unitInEnglish(QStringLiteral("元")), QStringLiteral("yuan"));
    }

    void templateTestNamesReadInEnglish()
    {
        Language::apply(QStringLiteral("en"));
        QCOMPARE(DisplayNames::testCaseName(QStringLiteral("W3 恰好等于阈值（1000000）")),
                 QStringLiteral("W3 exactly at the threshold (1000000)"));
        QCOMPARE(DisplayNames::testCaseName(QStringLiteral("B10 为是")),
                 QStringLiteral("B10 is yes"));
        QCOMPARE(DisplayNames::testCaseName(QStringLiteral("没有任何数据：数据不足")),
                 QStringLiteral("No data at all: insufficient data"));
        // A name the department typed is data.
        QCOMPARE(DisplayNames::testCaseName(QStringLiteral("我的测试")),
                 QStringLiteral("我的测试"));
        Language::apply(QStringLiteral("zh"));
        QCOMPARE(DisplayNames::testCaseName(QStringLiteral("B10 为是")),
                 QStringLiteral("B10 为是"));
    }

    void auditChangesReadInWords()
    {
        Language::apply(QStringLiteral("en"));
        const QString before =
            QStringLiteral("{\"name_zh\":\"甲公司\",\"sector\":\"energy\",\"region\":\"福州\"}");
        const QString after =
            QStringLiteral("{\"name_zh\":\"甲公司\",\"sector\":\"finance\",\"region\":\"福州\"}");
        QCOMPARE(DisplayNames::auditSummary(QStringLiteral("update"), before, after),
                 QStringLiteral("Sector: Energy → Finance"));
        // The list reads only the head of a record: what is complete of it at the top level.
        const QString head = QStringLiteral("{\"criteria\":[{\"indicator\":\"daily_visits\",\"op\":"
                                            "\">=\"}],\"status\":\"filed\",\"title_zh\":\"认定规");
        const QString summary = DisplayNames::auditSummary(QStringLiteral("create"), {}, head);
        QCOMPARE(summary, QStringLiteral("Status: Filed"));
        const QString details = DisplayNames::auditDetails(
            QStringLiteral("set-indicator"), {},
            QStringLiteral("{\"value\":\"1200000\",\"reported_on\":\"2026-03-01\"}"));
        QVERIFY2(details.contains(QStringLiteral("Value: 1,200,000")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Reported on: 2026-03-01")), qPrintable(details));
        QVERIFY(!details.contains(QStringLiteral("{\"")));
    }

    void datesAreIsoInTheGuiInBothLanguages()
    {
        const QDate d(2026, 9, 24);
        for (const char *lang : {"en", "zh"}) {
            Language::apply(QString::fromLatin1(lang));
            QCOMPARE(DisplayNames::date(d), QStringLiteral("2026-09-24"));
            QCOMPARE(DisplayNames::dateTime(QDateTime(d, QTime(14, 5)).toUTC()),
                     QStringLiteral("2026-09-24 14:05"));
        }
        Language::apply(QStringLiteral("zh"));
        QCOMPARE(DisplayNames::month(9), QStringLiteral("9月"));
        Language::apply(QStringLiteral("en"));
        QCOMPARE(DisplayNames::month(9), QStringLiteral("Sept")); // en-GB
    }
};

QTEST_MAIN(TestDisplayNames)
#include "tst_displaynames.moc"
