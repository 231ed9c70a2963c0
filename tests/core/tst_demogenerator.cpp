#include "domain/uscc.h"
#include "services/demogenerator.h"

#include <QSet>
#include <QTest>

using cii::DemoGenerator;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesSameData()
    {
        const auto a = DemoGenerator(7).generate(50, 400);
        const auto b = DemoGenerator(7).generate(50, 400);
        QCOMPARE(a.operators.size(), 50);
        QCOMPARE(a.systems.size(), 400);
        for (int i = 0; i < a.operators.size(); ++i)
            QVERIFY(a.operators.at(i) == b.operators.at(i));
        for (int i = 0; i < a.systems.size(); ++i) {
            QCOMPARE(a.systems.at(i).system.toJson(), b.systems.at(i).system.toJson());
            QCOMPARE(a.systems.at(i).values.size(), b.systems.at(i).values.size());
        }
        const auto c = DemoGenerator(8).generate(50, 400);
        QVERIFY(!(a.operators.at(0) == c.operators.at(0)));
    }

    void operatorsAreValidAndUnique()
    {
        const auto d = DemoGenerator(1).generate(500, 0);
        QSet<QString> codes, names;
        for (const cii::OperatorInfo &o : d.operators) {
            QVERIFY2(o.validate().isEmpty(), qPrintable(o.uscc));
            codes.insert(o.uscc);
            names.insert(o.nameZh);
            QVERIFY(!o.nameEn.isEmpty());
        }
        QCOMPARE(codes.size(), 500);
        QCOMPARE(names.size(), 500);
    }

    void valuesSpreadAroundThresholds()
    {
        const auto d = DemoGenerator(3).generate(100, 3000);
        int atThreshold = 0, above = 0, below = 0;
        for (const cii::SystemRecord &r : d.systems) {
            cii::SystemInfo s = r.system;
            QVERIFY(s.operatorId >= 0 && s.operatorId < 100); // an index until stored
            s.operatorId += 1;
            QVERIFY(s.validate().isEmpty());
            for (const cii::IndicatorValue &v : r.values) {
                if (v.key != QLatin1String("registered_users"))
                    continue;
                const qint64 n = v.value.toLongLong();
                if (n == 10000000)
                    ++atThreshold;
                else if (n > 10000000)
                    ++above;
                else
                    ++below;
            }
        }
        QVERIFY(atThreshold > 0);
        QVERIFY(above > 0);
        QVERIFY(below > above);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
