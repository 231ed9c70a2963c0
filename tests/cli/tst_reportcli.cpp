#include "clirun.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `report`: the annual sector report written by the CLI as PDF and ODT, checked through the
// text a reader extracts (pdftotext; LibreOffice for the ODT) against counts the test takes
// from the store through the CLI's own list commands.
class TestReportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_sector; // the sector with the most systems
    // The report's date: after the 30-day notification targets of today's decisions, so
    // the report has overdue items that name systems.
    const QString m_date = QStringLiteral("2027-01-20");
    const int m_year = 2026;

    CliRun cli(const QStringList &args) { return CliRun::on(m_db, args); }
    CliRun cli(const QString &words) { return CliRun::on(m_db, words); }

    static QString pdfText(const QString &file)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput())
            .remove(QRegularExpression(QStringLiteral("\\s")));
    }
    // LibreOffice converts the ODT as a reader opens it; its own profile keeps runs apart.
    QString odtText(const QString &odt)
    {
        const QString out = m_dir.filePath(QStringLiteral("converted"));
        QProcess p;
        p.start(
            QStringLiteral("soffice"),
            {QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
             QStringLiteral("--outdir"), out, odt});
        p.waitForFinished(180000);
        return pdfText(
            QDir(out).filePath(QFileInfo(odt).completeBaseName() + QStringLiteral(".pdf")));
    }
    QString report(const QString &lang, const QString &format, const QString &sector,
                   const QString &dir)
    {
        const CliRun r = cli(
            {QStringLiteral("report"), QStringLiteral("--sector"), sector, QStringLiteral("--year"),
             QString::number(m_year), QStringLiteral("--format"), format, QStringLiteral("--lang"),
             lang, QStringLiteral("--out"), m_dir.filePath(dir), QStringLiteral("--date"), m_date});
        if (r.code != 0)
            qWarning() << r.err;
        return r.code == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }
    // Counts the test takes from the store itself.
    struct Expected
    {
        int operators = 0, systems = 0, decided = 0, overridden = 0, cii = 0, overdue = 0,
            inspections = 0;
        QString overdueSystem;
    } m_expected;

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestStore::location(m_dir, QStringLiteral("demo.sqlite"));
        QCOMPARE(
            cli(QStringLiteral("demo --seed 7 --operators 40 --systems 240 --inspections 40")).code,
            0);
        QCOMPARE(cli({QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                      QStringLiteral("--name-zh"), QStringLiteral("某行业网络安全保护办公室"),
                      QStringLiteral("--name-en"), QStringLiteral("Sector Cybersecurity Office"),
                      QStringLiteral("--doc-prefix"), QStringLiteral("某网保"),
                      QStringLiteral("--contact-name"), QStringLiteral("王工"),
                      QStringLiteral("--contact-phone"), QStringLiteral("010-12345678")})
                     .code,
                 0);
        // The sector with the most systems.
        QHash<qint64, QString> sectorOf;
        for (const QJsonValue v :
             cli(QStringLiteral("--json operators list")).json().value("operators").toArray())
            sectorOf.insert(v[QStringLiteral("id")].toInteger(),
                            v[QStringLiteral("sector")].toString());
        QHash<QString, int> systems;
        for (const QJsonValue v :
             cli(QStringLiteral("--json systems list")).json().value("systems").toArray())
            ++systems[sectorOf.value(v[QStringLiteral("operator")].toInteger())];
        for (auto it = systems.constBegin(); it != systems.constEnd(); ++it)
            if (m_sector.isEmpty() || it.value() > systems.value(m_sector) ||
                (it.value() == systems.value(m_sector) && it.key() < m_sector))
                m_sector = it.key();
        QVERIFY(!m_sector.isEmpty());

        // Rules filed, the sector identified, two decisions (one override), a notice.
        const QString rules = m_dir.filePath(QStringLiteral("rules.json"));
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("template"), QStringLiteral("--out"),
                      rules})
                     .code,
                 0);
        const CliRun imported = cli({QStringLiteral("rules"), QStringLiteral("import"), rules,
                                     QStringLiteral("--sector"), m_sector});
        QCOMPARE(imported.code, 0);
        const QString rulesId = QString::fromUtf8(imported.out).trimmed();
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("file"), rulesId,
                      QStringLiteral("--reference"), QStringLiteral("公网安备〔2026〕3号"),
                      QStringLiteral("--date"), QStringLiteral("2026-03-02")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("identify"), QStringLiteral("--sector"), m_sector}).code, 0);
        const QJsonArray cases = cli({QStringLiteral("--json"), QStringLiteral("cases"),
                                      QStringLiteral("list"), QStringLiteral("--sector"), m_sector})
                                     .json()
                                     .value("cases")
                                     .toArray();
        QVERIFY(cases.size() >= 3);
        int confirmed = 0;
        QString overriddenCase, noticeCase;
        for (const QJsonValue c : cases) {
            const QString id = QString::number(c[QStringLiteral("id")].toInteger());
            const QString outcome = c[QStringLiteral("outcome")].toString();
            if (outcome == QLatin1String("insufficient-data"))
                continue;
            if (overriddenCase.isEmpty()) {
                overriddenCase = id;
                QCOMPARE(cli({QStringLiteral("decide"), id, QStringLiteral("--override"),
                              outcome == QLatin1String("cii") ? QStringLiteral("not-cii")
                                                              : QStringLiteral("cii"),
                              QStringLiteral("--reason"), QStringLiteral("经现场核查")})
                             .code,
                         0);
            } else if (confirmed < 3) {
                QCOMPARE(cli({QStringLiteral("decide"), id, QStringLiteral("--confirm")}).code, 0);
                if (noticeCase.isEmpty())
                    noticeCase = id;
                ++confirmed;
            }
        }
        QVERIFY(!noticeCase.isEmpty());
        QCOMPARE(
            cli({QStringLiteral("notice"), QStringLiteral("export"), noticeCase,
                 QStringLiteral("--to"), QStringLiteral("operator"), QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("--lang"), QStringLiteral("zh"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("notices"))})
                .code,
            0);

        // The expected figures, from the list commands.
        for (auto it = sectorOf.constBegin(); it != sectorOf.constEnd(); ++it)
            m_expected.operators += it.value() == m_sector;
        m_expected.systems = systems.value(m_sector);
        for (const QJsonValue c :
             cli({QStringLiteral("--json"), QStringLiteral("cases"), QStringLiteral("list"),
                  QStringLiteral("--sector"), m_sector})
                 .json()
                 .value("cases")
                 .toArray()) {
            if (c[QStringLiteral("decision")].toString().isEmpty())
                continue;
            ++m_expected.decided;
            m_expected.overridden += c[QStringLiteral("decision")] != c[QStringLiteral("outcome")];
            m_expected.cii += c[QStringLiteral("decision")] == QLatin1String("cii");
        }
        const QJsonArray overdue =
            cli({QStringLiteral("--json"), QStringLiteral("deadlines"), QStringLiteral("--today"),
                 m_date, QStringLiteral("--sector"), m_sector, QStringLiteral("--status"),
                 QStringLiteral("overdue")})
                .json()
                .value("items")
                .toArray();
        m_expected.overdue = int(overdue.size());
        QVERIFY(m_expected.overdue > 0);
        // An overdue item about a case names its system: among those the report lists (the
        // first 30), the shortest name, which no table cell wraps.
        QHash<qint64, QString> systemOfCase;
        for (const QJsonValue c : cases)
            systemOfCase.insert(c[QStringLiteral("id")].toInteger(),
                                c[QStringLiteral("system_name")].toString());
        for (int i = 0; i < overdue.size() && i < 30; ++i) {
            const QJsonValue item = overdue.at(i);
            if (item[QStringLiteral("subject_type")] != QLatin1String("case"))
                continue;
            const QString name = systemOfCase.value(item[QStringLiteral("subject_id")].toInteger());
            if (m_expected.overdueSystem.isEmpty() || name.size() < m_expected.overdueSystem.size())
                m_expected.overdueSystem = name;
        }
        QVERIFY(!m_expected.overdueSystem.isEmpty());
        for (const QJsonValue i :
             cli({QStringLiteral("--json"), QStringLiteral("inspections"), QStringLiteral("list"),
                  QStringLiteral("--year"), QString::number(m_year)})
                 .json()
                 .value("inspections")
                 .toArray())
            m_expected.inspections +=
                sectorOf.value(i[QStringLiteral("operator")].toInteger()) == m_sector &&
                i[QStringLiteral("start")].toString().startsWith(QString::number(m_year)) &&
                i[QStringLiteral("status")] != QLatin1String("cancelled") &&
                i[QStringLiteral("merged_into")].isNull();
    }

    void chinesePdfStatesTheStoresFigures()
    {
        const QString file =
            report(QStringLiteral("zh"), QStringLiteral("pdf"), m_sector, QStringLiteral("zh"));
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const QString text = pdfText(file);
        QVERIFY2(text.contains(QStringLiteral("关于%1年度").arg(m_year)),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("某行业网络安全保护办公室")));
        QVERIFY2(text.contains(QStringLiteral("本领域登记运营者%1家，网络设施、信息系统%2个")
                                   .arg(m_expected.operators)
                                   .arg(m_expected.systems)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("作出认定决定%1项").arg(m_expected.decided)));
        QVERIFY(text.contains(QStringLiteral("改变认定结果%1项").arg(m_expected.overridden)));
        QVERIFY(
            text.contains(QStringLiteral("经决定认定为关键信息基础设施%1个").arg(m_expected.cii)));
        QVERIFY(text.contains(QStringLiteral("逾期未办结事项%1项").arg(m_expected.overdue)));
        QVERIFY2(text.contains(QString(m_expected.overdueSystem)
                                   .remove(QRegularExpression(QStringLiteral("\\s")))),
                 qPrintable(m_expected.overdueSystem));
        QVERIFY(text.contains(QStringLiteral("开展检查检测%1次").arg(m_expected.inspections)));
        // Chinese dates, no document number, the audit chain's head in the 版记.
        QVERIFY(text.contains(QStringLiteral("2027年1月20日")));
        QVERIFY(!text.contains(QStringLiteral("某网保〔")));
        QVERIFY(text.contains(QStringLiteral("审计链校验：")));
        // Audited like every export.
        const CliRun audit = cli(QStringLiteral("verify-audit"));
        QCOMPARE(audit.code, 0);
    }

    void englishAndBilingualReports()
    {
        const QString en = pdfText(
            report(QStringLiteral("en"), QStringLiteral("pdf"), m_sector, QStringLiteral("en")));
        QVERIFY2(
            en.contains(QStringLiteral("theregistryholds%1operators").arg(m_expected.operators)),
            qPrintable(en.left(2000)));
        QVERIFY(en.contains(QStringLiteral("%1decisionsweremade").arg(m_expected.decided)));
        QVERIFY(en.contains(QStringLiteral("20January2027")));
        QVERIFY(!en.contains(QStringLiteral("本领域")));
        const QString both = pdfText(report(QStringLiteral("bilingual"), QStringLiteral("pdf"),
                                            m_sector, QStringLiteral("bilingual")));
        QVERIFY(both.contains(QStringLiteral("本领域登记运营者%1家").arg(m_expected.operators)));
        QVERIFY(
            both.contains(QStringLiteral("theregistryholds%1operators").arg(m_expected.operators)));
    }

    void odtHasTheSameTextAndItsCharts()
    {
        const QString odt =
            report(QStringLiteral("zh"), QStringLiteral("odt"), m_sector, QStringLiteral("odt"));
        QVERIFY(QFile::exists(odt));
        QFile f(odt);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("Pictures/1.png"));
        const QString text = odtText(odt);
        QVERIFY2(text.contains(QStringLiteral("本领域登记运营者%1家，网络设施、信息系统%2个")
                                   .arg(m_expected.operators)
                                   .arg(m_expected.systems)),
                 qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("作出认定决定%1项").arg(m_expected.decided)));
        QVERIFY(text.contains(
            QString(m_expected.overdueSystem).remove(QRegularExpression(QStringLiteral("\\s")))));
    }

    void aSectorWithoutRecordsSaysSo()
    {
        QString empty;
        for (const QString &key : {QStringLiteral("defence-industry"), QStringLiteral("other"),
                                   QStringLiteral("water")}) {
            const QJsonArray ops = cli({QStringLiteral("--json"), QStringLiteral("operators"),
                                        QStringLiteral("list"), QStringLiteral("--sector"), key})
                                       .json()
                                       .value("operators")
                                       .toArray();
            if (ops.isEmpty()) {
                empty = key;
                break;
            }
        }
        const QString demo = m_db;
        if (empty.isEmpty()) {
            // Every sector has operators in this demo: a fresh store has none anywhere.
            m_db = TestStore::location(m_dir, QStringLiteral("empty.sqlite"));
            QCOMPARE(cli(QStringLiteral("init")).code, 0);
            QCOMPARE(
                cli({QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                     QStringLiteral("--name-zh"), QStringLiteral("某行业网络安全保护办公室")})
                    .code,
                0);
            empty = QStringLiteral("water");
        }
        const QString text = pdfText(
            report(QStringLiteral("zh"), QStringLiteral("pdf"), empty, QStringLiteral("empty")));
        QVERIFY2(text.contains(QStringLiteral("记录中没有本领域的任何数据")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("表1")));
        m_db = demo;
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString out = m_dir.filePath(QStringLiteral("bad"));
        QTest::newRow("unknown sector") << QStringList{QStringLiteral("report"),
                                                       QStringLiteral("--sector"),
                                                       QStringLiteral("banking"),
                                                       QStringLiteral("--year"),
                                                       QStringLiteral("2026"),
                                                       QStringLiteral("--out"),
                                                       out};
        QTest::newRow("no sector")
            << QStringList{QStringLiteral("report"), QStringLiteral("--year"),
                           QStringLiteral("2026"), QStringLiteral("--out"), out};
        QTest::newRow("year not a number") << QStringList{QStringLiteral("report"),
                                                          QStringLiteral("--sector"),
                                                          QStringLiteral("energy"),
                                                          QStringLiteral("--year"),
                                                          QStringLiteral("twenty"),
                                                          QStringLiteral("--out"),
                                                          out};
        QTest::newRow("year before the Regulations") << QStringList{QStringLiteral("report"),
                                                                    QStringLiteral("--sector"),
                                                                    QStringLiteral("energy"),
                                                                    QStringLiteral("--year"),
                                                                    QStringLiteral("2019"),
                                                                    QStringLiteral("--out"),
                                                                    out};
        QTest::newRow("bad format") << QStringList{
            QStringLiteral("report"), QStringLiteral("--sector"), QStringLiteral("energy"),
            QStringLiteral("--year"), QStringLiteral("2026"),     QStringLiteral("--format"),
            QStringLiteral("docx"),   QStringLiteral("--out"),    out};
        QTest::newRow("bad language") << QStringList{
            QStringLiteral("report"), QStringLiteral("--sector"), QStringLiteral("energy"),
            QStringLiteral("--year"), QStringLiteral("2026"),     QStringLiteral("--lang"),
            QStringLiteral("fr"),     QStringLiteral("--out"),    out};
        QTest::newRow("no folder") << QStringList{
            QStringLiteral("report"), QStringLiteral("--sector"), QStringLiteral("energy"),
            QStringLiteral("--year"), QStringLiteral("2026")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const CliRun r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("bad"))).exists());
    }

    void aDepartmentWithoutANameIsRefused()
    {
        const QString db = TestStore::location(m_dir, QStringLiteral("unnamed.sqlite"));
        QCOMPARE(CliRun::on(db, QStringLiteral("init")).code, 0);
        const CliRun r = CliRun::on(db, {QStringLiteral("report"), QStringLiteral("--sector"),
                                         QStringLiteral("energy"), QStringLiteral("--year"),
                                         QStringLiteral("2026"), QStringLiteral("--out"),
                                         m_dir.filePath(QStringLiteral("unnamed"))});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("--name-zh")));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
