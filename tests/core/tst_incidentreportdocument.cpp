#include "domain/chinatime.h"
#include "io/documentfile.h"
#include "io/documentsamples.h"
#include "io/incidentreportdocument.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace cii;

// The incident reports read back as a recipient reads them: pdftotext for the PDF, the ODT's
// content.xml and LibreOffice's rendering of it. Every recorded field is on the page; every
// field left empty prints as not reported / not recorded, and nothing else stands in for it.
class TestIncidentReportDocument : public QObject
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
    QString write(const IncidentReportContent &c, DocLanguage l, const QString &name,
                  DocumentFile::Format format = DocumentFile::Format::Pdf)
    {
        auto doc = IncidentReportDocument::build(c, l);
        const QString path = m_dir.filePath(name);
        const Status s = DocumentFile::write(*doc, format, path, name);
        return s.ok() ? path : QString();
    }
    // The text with every white space removed: Chinese lines wrap anywhere, and pdftotext
    // puts a line break where the line wrapped.
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
    QString pdfText(const IncidentReportContent &c, DocLanguage l, const QString &name)
    {
        const QString pdf = write(c, l, name);
        if (pdf.isEmpty())
            return {};
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    }
    static void languages()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("language");
        for (const QString &kind : DocumentSamples::incidentKinds())
            for (const auto &[key, l] :
                 {std::pair<const char *, DocLanguage::Value>{"zh", DocLanguage::Zh},
                  {"en", DocLanguage::En},
                  {"bilingual", DocLanguage::Bilingual}})
                QTest::addRow("%s-%s", qPrintable(kind), key) << kind << int(l);
    }
    // The report with every text the operator or the department supplies left empty.
    static IncidentReportContent emptied(const QString &kind)
    {
        IncidentReportContent c = DocumentSamples::incidentReport(kind);
        for (QString *s : {&c.unitOverviewZh,
                           &c.unitOverviewEn,
                           &c.placeZh,
                           &c.placeEn,
                           &c.descriptionZh,
                           &c.descriptionEn,
                           &c.impactZh,
                           &c.impactEn,
                           &c.measuresZh,
                           &c.measuresEn,
                           &c.nextStepsZh,
                           &c.nextStepsEn,
                           &c.supportZh,
                           &c.supportEn,
                           &c.newSinceZh,
                           &c.newSinceEn,
                           &c.causeZh,
                           &c.causeEn,
                           &c.accountabilityZh,
                           &c.accountabilityEn,
                           &c.rectificationZh,
                           &c.rectificationEn,
                           &c.lessonsZh,
                           &c.lessonsEn,
                           &c.type,
                           &c.typeZh,
                           &c.typeEn,
                           &c.grade,
                           &c.proposedGrade})
            s->clear();
        c.systems.clear();
        c.occurredAt = c.discoveredAt = c.handlingEndedAt = QDateTime();
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("CII_KEEP_DOCUMENTS"));
    }

    void timeTextIsChinaTimeWithMinutes_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        const auto utc = [](int y, int mo, int d, int h, int mi) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
        };
        QTest::newRow("morning") << utc(2026, 11, 26, 1, 30)
                                 << QStringLiteral("2026年11月26日9时30分")
                                 << QStringLiteral("26 November 2026, 09:30 (UTC+8)");
        QTest::newRow("minutes-keep-their-zero")
            << utc(2026, 11, 26, 2, 5) << QStringLiteral("2026年11月26日10时05分")
            << QStringLiteral("26 November 2026, 10:05 (UTC+8)");
        // 16:30 UTC is half past midnight of the next day in China.
        QTest::newRow("crosses-midnight")
            << utc(2026, 11, 26, 16, 30) << QStringLiteral("2026年11月27日0时30分")
            << QStringLiteral("27 November 2026, 00:30 (UTC+8)");
        QTest::newRow("crosses-month-and-year-end")
            << utc(2026, 12, 31, 16, 0) << QStringLiteral("2027年1月1日0时00分")
            << QStringLiteral("1 January 2027, 00:00 (UTC+8)");
    }
    void timeTextIsChinaTimeWithMinutes()
    {
        QFETCH(QDateTime, utc);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        QCOMPARE(IncidentReportDocument::timeText(utc, DocLanguage::Zh), zh);
        QCOMPARE(IncidentReportDocument::timeText(utc, DocLanguage::En), en);
        QVERIFY(IncidentReportDocument::timeText(QDateTime(), DocLanguage::Zh).isEmpty());
    }

    void gradeNamesAreTheGuidesFourGrades_data()
    {
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QString>("zh");
        QTest::newRow("especially-major")
            << QStringLiteral("especially-major") << QStringLiteral("特别重大");
        QTest::newRow("major") << QStringLiteral("major") << QStringLiteral("重大");
        QTest::newRow("large") << QStringLiteral("large") << QStringLiteral("较大");
        QTest::newRow("general") << QStringLiteral("general") << QStringLiteral("一般");
    }
    void gradeNamesAreTheGuidesFourGrades()
    {
        QFETCH(QString, grade);
        QFETCH(QString, zh);
        QCOMPARE(IncidentReportDocument::gradeName(grade, DocLanguage::Zh), zh);
        QVERIFY(!IncidentReportDocument::gradeName(grade, DocLanguage::En).isEmpty());
    }

    void pdfCarriesTheRecordedFields_data() { languages(); }
    void pdfCarriesTheRecordedFields()
    {
        QFETCH(QString, kind);
        QFETCH(int, language);
        const DocLanguage l = DocLanguage::Value(language);
        const IncidentReportContent c = DocumentSamples::incidentReport(kind);
        const QString raw =
            pdfText(c, l, QStringLiteral("fields-%1-%2.pdf").arg(kind).arg(language));
        QVERIFY(!raw.isEmpty());
        const QString text = squeezed(raw);
        const auto has = [&](const QString &s) {
            QVERIFY2(text.contains(squeezed(s)), qPrintable(s));
        };
        const bool followup = kind == QLatin1String("followup");
        QStringList expected = {c.contactPhone, c.anchor};
        expected << (l.value() == DocLanguage::En ? c.numberEn : c.numberZh);
        // A follow-up names the incident by its operator and the reports before it; the
        // initial and the summary report describe the unit and the discovery in full.
        if (!followup)
            expected << c.operatorUscc;
        if (l.chinese()) {
            expected << c.departmentZh << c.operatorZh
                     << QStringLiteral("2026年11月26日10时12分") // received
                     << QStringLiteral("特此报告");
            if (!followup)
                expected << c.systems << c.typeZh
                         << QStringLiteral("2026年11月26日9时30分"); // discovered
            if (kind == QLatin1String("cac-mps"))
                expected << QStringLiteral("国家网信部门、国务院公安部门") << c.placeZh
                         << c.descriptionZh << c.impactZh << c.measuresZh << c.nextStepsZh
                         << QStringLiteral("请求支援事项") << QStringLiteral("第十八条")
                         << QStringLiteral("第四条") << QStringLiteral("2026年11月26日10时35分")
                         << QStringLiteral("重大网络安全事件的报告");
            if (kind == QLatin1String("followup"))
                expected << c.newSinceZh << QStringLiteral("补报（第1次）")
                         << QStringLiteral("某能源网安〔2026〕12号");
            if (kind == QLatin1String("summary"))
                expected << c.causeZh << c.rectificationZh << c.lessonsZh
                         << QStringLiteral("2026年11月30日18时00分") << QStringLiteral("第八条")
                         << QStringLiteral("责任追究情况");
        }
        if (l.value() != DocLanguage::Zh) {
            expected << c.departmentEn << c.operatorEn << QStringLiteral("10:12 (UTC+8)");
            if (!followup)
                expected << QStringLiteral("09:30 (UTC+8)");
            if (kind == QLatin1String("cac-mps"))
                expected << c.impactEn << c.nextStepsEn << QStringLiteral("Support requested");
            if (kind == QLatin1String("summary"))
                expected << c.causeEn << c.lessonsEn;
        }
        for (const QString &s : expected)
            has(s);
        if (l.value() == DocLanguage::En)
            QVERIFY(!text.contains(QStringLiteral("报告")));
        const QString fonts =
            run(QStringLiteral("pdffonts"),
                {m_dir.filePath(QStringLiteral("fields-%1-%2.pdf").arg(kind).arg(language))});
        QVERIFY(!fonts.contains(QStringLiteral("CJKjp")));
        if (l.chinese())
            QVERIFY2(fonts.contains(QStringLiteral("NotoSerifCJKsc")), qPrintable(fonts));
    }

    // The sample leaves 请求支援事项 (and, in the summary, 责任追究) empty: the report says they
    // were not reported, and the department's grade differing from the proposal is explained.
    void sampleGapsAndTheGradeDifferenceAreStated()
    {
        IncidentReportContent c = DocumentSamples::incidentReport(QStringLiteral("cac-mps"));
        QString text = squeezed(pdfText(c, DocLanguage::Zh, QStringLiteral("gaps.pdf")));
        QVERIFY(text.contains(QStringLiteral("请求支援事项未报告")));
        QVERIFY(text.contains(QStringLiteral("按分级指南初步研判为较大，本部门定为重大")));
        QVERIFY(text.contains(squeezed(c.gradeReasonZh)));
        c.proposedGrade = c.grade;
        text = squeezed(pdfText(c, DocLanguage::Zh, QStringLiteral("same-grade.pdf")));
        QVERIFY(!text.contains(QStringLiteral("初步研判为")));
    }

    void emptyFieldsPrintAsNotReportedAndNothingElse_data() { languages(); }
    void emptyFieldsPrintAsNotReportedAndNothingElse()
    {
        QFETCH(QString, kind);
        QFETCH(int, language);
        const DocLanguage l = DocLanguage::Value(language);
        const IncidentReportContent full = DocumentSamples::incidentReport(kind);
        const IncidentReportContent c = emptied(kind);
        const QString text =
            squeezed(pdfText(c, l, QStringLiteral("empty-%1-%2.pdf").arg(kind).arg(language)));
        QVERIFY(!text.isEmpty());
        // None of the sample's texts appears once its field is empty.
        for (const QString &s :
             {full.unitOverviewZh, full.placeZh, full.descriptionZh, full.impactZh, full.measuresZh,
              full.nextStepsZh, full.newSinceZh, full.causeZh, full.rectificationZh, full.lessonsZh,
              full.typeZh, full.unitOverviewEn, full.impactEn, full.causeEn, full.systems.value(0)})
            if (!s.isEmpty())
                QVERIFY2(!text.contains(squeezed(s)), qPrintable(s));
        // Each empty field is named as not on record, in the document's language.
        const auto count = [&](const QString &word) {
            return text.count(squeezed(word), Qt::CaseInsensitive);
        };
        int fields = 0; // the fields left empty that this kind prints
        if (kind == QLatin1String("cac-mps"))
            fields = 10; // systems, overview, discovered, place, type, description, impact,
                         // measures, next steps, support
        else if (kind == QLatin1String("followup"))
            fields = 5; // new facts, impact, measures, next steps, support
        else
            fields = 7; // systems, overview, discovered, place, type, measures, impact
        if (l.chinese()) {
            QVERIFY2(count(QStringLiteral("未报告")) >= fields,
                     qPrintable(QString::number(count(QStringLiteral("未报告")))));
            QVERIFY(text.contains(QStringLiteral("尚未定级")));
            if (kind == QLatin1String("summary")) {
                QVERIFY(text.contains(l.value() == DocLanguage::Zh
                                          ? QStringLiteral("事件原因尚未查明")
                                          : QStringLiteral("Cause尚未查明")));
                QVERIFY(text.contains(QStringLiteral("处置结束时间未记录")));
                QVERIFY(count(QStringLiteral("未记录")) >= 4); // accountability, rectification,
                                                               // lessons, the end
            }
            if (kind != QLatin1String("followup"))
                QVERIFY(text.contains(QStringLiteral("事件发生时间：尚未查明")));
        }
        if (l.value() == DocLanguage::En) {
            QVERIFY(count(QStringLiteral("notreported")) >= fields);
            QVERIFY(text.contains(QStringLiteral("notyetgraded")));
        }
    }

    void noHeadingEndsAPage_data()
    {
        QTest::addColumn<int>("sentences");
        // Descriptions of every length move the page break across each heading in turn.
        for (int n = 0; n <= 40; ++n)
            QTest::addRow("%d", n) << n;
    }
    void noHeadingEndsAPage()
    {
        QFETCH(int, sentences);
        IncidentReportContent c = DocumentSamples::incidentReport(QStringLiteral("cac-mps"));
        for (int i = 0; i < sentences; ++i)
            c.descriptionZh +=
                QStringLiteral("第%1台服务器的系统日志显示异常登录记录，已提取留存。").arg(i + 1);
        const QString pdf =
            write(c, DocLanguage::Zh, QStringLiteral("widow-%1.pdf").arg(sentences));
        const QStringList pages =
            run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).split(QChar(u'\f'));
        static const QRegularExpression heading(QStringLiteral("^[一二三四五六七八九十]+、"));
        static const QRegularExpression number(QStringLiteral("^—\\s*\\d+\\s*—$"));
        int checked = 0;
        for (int p = 0; p < pages.size(); ++p) {
            QStringList lines;
            for (const QString &line : pages.at(p).split(QLatin1Char('\n')))
                if (!line.trimmed().isEmpty() && !number.match(line.trimmed()).hasMatch())
                    lines << line.trimmed();
            if (lines.isEmpty())
                continue;
            ++checked;
            QVERIFY2(
                !heading.match(lines.last()).hasMatch(),
                qPrintable(QStringLiteral("page %1 ends with %2").arg(p + 1).arg(lines.last())));
        }
        QVERIFY(checked >= 2);
    }

    void odtHoldsTheSameText_data() { languages(); }
    void odtHoldsTheSameText()
    {
        QFETCH(QString, kind);
        QFETCH(int, language);
        const DocLanguage l = DocLanguage::Value(language);
        const IncidentReportContent c = DocumentSamples::incidentReport(kind);
        const QString odt = write(c, l, QStringLiteral("r-%1-%2.odt").arg(kind).arg(language),
                                  DocumentFile::Format::Odt);
        QVERIFY(!odt.isEmpty());
        const QString xml = squeezed(run(
            QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")}));
        if (kind != QLatin1String("followup"))
            QVERIFY(xml.contains(squeezed(c.operatorUscc)));
        QVERIFY(xml.contains(squeezed(l.value() == DocLanguage::En ? c.numberEn : c.numberZh)));
        if (l.chinese()) {
            QVERIFY(xml.contains(squeezed(c.operatorZh)));
            QVERIFY(xml.contains(QStringLiteral("2026年11月26日10时12分")));
        } else {
            QVERIFY(xml.contains(squeezed(c.operatorEn)));
        }
        QVERIFY(
            run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("styles.xml")})
                .contains(QStringLiteral("Noto Serif CJK SC")));
    }

    void libreOfficeReadsTheOdt()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("soffice (Debian libreoffice-writer-nogui) is not installed: the ODT's "
                  "rendering by LibreOffice is not checked");
        QStringList odts;
        for (const QString &kind : DocumentSamples::incidentKinds())
            odts << write(DocumentSamples::incidentReport(kind), DocLanguage::Zh,
                          QStringLiteral("lo-%1.odt").arg(kind), DocumentFile::Format::Odt);
        const QString out = m_dir.filePath(QStringLiteral("lo"));
        QProcess p;
        p.start(soffice, QStringList{QStringLiteral("-env:UserInstallation=file://") +
                                         m_dir.filePath(QStringLiteral("profile")),
                                     QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                     QStringLiteral("pdf"), QStringLiteral("--outdir"), out}
                             << odts);
        QVERIFY(p.waitForFinished(240000));
        for (const QString &kind : DocumentSamples::incidentKinds()) {
            const IncidentReportContent c = DocumentSamples::incidentReport(kind);
            const QString pdf = out + QStringLiteral("/lo-%1.pdf").arg(kind);
            QVERIFY2(QFile::exists(pdf), p.readAllStandardError().constData());
            const QString text =
                squeezed(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
            QVERIFY2(text.contains(squeezed(IncidentReportDocument::title(c, DocLanguage::Zh))),
                     qPrintable(kind));
            QVERIFY(text.contains(QStringLiteral("2026年11月26日10时12分")));
            QVERIFY(text.contains(squeezed(c.contactPhone)));
        }
    }
};

QTEST_MAIN(TestIncidentReportDocument)
#include "tst_incidentreportdocument.moc"
