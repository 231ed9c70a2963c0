#include "teststore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// How the two programs start where there is no desktop: no display, no XDG runtime directory
// (root in a container, a cron job, ssh). --help and --version answer without a display, a
// command that makes no document never loads a GUI platform, one that lays out a document
// says nothing on stderr, and a command's help names the command, not the binary's path.
class TestCliStart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_rules;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    // No display, no runtime directory, no platform chosen; temporary files in the test's own
    // directory so that what a run leaves behind can be seen.
    QProcessEnvironment bareEnvironment(const QString &platform = QString()) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR",
                                 "XDG_SESSION_TYPE", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        if (!platform.isEmpty())
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        env.insert(QStringLiteral("TMPDIR"), tmpDir());
        return env;
    }
    QString tmpDir() const { return m_dir.filePath(QStringLiteral("tmp")); }

    Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run cli(const QStringList &args, const QString &platform = QString()) const
    {
        return run(QStringLiteral(CII_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args,
                   bareEnvironment(platform));
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QVERIFY(QDir().mkpath(tmpDir()));
        m_db = TestStore::location(m_dir);
        const Run init = cli({QStringLiteral("init")});
        QCOMPARE(init.code, 0);
        // Its one message and nothing else (no platform or runtime-directory warning).
        const QRegularExpression ready(
            QStringLiteral("^Store ready at %1 \\(schema version \\d+\\)\\.\n$")
                .arg(QRegularExpression::escape(m_db)));
        QVERIFY2(ready.match(init.err).hasMatch(), qPrintable(init.err));
        const QString tpl = m_dir.filePath(QStringLiteral("template.json"));
        QCOMPARE(
            cli({QStringLiteral("rules"), QStringLiteral("template"), QStringLiteral("--out"), tpl})
                .code,
            0);
        const Run imported = cli({QStringLiteral("rules"), QStringLiteral("import"), tpl,
                                  QStringLiteral("--sector"), QStringLiteral("energy")});
        QCOMPARE(imported.code, 0);
        m_rules = imported.out.trimmed();
        QVERIFY(m_rules.toLongLong() > 0);
    }

    void theWindowProgramAnswersHelpAndVersionWithoutADisplay()
    {
        const Run help =
            run(QStringLiteral(CII_GUI_PATH), {QStringLiteral("--help")}, bareEnvironment());
        QCOMPARE(help.code, 0);
        QCOMPARE(help.err, QString());
        QVERIFY2(help.out.contains(QStringLiteral("--db <PATH>")), qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("--lang <LANG>")));

        const Run version =
            run(QStringLiteral(CII_GUI_PATH), {QStringLiteral("--version")}, bareEnvironment());
        QCOMPARE(version.code, 0);
        QCOMPARE(version.err, QString());
        QCOMPARE(version.out.trimmed(), QStringLiteral("cii-workbench " CII_VERSION));
    }

    void commandsThatMakeNoDocumentLoadNoPlatform()
    {
        // A platform that does not exist: a QGuiApplication would abort on it ("could not
        // find the Qt platform plugin"); these commands must not create one.
        const QString none = QStringLiteral("no-such-platform");
        const QList<QStringList> commands{
            {QStringLiteral("--version")},
            {QStringLiteral("--help")},
            {QStringLiteral("operators"), QStringLiteral("list")},
            {QStringLiteral("--json"), QStringLiteral("rules"), QStringLiteral("list")},
            {QStringLiteral("rules"), QStringLiteral("show"), m_rules},
            {QStringLiteral("deadlines")},
            {QStringLiteral("check")},
            {QStringLiteral("verify-audit")},
            {QStringLiteral("rules"), QStringLiteral("document"), QStringLiteral("--help")},
        };
        for (const QStringList &args : commands) {
            const Run r = cli(args, none);
            QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") +
                                             QString::number(r.code) + QLatin1Char(' ') + r.err));
            QVERIFY2(r.err.isEmpty(),
                     qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
        }
        // A usage error is still a usage error (2), with its message only.
        const Run wrong = cli({QStringLiteral("operators"), QStringLiteral("list"),
                               QStringLiteral("--no-such-option")},
                              none);
        QCOMPARE(wrong.code, 2);
        QVERIFY(!wrong.err.contains(QLatin1String("platform")));
        QVERIFY(!wrong.err.contains(QLatin1String("XDG_RUNTIME_DIR")));
    }

    void aCommandsHelpNamesTheCommand()
    {
        const Run r =
            cli({QStringLiteral("rules"), QStringLiteral("document"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        const QString usage = r.out.section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(usage, QStringLiteral("Usage: cii-workbench-cli rules document [options] ID"));
        QVERIFY(!r.out.contains(QStringLiteral(CII_CLI_PATH)));
        const Run list =
            cli({QStringLiteral("operators"), QStringLiteral("list"), QStringLiteral("-h")});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.startsWith(
                     QStringLiteral("Usage: cii-workbench-cli operators list [options]")),
                 qPrintable(list.out.section(QLatin1Char('\n'), 0, 0)));
    }

    void rulesDocumentPrintsTheFileItWrote()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("rules.pdf"));
        const Run r =
            cli({QStringLiteral("rules"), QStringLiteral("document"), m_rules,
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QCOMPARE(r.code, 0);
        // Laid out on the offscreen platform with no runtime directory: not a word on stderr.
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, pdf + QLatin1Char('\n'));
        QVERIFY(QFileInfo(pdf).size() > 1000);

        const QString odt = m_dir.filePath(QStringLiteral("rules.odt"));
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("rules"),
                              QStringLiteral("document"), m_rules, QStringLiteral("--format"),
                              QStringLiteral("odt"), QStringLiteral("--lang"),
                              QStringLiteral("bilingual"), QStringLiteral("--out"), odt});
        QCOMPARE(json.code, 0);
        QCOMPARE(json.err, QString());
        QCOMPARE(json.json(), QJsonObject({{QStringLiteral("file"), odt}}));
        QVERIFY(QFileInfo::exists(odt));
    }

    void theNumberedLetterSaysNothingOnStderrWithJson()
    {
        QCOMPARE(cli({QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                      QStringLiteral("--name-zh"), QStringLiteral("能源行业网络安全保护办公室"),
                      QStringLiteral("--doc-prefix"), QStringLiteral("能网保"),
                      QStringLiteral("--contact-name"), QStringLiteral("李四"),
                      QStringLiteral("--contact-phone"), QStringLiteral("010-66881234")})
                     .code,
                 0);
        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("rules"),
                           QStringLiteral("letter"), m_rules, QStringLiteral("--out"), pdf});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.json().value(QStringLiteral("file")).toString(), pdf);
    }

    void aDocumentLeavesNoRuntimeDirectoryBehind()
    {
        // The private runtime directory a document command makes for Qt ends with the process.
        const QStringList left = QDir(tmpDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestCliStart)
#include "tst_clistart.moc"
