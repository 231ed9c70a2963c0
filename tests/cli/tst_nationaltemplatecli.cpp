#include "domain/uscc.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include "teststore.h"

// The shipped national-guide template says only what the 2016 guide says, is named for the
// department's sector when imported, keeps its editor's notes out of the filing document; and
// a CII decision on a system below MLPS level 3 is flagged for follow-up.
class TestNationalTemplateCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_rules;

    using Run = CliRun;
    Run cli(const QStringList &args) { return CliRun::on(m_db, args); }
    Run cli(const QString &words) { return CliRun::on(m_db, words); }
    static QJsonObject json(const Run &r) { return r.json(); }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        m_db = TestStore::location(m_dir, QStringLiteral("store.sqlite"));
        QCOMPARE(cli(QStringLiteral("init")).code, 0);
        const QString tpl = m_dir.filePath(QStringLiteral("template.json"));
        QCOMPARE(
            cli({QStringLiteral("rules"), QStringLiteral("template"), QStringLiteral("--out"), tpl})
                .code,
            0);
        const Run imported = cli({QStringLiteral("rules"), QStringLiteral("import"), tpl,
                                  QStringLiteral("--sector"), QStringLiteral("energy")});
        QCOMPARE(imported.code, 0);
        m_rules = QString::fromUtf8(imported.out).trimmed();
    }

    void theTemplateHasNoCriterionTheGuideLacks()
    {
        const Run shown = cli(QStringLiteral("--json rules show ") + m_rules);
        QCOMPARE(shown.code, 0);
        const QJsonObject r = json(shown).value(QStringLiteral("ruleset")).toObject();
        QCOMPARE(r.value(QStringLiteral("expression")).toString(), QStringLiteral("core or harm"));
        QStringList ids;
        for (const QJsonValue &c : r.value(QStringLiteral("criteria")).toArray()) {
            const QJsonObject o = c.toObject();
            ids << o.value(QStringLiteral("id")).toString();
            QVERIFY(o.value(QStringLiteral("factor")).toString() != QLatin1String("cross_sector"));
            if (o.value(QStringLiteral("id")).toString() == QLatin1String("W1"))
                // The guide: 县级（含）以上党政机关网站, not only their portals.
                QCOMPARE(o.value(QStringLiteral("text_zh")).toString(),
                         QStringLiteral("县级（含）以上党政机关网站"));
        }
        QVERIFY(!ids.contains(QStringLiteral("X1")));
        QCOMPARE(ids.size(), 29); // W1–W9, P1–P9, B1–B11
        QCOMPARE(cli(QStringLiteral("rules test ") + m_rules).code, 0);
    }

    void anImportedTemplateIsNamedForItsSector()
    {
        const QJsonObject r = json(cli(QStringLiteral("--json rules show ") + m_rules))
                                  .value(QStringLiteral("ruleset"))
                                  .toObject();
        QCOMPARE(r.value(QStringLiteral("title_zh")).toString(),
                 QStringLiteral("能源领域关键信息基础设施认定规则"));
        QVERIFY(
            !r.value(QStringLiteral("title_en")).toString().contains(QStringLiteral("template")));
        // The editor's notes stay with the rules …
        QVERIFY(
            r.value(QStringLiteral("notes_zh")).toString().contains(QStringLiteral("备案前核实")));
    }

    void theFilingDocumentPrintsNeitherTheNotesNorTheTemplatesTitle()
    {
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("file"), m_rules,
                      QStringLiteral("--reference"), QStringLiteral("能网保〔2026〕3号"),
                      QStringLiteral("--date"), QStringLiteral("2026-03-01")})
                     .code,
                 0);
        const QString pdf = m_dir.filePath(QStringLiteral("rules.pdf"));
        const Run doc =
            cli({QStringLiteral("rules"), QStringLiteral("document"), m_rules,
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"),
                 QStringLiteral("zh"), QStringLiteral("--out"), pdf});
        QCOMPARE(doc.code, 0);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput())
                                 .remove(QLatin1Char('\n'))
                                 .remove(QLatin1Char(' '));
        QVERIFY2(text.contains(QStringLiteral("能源领域关键信息基础设施认定规则")),
                 qPrintable(text.left(400)));
        for (const QString &never : {QStringLiteral("模板"), QStringLiteral("备案前核实"),
                                     QStringLiteral("未逐条与原文核对"), QStringLiteral("说明")})
            QVERIFY2(!text.contains(never), qPrintable(never));
    }

    void aCiiDecisionBelowMlpsLevelThreeIsFlagged()
    {
        const QString first17 = QStringLiteral("91110000100000000");
        Run r = cli({QStringLiteral("operators"), QStringLiteral("add"),
                     QStringLiteral("--name-zh"), QStringLiteral("某能源集团有限公司"),
                     QStringLiteral("--name-en"), QStringLiteral("Energy Group"),
                     QStringLiteral("--uscc"), first17 + cii::Uscc::checkCharacter(first17),
                     QStringLiteral("--sector"), QStringLiteral("energy")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString op = QString::fromUtf8(r.out).trimmed();
        QStringList ids;
        for (const QString &mlps : {QStringLiteral("2"), QStringLiteral("3")}) {
            r = cli({QStringLiteral("systems"), QStringLiteral("add"), QStringLiteral("--operator"),
                     op, QStringLiteral("--name"), QStringLiteral("门户网站") + mlps,
                     QStringLiteral("--category"), QStringLiteral("website"),
                     QStringLiteral("--mlps"), mlps});
            QCOMPARE(r.code, 0);
            ids << QString::fromUtf8(r.out).trimmed();
            QCOMPARE(cli({QStringLiteral("systems"), QStringLiteral("set-indicator"), ids.last(),
                          QStringLiteral("gov_site_level_county_plus"), QStringLiteral("true")})
                         .code,
                     0);
        }
        r = cli({QStringLiteral("--json"), QStringLiteral("identify"), QStringLiteral("--system"),
                 ids.at(0), QStringLiteral("--system"), ids.at(1)});
        QCOMPARE(r.code, 0);
        const QJsonArray cases = json(r).value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QString c =
                QString::number(cases.at(i).toObject().value(QStringLiteral("id")).toInteger());
            QCOMPARE(cases.at(i).toObject().value(QStringLiteral("outcome")).toString(),
                     QStringLiteral("cii"));
            // Before the decision nothing is flagged: the flag is the decision's follow-up.
            QCOMPARE(json(cli(QStringLiteral("--json cases show ") + c))
                         .value(QStringLiteral("case"))
                         .toObject()
                         .value(QStringLiteral("mlps_follow_up"))
                         .toBool(),
                     false);
            QCOMPARE(cli(QStringLiteral("decide ") + c + QStringLiteral(" --confirm")).code, 0);
            const QJsonObject shown = json(cli(QStringLiteral("--json cases show ") + c))
                                          .value(QStringLiteral("case"))
                                          .toObject();
            QCOMPARE(shown.value(QStringLiteral("mlps_level")).toInt(), i == 0 ? 2 : 3);
            QCOMPARE(shown.value(QStringLiteral("mlps_follow_up")).toBool(), i == 0);
            const Run text = cli(QStringLiteral("cases show ") + c);
            QCOMPARE(
                QString::fromUtf8(text.out).contains(QStringLiteral("MLPS level 2, below level 3")),
                i == 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestNationalTemplateCli)
#include "tst_nationaltemplatecli.moc"
