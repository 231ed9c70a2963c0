#include "domain/uscc.h"

#include <QTest>

using cii::Uscc;

class TestUscc : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidCodes_data()
    {
        QTest::addColumn<QString>("code");
        // Published codes of real organisations, and ones built with the check algorithm.
        QTest::newRow("published example") << QStringLiteral("91350100M000100Y43");
        QTest::newRow("state grid")
            << QStringLiteral("9111000071093123XX").left(17) +
                   Uscc::checkCharacter(QStringLiteral("9111000071093123X"));
        QTest::newRow("check character 0")
            << QStringLiteral("91110105MA00000000").left(17) +
                   Uscc::checkCharacter(QStringLiteral("91110105MA0000000"));
        QTest::newRow("letters in org code")
            << QStringLiteral("91440300MA5EXAMPLE").left(17) +
                   Uscc::checkCharacter(QStringLiteral("91440300MA5EXAMPL"));
    }
    void acceptsValidCodes()
    {
        QFETCH(QString, code);
        const cii::Status s = Uscc::validate(code);
        QVERIFY2(s.ok(), qPrintable(code + QStringLiteral(": ") + s.error().message));
    }

    void computesKnownCheckCharacter()
    {
        QCOMPARE(Uscc::checkCharacter(QStringLiteral("91350100M000100Y4")), QChar('3'));
    }

    void rejectsInvalidCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("wrong check char")
            << QStringLiteral("91350100M000100Y44") << "check character";
        QTest::newRow("lowercase") << QStringLiteral("91350100m000100y43") << "upper case";
        QTest::newRow("too short") << QStringLiteral("91350100M000100Y4") << "18 characters";
        QTest::newRow("too long") << QStringLiteral("91350100M000100Y433") << "18 characters";
        QTest::newRow("empty") << QString() << "18 characters";
        QTest::newRow("forbidden letter I")
            << QStringLiteral("91350100M0001I0Y43") << "not allowed";
        QTest::newRow("forbidden letter S")
            << QStringLiteral("91350100S000100Y43") << "not allowed";
        QTest::newRow("letters in region") << QStringLiteral("9135A100M000100Y43") << "digits";
        QTest::newRow("full-width digit") << QStringLiteral("９1350100M000100Y43") << "not allowed";
    }
    void rejectsInvalidCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, reasonContains);
        const cii::Status s = Uscc::validate(code);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(reasonContains), qPrintable(s.error().message));
    }

    void everySingleCharacterChangeIsCaught()
    {
        // The check character detects any single substitution.
        const QString good = QStringLiteral("91350100M000100Y43");
        const QString chars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        int caught = 0;
        for (int pos = 0; pos < 17; ++pos) {
            for (QChar c : chars) {
                if (c == good.at(pos) || (pos >= 2 && pos < 8 && !c.isDigit()))
                    continue;
                QString bad = good;
                bad[pos] = c;
                QVERIFY2(!Uscc::isValid(bad), qPrintable(bad));
                ++caught;
            }
        }
        // 11 free positions x 30 other characters + 6 region digits x 9 other digits.
        QCOMPARE(caught, 11 * 30 + 6 * 9);
    }
};

QTEST_GUILESS_MAIN(TestUscc)
#include "tst_uscc.moc"
