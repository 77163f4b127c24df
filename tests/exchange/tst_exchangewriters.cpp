// CsvWriter and XlsxWriter: the bytes of a CSV export, formula neutralising, XLSX structure
// (bold frozen header, number formats, widths, inline or shared strings), sheet names, failures
// that leave nothing behind, and round trips back through CsvReader and XlsxReader.

#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"
#include "exchange/ZipArchive.h"

#include "ZipFixture.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using dx::Cell;
using dx::CsvWriter;
using dx::ExportColumn;
using dx::Table;
using dx::XlsxWriter;

Q_DECLARE_METATYPE(dx::Cell)

namespace {

QByteArray zipEntry(const QString& path, const QString& entry)
{
    dx::ZipArchive zip;
    QByteArray out;
    if (!zip.openFile(path, path))
        return out;
    zip.read(entry, {}, [&](QIODevice& d) {
        out = d.readAll();
        return dx::Status::ok();
    });
    return out;
}

// Texts that survive CSV and XLSX alike: Chinese, quotes, delimiters, line breaks, spaces.
Table sampleTable()
{
    Table t;
    t.name = QStringLiteral("企业名录");
    const QStringList names = {QStringLiteral("广州某某科技有限公司"), QStringLiteral("Say \"hi\", then go"), QStringLiteral("两行\n文本"),
                               QStringLiteral(" padded "), QStringLiteral("semi;colon\ttab"), QString()};
    for (int r = 0; r < 60; ++r) {
        t.rows.append({Cell::fromText(names[r % names.size()]), Cell::fromText(QStringLiteral("91440101MA5X%1").arg(r, 6, 10, QLatin1Char('0'))),
                       Cell::fromText(QStringLiteral("%1").arg(r * 1000 + 7))});
    }
    return t;
}

const QVector<ExportColumn> kColumns = {{QStringLiteral("企业名称"), {}}, {QStringLiteral("统一社会信用代码"), {}}, {QStringLiteral("编号"), {}}};

} // namespace

class TestExchangeWriters : public QObject
{
    Q_OBJECT

private slots:
    void csvBytes();
    void csvFormulaInjection_data();
    void csvFormulaInjection();
    void csvOptions();
    void csvRoundTrip();
    void csvFailures();
    void xlsxRoundTrip_data();
    void xlsxRoundTrip();
    void xlsxStructure();
    void xlsxFormulaTextStaysText();
    void xlsxSheetNames_data();
    void xlsxSheetNames();
    void xlsxSeveralSheets();
    void xlsxOverlongText();
    void xlsxFailures();

private:
    QTemporaryDir m_dir;
};

void TestExchangeWriters::csvBytes()
{
    const QString path = m_dir.filePath(QStringLiteral("bytes.csv"));
    Table t;
    t.rows.append({Cell::fromText(QStringLiteral("a,b")), Cell::fromText(QStringLiteral("say \"hi\""))});
    t.rows.append({Cell::fromText(QStringLiteral("line1\nline2")), Cell::fromText(QStringLiteral(" padded "))});
    t.rows.append({Cell::fromNumber(1234.5), Cell::fromDate(QDate(2023, 7, 18)), Cell::fromNumber(0.5, QStringLiteral("0.50"))});
    t.rows.append(QVector<Cell>());
    QVERIFY(CsvWriter::writeTable(path, {{QStringLiteral("名称"), {}}, {QStringLiteral("备注"), {}}}, t).isOk());
    const QByteArray expected = "\xEF\xBB\xBF"
                                "名称,备注\r\n"
                                "\"a,b\",\"say \"\"hi\"\"\"\r\n"
                                "\"line1\nline2\",\" padded \"\r\n"
                                "1234.5,2023-07-18,0.50\r\n"
                                "\r\n";
    QCOMPARE(dx::test::fileBytes(path), expected);
}

void TestExchangeWriters::csvFormulaInjection_data()
{
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("=") << Cell::fromText(QStringLiteral("=HYPERLINK(\"http://x\")")) << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("+") << Cell::fromText(QStringLiteral("+1")) << QByteArray("'+1");
    QTest::newRow("- text") << Cell::fromText(QStringLiteral("-2+3")) << QByteArray("'-2+3");
    QTest::newRow("@") << Cell::fromText(QStringLiteral("@SUM(A1)")) << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << Cell::fromText(QStringLiteral("\t=1")) << QByteArray("'\t=1");
    QTest::newRow("negative number stays a number") << Cell::fromNumber(-5) << QByteArray("-5");
    QTest::newRow("plain text") << Cell::fromText(QStringLiteral("a=b")) << QByteArray("a=b");
}

void TestExchangeWriters::csvFormulaInjection()
{
    QFETCH(Cell, cell);
    QFETCH(QByteArray, written);
    const QString path = m_dir.filePath(QStringLiteral("inject.csv"));
    Table t;
    t.rows.append({cell});
    QVERIFY(CsvWriter::writeTable(path, {}, t).isOk());
    QCOMPARE(dx::test::fileBytes(path), QByteArray("\xEF\xBB\xBF") + written + "\r\n");
}

void TestExchangeWriters::csvOptions()
{
    const QString path = m_dir.filePath(QStringLiteral("options.csv"));
    dx::CsvWriteOptions options;
    options.delimiter = QLatin1Char(';');
    options.byteOrderMark = false;
    options.neutralizeFormulas = false;
    Table t;
    t.rows.append({Cell::fromText(QStringLiteral("=1+1")), Cell::fromText(QStringLiteral("a;b")), Cell::fromText(QStringLiteral("c,d"))});
    QVERIFY(CsvWriter::writeTable(path, {}, t, options).isOk());
    QCOMPARE(dx::test::fileBytes(path), QByteArray("=1+1;\"a;b\";c,d\r\n"));
}

void TestExchangeWriters::csvRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.csv"));
    const Table t = sampleTable();
    QVERIFY(CsvWriter::writeTable(path, kColumns, t).isOk());
    const auto doc = dx::CsvReader::readFile(path);
    QVERIFY2(doc.isOk(), qPrintable(doc.message()));
    QCOMPARE(doc->encoding, dx::TextEncoding::Utf8Bom);
    QCOMPARE(doc->delimiter, QChar(u','));
    QCOMPARE(doc->table.rowCount(), t.rowCount() + 1);
    QCOMPARE(doc->table.text(0, 1), QStringLiteral("统一社会信用代码"));
    for (int r = 0; r < t.rowCount(); ++r)
        for (int c = 0; c < 3; ++c)
            QCOMPARE(doc->table.text(r + 1, c), t.text(r, c));
}

void TestExchangeWriters::csvFailures()
{
    CsvWriter missing(QStringLiteral("/nonexistent-folder/x.csv"));
    const dx::Status s = missing.open(kColumns);
    QVERIFY(!s);
    QCOMPARE(s.code(), dx::ErrorCode::Io);
    QVERIFY2(s.message().contains(QStringLiteral("/nonexistent-folder")), qPrintable(s.message()));

    // An export abandoned half way leaves the existing file as it was.
    const QString path = m_dir.filePath(QStringLiteral("existing.csv"));
    QVERIFY(dx::test::writeBytes(path, "old content\n"));
    {
        CsvWriter w(path);
        QVERIFY(w.open(kColumns).isOk());
        QVERIFY(w.writeRow({Cell::fromText(QStringLiteral("new"))}).isOk());
    }
    QCOMPARE(dx::test::fileBytes(path), QByteArray("old content\n"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("existing.csv*")}, QDir::Files | QDir::Hidden).size(), 1);

    CsvWriter notOpened(path);
    QVERIFY(!notOpened.writeRow({}).isOk());
    QVERIFY(!notOpened.close().isOk());
}

void TestExchangeWriters::xlsxRoundTrip_data()
{
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("constant memory (inline strings)") << true;
    QTest::newRow("shared strings") << false;
}

void TestExchangeWriters::xlsxRoundTrip()
{
    QFETCH(bool, constantMemory);
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.xlsx"));
    Table t = sampleTable();
    for (int r = 0; r < t.rowCount(); ++r) {
        // Decimal amounts as an import or the database gives them (libxlsxwriter writes 16
        // significant digits, so any double from a decimal of up to 15 digits comes back exactly).
        t.rows[r].append(Cell::fromNumber(QStringLiteral("%1.%2").arg(r * 1234 - 7).arg(r % 100, 2, 10, QLatin1Char('0')).toDouble()));
        t.rows[r].append(Cell::fromDate(QDate(2020, 1, 1).addDays(r * 17)));
        t.rows[r].append(Cell::fromNumber(91440300123456.0 + r));
    }
    QVector<ExportColumn> columns = kColumns;
    columns << ExportColumn{QStringLiteral("营业收入（万元）"), QStringLiteral("#,##0.00")} << ExportColumn{QStringLiteral("成立日期"), {}}
            << ExportColumn{QStringLiteral("代码数字"), QStringLiteral("0")};
    dx::XlsxWriteOptions options;
    options.constantMemory = constantMemory;
    const dx::Status written = XlsxWriter::writeTable(path, columns, t, options);
    QVERIFY2(written, qPrintable(written.message()));

    const auto sheet = dx::XlsxReader::readSheet(path, 0);
    QVERIFY2(sheet.isOk(), qPrintable(sheet.message()));
    QCOMPARE(sheet->name, QStringLiteral("企业名录"));
    QCOMPARE(sheet->rowCount(), t.rowCount() + 1);
    for (int c = 0; c < columns.size(); ++c)
        QCOMPARE(sheet->text(0, c), columns[c].header);
    for (int r = 0; r < t.rowCount(); ++r) {
        for (int c = 0; c < 6; ++c) {
            const Cell& want = t.cell(r, c);
            const Cell& got = sheet->cell(r + 1, c);
            QCOMPARE(got.text, want.text);
            QCOMPARE(got.number, want.number);
            QCOMPARE(got.isDate, want.isDate);
        }
    }
    QCOMPARE(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\""), constantMemory);
    QCOMPARE(!zipEntry(path, QStringLiteral("xl/sharedStrings.xml")).isEmpty(), !constantMemory);
}

void TestExchangeWriters::xlsxStructure()
{
    const QString path = m_dir.filePath(QStringLiteral("structure.xlsx"));
    Table t;
    t.name = QStringLiteral("清单");
    t.rows.append({Cell::fromText(QStringLiteral("短")), Cell::fromText(QString(200, QChar(u'长'))), Cell::fromNumber(12.5)});
    QVERIFY(XlsxWriter::writeTable(path, {{QStringLiteral("A"), {}}, {QStringLiteral("B"), {}}, {QStringLiteral("金额"), QStringLiteral("#,##0.00")}}, t).isOk());
    const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QByteArray styles = zipEntry(path, QStringLiteral("xl/styles.xml"));
    QVERIFY(!sheet.isEmpty());
    // The header stays in view.
    QVERIFY2(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""), sheet.constData());
    // Bold header and the number format.
    QVERIFY(styles.contains("<b/>"));
    QVERIFY(styles.contains("formatCode=\"#,##0.00\""));
    // Widths: the long column is capped, the short one has the minimum.
    const QRegularExpression col(QStringLiteral("<col min=\"(\\d+)\" max=\"\\d+\" width=\"([\\d.]+)\""));
    QMap<int, double> widths;
    for (auto it = col.globalMatch(QString::fromUtf8(sheet)); it.hasNext();) {
        const auto m = it.next();
        widths.insert(m.captured(1).toInt(), m.captured(2).toDouble());
    }
    QCOMPARE(widths.size(), 3);
    QVERIFY2(widths[2] > 59 && widths[2] < 62, qPrintable(QString::number(widths[2])));
    QVERIFY(widths[1] < 10);
}

void TestExchangeWriters::xlsxFormulaTextStaysText()
{
    const QString path = m_dir.filePath(QStringLiteral("formula.xlsx"));
    Table t;
    t.rows.append({Cell::fromText(QStringLiteral("=1+1")), Cell::fromText(QStringLiteral("+86 20 1234")), Cell::fromText(QStringLiteral("@x"))});
    for (const bool constantMemory : {true, false}) {
        dx::XlsxWriteOptions options;
        options.constantMemory = constantMemory;
        QVERIFY(XlsxWriter::writeTable(path, {}, t, options).isOk());
        QVERIFY(!zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")).contains("<f>"));
        const auto sheet = dx::XlsxReader::readSheet(path, 0);
        QVERIFY(sheet.isOk());
        QCOMPARE(sheet->text(0, 0), QStringLiteral("=1+1"));
        QVERIFY(!sheet->cell(0, 0).number);
        QCOMPARE(sheet->text(0, 1), QStringLiteral("+86 20 1234"));
    }
}

void TestExchangeWriters::xlsxSheetNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sanitized");
    QTest::newRow("Chinese") << QStringLiteral("企业名录") << QStringLiteral("企业名录");
    QTest::newRow("slash") << QStringLiteral("2023/07") << QStringLiteral("2023_07");
    QTest::newRow("all forbidden") << QStringLiteral("[a]:*?\\") << QStringLiteral("_a_____");
    QTest::newRow("too long") << QString(40, QChar(u'表')) << QString(31, QChar(u'表'));
    QTest::newRow("apostrophes") << QStringLiteral("'quoted'") << QStringLiteral("quoted");
    QTest::newRow("empty") << QString() << QStringLiteral("Sheet1");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("Sheet1");
    QTest::newRow("reserved History") << QStringLiteral("history") << QStringLiteral("history_");
    QTest::newRow("surrogate pair not split") << QString(30, QChar(u'a')) + QStringLiteral("𠀀") << QString(30, QChar(u'a'));
}

void TestExchangeWriters::xlsxSheetNames()
{
    QFETCH(QString, name);
    QFETCH(QString, sanitized);
    QCOMPARE(XlsxWriter::sanitizeSheetName(name), sanitized);
}

void TestExchangeWriters::xlsxSeveralSheets()
{
    const QString path = m_dir.filePath(QStringLiteral("sheets.xlsx"));
    XlsxWriter w(path);
    QVERIFY(w.open().isOk());
    QVERIFY(w.addSheet(QStringLiteral("名录"), kColumns).isOk());
    QVERIFY(w.writeRow({Cell::fromText(QStringLiteral("甲"))}).isOk());
    QVERIFY(w.addSheet(QStringLiteral("名录"), {}).isOk());   // duplicate name
    QVERIFY(w.writeRow({Cell::fromText(QStringLiteral("乙"))}).isOk());
    QVERIFY(w.addSheet(QStringLiteral("a/b"), {}).isOk());
    QVERIFY(w.close().isOk());
    const auto names = dx::XlsxReader::sheetNames(path);
    QVERIFY(names.isOk());
    QCOMPARE(names.value(), QStringList({QStringLiteral("名录"), QStringLiteral("名录 (2)"), QStringLiteral("a_b")}));
    QCOMPARE(dx::XlsxReader::readSheet(path, 0)->text(1, 0), QStringLiteral("甲"));
    QCOMPARE(dx::XlsxReader::readSheet(path, 1)->text(0, 0), QStringLiteral("乙"));
}

void TestExchangeWriters::xlsxOverlongText()
{
    const QString path = m_dir.filePath(QStringLiteral("long.xlsx"));
    XlsxWriter w(path);
    QVERIFY(w.open().isOk());
    QVERIFY(w.addSheet(QStringLiteral("S"), kColumns).isOk());
    QVERIFY(w.writeRow({Cell::fromText(QString(32767, QChar(u'x')))}).isOk());
    const dx::Status s = w.writeRow({Cell::fromText(QStringLiteral("ok")), Cell::fromText(QString(32768, QChar(u'x')))});
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QStringLiteral("Cell B3")), qPrintable(s.message()));
}

void TestExchangeWriters::xlsxFailures()
{
    XlsxWriter missing(QStringLiteral("/nonexistent-folder/x.xlsx"));
    const dx::Status s = missing.open();
    QVERIFY(!s);
    QCOMPARE(s.code(), dx::ErrorCode::Io);
    QVERIFY2(s.message().contains(QStringLiteral("does not exist")), qPrintable(s.message()));

    XlsxWriter notOpened(m_dir.filePath(QStringLiteral("never.xlsx")));
    QVERIFY(!notOpened.addSheet(QStringLiteral("S"), {}).isOk());
    QVERIFY(!notOpened.writeRow({}).isOk());
    QVERIFY(!notOpened.close().isOk());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.xlsx"))));

    // Abandoned before close(): the existing file is untouched and no temporary file remains.
    const QString path = m_dir.filePath(QStringLiteral("existing.xlsx"));
    QVERIFY(dx::test::writeBytes(path, "old"));
    {
        XlsxWriter w(path);
        QVERIFY(w.open().isOk());
        QVERIFY(w.addSheet(QStringLiteral("S"), kColumns).isOk());
        QVERIFY(w.writeRow({Cell::fromText(QStringLiteral("new"))}).isOk());
    }
    QCOMPARE(dx::test::fileBytes(path), QByteArray("old"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("existing.xlsx*")}, QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_GUILESS_MAIN(TestExchangeWriters)
#include "tst_exchangewriters.moc"
