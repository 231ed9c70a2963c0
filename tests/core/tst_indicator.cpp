#include "domain/indicator.h"
#include "i18n/language.h"

#include <QTest>

using cii::Indicator;

class TestIndicator : public QObject
{
    Q_OBJECT

private slots:
    void canonicalValues_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("canonical");
        const int I = int(Indicator::Type::Integer), D = int(Indicator::Type::Decimal),
                  B = int(Indicator::Type::Boolean);
        QTest::newRow("integer") << I << " 1000000 " << true << "1000000";
        QTest::newRow("integer leading zeros") << I << "007" << true << "7";
        QTest::newRow("integer with separators rejected") << I << "1,000,000" << false << "";
        QTest::newRow("integer decimal rejected") << I << "10.5" << false << "";
        QTest::newRow("integer empty rejected") << I << "" << false << "";
        QTest::newRow("decimal exact") << D << "29.90" << true << "29.9";
        QTest::newRow("decimal whole") << D << "30.000" << true << "30";
        QTest::newRow("decimal negative zero") << D << "-0.0" << true << "0";
        QTest::newRow("decimal text rejected") << D << "thirty" << false << "";
        QTest::newRow("boolean yes") << B << "Yes" << true << "true";
        QTest::newRow("boolean chinese no") << B << QStringLiteral("否") << true << "false";
        QTest::newRow("boolean other rejected") << B << "maybe" << false << "";
    }
    void canonicalValues()
    {
        QFETCH(int, type);
        QFETCH(QString, raw);
        QFETCH(bool, ok);
        QFETCH(QString, canonical);
        Indicator ind;
        ind.key = QStringLiteral("k");
        ind.type = Indicator::Type(type);
        const cii::Result<QString> r = ind.canonicalValue(raw);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r.value(), canonical);
        else
            QVERIFY(!r.error().message.isEmpty());
    }

    void enumValuesMustBeListed()
    {
        Indicator ind;
        ind.type = Indicator::Type::Enum;
        ind.enumValues = {QStringLiteral("low"), QStringLiteral("high")};
        QVERIFY(ind.canonicalValue(QStringLiteral("high")).ok());
        QVERIFY(!ind.canonicalValue(QStringLiteral("medium")).ok());
    }

    void displayFollowsLocale()
    {
        Indicator ind;
        ind.type = Indicator::Type::Integer;
        cii::Language::apply(QStringLiteral("en"));
        QCOMPARE(ind.displayValue(QStringLiteral("1000000")), QStringLiteral("1,000,000"));
        ind.type = Indicator::Type::Decimal;
        QCOMPARE(ind.displayValue(QStringLiteral("-1234.05")), QStringLiteral("-1,234.05"));
    }
};

QTEST_GUILESS_MAIN(TestIndicator)
#include "tst_indicator.moc"
