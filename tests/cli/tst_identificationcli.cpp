#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Art. 10 end to end through the CLI, as a department's script would run it: demo data, the
// template rules filed, a sector identified, one override with its reason, notices exported
// and read back from the PDF and the ODT.
class TestIdentificationCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };

    static QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess;
        p->start(QStringLiteral(CII_CLI_PATH), args);
        return p;
    }
    static Run finish(QProcess *p)
    {
        p->waitForFinished(120000);
        Run r{p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
              p->readAllStandardOutput(), QString::fromUtf8(p->readAllStandardError())};
        delete p;
        return r;
    }
    Run cli(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return finish(start(args));
    }
    // Words separated by spaces (for arguments without spaces).
    Run cli(const QString &words) { return cli(words.split(QLatin1Char(' '))); }
    static QJsonObject json(const Run &r) { return QJsonDocument::fromJson(r.out).object(); }
    static QString tool(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    // The sector's cases from `identify --sector finance --json`.
    QJsonArray m_cases;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        QCOMPARE(cli(QStringLiteral("demo --seed 7 --operators 120 --systems 1200")).code, 0);
        const QString tpl = m_dir.filePath(QStringLiteral("template.json"));
        QCOMPARE(
            cli({QStringLiteral("rules"), QStringLiteral("template"), QStringLiteral("--out"), tpl})
                .code,
            0);
        const Run imported = cli({QStringLiteral("rules"), QStringLiteral("import"), tpl,
                                  QStringLiteral("--sector"), QStringLiteral("finance")});
        QCOMPARE(imported.code, 0);
        const QString id = QString::fromUtf8(imported.out).trimmed();
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("file"), id,
                      QStringLiteral("--reference"), QStringLiteral("公网安备〔2026〕1号"),
                      QStringLiteral("--date"), QStringLiteral("2026-03-01")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                      QStringLiteral("--name-zh"), QStringLiteral("金融行业网络安全保护办公室"),
                      QStringLiteral("--name-en"), QStringLiteral("Finance Cybersecurity Office"),
                      QStringLiteral("--doc-prefix"), QStringLiteral("金网保")})
                     .code,
                 0);
    }

    void identifyingASectorStoresOneCasePerSystemWithItsTrace()
    {
        const Run r = cli(QStringLiteral("--json identify --sector finance"));
        QCOMPARE(r.code, 0);
        m_cases = json(r).value(QStringLiteral("cases")).toArray();
        const Run systems = cli(QStringLiteral("--json systems list --sector finance"));
        int inService = 0;
        for (const QJsonValue &s : json(systems).value(QStringLiteral("systems")).toArray())
            inService +=
                s.toObject().value(QStringLiteral("status")).toString() != QLatin1String("retired");
        QCOMPARE(m_cases.size(), inService);
        QSet<QString> outcomes;
        for (const QJsonValue &v : m_cases) {
            const QJsonObject c = v.toObject();
            outcomes << c.value(QStringLiteral("outcome")).toString();
            QCOMPARE(c.value(QStringLiteral("trace")).toArray().size(), 30);
            const QJsonObject t = c.value(QStringLiteral("trace")).toArray().first().toObject();
            for (const char *key : {"criterion", "indicator", "value", "threshold", "op", "result"})
                QVERIFY2(t.contains(QLatin1String(key)), key);
        }
        // Demo values sit around the thresholds: every outcome occurs.
        QCOMPARE(outcomes, (QSet<QString>{QStringLiteral("cii"), QStringLiteral("not-cii"),
                                          QStringLiteral("insufficient-data")}));
    }

    void identifyingAgainMakesNewCasesAndKeepsTheOldOnes()
    {
        const qint64 system =
            m_cases.first().toObject().value(QStringLiteral("system")).toInteger();
        const Run again = cli(QStringLiteral("identify --system %1").arg(system));
        QCOMPARE(again.code, 0);
        const Run list = cli(QStringLiteral("--json cases list --system %1").arg(system));
        const QJsonArray cases = json(list).value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 2);
        QCOMPARE(cases.at(1).toObject().value(QStringLiteral("id")).toInteger(),
                 QString::fromUtf8(again.out).trimmed().toLongLong());
        // The older case can no longer be decided: the newest one is.
        const Run old =
            cli(QStringLiteral("decide %1 --confirm")
                    .arg(cases.at(0).toObject().value(QStringLiteral("id")).toInteger()));
        QCOMPARE(old.code, 3);
        QVERIFY2(old.err.contains(QStringLiteral("newest")), qPrintable(old.err));
    }

    void decisionsNeedAReasonToOverrideAndAreFinal()
    {
        qint64 insufficient = 0, cii = 0;
        // The first system was identified again above; its first case is no longer current.
        for (qsizetype i = 1; i < m_cases.size(); ++i) {
            const QJsonObject c = m_cases.at(i).toObject();
            if (!insufficient &&
                c.value(QStringLiteral("outcome")).toString() == QLatin1String("insufficient-data"))
                insufficient = c.value(QStringLiteral("id")).toInteger();
            if (!cii && c.value(QStringLiteral("outcome")).toString() == QLatin1String("cii"))
                cii = c.value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(insufficient && cii);
        QCOMPARE(cli(QStringLiteral("decide %1 --confirm").arg(insufficient)).code, 3);
        QCOMPARE(cli(QStringLiteral("decide %1 --override not-cii").arg(insufficient)).code, 2);
        const Run over =
            cli({QStringLiteral("decide"), QString::number(insufficient),
                 QStringLiteral("--override"), QStringLiteral("cii"), QStringLiteral("--reason"),
                 QStringLiteral("承载全省医保结算，停运影响面大")});
        QCOMPARE(over.code, 0);
        QCOMPARE(cli(QStringLiteral("decide %1 --confirm").arg(cii)).code, 0);
        QCOMPARE(cli(QStringLiteral("decide %1 --confirm").arg(cii)).code, 3); // already decided
        const Run shown = cli(QStringLiteral("--json cases show %1").arg(insufficient));
        const QJsonObject c = json(shown).value(QStringLiteral("case")).toObject();
        QCOMPARE(c.value(QStringLiteral("decision")).toString(), QStringLiteral("cii"));
        QCOMPARE(c.value(QStringLiteral("override")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("override_reason")).toString(),
                 QStringLiteral("承载全省医保结算，停运影响面大"));
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("decided"));
        QVERIFY(!c.value(QStringLiteral("decided_by")).toString().isEmpty());
        const Run audit = cli(QStringLiteral("--json verify-audit"));
        QCOMPARE(json(audit).value(QStringLiteral("ok")).toBool(), true);
    }

    void operatorNoticeNamesTheNumberTheOperatorAndItsSystems()
    {
        const Run decided = cli(QStringLiteral("--json cases list --status decided"));
        const QJsonArray cases = json(decided).value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 2);
        const QJsonObject c = cases.at(0).toObject();
        const QString out = m_dir.filePath(QStringLiteral("notices"));
        const Run pdf =
            cli({QStringLiteral("--json"), QStringLiteral("notice"), QStringLiteral("export"),
                 QString::number(c.value(QStringLiteral("id")).toInteger()), QStringLiteral("--to"),
                 QStringLiteral("operator"), QStringLiteral("--format"), QStringLiteral("pdf"),
                 QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"), out});
        QCOMPARE(pdf.code, 0);
        const QJsonObject notice =
            json(pdf).value(QStringLiteral("notices")).toArray().first().toObject();
        const QString file = notice.value(QStringLiteral("file")).toString();
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        // -raw: a wrapped table cell reads as one run, not merged with the next column.
        const QString text =
            tool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), file, QStringLiteral("-")})
                .remove(QRegularExpression(QStringLiteral("\\s")));
        const QString number = notice.value(QStringLiteral("number_text")).toString();
        QVERIFY2(number.startsWith(QStringLiteral("金网保〔")), qPrintable(number));
        QVERIFY2(text.contains(number), qPrintable(text));
        const Run op = cli(QStringLiteral("--json operators list --sector finance"));
        QString operatorName;
        for (const QJsonValue &o : json(op).value(QStringLiteral("operators")).toArray())
            if (o.toObject().value(QStringLiteral("id")).toInteger() ==
                c.value(QStringLiteral("operator")).toInteger())
                operatorName = o.toObject().value(QStringLiteral("name_zh")).toString();
        QVERIFY(!operatorName.isEmpty());
        QVERIFY2(text.contains(operatorName), qPrintable(text));
        QVERIFY2(text.contains(
                     c.value(QStringLiteral("system_name")).toString().remove(QLatin1Char(' '))),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("第十条")));

        // The same notice again keeps its number; English ODT of the MPS notification lists both.
        const Run again =
            cli({QStringLiteral("--json"), QStringLiteral("notice"), QStringLiteral("export"),
                 QString::number(c.value(QStringLiteral("id")).toInteger()), QStringLiteral("--to"),
                 QStringLiteral("operator"), QStringLiteral("--format"), QStringLiteral("pdf"),
                 QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"), out});
        QCOMPARE(json(again)
                     .value(QStringLiteral("notices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("number_text"))
                     .toString(),
                 number);
        QStringList ids;
        for (const QJsonValue &v : cases)
            ids << QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
        const Run odt = cli(QStringList{QStringLiteral("--json"), QStringLiteral("notice"),
                                        QStringLiteral("export")} +
                            ids +
                            QStringList{QStringLiteral("--to"), QStringLiteral("mps"),
                                        QStringLiteral("--format"), QStringLiteral("odt"),
                                        QStringLiteral("--lang"), QStringLiteral("en"),
                                        QStringLiteral("--out"), out});
        QCOMPARE(odt.code, 0);
        const QJsonObject mps =
            json(odt).value(QStringLiteral("notices")).toArray().first().toObject();
        const QString content =
            tool(QStringLiteral("unzip"),
                 {QStringLiteral("-p"), mps.value(QStringLiteral("file")).toString(),
                  QStringLiteral("content.xml")});
        QVERIFY2(content.contains(QStringLiteral("Ministry of Public Security")),
                 qPrintable(content.left(400)));
        QVERIFY(content.contains(
            QStringLiteral("No. %1").arg(mps.value(QStringLiteral("number")).toInt())));
        for (const QJsonValue &v : cases)
            QVERIFY(content.contains(
                v.toObject().value(QStringLiteral("system_name")).toString().toHtmlEscaped()));
        QVERIFY(content.contains(QStringLiteral("承载全省医保结算，停运影响面大")));
    }

    void concurrentNoticeExportsNeverShareANumber()
    {
        // Decide a few more cases, then export their notices from four processes at once.
        QStringList decided;
        for (qsizetype i = 1; i < m_cases.size(); ++i) {
            const QJsonObject c = m_cases.at(i).toObject();
            if (c.value(QStringLiteral("outcome")).toString() == QLatin1String("insufficient-data"))
                continue;
            if (cli(QStringLiteral("decide %1 --confirm")
                        .arg(c.value(QStringLiteral("id")).toInteger()))
                    .code == 0)
                decided << QString::number(c.value(QStringLiteral("id")).toInteger());
            if (decided.size() == 8)
                break;
        }
        QCOMPARE(decided.size(), 8);
        QVector<QProcess *> running;
        for (int i = 0; i < 4; ++i)
            running << start(
                {QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("notice"),
                 QStringLiteral("export"), decided.at(2 * i), decided.at(2 * i + 1),
                 QStringLiteral("--to"), QStringLiteral("mps"), QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("--lang"), QStringLiteral("zh"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("concurrent"))});
        QSet<int> numbers;
        for (QProcess *p : running) {
            const Run r = finish(p);
            QCOMPARE(r.code, 0);
            numbers << json(r)
                           .value(QStringLiteral("notices"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("number"))
                           .toInt();
        }
        QCOMPARE(numbers.size(), 4);
        // No gap: the numbers continue the year's sequence.
        const int low = *std::min_element(numbers.begin(), numbers.end());
        const int high = *std::max_element(numbers.begin(), numbers.end());
        QCOMPARE(high - low, 3);
    }

    void notificationDatesMakeTheCaseNotified()
    {
        const Run decided = cli(QStringLiteral("--json cases list --status decided"));
        const qint64 id = json(decided)
                              .value(QStringLiteral("cases"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(
            cli(QStringLiteral("notice record %1 --to operator --date %2").arg(id).arg(today)).code,
            0);
        QCOMPARE(
            cli(QStringLiteral("notice record %1 --to operator --date %2").arg(id).arg(today)).code,
            3);
        QCOMPARE(cli(QStringLiteral("notice record %1 --to mps --date 2000-01-01").arg(id)).code,
                 3);
        QCOMPARE(cli(QStringLiteral("notice record %1 --to mps --date %2").arg(id).arg(today)).code,
                 0);
        const Run shown = cli(QStringLiteral("--json cases show %1").arg(id));
        QCOMPARE(json(shown)
                     .value(QStringLiteral("case"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("notified"));
    }

    void deadlinesFollowTheFactsInAStableOrder()
    {
        const Run decided = cli(QStringLiteral("--json cases list --status decided"));
        const QJsonObject c =
            json(decided).value(QStringLiteral("cases")).toArray().first().toObject();
        const QString received = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        const Run report = cli({QStringLiteral("change-report"), QStringLiteral("add"),
                                QStringLiteral("--operator"),
                                QString::number(c.value(QStringLiteral("operator")).toInteger()),
                                QStringLiteral("--systems"),
                                QString::number(c.value(QStringLiteral("system")).toInteger()),
                                QStringLiteral("--received"), received,
                                QStringLiteral("--description"), QStringLiteral("核心系统迁移")});
        QCOMPARE(report.code, 0);
        // The system's decided case was made before the report: it does not count.
        const QString today = QDate::currentDate().addDays(100).toString(Qt::ISODate);
        const Run first = cli(QStringLiteral("--json deadlines --today %1").arg(today));
        const Run second = cli(QStringLiteral("--json deadlines --today %1").arg(today));
        QCOMPARE(first.code, 0);
        QCOMPARE(first.out, second.out);
        const QJsonObject list = json(first);
        QCOMPARE(list.value(QStringLiteral("today")).toString(), today);
        const QJsonArray items = list.value(QStringLiteral("items")).toArray();
        QSet<QString> kinds;
        QString previous;
        for (const QJsonValue &v : items) {
            const QJsonObject i = v.toObject();
            for (const char *key : {"kind", "subject", "due", "status", "days"})
                QVERIFY2(i.contains(QLatin1String(key)), key);
            QVERIFY(i.value(QStringLiteral("due")).toString() >= previous);
            previous = i.value(QStringLiteral("due")).toString();
            kinds << i.value(QStringLiteral("kind")).toString();
            if (i.value(QStringLiteral("kind")).toString() == QLatin1String("reidentification"))
                QCOMPARE(i.value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
        }
        QVERIFY(kinds.contains(QStringLiteral("reidentification")));
        QVERIFY(kinds.contains(QStringLiteral("notification")));
        QVERIFY(kinds.contains(QStringLiteral("assessment")));
        const Run ics = cli(QStringLiteral("deadlines export --format ics --today %1").arg(today));
        QCOMPARE(ics.code, 0);
        QCOMPARE(ics.out.count("BEGIN:VEVENT"), items.size());
        QCOMPARE(cli(QStringLiteral("deadlines --kind nonsense")).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestIdentificationCli)
#include "tst_identificationcli.moc"
