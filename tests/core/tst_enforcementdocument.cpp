#include "io/documentfile.h"
#include "io/documentsamples.h"
#include "io/enforcementdocument.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace cii;

// Each step's document of an enforcement case read back with pdftotext (and the ODT's XML,
// and LibreOffice's rendering of it): the facts, the provision with its text, the order or
// the penalty with its amounts, the time limits and remedies the law gives, and nothing the
// case does not record.
class TestEnforcementDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString run(const QString &program, const QStringList &args, int timeout = 60000)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(timeout);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static QString squeezed(const QString &s)
    {
        // The page numbers (— 2 —) sit between the lines of a paragraph that crosses a page.
        static const QRegularExpression pageNumber(
            QStringLiteral("(^|\\n)—\\s*\\d+\\s*—(?=\\n|$)"));
        const QString text = QString(s).replace(pageNumber, QStringLiteral("\n"));
        QString out;
        for (const QChar ch : text)
            if (!ch.isSpace())
                out += ch;
        return out;
    }
    QString write(const EnforcementDocumentContent &c, DocLanguage l, const QString &name,
                  DocumentFile::Format format = DocumentFile::Format::Pdf)
    {
        auto doc = EnforcementDocument::build(c, l);
        const QString path = m_dir.filePath(name);
        const Status s = DocumentFile::write(*doc, format, path, name);
        return s.ok() ? path : QString();
    }
    QString text(const EnforcementDocumentContent &c, DocLanguage l, const QString &name)
    {
        const QString pdf = write(c, l, name);
        return pdf.isEmpty() ? QString()
                             : squeezed(run(QStringLiteral("pdftotext"),
                                            {QStringLiteral("-raw"), pdf, QStringLiteral("-")}));
    }
    static void languages()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("language");
        for (const QString &kind : DocumentSamples::enforcementKinds())
            for (const auto &[key, l] :
                 {std::pair<const char *, DocLanguage::Value>{"zh", DocLanguage::Zh},
                  {"en", DocLanguage::En},
                  {"bilingual", DocLanguage::Bilingual}})
                QTest::addRow("%s-%s", qPrintable(kind), key) << kind << int(l);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("CII_KEEP_DOCUMENTS"));
    }

    void amountsAreFiguresWithTheirUnit_data()
    {
        QTest::addColumn<qint64>("yuan");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("under-a-thousand")
            << qint64(999) << QStringLiteral("999元") << QStringLiteral("999 yuan");
        QTest::newRow("a-thousand")
            << qint64(1000) << QStringLiteral("1,000元") << QStringLiteral("1,000 yuan");
        QTest::newRow("art-39-least")
            << qint64(100000) << QStringLiteral("100,000元") << QStringLiteral("100,000 yuan");
        QTest::newRow("art-39-most")
            << qint64(1000000) << QStringLiteral("1,000,000元") << QStringLiteral("1,000,000 yuan");
    }
    void amountsAreFiguresWithTheirUnit()
    {
        QFETCH(qint64, yuan);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        QCOMPARE(EnforcementDocument::amountText(yuan, DocLanguage::Zh), zh);
        QCOMPARE(EnforcementDocument::amountText(yuan, DocLanguage::En), en);
    }

    void eachStepsDocumentCarriesItsFields_data() { languages(); }
    void eachStepsDocumentCarriesItsFields()
    {
        QFETCH(QString, kind);
        QFETCH(int, language);
        const DocLanguage l = DocLanguage::Value(language);
        const EnforcementDocumentContent c = DocumentSamples::enforcement(kind);
        const QString t = text(c, l, QStringLiteral("%1-%2.pdf").arg(kind).arg(language));
        QVERIFY(!t.isEmpty());
        QStringList expected = {c.contactPhone, c.anchor};
        if (kind == QLatin1String("decision")) // APL Art. 59(1): the party identified
            expected << c.operatorUscc;
        if (l.chinese()) {
            expected << c.numberZh << c.departmentZh << c.operatorZh << c.factsZh << c.evidenceZh
                     << EnforcementDocument::title(kind, DocLanguage::Zh)
                     // Art. 17, the duty, and Art. 39(8), the provision, each with its text.
                     << QStringLiteral("第十七条“运营者应当自行或者委托网络安全服务机构对关键信息"
                                       "基础设施每年至少进行一次网络安全检测和风险评估")
                     << QStringLiteral("第三十九条第（八）项");
            // The remedies come with the acts that bind: the order (its warning is a
            // penalty) and the decision; an advance notice only proposes.
            if (kind != QLatin1String("advance-notice"))
                expected << QStringLiteral("六十日内") << QStringLiteral("六个月内")
                         << c.reconsiderationBodyZh << c.courtZh;
            if (kind == QLatin1String("order"))
                expected << QStringLiteral("于2026年12月2日前改正") << QStringLiteral("并给予警告")
                         << QStringLiteral("拒不改正或者导致危害网络安全等后果的")
                         << QStringLiteral("处10万元以上100万元以下罚款，对直接负责的主管人员处1万"
                                           "元以上10万元以下罚款");
            if (kind == QLatin1String("advance-notice"))
                expected << QStringLiteral("人民币200,000元") << QStringLiteral("人民币20,000元")
                         << c.personName << c.reasonsZh << QStringLiteral("陈述和申辩")
                         << QStringLiteral("第四十四条") << QStringLiteral("第六十四条")
                         << QStringLiteral("五个工作日内（即2026年12月14日前）")
                         << QStringLiteral("10万元以上100万元以下");
            if (kind == QLatin1String("decision"))
                expected << QStringLiteral("当事人：") << c.operatorAddressZh
                         << c.legalRepresentative << QStringLiteral("人民币200,000元")
                         << QStringLiteral("人民币20,000元") << QStringLiteral("十五日内")
                         << QStringLiteral("第六十七条") << c.paymentZh << c.defenceZh
                         << QStringLiteral("百分之三") << QStringLiteral("不停止执行");
        }
        if (l.value() != DocLanguage::Zh) {
            expected << c.operatorEn << c.factsEn << QStringLiteral("Art. 39(8)");
            if (kind != QLatin1String("advance-notice"))
                expected << QStringLiteral("within 60 days") << QStringLiteral("within six months");
            if (kind == QLatin1String("order"))
                expected << QStringLiteral("by 2 December 2026") << QStringLiteral("a warning")
                         << QStringLiteral("100,000 to 1,000,000 yuan");
            if (kind == QLatin1String("advance-notice"))
                expected << QStringLiteral("200,000 yuan") << QStringLiteral("20,000 yuan")
                         << QStringLiteral("five working days")
                         << QStringLiteral("14 December 2026");
            if (kind == QLatin1String("decision"))
                expected << QStringLiteral("200,000 yuan") << QStringLiteral("within 15 days")
                         << c.paymentEn;
        }
        for (const QString &s : expected)
            QVERIFY2(t.contains(squeezed(s)), qPrintable(s));
        if (l.value() == DocLanguage::En)
            QVERIFY(!t.contains(QStringLiteral("条例")));
        // A penalty not decided is not printed: the notice and decision of this sample give
        // no warning (it came with the order).
        if (kind != QLatin1String("order") && l.chinese())
            QVERIFY(!t.contains(QStringLiteral("（一）警告")));
    }

    void theProvisionDecidesDutyWarningAndFines_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("duty");
        QTest::addColumn<QString>("fines");
        const QString art39 = QStringLiteral("处10万元以上100万元以下罚款");
        const char *duties[] = {"第十一条", "第十二条", "第十三条", "第十四条", "第十四条",
                                "第十六条", "第十五条", "第十七条", "第二十条", "第二十一条"};
        for (int i = 1; i <= 10; ++i)
            QTest::addRow("39-%d", i) << QStringLiteral("Art. 39(%1)").arg(i)
                                      << QString::fromUtf8(duties[i - 1]) << art39;
        QTest::newRow("40") << QStringLiteral("Art. 40") << QStringLiteral("第十八条第一款")
                            << art39;
        QTest::newRow("42") << QStringLiteral("Art. 42") << QStringLiteral("第二十八条")
                            << QStringLiteral("处5万元以上50万元以下罚款");
    }
    void theProvisionDecidesDutyWarningAndFines()
    {
        QFETCH(QString, article);
        QFETCH(QString, duty);
        QFETCH(QString, fines);
        QVERIFY(EnforcementDocument::knowsArticle(article));
        EnforcementDocumentContent c = DocumentSamples::enforcement(QStringLiteral("order"));
        c.article = article;
        c.warning = article != QLatin1String("Art. 42"); // Art. 42 orders no warning
        const QString t = text(c, DocLanguage::Zh, QStringLiteral("p-%1.pdf").arg(article));
        QVERIFY2(t.contains(QStringLiteral("条例》") + duty + QStringLiteral("“")),
                 qPrintable(duty));
        QVERIFY(t.contains(fines));
        QCOMPARE(t.contains(QStringLiteral("并给予警告")), c.warning);
        QCOMPARE(t.contains(QStringLiteral("本通知书中的警告不服")), c.warning);
    }

    void anUnknownProvisionIsCitedAsGivenWithoutText()
    {
        QVERIFY(!EnforcementDocument::knowsArticle(QStringLiteral("Art. 41")));
        EnforcementDocumentContent c = DocumentSamples::enforcement(QStringLiteral("order"));
        c.article = QStringLiteral("Art. 41");
        const QString t = text(c, DocLanguage::Zh, QStringLiteral("unknown.pdf"));
        QVERIFY(t.contains(QStringLiteral("《关键信息基础设施安全保护条例》Art.41所列情形")));
        QVERIFY(!t.contains(QStringLiteral("10万元以上100万元以下")));
    }

    void emptyFieldsPrintAsNotRecorded_data() { languages(); }
    void emptyFieldsPrintAsNotRecorded()
    {
        QFETCH(QString, kind);
        QFETCH(int, language);
        const DocLanguage l = DocLanguage::Value(language);
        const EnforcementDocumentContent full = DocumentSamples::enforcement(kind);
        EnforcementDocumentContent c = full;
        for (QString *s :
             {&c.factsZh, &c.factsEn, &c.reasonsZh, &c.reasonsEn, &c.paymentZh, &c.paymentEn,
              &c.operatorAddressZh, &c.operatorAddressEn, &c.reconsiderationBodyZh,
              &c.reconsiderationBodyEn, &c.courtZh, &c.courtEn, &c.defenceZh, &c.defenceEn})
            s->clear();
        c.evidenceZh.clear();
        c.evidenceEn.clear();
        c.rectifyBy = c.statementBy = c.hearingRequestBy = QDate();
        const QString t = text(c, l, QStringLiteral("e-%1-%2.pdf").arg(kind).arg(language));
        QVERIFY(!t.isEmpty());
        for (const QString &s :
             {full.factsZh, full.factsEn, full.reasonsZh, full.paymentZh, full.operatorAddressZh,
              full.reconsiderationBodyZh, full.courtZh, full.defenceZh, full.evidenceZh.value(0)})
            if (!s.isEmpty())
                QVERIFY2(!t.contains(squeezed(s)), qPrintable(s));
        if (l.chinese()) {
            QVERIFY(t.contains(QStringLiteral("违法事实：未记录")));
            QVERIFY(t.contains(QStringLiteral("证据：未记录")));
            // No body named where none is recorded; the remedy itself is the law's.
            if (kind != QLatin1String("advance-notice")) // a proposal is not yet reviewable
                QVERIFY(t.contains(QStringLiteral("依法申请行政复议")));
            if (kind == QLatin1String("order"))
                QVERIFY(t.contains(QStringLiteral("改正期限：未记录")));
            if (kind == QLatin1String("advance-notice")) {
                QVERIFY(t.contains(QStringLiteral("拟作出行政处罚的理由：未记录")));
                QVERIFY(t.contains(QStringLiteral("五个工作日内向本部门提出")));
                QVERIFY(!t.contains(QStringLiteral("视为放弃陈述")));
            }
            if (kind == QLatin1String("decision")) {
                QVERIFY(t.contains(QStringLiteral("地址：未记录")));
                QVERIFY(t.contains(QStringLiteral("缴纳方式：未记录")));
                QVERIFY(!t.contains(QStringLiteral("陈述、申辩及听证情况")));
            }
        } else {
            QVERIFY(t.contains(QStringLiteral("notrecorded")));
        }
    }

    void odtHoldsTheSameText_data() { languages(); }
    void odtHoldsTheSameText()
    {
        QFETCH(QString, kind);
        QFETCH(int, language);
        const DocLanguage l = DocLanguage::Value(language);
        const EnforcementDocumentContent c = DocumentSamples::enforcement(kind);
        const QString odt = write(c, l, QStringLiteral("o-%1-%2.odt").arg(kind).arg(language),
                                  DocumentFile::Format::Odt);
        QVERIFY(!odt.isEmpty());
        const QString xml = squeezed(run(
            QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")}));
        QVERIFY(xml.contains(squeezed(c.contactPhone)));
        if (l.chinese()) {
            QVERIFY(xml.contains(squeezed(c.numberZh)));
            QVERIFY(xml.contains(squeezed(c.factsZh)));
        } else {
            QVERIFY(xml.contains(squeezed(c.numberEn)));
            QVERIFY(xml.contains(squeezed(c.factsEn)));
        }
    }

    void libreOfficeReadsTheOdt()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("soffice (Debian libreoffice-writer-nogui) is not installed: the ODT's "
                  "rendering by LibreOffice is not checked");
        QStringList odts;
        for (const QString &kind : DocumentSamples::enforcementKinds())
            odts << write(DocumentSamples::enforcement(kind), DocLanguage::Zh,
                          QStringLiteral("lo-%1.odt").arg(kind), DocumentFile::Format::Odt);
        const QString out = m_dir.filePath(QStringLiteral("lo"));
        QProcess p;
        p.start(soffice, QStringList{QStringLiteral("-env:UserInstallation=file://") +
                                         m_dir.filePath(QStringLiteral("profile")),
                                     QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                     QStringLiteral("pdf"), QStringLiteral("--outdir"), out}
                             << odts);
        QVERIFY(p.waitForFinished(240000));
        for (const QString &kind : DocumentSamples::enforcementKinds()) {
            const EnforcementDocumentContent c = DocumentSamples::enforcement(kind);
            const QString pdf = out + QStringLiteral("/lo-%1.pdf").arg(kind);
            QVERIFY2(QFile::exists(pdf), p.readAllStandardError().constData());
            const QString t =
                squeezed(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
            QVERIFY2(t.contains(EnforcementDocument::title(kind, DocLanguage::Zh)),
                     qPrintable(kind));
            QVERIFY(t.contains(squeezed(c.numberZh)));
            QVERIFY(t.contains(squeezed(c.factsZh)));
        }
    }
};

QTEST_MAIN(TestEnforcementDocument)
#include "tst_enforcementdocument.moc"
