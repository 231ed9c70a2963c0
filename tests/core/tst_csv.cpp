#include "io/csvtable.h"

#include <QStringEncoder>
#include <QTest>

using cii::Csv;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void decodesEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QString text = QStringLiteral("name_zh,region\r\n北京华信电力有限公司,北京\r\n");
        QStringEncoder gbk("GBK");
        QTest::newRow("utf-8") << text.toUtf8() << int(Csv::Encoding::Auto);
        QTest::newRow("utf-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(Csv::Encoding::Auto);
        QTest::newRow("gbk detected") << QByteArray(gbk.encode(text)) << int(Csv::Encoding::Auto);
        QTest::newRow("gbk forced") << QByteArray(gbk.encode(text)) << int(Csv::Encoding::Gbk);
        QTest::newRow("utf-8 forced with BOM")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(Csv::Encoding::Utf8);
    }
    void decodesEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        const cii::Result<QString> text = Csv::decode(bytes, Csv::Encoding(encoding));
        QVERIFY(text.ok());
        const cii::Result<cii::CsvTable> table = Csv::parse(text.value());
        QVERIFY(table.ok());
        QCOMPARE(table->header, QStringList({"name_zh", "region"}));
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows.at(0).at(0), QStringLiteral("北京华信电力有限公司"));
        QCOMPARE(table->rows.at(0).at(1), QStringLiteral("北京"));
    }

    void forcedUtf8RejectsGbk()
    {
        QStringEncoder gbk("GBK");
        const QByteArray bytes = gbk.encode(QStringLiteral("名称\n北京\n"));
        QVERIFY(!Csv::decode(bytes, Csv::Encoding::Utf8).ok());
    }

    void parsesQuotedFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("comma") << "a,b\n\"x, y\",z\n"
                               << "x, y";
        QTest::newRow("newline LF") << "a,b\n\"line1\nline2\",z\n"
                                    << "line1\nline2";
        QTest::newRow("newline CRLF") << "a,b\r\n\"line1\r\nline2\",z\r\n"
                                      << "line1\r\nline2";
        QTest::newRow("doubled quote") << "a,b\n\"say \"\"hi\"\"\",z\n"
                                       << "say \"hi\"";
        QTest::newRow("no trailing newline") << "a,b\nplain,z"
                                             << "plain";
        QTest::newRow("unquoted spaces trimmed") << "a,b\n  plain  ,z\n"
                                                 << "plain";
        QTest::newRow("quoted spaces kept") << "a,b\n\"  kept \",z\n"
                                            << "  kept ";
    }
    void parsesQuotedFields()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const cii::Result<cii::CsvTable> table = Csv::parse(text);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().details.join('\n')));
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows.at(0).at(0), expected);
        QCOMPARE(table->rows.at(0).at(1), QStringLiteral("z"));
    }

    void rowNumbersCountRecordsNotLines()
    {
        const auto table = Csv::parse(QStringLiteral("a,b\n\"two\nlines\",1\n\nnext,2\n"));
        QVERIFY(table.ok());
        QCOMPARE(table->rowNumbers, QVector<int>({2, 3}));
    }

    void reportsMalformedRows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("too many fields") << "a,b\n1,2\n1,2,3\n"
                                         << QStringList{"row 3, column 3: 3 fields, but the "
                                                        "header names 2 columns"};
        QTest::newRow("too few fields") << "a,b\n1\n"
                                        << QStringList{"row 2, column b: missing: the row has 1 "
                                                       "fields, the header names 2 columns"};
        QTest::newRow("unclosed quote") << "a,b\n1,\"open\n"
                                        << QStringList{"row 2, column b: a quoted field is not "
                                                       "closed before the end of the file"};
        QTest::newRow("stray quote") << "a,b\nab\"c,1\n"
                                     << QStringList{"row 2, column a: a quote inside an unquoted "
                                                    "field (quote the whole field and double the "
                                                    "quote)"};
        QTest::newRow("every bad row reported")
            << "a,b\n1\n2,2\n3,3,3\n"
            << QStringList{"row 2, column b: missing: the row has 1 fields, the header names 2 "
                           "columns",
                           "row 4, column 3: 3 fields, but the header names 2 columns"};
        QTest::newRow("empty file") << ""
                                    << QStringList{"the file is empty: the first row must name "
                                                   "the columns"};
    }
    void reportsMalformedRows()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, errors);
        const auto table = Csv::parse(text);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().details, errors);
    }

    void writeThenParseRoundTrips()
    {
        const QStringList header{"a", "b"};
        const QVector<QStringList> rows{{"x, y", "say \"hi\""}, {"line1\nline2", " padded "}};
        const auto table = Csv::parse(Csv::write(header, rows));
        QVERIFY(table.ok());
        QCOMPARE(table->header, header);
        QCOMPARE(table->rows, rows);
    }

    // Found by fuzz_csv (tests/fuzz/corpus/csv/regression-lone-empty-quoted-field.csv): a row
    // whose only field is empty was written as an empty line, which every reader skips.
    void writeKeepsARowWhoseOnlyFieldIsEmpty_data()
    {
        QTest::addColumn<QVector<QStringList>>("rows");
        QTest::newRow("the only row") << QVector<QStringList>{{""}};
        QTest::newRow("between two rows") << QVector<QStringList>{{"a"}, {""}, {"b"}};
    }
    void writeKeepsARowWhoseOnlyFieldIsEmpty()
    {
        QFETCH(QVector<QStringList>, rows);
        const QStringList header{"%"};
        const auto table = Csv::parse(Csv::write(header, rows));
        QVERIFY(table.ok());
        QCOMPARE(table->header, header);
        QCOMPARE(table->rows, rows);
    }

    void encodesGbkAndBom()
    {
        const QString s = QStringLiteral("名称\r\n");
        QVERIFY(Csv::encode(s, Csv::Encoding::Utf8Bom).startsWith("\xEF\xBB\xBF"));
        QCOMPARE(Csv::decode(Csv::encode(s, Csv::Encoding::Gbk), Csv::Encoding::Gbk).value(), s);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
