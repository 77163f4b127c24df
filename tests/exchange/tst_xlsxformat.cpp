// ExcelFormat: date serials (1900 system with the Lotus leap-day bug, 1904 system), the General
// rendering of numbers, date format detection and A1 references.

#include "exchange/ExcelFormat.h"

#include <QtTest>
#include <cmath>

class TestXlsxFormat : public QObject
{
    Q_OBJECT

private slots:
    void serialToDate_data();
    void serialToDate();
    void dateToSerialRoundTrip();
    void dateToSerialEdges();
    void dateText_data();
    void dateText();
    void general_data();
    void general();
    void builtInDateFormats_data();
    void builtInDateFormats();
    void dateFormatCodes_data();
    void dateFormatCodes();
    void references_data();
    void references();
    void badReferences_data();
    void badReferences();
};

void TestXlsxFormat::serialToDate_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDate>("date");
    QTest::newRow("1 = 1900-01-01") << 1.0 << false << QDate(1900, 1, 1);
    QTest::newRow("59 = 1900-02-28") << 59.0 << false << QDate(1900, 2, 28);
    QTest::newRow("60 = the fake 1900-02-29") << 60.0 << false << QDate();
    QTest::newRow("61 = 1900-03-01") << 61.0 << false << QDate(1900, 3, 1);
    QTest::newRow("45125 = 2023-07-18") << 45125.0 << false << QDate(2023, 7, 18);
    QTest::newRow("time of day dropped") << 45125.99 << false << QDate(2023, 7, 18);
    QTest::newRow("0 is no day") << 0.0 << false << QDate();
    QTest::newRow("negative") << -5.0 << false << QDate();
    QTest::newRow("last day 9999-12-31") << 2958465.0 << false << QDate(9999, 12, 31);
    QTest::newRow("past 9999") << 2958466.0 << false << QDate();
    QTest::newRow("NaN") << qQNaN() << false << QDate();
    QTest::newRow("1904: 0 = 1904-01-01") << 0.0 << true << QDate(1904, 1, 1);
    QTest::newRow("1904: 43663 = 2023-07-18") << 43663.0 << true << QDate(2023, 7, 18);
    QTest::newRow("1904: negative") << -1.0 << true << QDate();
}

void TestXlsxFormat::serialToDate()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QDate, date);
    QCOMPARE(dx::excelSerialToDate(serial, date1904), date);
}

void TestXlsxFormat::dateToSerialRoundTrip()
{
    for (QDate d(1900, 1, 1); d.year() < 2101; d = d.addDays(97)) {
        for (const bool date1904 : {false, true}) {
            const auto serial = dx::dateToExcelSerial(d, date1904);
            if (date1904 && d.year() < 1904) {
                QVERIFY(!serial);
                continue;
            }
            QVERIFY2(serial.has_value(), qPrintable(d.toString(Qt::ISODate)));
            QCOMPARE(dx::excelSerialToDate(*serial, date1904), d);
        }
    }
}

void TestXlsxFormat::dateToSerialEdges()
{
    QCOMPARE(dx::dateToExcelSerial(QDate(1900, 1, 1)).value(), 1.0);
    QCOMPARE(dx::dateToExcelSerial(QDate(1900, 2, 28)).value(), 59.0);
    QCOMPARE(dx::dateToExcelSerial(QDate(1900, 3, 1)).value(), 61.0);
    QCOMPARE(dx::dateToExcelSerial(QDate(2023, 7, 18)).value(), 45125.0);
    QCOMPARE(dx::dateToExcelSerial(QDate(2023, 7, 18), true).value(), 43663.0);
    QVERIFY(!dx::dateToExcelSerial(QDate(1899, 12, 31)));
    QVERIFY(!dx::dateToExcelSerial(QDate()));
}

void TestXlsxFormat::dateText_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");
    QTest::newRow("date") << 45125.0 << false << QStringLiteral("2023-07-18");
    QTest::newRow("date and time") << 45125.5 << false << QStringLiteral("2023-07-18 12:00:00");
    QTest::newRow("seconds round") << 45125.0 + 3661.4 / 86400 << false << QStringLiteral("2023-07-18 01:01:01");
    QTest::newRow("rounds into the next day") << 45125.9999999 << false << QStringLiteral("2023-07-19");
    QTest::newRow("time alone") << 0.75 << false << QStringLiteral("18:00:00");
    QTest::newRow("1904 date") << 43663.25 << true << QStringLiteral("2023-07-18 06:00:00");
    QTest::newRow("serial 60") << 60.0 << false << QString();
    QTest::newRow("serial 0") << 0.0 << false << QString();
    QTest::newRow("negative") << -1.0 << false << QString();
    QTest::newRow("too large") << 3e6 << false << QString();
}

void TestXlsxFormat::dateText()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, text);
    QCOMPARE(dx::excelDateText(serial, date1904), text);
}

void TestXlsxFormat::general_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("integer") << 120.0 << QStringLiteral("120");
    QTest::newRow("negative integer") << -120.0 << QStringLiteral("-120");
    QTest::newRow("1234.5") << 1234.5 << QStringLiteral("1234.5");
    QTest::newRow("-0.5") << -0.5 << QStringLiteral("-0.5");
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << QStringLiteral("0.3");
    QTest::newRow("15 significant digits") << 123456789.123456789 << QStringLiteral("123456789.123457");
    QTest::newRow("14-digit code") << 91440300123456.0 << QStringLiteral("91440300123456");
    QTest::newRow("2^53 exact") << 9007199254740992.0 << QStringLiteral("9007199254740992");
    QTest::newRow("18 digits past 2^53") << 914452001234567890.0 << QStringLiteral("914452001234568000");
    QTest::newRow("1e20 positional") << 1e20 << QStringLiteral("100000000000000000000");
    QTest::newRow("1e21 exponent") << 1e21 << QStringLiteral("1E+21");
    QTest::newRow("small positional") << 1e-7 << QStringLiteral("0.0000001");
    QTest::newRow("tiny exponent") << 1.5e-10 << QStringLiteral("1.5E-10");
    QTest::newRow("money") << 1234567.89 << QStringLiteral("1234567.89");
    QTest::newRow("NaN") << qQNaN() << QString();
    QTest::newRow("infinity") << qInf() << QString();
}

void TestXlsxFormat::general()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(dx::excelGeneralText(value), text);
}

void TestXlsxFormat::builtInDateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<bool>("isDate");
    for (int id : {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 31, 36, 45, 46, 47, 50, 57, 58})
        QTest::addRow("date %d", id) << id << true;
    for (int id : {0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 23, 37, 44, 48, 49, 59, 164})
        QTest::addRow("not date %d", id) << id << false;
}

void TestXlsxFormat::builtInDateFormats()
{
    QFETCH(int, id);
    QFETCH(bool, isDate);
    QCOMPARE(dx::isBuiltInDateFormat(id), isDate);
}

void TestXlsxFormat::dateFormatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("yyyy/m/d") << QStringLiteral("yyyy/m/d") << true;
    QTest::newRow("Chinese literal parts") << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"") << true;
    QTest::newRow("locale prefix") << QStringLiteral("[$-804]yyyy/m/d") << true;
    QTest::newRow("DBNum Chinese numerals") << QStringLiteral("[DBNum1][$-804]yyyy\"年\"m\"月\"") << true;
    QTest::newRow("upper case") << QStringLiteral("YYYY-MM-DD") << true;
    QTest::newRow("time") << QStringLiteral("h:mm AM/PM") << true;
    QTest::newRow("minutes seconds") << QStringLiteral("mm:ss") << true;
    QTest::newRow("date then text section") << QStringLiteral("yyyy-mm-dd;@") << true;
    QTest::newRow("elapsed hours") << QStringLiteral("[h]:mm:ss") << false;
    QTest::newRow("0.00") << QStringLiteral("0.00") << false;
    QTest::newRow("grouped with yuan") << QStringLiteral("#,##0.00\"元\"") << false;
    QTest::newRow("quoted d") << QStringLiteral("0\" days\"") << false;
    QTest::newRow("escaped d") << QStringLiteral("0\\d") << false;
    QTest::newRow("colour") << QStringLiteral("[Red]0.00") << false;
    QTest::newRow("accounting") << QStringLiteral("_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)") << false;
    QTest::newRow("General") << QStringLiteral("General") << false;
    QTest::newRow("text") << QStringLiteral("@") << false;
    QTest::newRow("scientific") << QStringLiteral("0.00E+00") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestXlsxFormat::dateFormatCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(dx::isDateFormatCode(code), isDate);
}

void TestXlsxFormat::references_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::newRow("A1") << QStringLiteral("A1") << 0 << 0;
    QTest::newRow("C7") << QStringLiteral("C7") << 6 << 2;
    QTest::newRow("Z10") << QStringLiteral("Z10") << 9 << 25;
    QTest::newRow("AA1") << QStringLiteral("AA1") << 0 << 26;
    QTest::newRow("AB2") << QStringLiteral("AB2") << 1 << 27;
    QTest::newRow("XFD1048576") << QStringLiteral("XFD1048576") << 1048575 << 16383;
}

void TestXlsxFormat::references()
{
    QFETCH(QString, ref);
    QFETCH(int, row);
    QFETCH(int, column);
    int r = -1;
    int c = -1;
    QVERIFY(dx::parseCellReference(ref, &r, &c));
    QCOMPARE(r, row);
    QCOMPARE(c, column);
    QCOMPARE(dx::excelCellName(row, column), ref);
}

void TestXlsxFormat::badReferences_data()
{
    QTest::addColumn<QString>("ref");
    for (const char* bad : {"", "A", "1", "A0", "a1", "XFE1", "AAAA1", "A1048577", "A1B", "A-1", "A99999999999"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestXlsxFormat::badReferences()
{
    QFETCH(QString, ref);
    int r = 0;
    int c = 0;
    QVERIFY(!dx::parseCellReference(ref, &r, &c));
}

QTEST_GUILESS_MAIN(TestXlsxFormat)
#include "tst_xlsxformat.moc"
