// XlsxReader: workbooks written by libxlsxwriter (shared strings, numbers, dates, formulas),
// a hand-built package with the parts libxlsxwriter never writes (rich text, phonetic runs,
// inline strings, formula strings, gaps, cells without references, the 1904 date system), and
// the files it must refuse: not a zip, no workbook, truncated, corrupt, zip bombs, bad XML.

#include "exchange/ExcelFormat.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"

#include "ZipFixture.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

using dx::Cell;
using dx::Table;
using dx::XlsxReader;
using dx::XlsxReadOptions;
using dx::test::ZipEntries;

namespace {

const QByteArray kSharedStrings =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"5\" uniqueCount=\"4\">"
    "<si><t>企业名称</t></si>"
    "<si><r><rPr><b/></rPr><t>广州</t></r><r><t xml:space=\"preserve\"> 某某 </t></r>"
    "<rPh sb=\"0\" eb=\"2\"><t>guangzhou</t></rPh><phoneticPr fontId=\"1\"/></si>"
    "<si><t>A_x0009_B</t></si>"
    "<si><t>末行</t></si>"
    "</sst>";

const QByteArray kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"0.00\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"   // not a cell style: must not shift the indices
    "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/><xf numFmtId=\"31\"/></cellXfs>"
    "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"165\" formatCode=\"yyyy\"/></dxf></dxfs>"   // conditional format: ignored
    "</styleSheet>";

const QByteArray kSheetData =
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
    "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>45125</v></c><c r=\"B3\" s=\"2\"><v>45125.5</v></c>"
    "<c r=\"C3\" s=\"3\"><v>1234.5</v></c><c r=\"D3\" s=\"4\"><v>45125</v></c><c r=\"E3\" t=\"s\"><v>2</v></c></row>"
    "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>内联文本</t></is></c>"
    "<c r=\"B4\" t=\"str\"><f>A1&amp;\"x\"</f><v>公式结果</v></c><c r=\"C4\" t=\"b\"><v>1</v></c>"
    "<c r=\"D4\" t=\"e\"><f>NA()</f><v>#N/A</v></c><c r=\"E4\"><f>1+1</f><v>2</v></c></row>"
    "<row r=\"5\"><c t=\"inlineStr\"><is><r><t>富</t></r><r><t>文本</t></r></is></c><c><v>914403001234567890</v></c>"
    "<c s=\"1\"/><c><v>91440300123456</v></c><c><v>0.30000000000000004</v></c></row>"
    "<row><c><v>-7</v></c></row>"
    "<row r=\"8\"><c r=\"B8\"><f>1+1</f></c></row>"
    "<row r=\"10\"><c r=\"B10\" t=\"s\"><v>3</v></c></row>";

ZipEntries handMade(const QByteArray& workbookPr = {})
{
    return dx::test::minimalWorkbook({{QStringLiteral("名录"), dx::test::sheetXml(kSheetData)},
                                      {QStringLiteral("第二页"), dx::test::sheetXml("<row r=\"2\"><c r=\"B2\"><v>5</v></c></row>")}},
                                     kSharedStrings, kStyles, workbookPr);
}

// A workbook written by libxlsxwriter itself, with the features an export has.
bool writeWithLibxlsxwriter(const QString& path)
{
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb)
        return false;
    lxw_format* money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* builtinDate = workbook_add_format(wb);
    format_set_num_format_index(builtinDate, 14);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "企业名录");
    worksheet_write_string(ws, 0, 0, "企业名称", nullptr);
    worksheet_write_string(ws, 0, 1, "统一社会信用代码", nullptr);
    worksheet_write_string(ws, 0, 2, "营业收入", nullptr);
    worksheet_write_string(ws, 0, 3, "成立日期", nullptr);
    worksheet_write_string(ws, 1, 0, "广州某某科技有限公司", nullptr);
    worksheet_write_string(ws, 1, 1, "91440101MA5XXXXXX1", nullptr);
    worksheet_write_number(ws, 1, 2, 1234.5, money);
    lxw_datetime dt = {2023, 7, 18, 0, 0, 0};
    worksheet_write_datetime(ws, 1, 3, &dt, date);
    worksheet_write_number(ws, 1, 4, 45125, builtinDate);
    worksheet_write_formula_num(ws, 1, 5, "=C2*2", nullptr, 2469);
    worksheet_write_formula_str(ws, 1, 6, "=A2&\"!\"", nullptr, "广州某某科技有限公司!");
    worksheet_write_boolean(ws, 1, 7, 0, nullptr);
    worksheet_write_string(ws, 2, 0, "广州某某科技有限公司", nullptr);   // shared string used twice
    worksheet_write_number(ws, 2, 2, 120, nullptr);
    lxw_worksheet* second = workbook_add_worksheet(wb, "项目");
    worksheet_write_string(second, 4, 2, "C5", nullptr);
    workbook_add_worksheet(wb, "Sheet3");
    return workbook_close(wb) == LXW_NO_ERROR;
}

// Flips bytes in the middle of the compressed data of `entry` (found through its local header).
QByteArray corruptEntry(QByteArray zip, const QByteArray& entry, double where)
{
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 4)) {
        const auto u16 = [&](qsizetype o) { return int(uchar(zip[at + o])) | int(uchar(zip[at + o + 1])) << 8; };
        const int nameLength = u16(26);
        const int extraLength = u16(28);
        if (zip.mid(at + 30, nameLength) != entry)
            continue;
        const qsizetype data = at + 30 + nameLength + extraLength;
        const qsizetype next = zip.indexOf("PK", data + 16);
        const qsizetype middle = data + qsizetype(double(next - data) * where);
        for (int i = 0; i < 8; ++i)
            zip[middle + i] = char(zip[middle + i] ^ 0x5A);
        return zip;
    }
    return {};
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void libxlsxwriterWorkbook();
    void sheetByNameAndIndex();
    void handMadeCells();
    void handMadeDates1904();
    void strictNamespaceAndPrefixes();
    void bytesMatchFile();
    void inputUntouched();
    void refused_data();
    void refused();
    void corruptData();
    void zipBombDeclaredSize();
    void zipBombRatio();
    void limitsByOption();
    void progressAndCancel();
    void roundTripThroughLibreOffice();

private:
    QString write(const QString& name, const ZipEntries& entries);
    QTemporaryDir m_dir;
    QString m_libxlsxwriterFile;
    QString m_handMadeFile;
};

QString TestXlsxReader::write(const QString& name, const ZipEntries& entries)
{
    const QString path = m_dir.filePath(name);
    return dx::test::writeZip(path, entries) ? path : QString();
}

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_libxlsxwriterFile = m_dir.filePath(QStringLiteral("libxlsxwriter.xlsx"));
    QVERIFY(writeWithLibxlsxwriter(m_libxlsxwriterFile));
    m_handMadeFile = write(QStringLiteral("handmade.xlsx"), handMade());
    QVERIFY(!m_handMadeFile.isEmpty());
}

void TestXlsxReader::libxlsxwriterWorkbook()
{
    const auto names = XlsxReader::sheetNames(m_libxlsxwriterFile);
    QVERIFY2(names.isOk(), qPrintable(names.message()));
    QCOMPARE(names.value(), QStringList({QStringLiteral("企业名录"), QStringLiteral("项目"), QStringLiteral("Sheet3")}));

    const auto sheet = XlsxReader::readSheet(m_libxlsxwriterFile, 0);
    QVERIFY2(sheet.isOk(), qPrintable(sheet.message()));
    const Table& t = sheet.value();
    QCOMPARE(t.name, QStringLiteral("企业名录"));
    QCOMPARE(t.rowCount(), 3);
    QCOMPARE(t.text(0, 1), QStringLiteral("统一社会信用代码"));
    QCOMPARE(t.text(1, 1), QStringLiteral("91440101MA5XXXXXX1"));
    QVERIFY(!t.cell(1, 1).number);
    QCOMPARE(t.text(1, 2), QStringLiteral("1234.5"));   // General text, not the "#,##0.00" display
    QCOMPARE(t.cell(1, 2).number.value(), 1234.5);
    QVERIFY(!t.cell(1, 2).isDate);
    QCOMPARE(t.text(1, 3), QStringLiteral("2023-07-18"));
    QVERIFY(t.cell(1, 3).isDate);
    QCOMPARE(t.cell(1, 3).number.value(), 45125.0);
    QVERIFY(t.cell(1, 4).isDate);   // built-in format 14
    QCOMPARE(t.text(1, 4), QStringLiteral("2023-07-18"));
    QCOMPARE(t.text(1, 5), QStringLiteral("2469"));   // cached formula result
    QCOMPARE(t.text(1, 6), QStringLiteral("广州某某科技有限公司!"));
    QCOMPARE(t.text(1, 7), QStringLiteral("FALSE"));
    QCOMPARE(t.text(2, 0), QStringLiteral("广州某某科技有限公司"));
    QCOMPARE(t.text(2, 2), QStringLiteral("120"));

    const auto second = XlsxReader::readSheet(m_libxlsxwriterFile, 1);
    QVERIFY(second.isOk());
    QCOMPARE(second->rowCount(), 5);   // rows 1–4 are empty rows, so row numbers match
    QVERIFY(second->isRowEmpty(0));
    QCOMPARE(second->rows[4].size(), 3);
    QCOMPARE(second->text(4, 2), QStringLiteral("C5"));

    const auto empty = XlsxReader::readSheet(m_libxlsxwriterFile, 2);
    QVERIFY(empty.isOk());
    QCOMPARE(empty->rowCount(), 0);
}

void TestXlsxReader::sheetByNameAndIndex()
{
    const auto byName = XlsxReader::readSheet(m_libxlsxwriterFile, QStringLiteral("项目"));
    QVERIFY(byName.isOk());
    QCOMPARE(byName->name, QStringLiteral("项目"));
    const auto anyCase = XlsxReader::readSheet(m_libxlsxwriterFile, QStringLiteral("sheet3"));
    QVERIFY(anyCase.isOk());
    QCOMPARE(anyCase->name, QStringLiteral("Sheet3"));

    const auto missing = XlsxReader::readSheet(m_libxlsxwriterFile, QStringLiteral("财务"));
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.code(), dx::ErrorCode::NotFound);
    QVERIFY2(missing.message().contains(QStringLiteral("\"财务\"")) && missing.message().contains(QStringLiteral("企业名录, 项目, Sheet3")),
             qPrintable(missing.message()));

    const auto outOfRange = XlsxReader::readSheet(m_libxlsxwriterFile, 3);
    QVERIFY(!outOfRange.isOk());
    QCOMPARE(outOfRange.code(), dx::ErrorCode::NotFound);
    QVERIFY2(outOfRange.message().contains(QStringLiteral("no sheet number 4")), qPrintable(outOfRange.message()));
    QVERIFY(!XlsxReader::readSheet(m_libxlsxwriterFile, -1).isOk());
}

void TestXlsxReader::handMadeCells()
{
    const auto names = XlsxReader::sheetNames(m_handMadeFile);
    QVERIFY2(names.isOk(), qPrintable(names.message()));
    QCOMPARE(names.value(), QStringList({QStringLiteral("名录"), QStringLiteral("第二页")}));
    const auto sheet = XlsxReader::readSheet(m_handMadeFile, 0);
    QVERIFY2(sheet.isOk(), qPrintable(sheet.message()));
    const Table& t = sheet.value();
    QCOMPARE(t.rowCount(), 10);
    // Row 1: a gap at B1; rich text runs joined, the phonetic guide left out.
    QCOMPARE(t.rows[0].size(), 3);
    QCOMPARE(t.text(0, 0), QStringLiteral("企业名称"));
    QCOMPARE(t.text(0, 1), QString());
    QCOMPARE(t.text(0, 2), QStringLiteral("广州 某某 "));
    // Row 2 is missing from the file: an empty row.
    QVERIFY(t.rows[1].isEmpty());
    // Row 3: custom Chinese date format, built-in 14 with a time, "0.00" is no date, built-in 31.
    QCOMPARE(t.text(2, 0), QStringLiteral("2023-07-18"));
    QVERIFY(t.cell(2, 0).isDate);
    QCOMPARE(t.text(2, 1), QStringLiteral("2023-07-18 12:00:00"));
    QCOMPARE(t.cell(2, 1).number.value(), 45125.5);
    QCOMPARE(t.text(2, 2), QStringLiteral("1234.5"));
    QVERIFY(!t.cell(2, 2).isDate);
    QVERIFY(t.cell(2, 3).isDate);
    QCOMPARE(t.text(2, 4), QStringLiteral("A\tB"));   // _x0009_ decoded
    // Row 4: inline string, formula string, boolean, error, formula number.
    QCOMPARE(t.text(3, 0), QStringLiteral("内联文本"));
    QCOMPARE(t.text(3, 1), QStringLiteral("公式结果"));
    QVERIFY(!t.cell(3, 1).number);
    QCOMPARE(t.text(3, 2), QStringLiteral("TRUE"));
    QCOMPARE(t.text(3, 3), QStringLiteral("#N/A"));
    QCOMPARE(t.cell(3, 4).number.value(), 2.0);
    // Row 5: cells without references follow one another; a styled empty cell keeps its place.
    QCOMPARE(t.text(4, 0), QStringLiteral("富文本"));
    QCOMPARE(t.text(4, 1), QStringLiteral("914403001234567890"));   // every digit the file holds
    QVERIFY(t.cell(4, 1).number.has_value());
    QCOMPARE(t.text(4, 2), QString());
    QCOMPARE(t.text(4, 3), QStringLiteral("91440300123456"));
    QCOMPARE(t.text(4, 4), QStringLiteral("0.3"));
    // Row 6 has no r attribute: it follows row 5.
    QCOMPARE(t.text(5, 0), QStringLiteral("-7"));
    QCOMPARE(t.cell(5, 0).number.value(), -7.0);
    // Row 8 holds only an uncalculated formula: nothing stored.
    QVERIFY(t.isRowEmpty(7));
    QCOMPARE(t.text(9, 1), QStringLiteral("末行"));

    const auto second = XlsxReader::readSheet(m_handMadeFile, QStringLiteral("第二页"));
    QVERIFY(second.isOk());
    QCOMPARE(second->text(1, 1), QStringLiteral("5"));
}

void TestXlsxReader::handMadeDates1904()
{
    const QString path = write(QStringLiteral("1904.xlsx"), handMade("<workbookPr date1904=\"1\"/>"));
    const auto sheet = XlsxReader::readSheet(path, 0);
    QVERIFY2(sheet.isOk(), qPrintable(sheet.message()));
    // 45125 in the 1904 system is 4 years and a day later than in the 1900 system.
    QCOMPARE(sheet->text(2, 0), QStringLiteral("2027-07-19"));
    QVERIFY(sheet->cell(2, 0).isDate);
    // number is given as a 1900-system serial, so excelSerialToDate needs no flag.
    QCOMPARE(dx::excelSerialToDate(sheet->cell(2, 0).number.value()), QDate(2027, 7, 19));
    QCOMPARE(sheet->cell(2, 2).number.value(), 1234.5);   // plain numbers are not shifted
}

// Other writers use other prefixes for the relationship namespace, absolute targets, and
// upper-case file names in the zip.
void TestXlsxReader::strictNamespaceAndPrefixes()
{
    const ZipEntries entries = {
        {QStringLiteral("[Content_Types].xml"), "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("_rels/.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"R1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" Target=\"/xl/Book.xml\"/>"
         "</Relationships>"},
        {QStringLiteral("xl/Book.xml"),
         "<x:workbook xmlns:x=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" xmlns:rel=\"http://purl.oclc.org/ooxml/officeDocument/relationships\">"
         "<x:sheets><x:sheet name=\"数据\" sheetId=\"7\" rel:id=\"R9\"/></x:sheets></x:workbook>"},
        {QStringLiteral("xl/_rels/Book.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"R9\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet\" Target=\"./sheets/../data/one.xml\"/>"
         "<Relationship Id=\"R10\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink\" Target=\"http://example.org\" TargetMode=\"External\"/>"
         "</Relationships>"},
        {QStringLiteral("xl/data/one.xml"),
         "<x:worksheet xmlns:x=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><x:sheetData>"
         "<x:row r=\"1\"><x:c r=\"A1\" t=\"d\"><x:v>2023-07-18T06:00:00</x:v></x:c><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>ok</x:t></x:is></x:c></x:row>"
         "</x:sheetData></x:worksheet>"},
    };
    const QString path = write(QStringLiteral("strict.xlsx"), entries);
    const auto sheet = XlsxReader::readSheet(path, QStringLiteral("数据"));
    QVERIFY2(sheet.isOk(), qPrintable(sheet.message()));
    QCOMPARE(sheet->text(0, 0), QStringLiteral("2023-07-18 06:00:00"));
    QVERIFY(sheet->cell(0, 0).isDate);
    QCOMPARE(sheet->text(0, 1), QStringLiteral("ok"));
}

void TestXlsxReader::bytesMatchFile()
{
    for (const QString& path : {m_libxlsxwriterFile, m_handMadeFile}) {
        const QByteArray bytes = dx::test::fileBytes(path);
        const auto fromBytes = XlsxReader::readSheetFromBytes(bytes, 0);
        const auto fromFile = XlsxReader::readSheet(path, 0);
        QVERIFY2(fromBytes.isOk(), qPrintable(fromBytes.message()));
        QVERIFY(fromFile.isOk());
        QCOMPARE(fromBytes->rowCount(), fromFile->rowCount());
        for (int r = 0; r < fromFile->rowCount(); ++r)
            for (int c = 0; c < fromFile->columnCount(); ++c) {
                QCOMPARE(fromBytes->text(r, c), fromFile->text(r, c));
                QCOMPARE(fromBytes->cell(r, c).number, fromFile->cell(r, c).number);
            }
        QCOMPARE(XlsxReader::sheetNamesFromBytes(bytes).value(), XlsxReader::sheetNames(path).value());
    }
}

void TestXlsxReader::inputUntouched()
{
    const QByteArray before = dx::test::fileBytes(m_handMadeFile);
    const QDateTime modified = QFileInfo(m_handMadeFile).lastModified();
    QVERIFY(XlsxReader::readSheet(m_handMadeFile, 0).isOk());
    QVERIFY(XlsxReader::sheetNames(m_handMadeFile).isOk());
    QCOMPARE(dx::test::fileBytes(m_handMadeFile), before);
    QCOMPARE(QFileInfo(m_handMadeFile).lastModified(), modified);
}

void TestXlsxReader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("code");
    const int validation = int(dx::ErrorCode::Validation);
    QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty") << validation;
    QTest::newRow("CSV text") << QByteArray("a,b\n1,2\n") << QStringLiteral("import it as CSV") << validation;
    QTest::newRow("binary") << QByteArray("\x01\x02\0\x03garbage", 11) << QStringLiteral("not a zip archive") << validation;
    QTest::newRow("old xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(600, '\0') << QStringLiteral(".xls") << validation;

    QTemporaryDir dir;
    const auto zipped = [&](const ZipEntries& entries) {
        const QString p = dir.filePath(QStringLiteral("z.zip"));
        QFile::remove(p);
        dx::test::writeZip(p, entries);
        return dx::test::fileBytes(p);
    };
    QTest::newRow("zip without workbook") << zipped({{QStringLiteral("readme.txt"), "hello"}})
                                          << QStringLiteral("a zip file but not an .xlsx workbook") << validation;
    QTest::newRow("Word document") << zipped({{QStringLiteral("_rels/.rels"),
                                               "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                               "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                                               "Target=\"word/document.xml\"/></Relationships>"},
                                              {QStringLiteral("word/document.xml"), "<w:document xmlns:w=\"urn:w\"/>"}})
                                   << QStringLiteral("not an .xlsx workbook") << validation;

    const QByteArray good = dx::test::fileBytes(m_handMadeFile);
    QTest::newRow("truncated to half") << good.left(good.size() / 2) << QStringLiteral("damaged or incomplete") << validation;

    auto withSheet = [&](const QByteArray& sheetData) {
        return zipped(dx::test::minimalWorkbook({{QStringLiteral("S"), dx::test::sheetXml(sheetData)}}, kSharedStrings, kStyles));
    };
    QTest::newRow("malformed sheet XML") << withSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")
                                         << QStringLiteral("xl/worksheets/sheet1.xml is not valid XML (line") << validation;
    QTest::newRow("missing shared string") << withSheet("<row r=\"2\"><c r=\"C2\" t=\"s\"><v>99</v></c></row>")
                                           << QStringLiteral("Cell C2 of sheet \"S\"") << validation;
    QTest::newRow("bad cell reference") << withSheet("<row r=\"1\"><c r=\"A0\"><v>1</v></c></row>") << QStringLiteral("\"A0\"") << validation;
    QTest::newRow("bad row number") << withSheet("<row r=\"x\"><c><v>1</v></c></row>") << QStringLiteral("\"x\"") << validation;
    QTest::newRow("cell too long") << withSheet("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>" + QByteArray(32768, 'x') + "</t></is></c></row>")
                                   << QStringLiteral("Cell B3") << validation;

    ZipEntries badWorkbook = dx::test::minimalWorkbook({{QStringLiteral("S"), dx::test::sheetXml("")}});
    badWorkbook[2].second = "<workbook><sheets><sheet name=\"S\"</sheets></workbook>";
    QTest::newRow("malformed workbook XML") << zipped(badWorkbook) << QStringLiteral("xl/workbook.xml is not valid XML") << validation;

    ZipEntries noSheetPart = dx::test::minimalWorkbook({{QStringLiteral("S"), dx::test::sheetXml("")}});
    noSheetPart.removeLast();
    QTest::newRow("sheet part missing") << zipped(noSheetPart) << QStringLiteral("is missing") << validation;

    ZipEntries noSheets = dx::test::minimalWorkbook({});
    QTest::newRow("no worksheets") << zipped(noSheets) << QStringLiteral("contains no worksheets") << validation;
}

void TestXlsxReader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    QFETCH(int, code);
    const auto sheet = XlsxReader::readSheetFromBytes(bytes, 0);
    QVERIFY(!sheet.isOk());
    QCOMPARE(int(sheet.code()), code);
    QVERIFY2(sheet.message().contains(fragment), qPrintable(sheet.message()));
    // The same through a file, whose name the message carries.
    const QString path = m_dir.filePath(QStringLiteral("refused.xlsx"));
    QFile::remove(path);
    QVERIFY(dx::test::writeBytes(path, bytes));
    const auto fromFile = XlsxReader::readSheet(path, 0);
    QVERIFY(!fromFile.isOk());
    QVERIFY2(fromFile.message().contains(QStringLiteral("refused.xlsx")), qPrintable(fromFile.message()));
}

// A flipped byte inside the deflated sheet: either the data does not inflate or the CRC fails.
void TestXlsxReader::corruptData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    Table table;
    table.name = QStringLiteral("data");
    for (int r = 0; r < 2000; ++r)
        table.rows.append({Cell::fromText(QStringLiteral("企业%1").arg(r * 7919 % 10007)), Cell::fromNumber(r * 1.25)});
    dx::XlsxWriteOptions inlineStrings;
    QVERIFY(dx::XlsxWriter::writeTable(path, {{QStringLiteral("名称"), {}}, {QStringLiteral("金额"), {}}}, table, inlineStrings).isOk());
    QVERIFY(XlsxReader::readSheet(path, 0).isOk());
    // Damage at different places: the zip layer's finding is reported, not the XML parser's.
    for (const double where : {0.25, 0.5, 0.75}) {
        const QByteArray corrupt = corruptEntry(dx::test::fileBytes(path), "xl/worksheets/sheet1.xml", where);
        QVERIFY(!corrupt.isEmpty());
        const auto sheet = XlsxReader::readSheetFromBytes(corrupt, 0);
        QVERIFY(!sheet.isOk());
        QVERIFY2(sheet.message().contains(QStringLiteral("is damaged")) && sheet.message().contains(QStringLiteral("xl/worksheets/sheet1.xml")),
                 qPrintable(sheet.message()));
        QVERIFY2(!sheet.message().contains(QStringLiteral("XML")), qPrintable(sheet.message()));
    }
}

// 300 MB of zeros pack into about 300 KB: refused from the declared size, before inflating.
void TestXlsxReader::zipBombDeclaredSize()
{
    const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
    ZipEntries entries = dx::test::minimalWorkbook({{QStringLiteral("S"), {}}});
    entries.removeLast();   // the sheet part comes as the bomb
    QVERIFY(dx::test::writeZipWithZeros(path, entries, QStringLiteral("xl/worksheets/sheet1.xml"), qint64(300) << 20));
    QVERIFY(QFileInfo(path).size() < (2 << 20));
    QVERIFY(XlsxReader::sheetNames(path).isOk());   // the small parts are fine
    const auto sheet = XlsxReader::readSheet(path, 0);
    QVERIFY(!sheet.isOk());
    QVERIFY2(sheet.message().contains(QStringLiteral("too large")) && sheet.message().contains(QStringLiteral("256")), qPrintable(sheet.message()));
}

// 40 MB of zeros are under the size limit but pack over 1000 : 1.
void TestXlsxReader::zipBombRatio()
{
    const QString path = m_dir.filePath(QStringLiteral("ratio.xlsx"));
    ZipEntries entries = dx::test::minimalWorkbook({{QStringLiteral("S"), {}}});
    entries.removeLast();
    QVERIFY(dx::test::writeZipWithZeros(path, entries, QStringLiteral("xl/worksheets/sheet1.xml"), qint64(40) << 20));
    const auto sheet = XlsxReader::readSheet(path, 0);
    QVERIFY(!sheet.isOk());
    QVERIFY2(sheet.message().contains(QStringLiteral("zip bomb")), qPrintable(sheet.message()));
}

void TestXlsxReader::limitsByOption()
{
    XlsxReadOptions tiny;
    tiny.zip.maxEntryBytes = 200;
    const auto big = XlsxReader::readSheet(m_handMadeFile, 0, tiny);
    QVERIFY(!big.isOk());
    QVERIFY2(big.message().contains(QStringLiteral("too large")), qPrintable(big.message()));

    XlsxReadOptions fewCells;
    fewCells.maxCells = 10;
    const auto many = XlsxReader::readSheet(m_handMadeFile, 0, fewCells);
    QVERIFY(!many.isOk());
    QVERIFY2(many.message().contains(QStringLiteral("more than 10 cells")), qPrintable(many.message()));

    // One far-away cell would need 16,384 columns of padding.
    const QString far = write(QStringLiteral("far.xlsx"), dx::test::minimalWorkbook({{QStringLiteral("S"),
                                                                                    dx::test::sheetXml("<row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>")}}));
    XlsxReadOptions thousand;
    thousand.maxCells = 1000;
    QVERIFY(!XlsxReader::readSheet(far, 0, thousand).isOk());
    const auto allowed = XlsxReader::readSheet(far, 0);
    QVERIFY(allowed.isOk());
    QCOMPARE(allowed->columnCount(), 16384);

    XlsxReadOptions smallFile;
    smallFile.maxFileBytes = 100;
    QVERIFY(!XlsxReader::sheetNames(m_handMadeFile, smallFile).isOk());
}

void TestXlsxReader::progressAndCancel()
{
    const QString path = m_dir.filePath(QStringLiteral("progress.xlsx"));
    Table table;
    table.name = QStringLiteral("S");
    for (int r = 0; r < 20000; ++r)
        table.rows.append({Cell::fromText(QStringLiteral("企业%1").arg(r)), Cell::fromNumber(r)});
    QVERIFY(dx::XlsxWriter::writeTable(path, {}, table).isOk());
    QVector<int> seen;
    XlsxReadOptions watched;
    watched.progress = [&](int percent) {
        seen << percent;
        return true;
    };
    const auto sheet = XlsxReader::readSheet(path, 0, watched);
    QVERIFY2(sheet.isOk(), qPrintable(sheet.message()));
    QCOMPARE(sheet->rowCount(), 20000);
    QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.last(), 100);

    XlsxReadOptions cancelled;
    cancelled.progress = [](int percent) { return percent < 30; };
    const auto stopped = XlsxReader::readSheet(path, 0, cancelled);
    QVERIFY(!stopped.isOk());
    QCOMPARE(stopped.code(), dx::ErrorCode::Cancelled);
    QVERIFY2(stopped.message().contains(QStringLiteral("cancelled")), qPrintable(stopped.message()));
}

// Optional: when LibreOffice is installed, a workbook it re-saves reads back the same.
void TestXlsxReader::roundTripThroughLibreOffice()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed");
    QTemporaryDir out;
    QTemporaryDir profile;
    QProcess p;
    p.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + profile.path(), QStringLiteral("--headless"),
                      QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), out.path(), m_libxlsxwriterFile});
    QVERIFY(p.waitForFinished(120000));
    const QString converted = out.filePath(QFileInfo(m_libxlsxwriterFile).fileName());
    QVERIFY2(QFileInfo::exists(converted), p.readAllStandardError().constData());
    const auto original = XlsxReader::readSheet(m_libxlsxwriterFile, 0);
    const auto resaved = XlsxReader::readSheet(converted, 0);
    QVERIFY2(resaved.isOk(), qPrintable(resaved.message()));
    for (int r = 0; r < original->rowCount(); ++r)
        for (int c = 0; c < 5; ++c)
            QCOMPARE(resaved->text(r, c), original->text(r, c));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
