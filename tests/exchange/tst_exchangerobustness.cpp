// The readers against damaged input: a few thousand deterministic pseudo-random mutations of a
// valid CSV file, of a valid .xlsx file, and of the XML parts inside one. Every read must end in
// a table or an error with a message, never a crash, a hang or an empty "success". This is the
// short run of what tests/fuzz does at length.

#include "exchange/CsvReader.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"

#include "ZipFixture.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using dx::Cell;
using dx::Table;

namespace {

// xorshift64*: the same sequence on every machine and run.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 2685821657736338717ULL;
    }
    int below(qsizetype n) { return n <= 0 ? 0 : int(next() % quint64(n)); }

private:
    quint64 m_state;
};

// One to four edits: flip bits, overwrite with bytes a parser cares about, insert, delete,
// duplicate a span, or truncate.
QByteArray mutate(QByteArray bytes, Random& rng)
{
    static const char interesting[] = {'"', ',', ';', '\t', '\n', '\r', '\0', '<', '>', '/', '&', '=', '\xFF', '\xEF', '\xBB', '\x80', 'P', 'K', '0', '9'};
    const int edits = 1 + rng.below(4);
    for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
        const int at = rng.below(bytes.size());
        switch (rng.below(7)) {
        case 0:
            bytes[at] = char(bytes[at] ^ (1 << rng.below(8)));
            break;
        case 1:
            bytes[at] = interesting[rng.below(sizeof interesting)];
            break;
        case 2:
            bytes.insert(at, interesting[rng.below(sizeof interesting)]);
            break;
        case 3:
            bytes.remove(at, 1 + rng.below(16));
            break;
        case 4: {
            const int length = 1 + rng.below(64);
            bytes.insert(rng.below(bytes.size()), bytes.mid(at, length));
            break;
        }
        case 5:
            bytes.truncate(at);
            break;
        default:
            bytes[at] = char(rng.below(256));
            break;
        }
    }
    return bytes;
}

// A result is either a table that keeps the limits or an error that says something.
template <typename R>
bool sane(const R& result, const Table& table)
{
    if (!result.isOk())
        return !result.message().isEmpty();
    for (const auto& row : table.rows) {
        if (row.size() > 16384)
            return false;
        for (const Cell& c : row)
            if (c.text.size() > 32767)
                return false;
    }
    return true;
}

QByteArray validCsv()
{
    QString text = QStringLiteral("企业名称,统一社会信用代码,营业收入,备注\r\n");
    for (int r = 0; r < 40; ++r)
        text += QStringLiteral("\"广州某某%1有限公司\",91440101MA5X%2,%3.5,\"说明 \"\"%1\"\"\n第二行\"\r\n").arg(r).arg(r, 6, 10, QLatin1Char('0')).arg(r * 37);
    return text.toUtf8();
}

} // namespace

class TestExchangeRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvMutations_data();
    void csvMutations();
    void xlsxByteMutations();
    void xlsxPartMutations();

private:
    QTemporaryDir m_dir;
    QByteArray m_xlsx;
};

void TestExchangeRobustness::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("valid.xlsx"));
    Table t;
    t.name = QStringLiteral("名录");
    for (int r = 0; r < 30; ++r)
        t.rows.append({Cell::fromText(QStringLiteral("企业%1").arg(r)), Cell::fromNumber(r * 2.5), Cell::fromDate(QDate(2023, 1, 1).addDays(r))});
    dx::XlsxWriteOptions shared;
    shared.constantMemory = false;
    QVERIFY(dx::XlsxWriter::writeTable(path, {{QStringLiteral("名称"), {}}, {QStringLiteral("金额"), QStringLiteral("0.00")}, {QStringLiteral("日期"), {}}}, t, shared).isOk());
    m_xlsx = dx::test::fileBytes(path);
    QVERIFY(dx::XlsxReader::readSheetFromBytes(m_xlsx, 0).isOk());
}

void TestExchangeRobustness::csvMutations_data()
{
    QTest::addColumn<QByteArray>("seedFile");
    QTest::newRow("UTF-8") << validCsv();
    QStringEncoder gb("GB18030");
    QTest::newRow("GB18030") << QByteArray(gb.encode(QString::fromUtf8(validCsv())));
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16") << QByteArray(utf16.encode(QString::fromUtf8(validCsv())));
}

void TestExchangeRobustness::csvMutations()
{
    QFETCH(QByteArray, seedFile);
    QVERIFY(dx::CsvReader::readBytes(seedFile).isOk());
    Random rng(0xC5F00D);
    dx::CsvReadOptions options;
    options.maxCellChars = 2000;
    options.maxColumns = 64;
    int ok = 0;
    for (int i = 0; i < 1500; ++i) {
        const QByteArray input = mutate(seedFile, rng);
        const auto doc = dx::CsvReader::readBytes(input, options);
        QVERIFY2(sane(doc, doc.isOk() ? doc->table : Table()), qPrintable(QStringLiteral("mutation %1").arg(i)));
        if (doc.isOk()) {
            ++ok;
            QVERIFY(doc->table.columnCount() <= options.maxColumns);
        }
    }
    // Most single edits leave a readable file; if none did, the reader refuses too much.
    QVERIFY2(ok > 300, qPrintable(QString::number(ok)));
}

void TestExchangeRobustness::xlsxByteMutations()
{
    Random rng(0x5EED);
    dx::XlsxReadOptions options;
    options.maxCells = 100000;
    int ok = 0;
    for (int i = 0; i < 1500; ++i) {
        const QByteArray input = mutate(m_xlsx, rng);
        const auto names = dx::XlsxReader::sheetNamesFromBytes(input, options);
        QVERIFY(names.isOk() || !names.message().isEmpty());
        const auto sheet = dx::XlsxReader::readSheetFromBytes(input, 0, options);
        QVERIFY2(sane(sheet, sheet.isOk() ? sheet.value() : Table()), qPrintable(QStringLiteral("mutation %1").arg(i)));
        ok += sheet.isOk() ? 1 : 0;
    }
    QVERIFY(ok > 0);
}

// Byte edits of a zip mostly stop at the CRC; editing the XML before zipping reaches the parsers.
void TestExchangeRobustness::xlsxPartMutations()
{
    const QByteArray shared = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"3\">"
                              "<si><t>名称</t></si><si><r><t>富</t></r><r><t>文本</t></r><rPh><t>fu</t></rPh></si><si><t>A_x0009_B</t></si></sst>";
    const QByteArray styles = "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                              "<numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\"/></numFmts>"
                              "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
    const QByteArray sheet = dx::test::sheetXml(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"s\"><v>2</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>45125</v></c><c r=\"B3\" s=\"2\"><v>45125.5</v></c><c t=\"inlineStr\"><is><t>内联</t></is></c>"
        "<c t=\"str\"><v>公式</v></c><c t=\"b\"><v>1</v></c><c t=\"e\"><v>#DIV/0!</v></c><c><v>9.5E+3</v></c></row>");
    Random rng(0xB00C);
    dx::XlsxReadOptions options;
    options.maxCells = 100000;
    const QString path = m_dir.filePath(QStringLiteral("mutated.xlsx"));
    int ok = 0;
    for (int i = 0; i < 1200; ++i) {
        dx::test::ZipEntries entries = dx::test::minimalWorkbook({{QStringLiteral("S"), sheet}}, shared, styles);
        auto& part = entries[rng.below(entries.size())].second;   // any part: rels, workbook, sheet, strings, styles
        part = mutate(part, rng);
        QFile::remove(path);
        QVERIFY(dx::test::writeZip(path, entries));
        const auto result = dx::XlsxReader::readSheet(path, 0, options);
        QVERIFY2(sane(result, result.isOk() ? result.value() : Table()), qPrintable(QStringLiteral("mutation %1").arg(i)));
        ok += result.isOk() ? 1 : 0;
    }
    QVERIFY2(ok > 100, qPrintable(QString::number(ok)));
}

QTEST_GUILESS_MAIN(TestExchangeRobustness)
#include "tst_exchangerobustness.moc"
