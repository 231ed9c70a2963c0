#include "cli/jsonstream.h"
#include "cli/rowjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace cii;
using namespace cii::cli;

// The streamed lists write their rows without Qt's JSON classes; these tests hold every
// writer to the bytes QJsonDocument gives for the entity's toJson(), on text that needs
// escaping, so that the streamed lists print what the whole-table lists printed.
class TestRowJson : public QObject
{
    Q_OBJECT

    // What a JsonStream writes for `write`, read back from a scratch file.
    static QByteArray streamed(const std::function<void(JsonStream &)> &write)
    {
        std::FILE *file = std::tmpfile();
        if (!file)
            return {};
        {
            JsonStream json(file);
            write(json);
            json.finish();
        }
        std::rewind(file);
        QByteArray out;
        char block[4096];
        for (size_t n; (n = std::fread(block, 1, sizeof block, file)) > 0;)
            out.append(block, qsizetype(n));
        std::fclose(file);
        return out;
    }
    static QByteArray compact(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    // Strings that need every kind of escaping Qt's writer does.
    static QStringList awkwardTexts()
    {
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        return {QString(),
                QStringLiteral("plain ascii"),
                QStringLiteral("quote \" backslash \\ slash / del \x7f"),
                controls,
                QStringLiteral("国家电网 长沙 数据中心"),
                QStringLiteral("é ß € ﻿ \U0001F600 \U00020000"),
                QString(QChar(0xd800)) + QStringLiteral("lone high"),
                QStringLiteral("lone low") + QChar(0xdc00),
                QString(QChar(0xdbff)) + QString(QChar(0xdbff)) + QChar(0xdfff),
                QString(QChar(0xfffe)) + QChar(0xffff)};
    }

private slots:
    void stringsAreEscapedAsQtWritesThem_data()
    {
        QTest::addColumn<QString>("text");
        int i = 0;
        for (const QString &t : awkwardTexts())
            QTest::addRow("text %d", i++) << t;
    }
    void stringsAreEscapedAsQtWritesThem()
    {
        QFETCH(QString, text);
        const QByteArray qt =
            QJsonDocument(QJsonObject{{text, text}}).toJson(QJsonDocument::Compact) + '\n';
        QCOMPARE(streamed([&](JsonStream &json) {
                     json.beginObject();
                     json.key(text);
                     json.string(text);
                     json.endObject();
                 }),
                 qt);
    }

    void valuesNestAsQtWritesThem()
    {
        const QJsonObject o{{QStringLiteral("a"), QJsonArray{1, 2.5, true, QJsonValue()}},
                            {QStringLiteral("b"), QJsonObject{{QStringLiteral("x"), -7}}},
                            {QStringLiteral("c"), 1e300},
                            {QStringLiteral("d"), qint64(1) << 53},
                            {QStringLiteral("e"), QJsonArray()}};
        QCOMPARE(streamed([&](JsonStream &json) {
                     json.beginObject();
                     for (auto it = o.begin(); it != o.end(); ++it) {
                         json.key(it.key());
                         json.value(it.value());
                     }
                     json.endObject();
                 }),
                 compact(o));
    }

    void aSystemRowIsItsToJsonWithItsIndicators_data()
    {
        QTest::addColumn<QString>("text");
        int i = 0;
        for (const QString &t : awkwardTexts())
            QTest::addRow("text %d", i++) << t;
    }
    void aSystemRowIsItsToJsonWithItsIndicators()
    {
        QFETCH(QString, text);
        SystemInfo s;
        s.id = 123456789012;
        s.operatorId = 42;
        s.name = text;
        s.description = text + text;
        s.category = QStringLiteral("platform");
        s.mlpsLevel = 3;
        s.status = QStringLiteral("planned");
        // In key order, as the repository hands them over.
        const QVector<IndicatorValue> values{
            {s.id, QStringLiteral("daily_visits"), text, {}},
            {s.id, QStringLiteral("deaths"), QStringLiteral("0"), {}}};
        QJsonObject expected = s.toJson();
        QJsonObject indicators;
        for (const IndicatorValue &v : values)
            indicators.insert(v.key, v.value);
        expected.insert(QStringLiteral("indicators"), indicators);
        QCOMPARE(streamed([&](JsonStream &json) { RowJson::system(json, s, values); }),
                 compact(expected));
        QCOMPARE(streamed([&](JsonStream &json) { RowJson::system(json, s, {}); }), compact([&] {
                     QJsonObject o = s.toJson();
                     o.insert(QStringLiteral("indicators"), QJsonObject());
                     return o;
                 }()));
    }

    void anOperatorRowIsItsToJson()
    {
        for (const QString &text : awkwardTexts()) {
            OperatorInfo o;
            o.id = 7;
            o.uscc = QStringLiteral("91310000700000007X");
            o.nameZh = text;
            o.nameEn = text;
            o.sector = QStringLiteral("energy");
            o.region = text;
            o.contactName = text;
            o.contactPhone = QStringLiteral("010-1234");
            o.contactEmail = text;
            QCOMPARE(streamed([&](JsonStream &json) { RowJson::operatorRow(json, o); }),
                     compact(o.toJson()));
        }
    }

    void aCaseRowIsItsToJsonDecidedOrNot_data()
    {
        QTest::addColumn<bool>("decided");
        QTest::addColumn<QString>("text");
        int i = 0;
        for (const QString &t : awkwardTexts()) {
            QTest::addRow("evaluated %d", i) << false << t;
            QTest::addRow("decided %d", i++) << true << t;
        }
    }
    void aCaseRowIsItsToJsonDecidedOrNot()
    {
        QFETCH(bool, decided);
        QFETCH(QString, text);
        IdentificationCase c;
        c.id = 9;
        c.runId = 2;
        c.systemId = 31;
        c.rulesetId = 4;
        c.rulesetVersion = 3;
        c.createdAt = QDateTime(QDate(2026, 1, 15), QTime(10, 5, 7), Qt::UTC);
        c.category = QStringLiteral("website");
        c.inputs = {{QStringLiteral("daily_visits"), QStringLiteral("100")},
                    {QStringLiteral("deaths"), text},
                    {text, QStringLiteral("x")}};
        c.outcome = QStringLiteral("cii");
        c.decidedNames = {QStringLiteral("a1"), text};
        c.systemName = text;
        c.operatorId = 5;
        c.sector = QStringLiteral("telecom");
        c.mlpsLevel = 2;
        if (decided) {
            // Milliseconds, and an offset: the times Qt formats itself.
            c.createdAt = c.createdAt.addMSecs(250);
            c.status = QStringLiteral("notified");
            c.decision = QStringLiteral("cii");
            c.overrideReason = text;
            c.decidedBy = QStringLiteral("王工");
            c.decidedAt = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::OffsetFromUTC, 8 * 3600);
            c.operatorNotifiedOn = QDate(2026, 2, 10);
            c.mpsNotifiedOn = QDate(2026, 2, 11);
        }
        QCOMPARE(streamed([&](JsonStream &json) { RowJson::identificationCase(json, c, nullptr); }),
                 compact(c.toJson(nullptr)));
    }

    void anInspectionRowIsItsToJson_data()
    {
        QTest::addColumn<bool>("merged");
        QTest::newRow("own") << false;
        QTest::newRow("merged into a joint one") << true;
    }
    void anInspectionRowIsItsToJson()
    {
        QFETCH(bool, merged);
        for (const QString &text : awkwardTexts()) {
            Inspection i;
            i.id = 11;
            i.operatorId = 3;
            i.operatorName = text;
            i.operatorUscc = QStringLiteral("91310000700000007X");
            i.sector = QStringLiteral("water");
            i.lead = QStringLiteral("own");
            i.participants = {QStringLiteral("mps"), text};
            i.systems = {1, 5, 900};
            i.start = QDate(2026, 3, 1);
            i.end = merged ? QDate() : QDate(2026, 3, 4);
            i.team = text;
            i.notes = text;
            i.mergedInto = merged ? 12 : 0;
            i.joint = !merged;
            QCOMPARE(streamed([&](JsonStream &json) { RowJson::inspection(json, i); }),
                     compact(i.toJson()));
        }
    }

    // Nothing of a list smaller than one block reaches the stream when it is abandoned.
    void anAbandonedSmallStreamWritesNothing()
    {
        std::FILE *file = std::tmpfile();
        QVERIFY(file);
        {
            JsonStream json(file);
            json.beginObject();
            json.key(QLatin1String("systems"));
            json.beginArray();
            json.integer(1);
            json.abandon();
        }
        QCOMPARE(std::ftell(file), 0L);
        std::fclose(file);
    }
};

QTEST_GUILESS_MAIN(TestRowJson)
#include "tst_rowjson.moc"
