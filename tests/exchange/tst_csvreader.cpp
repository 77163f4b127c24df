// CsvReader: encodings, delimiters, RFC 4180 quoting, line ends, and the files it refuses.

#include "exchange/CsvReader.h"

#include "ZipFixture.h"

#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using dx::CsvReader;
using dx::CsvReadOptions;
using dx::TextEncoding;

Q_DECLARE_METATYPE(dx::TextEncoding)

namespace {

const QString kSample = QStringLiteral("企业名称,统一社会信用代码,营业收入\r\n"
                                       "广州某某科技有限公司,91440101MA5XXXXXX1,1234.5\r\n"
                                       "深圳𠀀号工作室,91440300MA5YYYYYY2,88\r\n");   // 𠀀 (U+20000) is a 4-byte GB18030 character

QByteArray encode(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QStringList texts(const QVector<dx::Cell>& row)
{
    QStringList out;
    for (const auto& c : row)
        out << c.text;
    return out;
}

QVector<QStringList> allTexts(const dx::Table& t)
{
    QVector<QStringList> out;
    for (const auto& row : t.rows)
        out << texts(row);
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void delimiters_data();
    void delimiters();
    void explicitDelimiter();
    void quoting_data();
    void quoting();
    void lineEnds_data();
    void lineEnds();
    void refused_data();
    void refused();
    void overlongCell();
    void longestCellAccepted();
    void limits();
    void progressAndCancel();
    void readFile();
    void readFileMissing();
    void names();
};

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::newRow("UTF-8") << kSample.toUtf8() << TextEncoding::Utf8;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + kSample.toUtf8() << TextEncoding::Utf8Bom;
    QTest::newRow("GB18030") << encode(kSample, "GB18030") << TextEncoding::Gb18030;
    QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFE") + encode(kSample, "UTF-16LE") << TextEncoding::Utf16LE;
    QTest::newRow("UTF-16 BE") << QByteArray("\xFE\xFF") + encode(kSample, "UTF-16BE") << TextEncoding::Utf16BE;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QVERIFY(!bytes.isEmpty());
    const auto doc = CsvReader::readBytes(bytes);
    QVERIFY2(doc.isOk(), qPrintable(doc.message()));
    QCOMPARE(doc->encoding, encoding);
    QCOMPARE(doc->delimiter, QChar(u','));
    QCOMPARE(doc->table.rowCount(), 3);
    QCOMPARE(texts(doc->table.rows[0]), QStringList({QStringLiteral("企业名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("营业收入")}));
    QCOMPARE(doc->table.text(1, 0), QStringLiteral("广州某某科技有限公司"));
    QCOMPARE(doc->table.text(2, 0), QStringLiteral("深圳𠀀号工作室"));
    QCOMPARE(doc->table.text(2, 2), QStringLiteral("88"));
    QVERIFY(!doc->table.cell(1, 2).number);   // CSV never types numbers
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("probe");   // text of row 1, column 0
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << QChar(u',') << 3 << QStringLiteral("1");
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << QChar(u';') << 3 << QStringLiteral("1");
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << QChar(u'\t') << 2 << QStringLiteral("1");
    QTest::newRow("semicolon with quoted commas") << QByteArray("name;amount\n\"A, Ltd\";\"1,234.5\"\n\"B, Ltd\";\"2,000\"\n")
                                                  << QChar(u';') << 2 << QStringLiteral("A, Ltd");
    QTest::newRow("comma with decimal commas in quotes") << QByteArray("x,y\n\"1;5\",2\n\"3;5\",4\n") << QChar(u',') << 2 << QStringLiteral("1;5");
    QTest::newRow("comma beats an irregular semicolon") << QByteArray("a,b,c\n1;x,2,3\n4,5,6\n7,8,9\n") << QChar(u',') << 3 << QStringLiteral("1;x");
    QTest::newRow("single column") << QByteArray("name\nalpha\nbeta\n") << QChar(u',') << 1 << QStringLiteral("alpha");
    QTest::newRow("tab in UTF-16 (Excel Unicode text)") << QByteArray("\xFF\xFE") + encode(QStringLiteral("名称\t金额\r\n甲\t1\r\n"), "UTF-16LE")
                                                        << QChar(u'\t') << 2 << QStringLiteral("甲");
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(int, columns);
    QFETCH(QString, probe);
    const auto doc = CsvReader::readBytes(bytes);
    QVERIFY2(doc.isOk(), qPrintable(doc.message()));
    QCOMPARE(doc->delimiter, delimiter);
    QCOMPARE(doc->table.columnCount(), columns);
    QCOMPARE(doc->table.text(1, 0), probe);
}

void TestCsvReader::explicitDelimiter()
{
    CsvReadOptions options;
    options.delimiter = QLatin1Char(';');
    const auto doc = CsvReader::readBytes("a,b;c\n1,2;3\n", options);
    QVERIFY(doc.isOk());
    QCOMPARE(doc->delimiter, QChar(u';'));
    QCOMPARE(texts(doc->table.rows[0]), QStringList({QStringLiteral("a,b"), QStringLiteral("c")}));
}

void TestCsvReader::quoting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QVector<QStringList>>("rows");
    using Rows = QVector<QStringList>;
    QTest::newRow("quoted newline") << QByteArray("a,\"line 1\nline 2\",c\nd,e,f\n")
                                    << Rows{{"a", "line 1\nline 2", "c"}, {"d", "e", "f"}};
    QTest::newRow("quoted CRLF kept") << QByteArray("\"x\r\ny\",z\r\n") << Rows{{"x\r\ny", "z"}};
    QTest::newRow("doubled quotes") << QByteArray("\"He said \"\"hi\"\"\",x\n") << Rows{{"He said \"hi\"", "x"}};
    QTest::newRow("only a quote") << QByteArray("\"\"\"\",x\n") << Rows{{"\"", "x"}};
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << Rows{{"", "x"}};
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << Rows{{"a,b", "c"}};
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"c,d\n") << Rows{{"abc", "d"}};
    QTest::newRow("quote inside unquoted field") << QByteArray("ab\"c,d\n") << Rows{{"ab\"c", "d"}};
    QTest::newRow("trailing delimiter") << QByteArray("a,b,\n") << Rows{{"a", "b", ""}};
    QTest::newRow("trailing delimiter at end of data") << QByteArray("a,b,") << Rows{{"a", "b", ""}};
    QTest::newRow("empty fields") << QByteArray(",,\n1,,3\n") << Rows{{"", "", ""}, {"1", "", "3"}};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Rows{{" a ", " b "}};
    QTest::newRow("blank line kept as empty row") << QByteArray("a,b\n\nc,d\n") << Rows{{"a", "b"}, {}, {"c", "d"}};
    QTest::newRow("leading blank line") << QByteArray("\na,b\n") << Rows{{}, {"a", "b"}};
    QTest::newRow("no final line end") << QByteArray("a,b\nc,d") << Rows{{"a", "b"}, {"c", "d"}};
    QTest::newRow("ragged rows") << QByteArray("a,b,c\n1\n2,3\n") << Rows{{"a", "b", "c"}, {"1"}, {"2", "3"}};
}

void TestCsvReader::quoting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QVector<QStringList>, rows);
    const auto doc = CsvReader::readBytes(bytes);
    QVERIFY2(doc.isOk(), qPrintable(doc.message()));
    QCOMPARE(allTexts(doc->table), rows);
}

void TestCsvReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4\n");
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
    QTest::newRow("CR (old Mac)") << QByteArray("a,b\r1,2\r3,4\r");
    QTest::newRow("mixed") << QByteArray("a,b\r\n1,2\n3,4\r");
}

void TestCsvReader::lineEnds()
{
    QFETCH(QByteArray, bytes);
    const auto doc = CsvReader::readBytes(bytes);
    QVERIFY2(doc.isOk(), qPrintable(doc.message()));
    using Rows = QVector<QStringList>;
    QCOMPARE(allTexts(doc->table), (Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
}

void TestCsvReader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("is empty");
    QTest::newRow("only line ends") << QByteArray("\r\n\r\n\n") << QStringLiteral("contains no data");
    QTest::newRow("only delimiters") << QByteArray(",,,\n,,\n") << QStringLiteral("contains no data");
    QByteArray nul("a,b\n1,2\n");
    nul.insert(3, '\0');
    QTest::newRow("NUL byte") << nul << QStringLiteral("not a text (CSV) file");
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919 + 13) % 251 + 1));   // every byte value but NUL
    QTest::newRow("binary garbage") << garbage << QStringLiteral("not a text (CSV) file");
    QTest::newRow("PNG image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("not a text (CSV) file");
    QTest::newRow("xlsx workbook") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << QStringLiteral("Excel workbook (.xlsx)");
    QTest::newRow("old xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << QStringLiteral(".xls");
    QTest::newRow("unknown encoding") << QByteArray("name,city\nabc,\x80\xFF\x80\n") << QStringLiteral("encoding");
    QTest::newRow("odd UTF-16") << QByteArray("\xFF\xFE" "a\0,\0b", 7) << QStringLiteral("UTF-16");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"never closed\n3,4\n") << QStringLiteral("Row 2, column 2");
}

void TestCsvReader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    const auto doc = CsvReader::readBytes(bytes);
    QVERIFY(!doc.isOk());
    QCOMPARE(doc.code(), dx::ErrorCode::Validation);
    QVERIFY2(doc.message().contains(fragment), qPrintable(doc.message()));
}

void TestCsvReader::overlongCell()
{
    const QByteArray bytes = "a,b,c\n1,2," + QByteArray(32768, 'x') + "\n";
    const auto doc = CsvReader::readBytes(bytes);
    QVERIFY(!doc.isOk());
    QVERIFY2(doc.message().contains(QStringLiteral("Row 2, column 3")), qPrintable(doc.message()));
    QVERIFY(doc.message().contains(QStringLiteral("32768")));
    // The same in a quoted field.
    const auto quoted = CsvReader::readBytes("a\n\"" + QByteArray(40000, 'y') + "\"\n");
    QVERIFY(!quoted.isOk());
    QVERIFY2(quoted.message().contains(QStringLiteral("Row 2, column 1")), qPrintable(quoted.message()));
}

void TestCsvReader::longestCellAccepted()
{
    const auto doc = CsvReader::readBytes("a\n" + QByteArray(32767, 'x') + "\n");
    QVERIFY2(doc.isOk(), qPrintable(doc.message()));
    QCOMPARE(doc->table.text(1, 0).size(), 32767);
}

void TestCsvReader::limits()
{
    CsvReadOptions small;
    small.maxFileBytes = 10;
    const auto tooBig = CsvReader::readBytes("a,b,c\n1,2,3\n", small);
    QVERIFY(!tooBig.isOk());
    QVERIFY2(tooBig.message().contains(QStringLiteral("cannot be imported")), qPrintable(tooBig.message()));

    CsvReadOptions narrow;
    narrow.maxColumns = 3;
    const auto tooWide = CsvReader::readBytes("a,b,c\n1,2,3,4\n", narrow);
    QVERIFY(!tooWide.isOk());
    QVERIFY2(tooWide.message().contains(QStringLiteral("Row 2")), qPrintable(tooWide.message()));

    CsvReadOptions few;
    few.maxCells = 5;
    QVERIFY(!CsvReader::readBytes("a,b,c\n1,2,3\n", few).isOk());
    QVERIFY(CsvReader::readBytes("a,b\n1,2\n", few).isOk());
}

void TestCsvReader::progressAndCancel()
{
    QByteArray big = "name,amount\n";
    for (int r = 0; r < 50000; ++r)
        big += "企业" + QByteArray::number(r) + "," + QByteArray::number(r * 3) + "\n";
    QVector<int> seen;
    CsvReadOptions watched;
    watched.progress = [&](int percent) {
        seen << percent;
        return true;
    };
    const auto doc = CsvReader::readBytes(big, watched);
    QVERIFY(doc.isOk());
    QCOMPARE(doc->table.rowCount(), 50001);
    QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(seen.first() >= 0 && seen.last() <= 100);

    CsvReadOptions cancelled;
    int calls = 0;
    cancelled.progress = [&](int) { return ++calls < 2; };
    const auto stopped = CsvReader::readBytes(big, cancelled);
    QVERIFY(!stopped.isOk());
    QCOMPARE(stopped.code(), dx::ErrorCode::Cancelled);
    QCOMPARE(calls, 2);
}

void TestCsvReader::readFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("企业名录.csv"));
    const QByteArray bytes = encode(kSample, "GB18030");
    QVERIFY(dx::test::writeBytes(path, bytes));
    const QDateTime modified = QFileInfo(path).lastModified();
    const auto doc = CsvReader::readFile(path);
    QVERIFY2(doc.isOk(), qPrintable(doc.message()));
    QCOMPARE(doc->table.name, QStringLiteral("企业名录"));
    QCOMPARE(doc->encoding, TextEncoding::Gb18030);
    QCOMPARE(doc->table.text(1, 1), QStringLiteral("91440101MA5XXXXXX1"));
    // The reader never touches its input.
    QCOMPARE(dx::test::fileBytes(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), modified);

    const QString empty = dir.filePath(QStringLiteral("empty.csv"));
    QVERIFY(dx::test::writeBytes(empty, QByteArray()));
    const auto none = CsvReader::readFile(empty);
    QVERIFY(!none.isOk());
    QVERIFY(none.message().contains(QStringLiteral("empty.csv is empty")));
}

void TestCsvReader::readFileMissing()
{
    const auto doc = CsvReader::readFile(QStringLiteral("/nonexistent/folder/list.csv"));
    QVERIFY(!doc.isOk());
    QCOMPARE(doc.code(), dx::ErrorCode::Io);
    QVERIFY(doc.message().contains(QStringLiteral("/nonexistent/folder/list.csv")));
}

void TestCsvReader::names()
{
    QCOMPARE(CsvReader::encodingName(TextEncoding::Gb18030), QStringLiteral("GB18030"));
    QCOMPARE(CsvReader::encodingName(TextEncoding::Utf8Bom), QStringLiteral("UTF-8 with BOM"));
    QCOMPARE(CsvReader::delimiterName(QLatin1Char(';')), QStringLiteral("semicolon"));
    QCOMPARE(CsvReader::delimiterName(QLatin1Char('\t')), QStringLiteral("tab"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
