#include "io/documentfile.h"
#include "io/rulesetfilingdocument.h"
#include "rules/ruletemplates.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace cii;

// Documents are checked by reading them back: pdftotext and pdffonts for PDF, the ODT's
// content.xml for ODT.
class TestFilingDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QString writeDocument(const QString &name, DocumentFile::Format format, DocLanguage language)
    {
        RuleSet rules = RuleTemplates::nationalGuide2016().value();
        rules.sector = QStringLiteral("energy");
        rules.status = QStringLiteral("filed");
        rules.filingReference = QStringLiteral("公网安备〔2026〕3号");
        rules.filedOn = QDate(2026, 11, 20);
        auto doc = RuleSetFilingDocument::build(
            rules, {QStringLiteral("国家能源局"), QStringLiteral("National Energy Administration")},
            language, QDate(2026, 11, 25));
        const QString path = m_dir.filePath(name);
        const Status s = DocumentFile::write(*doc, format, path, rules.titleZh);
        return s.ok() ? path : QString();
    }

private slots:
    void chinesePdfCarriesItsTextAndEmbedsTheScFonts()
    {
        const QString pdf =
            writeDocument(QStringLiteral("zh.pdf"), DocumentFile::Format::Pdf, DocLanguage::Zh);
        QVERIFY(!pdf.isEmpty());
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const char *expected :
             {"国家能源局", "关键信息基础设施认定规则", "制定部门", "行业领域", "能源",
              "公网安备〔2026〕3号", "日均访问量超过100万人次", "2026年11月25日", "认定标准",
              "测试用例", "内部资料"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        // No CJK radical stands in for an everyday character (Qt's shared-glyph mapping).
        for (const QChar c : text)
            QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF), qPrintable(QString(c)));
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("NotoSerifCJKsc")), qPrintable(fonts));
        QVERIFY(!fonts.contains(QStringLiteral("CJKjp")));
        const QFile::Permissions perms = QFile::permissions(pdf);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void englishPdfIsInEnglish()
    {
        const QString pdf =
            writeDocument(QStringLiteral("en.pdf"), DocumentFile::Format::Pdf, DocLanguage::En);
        // Table cells wrap: read in drawing order (a cell's lines together, not merged with the
        // next column's), with the line breaks folded.
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
                .simplified();
        QVERIFY(text.contains(QStringLiteral("National Energy Administration")));
        QVERIFY(text.contains(QStringLiteral("More than 1,000,000 visits a day on average")));
        QVERIFY(text.contains(QStringLiteral("25 November 2026")));
        QVERIFY(!text.contains(QStringLiteral("制定部门")));
    }

    void bilingualPdfHasBoth()
    {
        const QString pdf = writeDocument(QStringLiteral("both.pdf"), DocumentFile::Format::Pdf,
                                          DocLanguage::Bilingual);
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
                .simplified();
        QVERIFY(text.contains(QStringLiteral("日均访问量超过100万人次")));
        QVERIFY(text.contains(QStringLiteral("More than 1,000,000 visits a day on average")));
    }

    void odtContentHoldsTheSameText()
    {
        const QString odt =
            writeDocument(QStringLiteral("zh.odt"), DocumentFile::Format::Odt, DocLanguage::Zh);
        QVERIFY(!odt.isEmpty());
        const QString xml = run(QStringLiteral("unzip"),
                                {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        QVERIFY2(xml.contains(QStringLiteral("国家能源局")), qPrintable(xml.left(200)));
        QVERIFY(xml.contains(QStringLiteral("日均访问量超过100万人次")));
        QVERIFY(xml.contains(QStringLiteral("公网安备〔2026〕3号")));
    }
};

QTEST_MAIN(TestFilingDocument)
#include "tst_filingdocument.moc"
