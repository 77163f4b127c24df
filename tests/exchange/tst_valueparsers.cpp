// ValueParsers: amounts to exact fen, whole numbers, dates in the forms officers type, and
// the normalisation of names and codes.

#include "exchange/ExcelFormat.h"
#include "exchange/ValueParsers.h"

#include <QtTest>

using dx::AmountOptions;
using dx::Cell;
using dx::ValueParsers;

class TestValueParsers : public QObject
{
    Q_OBJECT

private slots:
    void amount_data();
    void amount();
    void amountMessages_data();
    void amountMessages();
    void integer_data();
    void integer();
    void date_data();
    void date();
    void dateFromCell_data();
    void dateFromCell();
    void dateMessages();
    void normalizeText_data();
    void normalizeText();
};

// fen < 0 with valid = false: refused.
void TestValueParsers::amount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unitWan");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("fen");
    const auto row = [](const char* name, const QString& text, bool wan, bool neg, bool valid, qint64 fen) {
        QTest::newRow(name) << text << wan << neg << valid << fen;
    };
    row("plain", QStringLiteral("1234.50"), false, false, true, 123450);
    row("grouped", QStringLiteral("1,234.5"), false, false, true, 123450);
    row("integer", QStringLiteral("1234"), false, false, true, 123400);
    row("full-width digits and dot", QStringLiteral("１２３４．５"), false, false, true, 123450);
    row("full-width comma", QStringLiteral("１，２３４"), false, false, true, 123400);
    row("yen sign", QStringLiteral("¥1,234"), false, false, true, 123400);
    row("full-width yen sign", QStringLiteral("￥1234.56"), false, false, true, 123456);
    row("RMB prefix", QStringLiteral("RMB 1234"), false, false, true, 123400);
    row("人民币 prefix", QStringLiteral("人民币1234元"), false, false, true, 123400);
    row("元 suffix", QStringLiteral("1234元"), false, false, true, 123400);
    row("万 suffix", QStringLiteral("1.2万"), false, false, true, 1200000);
    row("万元 suffix", QStringLiteral("12万元"), false, false, true, 12000000);
    row("space before 万元", QStringLiteral("12 万元"), false, false, true, 12000000);
    row("亿元", QStringLiteral("1.5亿元"), false, false, true, 15000000000LL);
    row("unitWan plain", QStringLiteral("1.2"), true, false, true, 1200000);
    row("unitWan with 元 wins", QStringLiteral("1.2元"), true, false, true, 120);
    row("unitWan six decimals", QStringLiteral("0.000001"), true, false, true, 1);
    row("unitWan seven decimals", QStringLiteral("0.0000001"), true, false, false, -1);
    row("trailing zeros ok", QStringLiteral("1.2300"), false, false, true, 123);
    row("leading dot", QStringLiteral(".5"), false, false, true, 50);
    row("surrounding spaces", QStringLiteral("  7 "), false, false, true, 700);
    row("ideographic space", QStringLiteral("\u30007\u3000"), false, false, true, 700);
    row("three decimals", QStringLiteral("1.234"), false, false, false, -1);
    row("negative refused", QStringLiteral("-5"), false, false, false, -1);
    row("negative allowed", QStringLiteral("-5"), false, true, true, -500);
    row("minus sign allowed", QStringLiteral("\u22125.5"), false, true, true, -550);
    row("negative yen", QStringLiteral("-¥1,000"), false, true, true, -100000);
    row("yen then minus", QStringLiteral("¥-1,000"), false, true, true, -100000);
    row("minus zero is zero", QStringLiteral("-0"), false, false, true, 0);
    row("bad grouping", QStringLiteral("1,23"), false, false, false, -1);
    row("letters", QStringLiteral("abc"), false, false, false, -1);
    row("exponent", QStringLiteral("1e5"), false, false, false, -1);
    row("two dots", QStringLiteral("1.2.3"), false, false, false, -1);
    row("empty", QString(), false, false, false, -1);
    row("only unit", QStringLiteral("万元"), false, false, false, -1);
    row("overflow", QStringLiteral("99999999999999999999"), false, false, false, -1);
    // 0.1 + 0.2 style doubles never enter: the text is split into digits.
    row("0.29 exact", QStringLiteral("0.29"), false, false, true, 29);
    row("max safe", QStringLiteral("92233720368547758.07"), false, false, true, 9223372036854775807LL);
    row("one over max", QStringLiteral("92233720368547758.08"), false, false, false, -1);
}

void TestValueParsers::amount()
{
    QFETCH(QString, text);
    QFETCH(bool, unitWan);
    QFETCH(bool, allowNegative);
    QFETCH(bool, valid);
    QFETCH(qint64, fen);
    AmountOptions options;
    options.unitWan = unitWan;
    options.allowNegative = allowNegative;
    const auto r = ValueParsers::parseAmountFen(text, options);
    QVERIFY2(r.isOk() == valid, qPrintable(r.isOk() ? QString::number(r.value().fen()) : r.message()));
    if (valid)
        QCOMPARE(r.value().fen(), fen);
    else
        QVERIFY(!r.message().isEmpty());
}

// The reason names the text and what is wrong with it.
void TestValueParsers::amountMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("precision") << QStringLiteral("1.234") << QStringLiteral("two decimal places");
    QTest::newRow("negative") << QStringLiteral("-3") << QStringLiteral("negative");
    QTest::newRow("not a number") << QStringLiteral("abc") << QStringLiteral("\"abc\" is not an amount");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("too large") << QStringLiteral("99999999999999999999") << QStringLiteral("too large");
}

void TestValueParsers::amountMessages()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    const auto r = ValueParsers::parseAmountFen(text);
    QVERIFY(!r.isOk());
    QCOMPARE(r.code(), dx::ErrorCode::Validation);
    QVERIFY2(r.message().contains(fragment), qPrintable(r.message()));
}

void TestValueParsers::integer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("value");
    QTest::newRow("plain") << QStringLiteral("120") << false << true << qint64(120);
    QTest::newRow("grouped") << QStringLiteral("1,234") << false << true << qint64(1234);
    QTest::newRow("full-width") << QStringLiteral("１２３") << false << true << qint64(123);
    QTest::newRow("人") << QStringLiteral("120人") << false << true << qint64(120);
    QTest::newRow("名 with space") << QStringLiteral("120 名") << false << true << qint64(120);
    QTest::newRow("万") << QStringLiteral("1.2万") << false << true << qint64(12000);
    QTest::newRow("万人") << QStringLiteral("1.2万人") << false << true << qint64(12000);
    QTest::newRow("万 makes a fraction") << QStringLiteral("1.23456万") << false << false << qint64(0);
    QTest::newRow("trailing .0") << QStringLiteral("120.0") << false << true << qint64(120);
    QTest::newRow("fraction") << QStringLiteral("12.5") << false << false << qint64(0);
    QTest::newRow("negative refused") << QStringLiteral("-3") << false << false << qint64(0);
    QTest::newRow("negative allowed") << QStringLiteral("-3") << true << true << qint64(-3);
    QTest::newRow("letters") << QStringLiteral("十二") << false << false << qint64(0);
    QTest::newRow("empty") << QStringLiteral(" ") << false << false << qint64(0);
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << false << false << qint64(0);
}

void TestValueParsers::integer()
{
    QFETCH(QString, text);
    QFETCH(bool, allowNegative);
    QFETCH(bool, valid);
    QFETCH(qint64, value);
    const auto r = ValueParsers::parseInteger(text, allowNegative);
    QVERIFY2(r.isOk() == valid, qPrintable(r.isOk() ? QString::number(r.value()) : r.message()));
    if (valid)
        QCOMPARE(r.value(), value);
}

void TestValueParsers::date_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowSerial");
    QTest::addColumn<QDate>("expected");   // invalid: refused
    const QDate d(2023, 7, 18);
    QTest::newRow("ISO") << QStringLiteral("2023-07-18") << false << d;
    QTest::newRow("slashes, short") << QStringLiteral("2023/7/18") << false << d;
    QTest::newRow("dots") << QStringLiteral("2023.7.18") << false << d;
    QTest::newRow("Chinese") << QStringLiteral("2023年7月18日") << false << d;
    QTest::newRow("Chinese with spaces") << QStringLiteral("2023 年 7 月 18 日") << false << d;
    QTest::newRow("Chinese 号") << QStringLiteral("2023年7月18号") << false << d;
    QTest::newRow("full-width digits") << QStringLiteral("２０２３年７月１８日") << false << d;
    QTest::newRow("compact") << QStringLiteral("20230718") << false << d;
    QTest::newRow("with time") << QStringLiteral("2023-07-18 00:00:00") << false << d;
    QTest::newRow("ISO T time") << QStringLiteral("2023-07-18T08:30") << false << d;
    QTest::newRow("serial allowed") << QStringLiteral("45125") << true << d;
    QTest::newRow("serial with time") << QStringLiteral("45125.75") << true << d;
    QTest::newRow("serial not allowed") << QStringLiteral("45125") << false << QDate();
    QTest::newRow("serial 1") << QStringLiteral("1") << true << QDate(1900, 1, 1);
    QTest::newRow("serial 61") << QStringLiteral("61") << true << QDate(1900, 3, 1);
    QTest::newRow("serial 60 (fake leap day)") << QStringLiteral("60") << true << QDate();
    QTest::newRow("serial 0") << QStringLiteral("0") << true << QDate();
    QTest::newRow("serial too large") << QStringLiteral("2958466") << true << QDate();
    QTest::newRow("mixed separators") << QStringLiteral("2023-07/18") << false << QDate();
    QTest::newRow("30 February") << QStringLiteral("2023-02-30") << false << QDate();
    QTest::newRow("month 13") << QStringLiteral("20231301") << false << QDate();
    QTest::newRow("year 0203") << QStringLiteral("0203-07-18") << false << QDate();
    QTest::newRow("US order") << QStringLiteral("7/18/2023") << false << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("23-7-18") << false << QDate();
    QTest::newRow("words") << QStringLiteral("yesterday") << true << QDate();
    QTest::newRow("empty") << QString() << true << QDate();
    QTest::newRow("leap day 2024") << QStringLiteral("2024-02-29") << false << QDate(2024, 2, 29);
}

void TestValueParsers::date()
{
    QFETCH(QString, text);
    QFETCH(bool, allowSerial);
    QFETCH(QDate, expected);
    const auto r = ValueParsers::parseDate(text, allowSerial);
    QVERIFY2(r.isOk() == expected.isValid(), qPrintable(r.isOk() ? r.value().toString(Qt::ISODate) : r.message()));
    if (expected.isValid())
        QCOMPARE(r.value(), expected);
    else
        QVERIFY(r.message().contains(text.trimmed()) || text.trimmed().isEmpty());
}

void TestValueParsers::dateFromCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("number");   // NaN: no number
    QTest::addColumn<bool>("isDate");
    QTest::addColumn<bool>("allowSerial");
    QTest::addColumn<QDate>("expected");
    const double none = qQNaN();
    const QDate d(2023, 7, 18);
    QTest::newRow("date cell") << QStringLiteral("2023-07-18") << 45125.0 << true << false << d;
    QTest::newRow("date cell, serial not needed") << QString() << 45125.0 << true << false << d;
    QTest::newRow("number, serial allowed") << QStringLiteral("45125") << 45125.0 << false << true << d;
    QTest::newRow("number, serial refused") << QStringLiteral("45125") << 45125.0 << false << false << QDate();
    QTest::newRow("yyyymmdd typed as a number") << QStringLiteral("20230718") << 20230718.0 << false << true << d;
    QTest::newRow("text cell") << QStringLiteral("2023年7月18日") << none << false << false << d;
}

void TestValueParsers::dateFromCell()
{
    QFETCH(QString, text);
    QFETCH(double, number);
    QFETCH(bool, isDate);
    QFETCH(bool, allowSerial);
    QFETCH(QDate, expected);
    Cell cell{text, qIsNaN(number) ? std::nullopt : std::optional<double>(number), isDate};
    const auto r = ValueParsers::parseDate(cell, allowSerial);
    QVERIFY2(r.isOk() == expected.isValid(), qPrintable(r.isOk() ? r.value().toString(Qt::ISODate) : r.message()));
    if (expected.isValid())
        QCOMPARE(r.value(), expected);
}

void TestValueParsers::dateMessages()
{
    const auto impossible = ValueParsers::parseDate(QStringLiteral("2023-02-30"));
    QVERIFY(impossible.message().contains(QStringLiteral("no day 30")));
    const auto leap = ValueParsers::parseDate(QStringLiteral("60"), true);
    QVERIFY(leap.message().contains(QStringLiteral("1900")));
    const auto words = ValueParsers::parseDate(QStringLiteral("明天"));
    QVERIFY(words.message().contains(QStringLiteral("2023-07-18")));   // shows the accepted form
}

void TestValueParsers::normalizeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trim") << QStringLiteral("  广州某某科技有限公司 ") << QStringLiteral("广州某某科技有限公司");
    QTest::newRow("ideographic spaces") << QStringLiteral("\u3000广州\u3000\u3000某某\u3000") << QStringLiteral("广州 某某");
    QTest::newRow("collapse tabs and newlines") << QStringLiteral("a\t\tb\r\nc") << QStringLiteral("a b c");
    QTest::newRow("no-break space") << QStringLiteral("a\u00A0b") << QStringLiteral("a b");
    QTest::newRow("full-width letters and digits") << QStringLiteral("９１４４０３００ＭＡ５Ｆ") << QStringLiteral("91440300MA5F");
    QTest::newRow("full-width brackets kept") << QStringLiteral("某某（集团）有限公司") << QStringLiteral("某某（集团）有限公司");
    QTest::newRow("zero-width dropped") << QStringLiteral("\uFEFF某\u200B某") << QStringLiteral("某某");
    QTest::newRow("control dropped") << QStringLiteral("a\x01" "b") << QStringLiteral("ab");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral(" \u3000 ") << QString();
}

void TestValueParsers::normalizeText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ValueParsers::normalizeText(text), expected);
}

QTEST_GUILESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"
