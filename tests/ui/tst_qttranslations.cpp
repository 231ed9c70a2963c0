#include "i18n/language.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// Qt's own strings (standard buttons, its file dialog) follow the language once Debian's
// qt6-translations-l10n is installed: Language::apply loads qtbase_zh_CN from Qt's
// translations directory. The package recommends it and .ci/setup installs it.
class TestQtTranslations : public QObject
{
    Q_OBJECT

    static QString catalogue()
    {
        return QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            .filePath(QStringLiteral("qtbase_zh_CN.qm"));
    }
    static void requireCatalogue()
    {
        if (!QFileInfo::exists(catalogue()))
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (apt-get install "
                                            "qt6-translations-l10n); CI installs it")
                                 .arg(catalogue())));
    }
    static QString cancelText()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        return box.button(QDialogButtonBox::Cancel)->text();
    }

private slots:
    void cleanup() { cii::Language::apply(QStringLiteral("en")); }

    void standardButtonsReadChineseInChinese()
    {
        requireCatalogue();
        cii::Language::apply(QStringLiteral("zh"));
        QCOMPARE(cancelText(), QStringLiteral("取消"));
        cii::Language::apply(QStringLiteral("en"));
        QCOMPARE(cancelText(), QStringLiteral("Cancel"));
    }

    void aFolderIsAFolderInChinese()
    {
        // Qt 6 asks QAbstractFileIconProvider for "Folder"; the catalogue has it under
        // QFileDialog only (Language installs the fallback that bridges them).
        requireCatalogue();
        QTemporaryDir dir;
        const QFileInfo folder(dir.path());
        cii::Language::apply(QStringLiteral("zh"));
        QCOMPARE(QAbstractFileIconProvider().type(folder), QStringLiteral("文件夹"));
        cii::Language::apply(QStringLiteral("en"));
        QCOMPARE(QAbstractFileIconProvider().type(folder), QStringLiteral("Folder"));
    }

    void qtsFileDialogSpeaksChinese()
    {
        requireCatalogue();
        cii::Language::apply(QStringLiteral("zh"));
        QTemporaryDir dir;
        QFile store(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(store.open(QIODevice::WriteOnly));
        store.close();
        QFileDialog dialog(nullptr, QString(), dir.path());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.resize(900, 560);
        // Its "Look in:" and "File name:" labels, as Qt's catalogue has them.
        QStringList labels;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            labels << l->text();
        const QString lookIn = QCoreApplication::translate("QFileDialog", "Look in:");
        QVERIFY(lookIn != QLatin1String("Look in:"));
        QVERIFY2(labels.contains(lookIn), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(!labels.contains(QStringLiteral("Look in:")));
        if (const QByteArray shots = qgetenv("CII_SHOTS_DIR"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(500); // the file list is read in a thread
            dialog.grab().save(QString::fromLocal8Bit(shots) +
                               QStringLiteral("/filedialog-zh.png"));
        }
    }
};

QTEST_MAIN(TestQtTranslations)
#include "tst_qttranslations.moc"
