#include "storage/database.h"
#include "storage/registryrepository.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    QString m_rulesetId;
    // Cases decided for the concurrent MPS notifications, in pairs of one notification each.
    QStringList m_decided;

    // The text of a PDF, without any white space (lines break anywhere in Chinese) and
    // without the page numbers ("— 2 —"), which pdftotext may read into a sentence that
    // runs over a page break.
    static QString pdfText(const QString &file)
    {
        return tool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")})
            .remove(QRegularExpression(QStringLiteral("\\s")))
            .remove(QRegularExpression(QStringLiteral("—\\d+—")));
    }
    // A key of the first notice `notice export --json` wrote.
    static QString firstNotice(const Run &r, const char *key)
    {
        return json(r)
            .value(QStringLiteral("notices"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String(key))
            .toString();
    }
    static QString firstFile(const Run &r) { return firstNotice(r, "file"); }
    static QString firstNumber(const Run &r) { return firstNotice(r, "number_text"); }
    Run exportNotice(const QStringList &cases, const QString &to, const QStringList &extra = {})
    {
        return cli(QStringList{QStringLiteral("--json"), QStringLiteral("notice"),
                               QStringLiteral("export")} +
                   cases +
                   QStringList{QStringLiteral("--to"), to, QStringLiteral("--lang"),
                               QStringLiteral("zh"), QStringLiteral("--out"),
                               m_dir.filePath(QStringLiteral("notices"))} +
                   extra);
    }
    // One value read straight from the store.
    QVariant storeValue(const QString &sql) { return TestStore::value(m_db, sql); }
    qint64 noticeCount()
    {
        return storeValue(QStringLiteral("SELECT COUNT(*) FROM notices")).toLongLong();
    }
    QJsonObject caseJson(const QString &id)
    {
        return json(cli(QStringLiteral("--json cases show %1").arg(id)))
            .value(QStringLiteral("case"))
            .toObject();
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QVERIFY(m_dir.isValid());
        m_db = TestStore::location(m_dir);
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
        m_rulesetId = id;
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
            QCOMPARE(c.value(QStringLiteral("trace")).toArray().size(), 29);
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

    void numberedDocumentsWaitForTheDepartmentsContact()
    {
        // Name and prefix are set (initTestCase), the contact not yet: nothing is numbered.
        const Run decided = cli(QStringLiteral("--json cases list --status decided"));
        const QString id = QString::number(json(decided)
                                               .value(QStringLiteral("cases"))
                                               .toArray()
                                               .first()
                                               .toObject()
                                               .value(QStringLiteral("id"))
                                               .toInteger());
        for (const QString &to : {QStringLiteral("operator"), QStringLiteral("mps")}) {
            const Run refused = exportNotice({id}, to);
            QCOMPARE(refused.code, 3);
            QVERIFY2(refused.err.contains(QStringLiteral("departments set own --contact-name T "
                                                         "--contact-phone T")),
                     qPrintable(refused.err));
            QVERIFY2(!refused.err.contains(QStringLiteral("--doc-prefix")),
                     qPrintable(refused.err));
        }
        const QString letter = m_dir.filePath(QStringLiteral("letter-refused.pdf"));
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("letter"), m_rulesetId,
                      QStringLiteral("--out"), letter})
                     .code,
                 3);
        QVERIFY(!QFile::exists(letter));
        QCOMPARE(noticeCount(), 0);
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("notices"))).exists() ||
                QDir(m_dir.filePath(QStringLiteral("notices"))).isEmpty());

        QCOMPARE(cli({QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                      QStringLiteral("--contact-name"), QStringLiteral("李四"),
                      QStringLiteral("--contact-phone"), QStringLiteral("010-66881234")})
                     .code,
                 0);
        const QJsonObject own = json(cli(QStringLiteral("--json departments list")))
                                    .value(QStringLiteral("departments"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(own.value(QStringLiteral("key")).toString(), QStringLiteral("own"));
        QCOMPARE(own.value(QStringLiteral("contact_name")).toString(), QStringLiteral("李四"));
        QCOMPARE(own.value(QStringLiteral("contact_phone")).toString(),
                 QStringLiteral("010-66881234"));
    }

    // cli.md: `departments set KEY` sets a department there is; a new key is refused (exit 3),
    // never added: departments are added in Settings (RegistryRepository::addDepartment).
    void departmentsSetNeverAddsADepartment()
    {
        const Run refused = cli({QStringLiteral("departments"), QStringLiteral("set"),
                                 QStringLiteral("energy-bureau"), QStringLiteral("--name-zh"),
                                 QStringLiteral("省能源局")});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("no department with key 'energy-bureau'")),
                 qPrintable(refused.err));
        const auto keys = [this] {
            QStringList out;
            for (const QJsonValue &d : json(cli(QStringLiteral("--json departments list")))
                                           .value(QStringLiteral("departments"))
                                           .toArray())
                out << d.toObject().value(QStringLiteral("key")).toString();
            return out;
        };
        QVERIFY(!keys().contains(QStringLiteral("energy-bureau")));
        {
            cii::Database db;
            QVERIFY(db.open(m_db).ok());
            cii::Department added;
            added.key = QStringLiteral("energy-bureau");
            added.nameZh = QStringLiteral("省能源局");
            QVERIFY(cii::RegistryRepository(db).addDepartment(added).ok());
        }
        QCOMPARE(cli({QStringLiteral("departments"), QStringLiteral("set"),
                      QStringLiteral("energy-bureau"), QStringLiteral("--contact-name"),
                      QStringLiteral("钱工")})
                     .code,
                 0);
        for (const QJsonValue &d : json(cli(QStringLiteral("--json departments list")))
                                       .value(QStringLiteral("departments"))
                                       .toArray())
            if (d.toObject().value(QStringLiteral("key")) ==
                QJsonValue(QStringLiteral("energy-bureau")))
                QCOMPARE(d.toObject().value(QStringLiteral("contact_name")).toString(),
                         QStringLiteral("钱工"));
        QVERIFY(keys().contains(QStringLiteral("energy-bureau")));
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
        // The operator's duties, each with its article.
        for (const char *article : {"第十一条",
                                    "第十二条",
                                    "同步规划、同步建设、同步使用",
                                    "第十三条",
                                    "主要负责人",
                                    "第十四条",
                                    "安全背景审查",
                                    "第十五条",
                                    "第十六条",
                                    "第十七条",
                                    "每年至少进行一次网络安全检测和风险评估",
                                    "报送本部门",
                                    "第十八条",
                                    "第十九条",
                                    "安全可信",
                                    "安全审查",
                                    "第二十条",
                                    "安全保密协议",
                                    "第二十一条",
                                    "合并、分立、解散"})
            QVERIFY2(text.contains(QString::fromUtf8(article)), article);
        QVERIFY(text.contains(QStringLiteral("对认定结果有疑问或者异议的，可向本部门提出。"
                                             "联系人：李四，联系电话：010-66881234。")));
        // The MPS notification is not on record: it will be notified, not "was".
        QVERIFY(text.contains(QStringLiteral("认定结果将同时通报国务院公安部门。")));
        QVERIFY(!text.contains(QStringLiteral("已同时通报")));
        QVERIFY(!text.contains(QStringLiteral("已通报国务院公安部门")));

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
            QCOMPARE(json(r)
                         .value(QStringLiteral("notices"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("reprint"))
                         .toBool(),
                     false);
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
        m_decided = decided;
    }

    void aCaseInANoticeIsReprintedOrReissuedWithAReason()
    {
        // decided[0] and [1] are in one notification to the MPS.
        const QString pair = m_decided.at(0);
        const Run both = exportNotice({m_decided.at(0), m_decided.at(1)}, QStringLiteral("mps"));
        QCOMPARE(both.code, 0);
        const QJsonObject original =
            json(both).value(QStringLiteral("notices")).toArray().first().toObject();
        QCOMPARE(original.value(QStringLiteral("reprint")).toBool(), true);
        const QString number = original.value(QStringLiteral("number_text")).toString();
        const qint64 before = noticeCount();

        // The case alone is another set: refused without --reissue, nothing numbered.
        const Run refused = exportNotice({pair}, QStringLiteral("mps"));
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("case %1 is already in notice %2; reprint it, "
                                                     "or use --reissue --reason T")
                                          .arg(pair, number)),
                 qPrintable(refused.err));
        QCOMPARE(noticeCount(), before);
        QCOMPARE(exportNotice({pair}, QStringLiteral("mps"), {QStringLiteral("--reissue")}).code,
                 2);

        const Run reissued = exportNotice({pair}, QStringLiteral("mps"),
                                          {QStringLiteral("--reissue"), QStringLiteral("--reason"),
                                           QStringLiteral("更正运营者名称")});
        QCOMPARE(reissued.code, 0);
        const QJsonObject n =
            json(reissued).value(QStringLiteral("notices")).toArray().first().toObject();
        QVERIFY(n.value(QStringLiteral("number_text")).toString() != number);
        QCOMPARE(n.value(QStringLiteral("replaces")).toInteger(),
                 original.value(QStringLiteral("id")).toInteger());
        QCOMPARE(noticeCount(), before + 1);
        const QString text = pdfText(n.value(QStringLiteral("file")).toString());
        QVERIFY2(
            text.contains(
                QStringLiteral("本通报替代本部门%1，重新印发原因：更正运营者名称。").arg(number)),
            qPrintable(text));
        const QString audit =
            storeValue(
                QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'reissue' AND "
                               "entity = 'notice' AND entity_id = '%1'")
                    .arg(n.value(QStringLiteral("id")).toInteger()))
                .toString();
        QVERIFY2(audit.contains(QStringLiteral("更正运营者名称")), qPrintable(audit));
        QVERIFY2(audit.contains(number), qPrintable(audit));
        QVERIFY(
            json(cli(QStringLiteral("--json verify-audit"))).value(QStringLiteral("ok")).toBool());

        // The same set again reprints the reissued notice: its number, no new one.
        const Run again = exportNotice({pair}, QStringLiteral("mps"));
        QCOMPARE(again.code, 0);
        QCOMPARE(firstNumber(again), n.value(QStringLiteral("number_text")).toString());
        QCOMPARE(noticeCount(), before + 1);
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
    void theMpsIsSaidNotifiedOnlyOnceThatIsRecorded()
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        // Not recorded: "will be notified"; the reprint after recording keeps what was issued.
        const QString pending = m_decided.at(2);
        const Run first = exportNotice({pending}, QStringLiteral("operator"));
        QCOMPARE(first.code, 0);
        QVERIFY(pdfText(firstFile(first)).contains(QStringLiteral("将同时通报国务院公安部门")));
        QCOMPARE(
            cli(QStringLiteral("notice record %1 --to mps --date %2").arg(pending, today)).code, 0);
        const Run reprint = exportNotice({pending}, QStringLiteral("operator"));
        QCOMPARE(firstNumber(reprint), firstNumber(first));
        QVERIFY(!pdfText(firstFile(reprint)).contains(QStringLiteral("已通报国务院公安部门")));

        // Recorded before the notice: the notice says so.
        const QString recorded = m_decided.at(3);
        QCOMPARE(
            cli(QStringLiteral("notice record %1 --to mps --date %2").arg(recorded, today)).code,
            0);
        const Run after = exportNotice({recorded}, QStringLiteral("operator"));
        QCOMPARE(after.code, 0);
        const QString text = pdfText(firstFile(after));
        QVERIFY2(text.contains(QStringLiteral("认定结果已通报国务院公安部门。")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("将同时通报")));
    }

    void anOverriddenResultShowsTheDecisionNotTheCriteria()
    {
        // An undecided case the engine found CII, with the criteria it met.
        const QJsonObject rules = json(cli(QStringLiteral("--json rules show %1").arg(m_rulesetId)))
                                      .value(QStringLiteral("ruleset"))
                                      .toObject();
        QHash<QString, QString> criterionText;
        for (const QJsonValue &v : rules.value(QStringLiteral("criteria")).toArray())
            criterionText.insert(v.toObject().value(QStringLiteral("id")).toString(),
                                 v.toObject().value(QStringLiteral("text_zh")).toString());
        QString id;
        QStringList met;
        for (const QJsonValue &v : json(cli(QStringLiteral("--json cases list --status evaluated")))
                                       .value(QStringLiteral("cases"))
                                       .toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("outcome")).toString() != QLatin1String("cii"))
                continue;
            id = QString::number(c.value(QStringLiteral("id")).toInteger());
            for (const QJsonValue &t : caseJson(id).value(QStringLiteral("trace")).toArray())
                if (t.toObject().value(QStringLiteral("result")).toString() == QLatin1String("met"))
                    met << criterionText.value(
                        t.toObject().value(QStringLiteral("criterion")).toString());
            if (!met.isEmpty() && cli({QStringLiteral("decide"), id, QStringLiteral("--override"),
                                       QStringLiteral("not-cii"), QStringLiteral("--reason"),
                                       QStringLiteral("经复核该系统已停止承载核心业务")})
                                          .code == 0)
                break;
            met.clear();
        }
        QVERIFY(!met.isEmpty());
        const Run r = exportNotice({id}, QStringLiteral("operator"));
        QCOMPARE(r.code, 0);
        const QString text = pdfText(firstFile(r));
        // (A table cell: pdftotext interleaves its lines with the next cell's.)
        QVERIFY2(text.contains(QStringLiteral("本部门决定不认定")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("理由：经复核")));
        QVERIFY(text.contains(QStringLiteral("停止承载核心业务")));
        for (const QString &criterion : met)
            QVERIFY2(!text.contains(
                         QString(criterion).remove(QRegularExpression(QStringLiteral("\\s")))),
                     qPrintable(criterion));
        // Not CII: no operator duties are listed.
        QVERIFY(!text.contains(QStringLiteral("第十二条")));
    }

    void filingLetterGoesToTheMpsWithTheRulesAsItsAttachment()
    {
        const QString file = m_dir.filePath(QStringLiteral("letter.pdf"));
        const Run r =
            cli({QStringLiteral("rules"), QStringLiteral("letter"), m_rulesetId,
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"),
                 QStringLiteral("zh"), QStringLiteral("--out"), file});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), file);
        const QString text = pdfText(file);
        QVERIFY2(text.contains(QStringLiteral("公安部：")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("第九条")));
        QVERIFY(text.contains(QStringLiteral("报送你部备案")));
        QVERIFY(text.contains(QStringLiteral("请予备案")));
        QVERIFY(text.contains(QStringLiteral("附件：")));
        QVERIFY(text.contains(QStringLiteral("备案材料")));
        QVERIFY(text.contains(QStringLiteral("联系人：李四")));
        const QRegularExpressionMatch number =
            QRegularExpression(QStringLiteral("金网保〔\\d+〕\\d+号")).match(text);
        QVERIFY(number.hasMatch());
        const qint64 before = noticeCount();
        const Run again = cli({QStringLiteral("--json"), QStringLiteral("rules"),
                               QStringLiteral("letter"), m_rulesetId, QStringLiteral("--lang"),
                               QStringLiteral("en"), QStringLiteral("--out"), file});
        QCOMPARE(again.code, 0);
        QCOMPARE(json(again).value(QStringLiteral("reprint")).toBool(), true);
        QCOMPARE(json(again).value(QStringLiteral("number_text")).toString(), number.captured(0));
        QCOMPARE(noticeCount(), before);
        const QString en = tool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        QVERIFY2(en.contains(QStringLiteral("Ministry of Public Security")), qPrintable(en));
        QVERIFY(en.contains(QStringLiteral("Article 9")));
    }

    void reidentificationCitesArticle11TheReportAndTheNoticeItReplaces()
    {
        // decided[2] has an operator notice; its operator reports a major change.
        const QJsonObject earlier = caseJson(m_decided.at(2));
        const QString earlierNumber =
            firstNumber(exportNotice({m_decided.at(2)}, QStringLiteral("operator")));
        QVERIFY(!earlierNumber.isEmpty());
        const QDate received = QDate::currentDate();
        QCOMPARE(cli({QStringLiteral("change-report"), QStringLiteral("add"),
                      QStringLiteral("--operator"),
                      QString::number(earlier.value(QStringLiteral("operator")).toInteger()),
                      QStringLiteral("--systems"),
                      QString::number(earlier.value(QStringLiteral("system")).toInteger()),
                      QStringLiteral("--received"), received.toString(Qt::ISODate),
                      QStringLiteral("--description"), QStringLiteral("数据中心整体迁移")})
                     .code,
                 0);
        const Run again = cli(QStringLiteral("identify --system %1")
                                  .arg(earlier.value(QStringLiteral("system")).toInteger()));
        QCOMPARE(again.code, 0);
        const QString id = QString::fromUtf8(again.out).trimmed();
        QCOMPARE(cli(QStringLiteral("decide %1 --confirm").arg(id)).code, 0);
        const Run r = exportNotice({id}, QStringLiteral("operator"));
        QCOMPARE(r.code, 0);
        QVERIFY(firstNumber(r) != earlierNumber);
        const QString text = pdfText(firstFile(r));
        const QString day = QStringLiteral("%1年%2月%3日")
                                .arg(received.year())
                                .arg(received.month())
                                .arg(received.day());
        QVERIFY2(
            text.contains(QStringLiteral("第1项系依照条例第十一条，根据你单位于%1报告的较大变化"
                                         "情况进行的重新认定，其认定结果替代本部门%2所载认定"
                                         "结果。")
                              .arg(day, earlierNumber)),
            qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestIdentificationCli)
#include "tst_identificationcli.moc"
