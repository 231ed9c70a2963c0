#include "storage/database.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

// Drives cii-workbench-cli as a process, as scripts do, and reads back what it wrote.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CII_CLI_PATH), args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString store(const QString &name) const { return TestStore::location(m_dir, name); }
    QJsonObject json(const Run &r)
    {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
        [&] { QVERIFY2(e.error == QJsonParseError::NoError, r.out.constData()); }();
        return d.object();
    }
    void write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void initTestCase() { CII_REQUIRE_TEST_STORE(); }

    void demoThenListPrintsEverySystem()
    {
        const QString db = store(QStringLiteral("demo.sqlite"));
        const Run demo =
            cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"),
                 QStringLiteral("7"), QStringLiteral("--operators"), QStringLiteral("300"),
                 QStringLiteral("--systems"), QStringLiteral("3000")});
        QCOMPARE(demo.code, 0);
        const Run list = cli({QStringLiteral("--db"), db, QStringLiteral("systems"),
                              QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray systems = json(list).value(QStringLiteral("systems")).toArray();
        QCOMPARE(systems.size(), 3000);
        const QJsonObject first = systems.at(0).toObject();
        for (const char *key : {"id", "operator", "name", "category", "mlps_level"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        const Run ops = cli({QStringLiteral("operators"), QStringLiteral("list"),
                             QStringLiteral("--json"), QStringLiteral("--db"), db});
        const QJsonArray operators = json(ops).value(QStringLiteral("operators")).toArray();
        QCOMPARE(operators.size(), 300);
        for (const char *key : {"id", "uscc", "name_zh", "name_en", "sector"})
            QVERIFY2(operators.at(0).toObject().contains(QLatin1String(key)), key);
        const Run audit = cli(
            {QStringLiteral("--db"), db, QStringLiteral("verify-audit"), QStringLiteral("--json")});
        QCOMPARE(audit.code, 0);
        QCOMPARE(json(audit).value(QStringLiteral("ok")).toBool(), true);
        // One record per migration, operator, system, and demo report or event (and closing).
        const Run reports = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                                 QStringLiteral("change-report"), QStringLiteral("list")});
        const Run events = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                                QStringLiteral("event"), QStringLiteral("list")});
        const QJsonArray eventList = json(events).value(QStringLiteral("events")).toArray();
        int closed = 0;
        for (const QJsonValue &e : eventList)
            closed += !e.toObject().value(QStringLiteral("closed")).isNull();
        const int facts =
            int(json(reports).value(QStringLiteral("change_reports")).toArray().size() +
                eventList.size()) +
            closed;
        QVERIFY(facts > 0);
        QCOMPARE(json(audit).value(QStringLiteral("records")).toInt(),
                 cii::Database::latestSchemaVersion() + 300 + 3000 + facts);
        QVERIFY(json(audit).value(QStringLiteral("first_broken")).isNull());
    }

    void sameSeedGivesTheSameStore()
    {
        QByteArray exports[2];
        for (int i = 0; i < 2; ++i) {
            const QString db = store(QStringLiteral("seed%1.sqlite").arg(i));
            QCOMPARE(
                cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"),
                     QStringLiteral("11"), QStringLiteral("--operators"), QStringLiteral("20"),
                     QStringLiteral("--systems"), QStringLiteral("100")})
                    .code,
                0);
            exports[i] = cli({QStringLiteral("--db"), db, QStringLiteral("export"),
                              QStringLiteral("systems")})
                             .out;
        }
        QVERIFY(exports[0].size() > 1000);
        QCOMPARE(exports[0], exports[1]);
    }

    void gbkCsvWithOneBadUsccIsRejectedAndNothingChanges()
    {
        const QString db = store(QStringLiteral("import.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        const QByteArray before =
            cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("operators")})
                .out;
        QStringEncoder gbk("GBK");
        const QByteArray csv = gbk.encode(QStringLiteral(
            "统一社会信用代码,中文名称,英文名称,行业领域,地区\r\n"
            "91350100M000100Y43,福州电力有限公司,Fuzhou Power Co.,能源,福州\r\n"
            "911101051PERUX3920,北京华信银行股份有限公司,Beijing Huaxin Bank,finance,北京\r\n"
            "\"913301060BK62B8HNX\",\"杭州华信信息技术有限公司, 分公司\",Hangzhou "
            "Huaxin,telecom,杭州\r\n"));
        write(path(QStringLiteral("bad.csv")), csv);
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                           QStringLiteral("operators"), path(QStringLiteral("bad.csv"))});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("row 3, column uscc: wrong check character")),
                 qPrintable(r.err));
        const QByteArray after =
            cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("operators")})
                .out;
        QCOMPARE(after, before);
        const Run audit = cli(
            {QStringLiteral("--db"), db, QStringLiteral("verify-audit"), QStringLiteral("--json")});
        // The migrations and the two exports (each export is recorded) only.
        QCOMPARE(json(audit).value(QStringLiteral("records")).toInt(),
                 cii::Database::latestSchemaVersion() + 2);

        // Fixed, the same file imports in full.
        write(path(QStringLiteral("good.csv")), QByteArray(csv).replace("PERUX3920", "PERUX3921"));
        const Run ok =
            cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                 QStringLiteral("operators"), path(QStringLiteral("good.csv"))});
        QCOMPARE(ok.code, 0);
        QCOMPARE(json(ok).value(QStringLiteral("imported")).toInt(), 3);
        const Run list = cli({QStringLiteral("--db"), db, QStringLiteral("operators"),
                              QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray ops = json(list).value(QStringLiteral("operators")).toArray();
        QCOMPARE(ops.at(2).toObject().value(QStringLiteral("name_zh")).toString(),
                 QStringLiteral("杭州华信信息技术有限公司, 分公司"));
        QCOMPARE(ops.at(0).toObject().value(QStringLiteral("sector")).toString(),
                 QStringLiteral("energy"));
    }

    void exportImportRoundTripsIntoAnEmptyStore()
    {
        const QString a = store(QStringLiteral("a.sqlite")), b = store(QStringLiteral("b.sqlite"));
        QCOMPARE(
            cli({QStringLiteral("--db"), a, QStringLiteral("demo"), QStringLiteral("--operators"),
                 QStringLiteral("15"), QStringLiteral("--systems"), QStringLiteral("60")})
                .code,
            0);
        for (const QString &kind : {QStringLiteral("operators"), QStringLiteral("systems")}) {
            const QString file = path(kind + QStringLiteral(".csv"));
            QCOMPARE(cli({QStringLiteral("--db"), a, QStringLiteral("export"), kind,
                          QStringLiteral("--out"), file, QStringLiteral("--encoding"),
                          QStringLiteral("gbk")})
                         .code,
                     0);
            QVERIFY(
                !(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
            if (kind == QLatin1String("operators"))
                QCOMPARE(cli({QStringLiteral("--db"), b, QStringLiteral("init")}).code, 0);
            const Run imp = cli({QStringLiteral("--db"), b, QStringLiteral("import"), kind, file});
            QVERIFY2(imp.code == 0, qPrintable(imp.err));
            QCOMPARE(cli({QStringLiteral("--db"), b, QStringLiteral("export"), kind}).out,
                     cli({QStringLiteral("--db"), a, QStringLiteral("export"), kind}).out);
        }
    }

    void addCommandsPrintTheNewId()
    {
        const QString db = store(QStringLiteral("add.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        const Run op =
            cli({QStringLiteral("--db"), db, QStringLiteral("operators"), QStringLiteral("add"),
                 QStringLiteral("--name-zh"), QStringLiteral("福州电力有限公司"),
                 QStringLiteral("--name-en"), QStringLiteral("Fuzhou Power"),
                 QStringLiteral("--uscc"), QStringLiteral("91350100M000100Y43"),
                 QStringLiteral("--sector"), QStringLiteral("energy")});
        QCOMPARE(op.code, 0);
        QCOMPARE(op.out.trimmed(), QByteArray("1"));
        const Run dup =
            cli({QStringLiteral("--db"), db, QStringLiteral("operators"), QStringLiteral("add"),
                 QStringLiteral("--name-zh"), QStringLiteral("重复"), QStringLiteral("--uscc"),
                 QStringLiteral("91350100M000100Y43"), QStringLiteral("--sector"),
                 QStringLiteral("energy")});
        QCOMPARE(dup.code, 3);
        const Run sys =
            cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("systems"),
                 QStringLiteral("add"), QStringLiteral("--operator"), QStringLiteral("1"),
                 QStringLiteral("--name"), QStringLiteral("调度系统"), QStringLiteral("--category"),
                 QStringLiteral("production"), QStringLiteral("--mlps"), QStringLiteral("3")});
        QCOMPARE(sys.code, 0);
        QCOMPARE(json(sys).value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("systems"),
                      QStringLiteral("set-indicator"), QStringLiteral("1"),
                      QStringLiteral("standard_racks"), QStringLiteral("1501"),
                      QStringLiteral("--date"), QStringLiteral("2026-05-01")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("systems"),
                      QStringLiteral("set-indicator"), QStringLiteral("1"),
                      QStringLiteral("standard_racks"), QStringLiteral("many")})
                     .code,
                 3);
        const Run list = cli({QStringLiteral("--db"), db, QStringLiteral("systems"),
                              QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json(list)["systems"].toArray().at(0)["indicators"]["standard_racks"].toString(),
                 QStringLiteral("1501"));
    }

    void rulesLifecycleFromTemplateToFiledAndImmutable()
    {
        const QString db = store(QStringLiteral("rules.sqlite"));
        const QString tpl = path(QStringLiteral("template.json"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        QCOMPARE(
            cli({QStringLiteral("rules"), QStringLiteral("template"), QStringLiteral("--out"), tpl})
                .code,
            0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("rules"),
                      QStringLiteral("validate"), tpl})
                     .code,
                 0);
        const Run imported = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                                  QStringLiteral("rules"), QStringLiteral("import"), tpl,
                                  QStringLiteral("--sector"), QStringLiteral("energy")});
        QCOMPARE(imported.code, 0);
        const QString id = QString::number(json(imported).value(QStringLiteral("id")).toInt());
        const Run tested = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                                QStringLiteral("rules"), QStringLiteral("test"), id});
        QCOMPARE(tested.code, 0);
        const QJsonArray tests = json(tested).value(QStringLiteral("tests")).toArray();
        QVERIFY(tests.size() > 60);
        for (const QJsonValue &t : tests)
            QVERIFY(t.toObject().value(QStringLiteral("pass")).toBool());
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("rules"), QStringLiteral("file"),
                      id, QStringLiteral("--reference"), QStringLiteral("公网安备〔2026〕3号"),
                      QStringLiteral("--date"), QStringLiteral("2026-11-20")})
                     .code,
                 0);
        // Any change to the filed version is refused with exit 3, and nothing changes.
        const QByteArray before =
            cli({QStringLiteral("--db"), db, QStringLiteral("rules"), QStringLiteral("export"), id})
                .out;
        const Run update = cli({QStringLiteral("--db"), db, QStringLiteral("rules"),
                                QStringLiteral("update"), id, tpl});
        QCOMPARE(update.code, 3);
        QVERIFY(update.err.contains(QStringLiteral("cannot change")));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("rules"), QStringLiteral("file"),
                      id, QStringLiteral("--reference"), QStringLiteral("x"),
                      QStringLiteral("--date"), QStringLiteral("2026-11-21")})
                     .code,
                 3);
        QCOMPARE(
            cli({QStringLiteral("--db"), db, QStringLiteral("rules"), QStringLiteral("export"), id})
                .out,
            before);
        const Run shown = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                               QStringLiteral("rules"), QStringLiteral("show"), id});
        const QJsonObject rs = json(shown).value(QStringLiteral("ruleset")).toObject();
        QCOMPARE(rs.value(QStringLiteral("status")).toString(), QStringLiteral("filed"));
        QCOMPARE(rs.value(QStringLiteral("filing_reference")).toString(),
                 QStringLiteral("公网安备〔2026〕3号"));
        QVERIFY(rs.value(QStringLiteral("criteria")).toArray().size() >= 29);
        // A new version is a draft again.
        const Run next = cli({QStringLiteral("--db"), db, QStringLiteral("rules"),
                              QStringLiteral("new-version"), id});
        QCOMPARE(next.code, 0);
        const Run list = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                              QStringLiteral("rules"), QStringLiteral("list")});
        const QJsonArray sets = json(list).value(QStringLiteral("rulesets")).toArray();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("draft"));
        QCOMPARE(sets.at(0).toObject().value(QStringLiteral("version")).toInt(), 2);
    }

    // Someone with direct access to the store (sqlite3, or psql as the server's superuser)
    // drops the guard that keeps filed rule sets immutable: 'check' names it and exits 4.
    void checkNamesADroppedGuardTrigger()
    {
        const QString db = store(QStringLiteral("guard.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        const Run clean =
            cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("check")});
        QVERIFY2(clean.code == 0, qPrintable(clean.err + QString::fromUtf8(clean.out)));
        QVERIFY(json(clean).value(QStringLiteral("schema_problems")).toArray().isEmpty());
        TestStore::raw(db, [](QSqlQuery &q) {
            QVERIFY2(q.exec(TestStore::dropTrigger(QStringLiteral("audit_log_no_delete"),
                                                   QStringLiteral("audit_log"))),
                     qPrintable(q.lastError().text()));
        });
        const Run r =
            cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("check")});
        QCOMPARE(r.code, 4);
        const QJsonArray problems = json(r).value(QStringLiteral("schema_problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).toString(),
                 QStringLiteral("trigger audit_log_no_delete is missing"));
    }

    void rulesValidateNamesEveryProblemAndExits3()
    {
        const QString file = path(QStringLiteral("bad-rules.json"));
        write(file, R"({"format": 1, "title_zh": "x", "expression": "harm and",
                        "criteria": [{"id": "c1", "factor": "harm", "indicator": "nope", "op": ">",
                                      "threshold": 1, "text_zh": "y"}]})");
        const Run r = cli({QStringLiteral("--db"), path(QStringLiteral("none.sqlite")),
                           QStringLiteral("rules"), QStringLiteral("validate"), file});
        QCOMPARE(r.code, 3);
        QVERIFY2(
            r.err.contains(QStringLiteral("$.criteria[0].indicator: unknown indicator 'nope'")),
            qPrintable(r.err));
        QVERIFY(r.err.contains(
            QStringLiteral("$.expression: position 9: expected a name or '(' after 'and'")));
    }

    void exitCodesFollowTheContract_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        QTest::newRow("no command") << QStringList{} << 2;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--db"), missing, QStringLiteral("init"),
                           QStringLiteral("--bogus")}
            << 2;
        QTest::newRow("bad number")
            << QStringList{QStringLiteral("--db"), missing, QStringLiteral("demo"),
                           QStringLiteral("--systems"), QStringLiteral("lots")}
            << 2;
        QTest::newRow("missing store")
            << QStringList{QStringLiteral("--db"), missing, QStringLiteral("operators"),
                           QStringLiteral("list")}
            << 4;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::newRow("command help")
            << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << 0;
        QTest::newRow("group help")
            << QStringList{QStringLiteral("operators"), QStringLiteral("--help")} << 0;
        QTest::newRow("group without verb") << QStringList{QStringLiteral("systems")} << 2;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0;
    }
    void exitCodesFollowTheContract()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QCOMPARE(cli(args).code, code);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    }

    void notAStoreIsRefusedWithExit4AndLeftAlone()
    {
        CII_SQLITE_FILE_ONLY("a file that is not a SQLite database");
        const QString file = path(QStringLiteral("notes.sqlite"));
        write(file, "meeting notes\n");
        const Run r = cli({QStringLiteral("--db"), file, QStringLiteral("init")});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QStringLiteral("not a CII Workbench store")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("meeting notes\n"));
    }

    void messagesFollowLang()
    {
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--db"),
                           m_dir.filePath(QStringLiteral("missing.sqlite")),
                           QStringLiteral("operators"), QStringLiteral("list")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("错误")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
