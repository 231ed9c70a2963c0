#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The Chinese translation must be complete: every tr() string in app/, core/ and ui/ is in
// the .ts file, and none is left unfinished.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseTranslationIsComplete() { checkComplete(QStringLiteral("zh_CN"), {}); }
    // English is the source language: its file holds the plural forms of "%n" strings.
    void englishPluralsAreComplete()
    {
        checkComplete(QStringLiteral("en"), {QStringLiteral("-pluralonly")});
    }

private:
    void checkComplete(const QString &language, const QStringList &options)
    {
        const QString source = QStringLiteral(CII_SOURCE_DIR);
        const QString ts =
            source + QStringLiteral("/translations/cii-workbench_%1.ts").arg(language);
        QTemporaryDir dir;
        // Same file name: lupdate -pluralonly keys on the language suffix.
        const QString copy = dir.filePath(QStringLiteral("cii-workbench_%1.ts").arg(language));
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QProcess lupdate;
        lupdate.setWorkingDirectory(source);
        lupdate.start(QStringLiteral(CII_LUPDATE),
                      options + QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"),
                                            QStringLiteral("none"), QStringLiteral("app"),
                                            QStringLiteral("core"), QStringLiteral("ui"),
                                            QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(f.readAll());
        // Each unfinished or newly found string, with its source text, so the failure says
        // what to translate.
        static const QRegularExpression unfinished(
            QStringLiteral("<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?"
                           "<translation type=\"unfinished\""),
            QRegularExpression::DotMatchesEverythingOption);
        QStringList missing;
        for (auto it = unfinished.globalMatch(xml); it.hasNext();)
            missing << it.next().captured(1);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 untranslated: %2")
                                .arg(missing.size())
                                .arg(missing.mid(0, 20).join(QStringLiteral(" | ")))));
        QVERIFY(xml.count(QStringLiteral("<message")) > (options.isEmpty() ? 50 : 5));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
