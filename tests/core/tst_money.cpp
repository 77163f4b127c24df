// Money: exact fen amounts, parsing of 元 / 万元 text and rounding to strings.

#include "domain/Money.h"

#include <QtTest>

using dx::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void constructors();
    void parseYuan_data();
    void parseYuan();
    void parseWan_data();
    void parseWan();
    void parseWanOutOfRange();
    void toYuanString_data();
    void toYuanString();
    void toWanString_data();
    void toWanString();
    void roundTrip_data();
    void roundTrip();
    void arithmetic();
};

void TestMoney::constructors()
{
    QCOMPARE(Money().fen(), 0);
    QCOMPARE(Money::fromFen(-7).fen(), -7);
    QCOMPARE(Money::fromYuan(12).fen(), 1200);
    QCOMPARE(Money::fromYuan(-12).fen(), -1200);
    QCOMPARE(Money::fromWan(3).fen(), 3000000);
    QCOMPARE(Money::fromWan(-3).fen(), -3000000);
}

// valid = false: the text must be refused (nullopt); fen is then ignored.
void TestMoney::parseYuan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("1234.56") << QStringLiteral("1234.56") << true << qint64(123456);
    QTest::newRow("1,234.5") << QStringLiteral("1,234.5") << true << qint64(123450);
    QTest::newRow("1,234,567.89") << QStringLiteral("1,234,567.89") << true << qint64(123456789);
    QTest::newRow("-3") << QStringLiteral("-3") << true << qint64(-300);
    QTest::newRow("-0.5") << QStringLiteral("-0.5") << true << qint64(-50);
    QTest::newRow("-1,234.56") << QStringLiteral("-1,234.56") << true << qint64(-123456);
    QTest::newRow("0") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("0.01") << QStringLiteral("0.01") << true << qint64(1);
    QTest::newRow("0.010 (trailing zero)") << QStringLiteral("0.010") << true << qint64(1);
    QTest::newRow("7.0000") << QStringLiteral("7.0000") << true << qint64(700);
    QTest::newRow("surrounding spaces") << QStringLiteral("  42.5 ") << true << qint64(4250);
    QTest::newRow("13 digits") << QStringLiteral("9999999999999.99") << true << qint64(999999999999999);
    QTest::newRow("0.001 (finer than a fen)") << QStringLiteral("0.001") << false << qint64(0);
    QTest::newRow("1.005") << QStringLiteral("1.005") << false << qint64(0);
    QTest::newRow("abc") << QStringLiteral("abc") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("spaces") << QStringLiteral("   ") << false << qint64(0);
    QTest::newRow("12abc") << QStringLiteral("12abc") << false << qint64(0);
    QTest::newRow("1.2.3") << QStringLiteral("1.2.3") << false << qint64(0);
    QTest::newRow("--3") << QStringLiteral("--3") << false << qint64(0);
    QTest::newRow("1e3") << QStringLiteral("1e3") << false << qint64(0);
    QTest::newRow("14 digits") << QStringLiteral("12345678901234") << false << qint64(0);
}

void TestMoney::parseYuan()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, fen);
    const std::optional<Money> m = Money::parseYuan(text);
    QCOMPARE(m.has_value(), valid);
    if (valid)
        QCOMPARE(m->fen(), fen);
}

void TestMoney::parseWan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("12.5") << QStringLiteral("12.5") << true << qint64(12500000);
    QTest::newRow("1") << QStringLiteral("1") << true << qint64(1000000);
    QTest::newRow("1,234.5") << QStringLiteral("1,234.5") << true << qint64(1234500000);
    QTest::newRow("-3") << QStringLiteral("-3") << true << qint64(-3000000);
    QTest::newRow("0.0001") << QStringLiteral("0.0001") << true << qint64(100);
    QTest::newRow("0.000001 (one fen)") << QStringLiteral("0.000001") << true << qint64(1);
    // 12.345678 万元 = 123456.78 元: exactly a whole number of fen, so accepted.
    QTest::newRow("12.345678") << QStringLiteral("12.345678") << true << qint64(12345678);
    QTest::newRow("12.3456780 (trailing zero)") << QStringLiteral("12.3456780") << true << qint64(12345678);
    QTest::newRow("-0.000001") << QStringLiteral("-0.000001") << true << qint64(-1);
    QTest::newRow("near the qint64 limit") << QStringLiteral("9223372036854") << true << qint64(9223372036854000000LL);
    // Seven decimals of 万元 would be a tenth of a fen.
    QTest::newRow("12.3456789") << QStringLiteral("12.3456789") << false << qint64(0);
    QTest::newRow("0.0000001") << QStringLiteral("0.0000001") << false << qint64(0);
    QTest::newRow("abc") << QStringLiteral("abc") << false << qint64(0);
    QTest::newRow("empty") << QStringLiteral("") << false << qint64(0);
    QTest::newRow("万") << QStringLiteral("12万") << false << qint64(0);
}

void TestMoney::parseWan()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, fen);
    const std::optional<Money> m = Money::parseWan(text);
    QCOMPARE(m.has_value(), valid);
    if (valid)
        QCOMPARE(m->fen(), fen);
}

// 13 integer digits of 万元 do not fit in a qint64 of fen (max ≈ 9.22e18). Such input must be
// refused, never wrapped around into a negative or wrong amount.
void TestMoney::parseWanOutOfRange()
{
    for (const QString& text : {QStringLiteral("9999999999999"), QStringLiteral("-9999999999999"),
                                QStringLiteral("9223372036855")}) {
        const std::optional<Money> m = Money::parseWan(text);
        QVERIFY2(!m.has_value(), qPrintable(QStringLiteral("%1 parsed as %2 fen").arg(text).arg(m ? m->fen() : 0)));
    }
}

void TestMoney::toYuanString_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("5 fen") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("50 fen") << qint64(50) << QStringLiteral("0.50");
    QTest::newRow("1234.56") << qint64(123456) << QStringLiteral("1234.56");
    QTest::newRow("no grouping") << qint64(123456789012) << QStringLiteral("1234567890.12");
    QTest::newRow("-5 fen") << qint64(-5) << QStringLiteral("-0.05");
    QTest::newRow("-1234.56") << qint64(-123456) << QStringLiteral("-1234.56");
    QTest::newRow("-3") << qint64(-300) << QStringLiteral("-3.00");
}

void TestMoney::toYuanString()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Money::fromFen(fen).toYuanString(), text);
}

void TestMoney::toWanString_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    // 1 万元 = 1,000,000 fen; 0.01 万元 = 10,000 fen, so 5,000 fen is exactly half a step.
    QTest::newRow("0") << qint64(0) << 2 << QStringLiteral("0.00");
    QTest::newRow("1 wan") << qint64(1000000) << 2 << QStringLiteral("1.00");
    QTest::newRow("12.345678 -> 12.35") << qint64(12345678) << 2 << QStringLiteral("12.35");
    QTest::newRow("half up") << qint64(5000) << 2 << QStringLiteral("0.01");
    QTest::newRow("below half") << qint64(4999) << 2 << QStringLiteral("0.00");
    QTest::newRow("negative half away from zero") << qint64(-5000) << 2 << QStringLiteral("-0.01");
    QTest::newRow("negative below half, no -0") << qint64(-4999) << 2 << QStringLiteral("0.00");
    QTest::newRow("0.125 -> 0.13") << qint64(125000) << 2 << QStringLiteral("0.13");
    QTest::newRow("-0.125 -> -0.13") << qint64(-125000) << 2 << QStringLiteral("-0.13");
    QTest::newRow("-12.344999") << qint64(-12344999) << 2 << QStringLiteral("-12.34");
    QTest::newRow("carry 9.995 -> 10.00") << qint64(9995000) << 2 << QStringLiteral("10.00");
    QTest::newRow("0 decimals, 1.5 -> 2") << qint64(1500000) << 0 << QStringLiteral("2");
    QTest::newRow("0 decimals, 2.5 -> 3") << qint64(2500000) << 0 << QStringLiteral("3");
    QTest::newRow("0 decimals, -1.5 -> -2") << qint64(-1500000) << 0 << QStringLiteral("-2");
    QTest::newRow("0 decimals, 1.4999 -> 1") << qint64(1499999) << 0 << QStringLiteral("1");
    QTest::newRow("1 decimal") << qint64(1250000) << 1 << QStringLiteral("1.3");
    QTest::newRow("4 decimals") << qint64(12345678) << 4 << QStringLiteral("12.3457");
    QTest::newRow("6 decimals exact") << qint64(12345678) << 6 << QStringLiteral("12.345678");
    QTest::newRow("6 decimals negative") << qint64(-1) << 6 << QStringLiteral("-0.000001");
    QTest::newRow("7 decimals clamps to 6") << qint64(12345678) << 7 << QStringLiteral("12.345678");
    QTest::newRow("-1 decimals clamps to 0") << qint64(12345678) << -1 << QStringLiteral("12");
    QTest::newRow("large") << qint64(123456789000000) << 2 << QStringLiteral("123456789.00");
}

void TestMoney::toWanString()
{
    QFETCH(qint64, fen);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QCOMPARE(Money::fromFen(fen).toWanString(decimals), text);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<qint64>("fen");
    for (qint64 fen : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(-101), qint64(123456789),
                       qint64(-987654321)})
        QTest::addRow("%lld", static_cast<long long>(fen)) << fen;
}

// What toYuanString / toWanString(6) write, parseYuan / parseWan read back to the same fen.
void TestMoney::roundTrip()
{
    QFETCH(qint64, fen);
    const Money m = Money::fromFen(fen);
    const auto yuan = Money::parseYuan(m.toYuanString());
    QVERIFY(yuan.has_value());
    QCOMPARE(yuan->fen(), fen);
    const auto wan = Money::parseWan(m.toWanString(6));
    QVERIFY(wan.has_value());
    QCOMPARE(wan->fen(), fen);
}

void TestMoney::arithmetic()
{
    const Money a = Money::fromFen(150);
    const Money b = Money::fromYuan(2);
    QCOMPARE((a + b).fen(), 350);
    QCOMPARE((a - b).fen(), -50);
    QVERIFY(a < b);
    QVERIFY(!(b < a));
    QVERIFY(a != b);
    QVERIFY(a == Money::fromFen(150));
    // Ten times 0.1 元 is exactly 1 元 (no binary floating point anywhere).
    Money sum;
    const Money dime = *Money::parseYuan(QStringLiteral("0.1"));
    for (int i = 0; i < 10; ++i)
        sum = sum + dime;
    QCOMPARE(sum, Money::fromYuan(1));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
