#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include "teststore.h"

// The holiday calendar from the command line: the shipped years are in every new store, a new
// year's arrangement is imported (all rows or none), and deadlines carry due, last_day, basis,
// statutory and calendar_missing as cli.md lists them.
class TestCalendarCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = CliRun;
    Run cli(const QStringList &args) { return CliRun::on(m_db, args); }
    static QJsonObject json(const Run &r) { return r.json(); }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    QJsonObject reidentificationItem()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("deadlines"),
                           QStringLiteral("--today"), QStringLiteral("2026-12-01"),
                           QStringLiteral("--kind"), QStringLiteral("reidentification")});
        const QJsonArray items = json(r).value(QStringLiteral("items")).toArray();
        return items.isEmpty() ? QJsonObject() : items.at(0).toObject();
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        m_db = TestStore::location(m_dir, QStringLiteral("store.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"),
                      QStringLiteral("--operators"), QStringLiteral("3"),
                      QStringLiteral("--systems"), QStringLiteral("6")})
                     .code,
                 0);
    }

    void aNewStoreHoldsTheConfirmedYears()
    {
        const Run r =
            cli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("list"),
                 QStringLiteral("--year"), QStringLiteral("2026")});
        QCOMPARE(r.code, 0);
        const QJsonArray days = json(r).value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 39); // 2026: 33 days off, 6 make-up working days
        const QJsonObject first = days.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("holiday"));
        QCOMPARE(first.value(QStringLiteral("name_zh")).toString(), QStringLiteral("元旦"));
        QCOMPARE(first.value(QStringLiteral("name_en")).toString(),
                 QStringLiteral("New Year's Day"));
        int workdays = 0;
        for (const QJsonValue &d : days)
            workdays +=
                d.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("workday");
        QCOMPARE(workdays, 6);
    }

    void deadlinesCarryTheLastDayAndTheirBasis()
    {
        QCOMPARE(
            cli({QStringLiteral("change-report"), QStringLiteral("add"),
                 QStringLiteral("--operator"), QStringLiteral("1"), QStringLiteral("--systems"),
                 QStringLiteral("1"), QStringLiteral("--received"), QStringLiteral("2026-07-01"),
                 QStringLiteral("--description"), QStringLiteral("new data centre")})
                .code,
            0);
        const QJsonObject item = reidentificationItem();
        QCOMPARE(item.value(QStringLiteral("due")).toString(), QStringLiteral("2026-10-01"));
        QCOMPARE(item.value(QStringLiteral("last_day")).toString(), QStringLiteral("2026-10-08"));
        QCOMPARE(item.value(QStringLiteral("basis")).toString(), QStringLiteral("Art. 11"));
        QCOMPARE(item.value(QStringLiteral("statutory")).toBool(), true);
        QCOMPARE(item.value(QStringLiteral("calendar_missing")).toBool(), false);
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
    }

    void aBadCalendarFileWritesNothing()
    {
        const QString bad =
            file(QStringLiteral("bad.csv"), "date,kind,name_zh,name_en,source_year\n"
                                            "2027-01-01,holiday,元旦,New Year's Day,2027\n"
                                            "2027-01-05,workday,元旦,New Year's Day,2027\n");
        const Run r = cli({QStringLiteral("calendar"), QStringLiteral("import"), bad});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("row 3, column kind")), qPrintable(r.err));
        const Run list =
            cli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("list"),
                 QStringLiteral("--year"), QStringLiteral("2027")});
        QVERIFY(json(list).value(QStringLiteral("days")).toArray().isEmpty());
    }

    void aNewYearIsImportedAndReplacesItsDays()
    {
        // Before 2027 is known, a period ending in it is judged by weekends and says so.
        QCOMPARE(
            cli({QStringLiteral("change-report"), QStringLiteral("add"),
                 QStringLiteral("--operator"), QStringLiteral("1"), QStringLiteral("--systems"),
                 QStringLiteral("1"), QStringLiteral("--received"), QStringLiteral("2026-10-01"),
                 QStringLiteral("--description"), QStringLiteral("migration")})
                .code,
            0);
        auto item2027 = [&] {
            const Run r = cli({QStringLiteral("--json"), QStringLiteral("deadlines"),
                               QStringLiteral("--today"), QStringLiteral("2026-12-01"),
                               QStringLiteral("--kind"), QStringLiteral("reidentification")});
            for (const QJsonValue &v : json(r).value(QStringLiteral("items")).toArray())
                if (v.toObject().value(QStringLiteral("due")).toString() ==
                    QLatin1String("2027-01-01"))
                    return v.toObject();
            return QJsonObject();
        };
        QJsonObject item = item2027();
        QCOMPARE(item.value(QStringLiteral("last_day")).toString(), QStringLiteral("2027-01-01"));
        QCOMPARE(item.value(QStringLiteral("calendar_missing")).toBool(), true);

        // A hypothetical arrangement, as a department would type it from the notice.
        const QString year =
            file(QStringLiteral("2027.csv"), "date,kind,name_zh,name_en,source_year\n"
                                             "2027-01-01,holiday,元旦,New Year's Day,2027\n"
                                             "2027-01-02,holiday,元旦,New Year's Day,2027\n"
                                             "2027-01-03,holiday,元旦,New Year's Day,2027\n");
        Run r = cli(
            {QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("import"), year});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).value(QStringLiteral("years")).toArray().at(0).toInt(), 2027);
        item = item2027();
        QCOMPARE(item.value(QStringLiteral("last_day")).toString(), QStringLiteral("2027-01-04"));
        QCOMPARE(item.value(QStringLiteral("calendar_missing")).toBool(), false);

        // Importing the year again replaces its days rather than adding to them.
        const QString corrected =
            file(QStringLiteral("2027b.csv"), "date,kind,name_zh,name_en,source_year\n"
                                              "2027-01-01,holiday,元旦,New Year's Day,2027\n");
        QCOMPARE(cli({QStringLiteral("calendar"), QStringLiteral("import"), corrected}).code, 0);
        r = cli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("list"),
                 QStringLiteral("--year"), QStringLiteral("2027")});
        QCOMPARE(json(r).value(QStringLiteral("days")).toArray().size(), 1);
        item = item2027();
        QCOMPARE(item.value(QStringLiteral("last_day")).toString(), QStringLiteral("2027-01-04"));

        // Each import is an audit record.
        r = cli({QStringLiteral("--json"), QStringLiteral("verify-audit")});
        QCOMPARE(json(r).value(QStringLiteral("ok")).toBool(), true);
    }

    void everyItemCarriesTheContractKeys()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("deadlines"),
                           QStringLiteral("--today"), QStringLiteral("2026-12-01")});
        const QJsonArray items = json(r).value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &v : items) {
            const QJsonObject i = v.toObject();
            for (const char *key : {"kind", "subject", "due", "last_day", "basis", "statutory",
                                    "calendar_missing", "status", "days"})
                QVERIFY2(i.contains(QLatin1String(key)), key);
            QVERIFY(i.value(QStringLiteral("statutory")).isBool());
            QVERIFY(i.value(QStringLiteral("calendar_missing")).isBool());
        }
    }
};

QTEST_GUILESS_MAIN(TestCalendarCli)
#include "tst_calendarcli.moc"
