#include "io/documentfile.h"
#include "io/documentsamples.h"
#include "io/identificationnotice.h"
#include "io/inspectionnotice.h"
#include "io/odtpackage.h"
#include "io/officialdocument.h"
#include "io/rulesetfilingdocument.h"
#include "rules/ruleset.h"
#include "rules/ruletemplates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace cii;

// GB/T 9704-2012 as a regulator checks it: every document rendered, read back with pdftotext
// -bbox-layout (millimetres from the page's top left), pdffonts, the ODT's XML, and
// LibreOffice's rendering of the ODT.
class TestDocumentLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Word
    {
        QRectF mm; // in millimetres
        QString text;
    };
    using Page = QList<QList<Word>>; // lines of words

    static QString run(const QString &program, const QStringList &args, int timeout = 120000)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(timeout);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static QList<Page> pages(const QString &pdf)
    {
        QList<Page> out;
        QXmlStreamReader xml(run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")}));
        constexpr qreal mmPerPt = 25.4 / 72;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("page"))
                out.append(Page());
            else if (xml.name() == QLatin1String("line"))
                out.last().append(QList<Word>());
            else if (xml.name() == QLatin1String("word")) {
                const auto a = xml.attributes();
                const QRectF r(QPointF(a.value(QLatin1String("xMin")).toDouble(),
                                       a.value(QLatin1String("yMin")).toDouble()) *
                                   mmPerPt,
                               QPointF(a.value(QLatin1String("xMax")).toDouble(),
                                       a.value(QLatin1String("yMax")).toDouble()) *
                                   mmPerPt);
                out.last().last().append({r, xml.readElementText()});
            }
        }
        return out;
    }
    static QString lineText(const QList<Word> &line)
    {
        QStringList words;
        for (const Word &w : line)
            words << w.text;
        return words.join(QLatin1Char(' '));
    }
    // The page (0-based) of the first line containing `text`, or -1.
    static int pageOf(const QList<Page> &doc, const QString &text)
    {
        for (int p = 0; p < doc.size(); ++p)
            for (const auto &line : doc.at(p))
                if (lineText(line).contains(text))
                    return p;
        return -1;
    }

    static NoticeContent notice(const QString &kind, int entries)
    {
        NoticeContent c;
        c.kind = kind;
        c.departmentZh = QStringLiteral("金融行业网络安全保护办公室");
        c.departmentEn = QStringLiteral("Finance Cybersecurity Office");
        c.numberZh = QStringLiteral("金网保〔2026〕7号");
        c.numberEn = QStringLiteral("FCO [2026] No. 7");
        c.date = QDate(2026, 12, 1);
        c.addresseeZh = kind == QLatin1String("mps") ? QStringLiteral("公安部")
                                                     : QStringLiteral("杭州中联保险股份有限公司");
        c.addresseeEn = kind == QLatin1String("mps")
                            ? QStringLiteral("Ministry of Public Security")
                            : QStringLiteral("Hangzhou Zhonglian Insurance");
        for (int i = 0; i < entries; ++i) {
            NoticeEntry e;
            e.operatorNameZh = QStringLiteral("杭州中联保险股份有限公司");
            e.operatorNameEn = QStringLiteral("Hangzhou Zhonglian Insurance Co., Ltd.");
            e.operatorUscc = QStringLiteral("91330106Q259X2T9F5");
            e.systemName = QStringLiteral("杭州中联保险网上服务大厅%1").arg(i + 1);
            e.category = QStringLiteral("platform");
            e.outcome = i % 3 ? Outcome::Cii : Outcome::NotCii;
            if (i % 3) {
                e.metZh = QStringList{QStringLiteral("日均访问量超过100万人次")};
                e.metEn = QStringList{QStringLiteral("More than 1,000,000 visits a day")};
            }
            e.rulesZh = QStringLiteral("《关键信息基础设施认定规则》（第1版）");
            e.rulesEn = QStringLiteral("CII identification rules (version 1)");
            e.decidedOn = QDate(2026, 11, 20);
            c.entries << e;
        }
        return c;
    }
    static InspectionNoticeContent inspection()
    {
        InspectionNoticeContent c;
        c.departmentsZh = QStringList{QStringLiteral("金融行业网络安全保护办公室")};
        c.departmentsEn = QStringList{QStringLiteral("Finance Cybersecurity Office")};
        c.numberZh = QStringLiteral("金网保〔2026〕8号");
        c.numberEn = QStringLiteral("FCO [2026] No. 8");
        c.date = QDate(2026, 12, 1);
        c.operatorZh = QStringLiteral("杭州中联保险股份有限公司");
        c.operatorEn = QStringLiteral("Hangzhou Zhonglian Insurance Co., Ltd.");
        c.operatorUscc = QStringLiteral("91330106Q259X2T9F5");
        c.kind = QStringLiteral("inspection");
        c.team = QStringLiteral("张三、李四");
        c.contactName = QStringLiteral("王五");
        c.contactPhone = QStringLiteral("010-12345678");
        c.start = QDate(2027, 1, 11);
        c.end = QDate(2027, 1, 15);
        return c;
    }
    static std::unique_ptr<QTextDocument> document(const QString &kind, DocLanguage l,
                                                   int entries = 3)
    {
        if (kind == QLatin1String("operator") || kind == QLatin1String("mps"))
            return IdentificationNotice::build(notice(kind, entries), l);
        if (kind == QLatin1String("inspection"))
            return InspectionNotice::build(inspection(), l);
        if (kind.startsWith(QLatin1String("report-")))
            return IncidentReportDocument::build(DocumentSamples::incidentReport(kind.mid(7)), l);
        if (DocumentSamples::enforcementKinds().contains(kind))
            return EnforcementDocument::build(DocumentSamples::enforcement(kind), l);
        RuleSet rules = RuleTemplates::nationalGuide2016().value();
        rules.sector = QStringLiteral("finance");
        return RuleSetFilingDocument::build(rules,
                                            {QStringLiteral("金融行业网络安全保护办公室"),
                                             QStringLiteral("Finance Cybersecurity Office")},
                                            l, QDate(2026, 12, 1));
    }
    QString write(const QString &name, QTextDocument &doc, DocumentFile::Format format)
    {
        const QString path = m_dir.filePath(name);
        const Status s = DocumentFile::write(doc, format, path, name);
        return s.ok() ? path : QString();
    }
    static void documents()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("language");
        for (const char *kind :
             {"operator", "mps", "inspection", "rules", "report-cac-mps", "report-followup",
              "report-summary", "order", "advance-notice", "decision"})
            for (const auto &[key, l] :
                 {std::pair<const char *, DocLanguage::Value>{"zh", DocLanguage::Zh},
                  {"en", DocLanguage::En},
                  {"bilingual", DocLanguage::Bilingual}})
                QTest::addRow("%s-%s", kind, key) << QString::fromLatin1(kind) << int(l);
    }
    // The text block's words: everything above the page-number line.
    static QList<Word> body(const Page &page)
    {
        QList<Word> out;
        for (const auto &line : page)
            for (const Word &w : line)
                if (w.mm.top() < 37 + 225)
                    out << w;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("CII_KEEP_DOCUMENTS"));
    }

    void pdfTextBlockIsTheGbt9704Block_data() { documents(); }
    void pdfTextBlockIsTheGbt9704Block()
    {
        QFETCH(QString, kind);
        QFETCH(int, language);
        auto doc = document(kind, DocLanguage::Value(language));
        const QString pdf = write(QStringLiteral("%1-%2.pdf").arg(kind).arg(language), *doc,
                                  DocumentFile::Format::Pdf);
        QVERIFY(!pdf.isEmpty());
        const QList<Page> doc2 = pages(pdf);
        QVERIFY(!doc2.isEmpty());
        for (int p = 0; p < doc2.size(); ++p) {
            const QList<Word> words = body(doc2.at(p));
            QVERIFY2(!words.isEmpty(), qPrintable(QStringLiteral("page %1 is empty").arg(p + 1)));
            qreal left = 1e9, right = 0, top = 1e9;
            for (const Word &w : words) {
                left = std::min(left, w.mm.left());
                right = std::max(right, w.mm.right());
                top = std::min(top, w.mm.top());
            }
            const QString where = QStringLiteral("page %1: left %2 top %3 right %4 mm")
                                      .arg(p + 1)
                                      .arg(left, 0, 'f', 1)
                                      .arg(top, 0, 'f', 1)
                                      .arg(right, 0, 'f', 1);
            // 订口 28 mm, 天头 37 mm (the first line's glyphs start a little under it), 版心 156
            // mm.
            QVERIFY2(left >= 27.8 && right <= 184.2, qPrintable(where));
            // A last page may hold only the 版记, at its foot (§7.4).
            const bool recordOnly = p == doc2.size() - 1 && top > 37 + 225 - 40;
            QVERIFY2(top >= 37 && (top < 42 || recordOnly), qPrintable(where));
            if (p == 0)
                QVERIFY2(qAbs(left - 28) < 0.5, qPrintable(where));
        }
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY(!fonts.contains(QStringLiteral("CJKjp")));
        if (DocLanguage::Value(language) != DocLanguage::En)
            QVERIFY2(fonts.contains(QStringLiteral("NotoSerifCJKsc")), qPrintable(fonts));
    }

    void pdfPagesAreNumberedOutsideTheTextBlock_data() { documents(); }
    void pdfPagesAreNumberedOutsideTheTextBlock()
    {
        QFETCH(QString, kind);
        QFETCH(int, language);
        auto doc = document(kind, DocLanguage::Value(language), 12);
        const QString pdf = write(QStringLiteral("n-%1-%2.pdf").arg(kind).arg(language), *doc,
                                  DocumentFile::Format::Pdf);
        const QList<Page> doc2 = pages(pdf);
        for (int p = 0; p < doc2.size(); ++p) {
            const QString number = QStringLiteral("— %1 —").arg(p + 1);
            bool found = false;
            for (const auto &line : doc2.at(p)) {
                if (lineText(line) != number)
                    continue;
                found = true;
                // 7 mm under the 225 mm block; odd pages right, even pages left, one character in.
                QVERIFY(line.first().mm.top() > 37 + 225 + 6);
                if (p % 2 == 0)
                    QVERIFY2(qAbs(line.last().mm.right() - (184 - 4.94)) < 1, qPrintable(number));
                else
                    QVERIFY2(qAbs(line.first().mm.left() - (28 + 4.94)) < 1, qPrintable(number));
            }
            QVERIFY2(found, qPrintable(number));
        }
    }

    void bodyTextIsSize3()
    {
        auto doc = document(QStringLiteral("operator"), DocLanguage::Zh);
        const QString pdf = write(QStringLiteral("size.pdf"), *doc, DocumentFile::Format::Pdf);
        const QList<Page> doc2 = pages(pdf);
        // pdftotext's word box is the font's ascent to descent: 1.4145 em for Noto Serif CJK SC.
        for (const auto &line : doc2.first())
            for (const Word &w : line)
                if (w.text.startsWith(QStringLiteral("根据"))) {
                    const qreal points = w.mm.height() * 72 / 25.4 / 1.4145;
                    QVERIFY2(qAbs(points - 16) < 0.3, qPrintable(QString::number(points)));
                    // Two-character first-line indent: 32 pt = 11.3 mm.
                    QVERIFY2(qAbs(w.mm.left() - 28 - 11.29) < 0.5,
                             qPrintable(QString::number(w.mm.left())));
                    return;
                }
        QFAIL("no body paragraph found");
    }

    void closingStaysOnThePageOfTheSignature_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("entries");
        // Table lengths that put the end of the body at every height of a page.
        for (int n = 1; n <= 16; ++n) {
            QTest::addRow("operator-%d", n) << QStringLiteral("operator") << n;
            QTest::addRow("mps-%d", n) << QStringLiteral("mps") << n;
        }
    }
    void closingStaysOnThePageOfTheSignature()
    {
        QFETCH(QString, kind);
        QFETCH(int, entries);
        auto doc = document(kind, DocLanguage::Zh, entries);
        const QString pdf = write(QStringLiteral("c-%1-%2.pdf").arg(kind).arg(entries), *doc,
                                  DocumentFile::Format::Pdf);
        const QList<Page> doc2 = pages(pdf);
        const int closing = pageOf(doc2, kind == QLatin1String("mps") ? QStringLiteral("特此通报")
                                                                      : QStringLiteral("特此通知"));
        int date = -1;
        for (int p = 0; p < doc2.size() && date < 0; ++p)
            for (const auto &line : doc2.at(p))
                if (lineText(line) == QStringLiteral("2026年12月1日"))
                    date = p;
        QVERIFY(closing >= 0 && date >= 0);
        QCOMPARE(closing, date);
        // The 版记 closes the last page, at its foot.
        const int printing = pageOf(doc2, QStringLiteral("2026年12月1日印发"));
        QCOMPARE(printing, doc2.size() - 1);
        for (const auto &line : doc2.last())
            if (lineText(line).contains(QStringLiteral("印发")))
                QVERIFY2(line.first().mm.bottom() > 37 + 225 - 12,
                         qPrintable(QString::number(line.first().mm.bottom())));
    }

    void tableHeaderRowRepeatsOnTheNextPage()
    {
        auto doc = document(QStringLiteral("mps"), DocLanguage::Zh, 30);
        const QString pdf = write(QStringLiteral("long.pdf"), *doc, DocumentFile::Format::Pdf);
        const QList<Page> doc2 = pages(pdf);
        QVERIFY(doc2.size() >= 3);
        for (int p = 1; p < 3; ++p) {
            QList<Word> top;
            qreal first = 1e9;
            for (const Word &w : body(doc2.at(p)))
                first = std::min(first, w.mm.top());
            QStringList words;
            for (const Word &w : body(doc2.at(p)))
                if (w.mm.top() < first + 2)
                    words << w.text;
            QVERIFY2(words.contains(QStringLiteral("序号")) &&
                         words.contains(QStringLiteral("运营者")) &&
                         words.contains(QStringLiteral("认定结果")),
                     qPrintable(words.join(QLatin1Char(' '))));
        }
        // Short headers and USCCs are never broken.
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(!text.contains(QStringLiteral("序\n")));
        QVERIFY(text.contains(QStringLiteral("91330106Q259X2T9F5")));
    }

    void odtNamesAsianFontsSizesAndThePage_data() { documents(); }
    void odtNamesAsianFontsSizesAndThePage()
    {
        QFETCH(QString, kind);
        QFETCH(int, language);
        auto doc = document(kind, DocLanguage::Value(language));
        const QString odt = write(QStringLiteral("%1-%2.odt").arg(kind).arg(language), *doc,
                                  DocumentFile::Format::Odt);
        QVERIFY(!odt.isEmpty());
        QFile file(odt);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // mimetype first and stored: "PK", then the name at offset 30 and the type right after.
        const QByteArray head = file.read(80);
        QCOMPARE(head.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(head.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
        const QString content = run(QStringLiteral("unzip"),
                                    {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        const QString styles =
            run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("styles.xml")});
        QVERIFY(content.contains(QStringLiteral("style:font-name-asian=\"Noto Serif CJK SC\"")));
        QVERIFY(!content.contains(QStringLiteral("CJK JP")) &&
                !styles.contains(QStringLiteral("CJK JP")));
        // Body 3号, title 2号 bold, both for Western and Asian text.
        QVERIFY(content.contains(
            QStringLiteral("fo:font-size=\"16.00pt\" style:font-size-asian=\"16.00pt\"")));
        QVERIFY(content.contains(
            QStringLiteral("fo:font-size=\"22.00pt\" style:font-size-asian=\"22.00pt\"")));
        QVERIFY(content.contains(
            QStringLiteral("fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"")));
        QVERIFY(content.contains(QStringLiteral("fo:color=\"#c00000\"")));
        QVERIFY(
            content.contains(QStringLiteral("fo:background-color=\"#c00000\""))); // the red rule
        QVERIFY(content.contains(QStringLiteral("fo:text-indent=\"32.00pt\"")));
        for (const char *page : {"fo:page-width=\"210.00mm\"", "fo:page-height=\"297.00mm\"",
                                 "fo:margin-top=\"37.00mm\"", "fo:margin-left=\"28.00mm\"",
                                 "fo:margin-right=\"26.00mm\"", "<text:page-number"})
            QVERIFY2(styles.contains(QLatin1String(page)), page);
        QVERIFY(styles.contains(QStringLiteral("<style:footer-left>")));
    }

    void libreOfficeRendersTheOdtOnTheSamePage()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("soffice (Debian libreoffice-writer-nogui) is not installed: the ODT's "
                  "rendering by LibreOffice is not checked");
        auto doc = document(QStringLiteral("operator"), DocLanguage::Zh, 6);
        const QString odt = write(QStringLiteral("lo.odt"), *doc, DocumentFile::Format::Odt);
        // A probe whose characters are drawn differently in the SC and JP faces (令骨直), and
        // the same probe naming the Japanese face, to see LibreOffice use the face named.
        auto probe = OfficialDocument::build(
            OfficialDocument::begin(DocLanguage::Zh) +
                OfficialDocument::title(QStringLiteral("令骨直令骨直"), {}, DocLanguage::Zh) +
                OfficialDocument::paragraph(QStringLiteral("令骨直令骨直令骨直"), {},
                                            DocLanguage::Zh) +
                OfficialDocument::end(),
            QStringLiteral("probe"));
        const QString sc = write(QStringLiteral("probe-sc.odt"), *probe, DocumentFile::Format::Odt);
        OdtPackage jp("application/vnd.oasis.opendocument.text");
        for (const char *part : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"})
            jp.add(QLatin1String(part),
                   run(QStringLiteral("unzip"), {QStringLiteral("-p"), sc, QLatin1String(part)})
                       .replace(QStringLiteral("CJK SC"), QStringLiteral("CJK JP"))
                       .toUtf8());
        QFile jpFile(m_dir.filePath(QStringLiteral("probe-jp.odt")));
        QVERIFY(jpFile.open(QIODevice::WriteOnly));
        jpFile.write(jp.zip().value());
        jpFile.close();
        const QString out = m_dir.filePath(QStringLiteral("lo"));
        QProcess p;
        p.start(soffice,
                {QStringLiteral("-env:UserInstallation=file://") +
                     m_dir.filePath(QStringLiteral("profile")),
                 QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                 QStringLiteral("pdf"), QStringLiteral("--outdir"), out, odt, jpFile.fileName()});
        QVERIFY(p.waitForFinished(180000));
        const QString pdf = out + QStringLiteral("/lo.pdf");
        QVERIFY2(QFile::exists(pdf), p.readAllStandardError().constData());
        const QList<Page> doc2 = pages(pdf);
        QVERIFY(doc2.size() >= 2);
        for (int i = 0; i < doc2.size(); ++i) {
            const QList<Word> words = body(doc2.at(i));
            qreal left = 1e9, right = 0, top = 1e9;
            for (const Word &w : words) {
                left = std::min(left, w.mm.left());
                right = std::max(right, w.mm.right());
                top = std::min(top, w.mm.top());
            }
            const QString where = QStringLiteral("page %1: left %2 top %3 right %4")
                                      .arg(i + 1)
                                      .arg(left)
                                      .arg(top)
                                      .arg(right);
            QVERIFY2(left >= 27.8 && right <= 184.2 && top >= 37 && top < 42, qPrintable(where));
            QVERIFY2(pageOf(doc2, QStringLiteral("— %1 —").arg(i + 1)) == i, qPrintable(where));
        }
        QCOMPARE(pageOf(doc2, QStringLiteral("特此通知")),
                 pageOf(doc2, QStringLiteral("2026年12月1日")));
        // LibreOffice names every face of the Noto CJK collection by its shared CFF name
        // (…CJKjp…), so the face shows in the glyphs: the SC and JP renderings differ.
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2))
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QStringLiteral("NotoSerifCJK")) ||
                             line.contains(QStringLiteral("NotoSansCJK")) ||
                             line.contains(QStringLiteral("Liberation")),
                         qPrintable(line));
        const auto raster = [&](const QString &file) {
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                 QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                 QStringLiteral("-png"), file, file});
            QFile png(file + QStringLiteral("-1.png"));
            png.open(QIODevice::ReadOnly);
            return QCryptographicHash::hash(png.readAll(), QCryptographicHash::Sha256);
        };
        QVERIFY(raster(out + QStringLiteral("/probe-sc.pdf")) !=
                raster(out + QStringLiteral("/probe-jp.pdf")));
    }
};

QTEST_MAIN(TestDocumentLayout)
#include "tst_documentlayout.moc"
