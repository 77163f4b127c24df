// CreditCode: GB 32100-2015 check character, normalisation, and the GB 11714 warning.

#include "domain/CreditCode.h"

#include <QtTest>

using dx::CreditCode;
using Problem = dx::CreditCode::Problem;

Q_DECLARE_METATYPE(dx::CreditCode::Problem)

class TestCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void alphabetHasNoForbiddenLetters();
    void validExamples_data();
    void validExamples();
    void badCheckCharacter();
    void checkCharacterIsRecomputed_data();
    void checkCharacterIsRecomputed();
    void normalisation_data();
    void normalisation();
    void forbiddenLetters_data();
    void forbiddenLetters();
    void problems_data();
    void problems();
    void organisationCodeWarning();
    void organisationCheckKnownValues_data();
    void organisationCheckKnownValues();
};

void TestCreditCode::alphabetHasNoForbiddenLetters()
{
    const QString& a = CreditCode::alphabet();
    QCOMPARE(a.size(), 31);
    QCOMPARE(a, QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY"));
    for (QChar c : QStringLiteral("IOSVZ"))
        QVERIFY2(!a.contains(c), qPrintable(QString(c)));
}

void TestCreditCode::validExamples_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("91330106MA27Y4U47R") << QStringLiteral("91330106MA27Y4U47R");
    QTest::newRow("91350200776049653A") << QStringLiteral("91350200776049653A");
    QTest::newRow("91440101MA5CJQ4N59") << QStringLiteral("91440101MA5CJQ4N59");
    QTest::newRow("913502000728319549") << QStringLiteral("913502000728319549");
}

void TestCreditCode::validExamples()
{
    QFETCH(QString, code);
    const CreditCode::Check c = CreditCode::check(code);
    QCOMPARE(c.problem, Problem::None);
    QVERIFY(c.isValid());
    QVERIFY(CreditCode::isValid(code));
    QCOMPARE(c.normalized, code);
    QCOMPARE(c.position, 0);
    QVERIFY(!c.organisationCodeWarning);
    QVERIFY(c.message().isEmpty());
    QCOMPARE(CreditCode::computeCheckCharacter(code.left(17)), code.at(17));
}

void TestCreditCode::badCheckCharacter()
{
    const CreditCode::Check c = CreditCode::check(QStringLiteral("91330106MA27Y4U47Y"));
    QVERIFY(!c.isValid());
    QVERIFY(!CreditCode::isValid(QStringLiteral("91330106MA27Y4U47Y")));
    QCOMPARE(c.problem, Problem::BadCheckCharacter);
    QCOMPARE(c.expectedCheck, QLatin1Char('R'));
    QCOMPARE(c.position, 18);
    // The message names both the expected and the typed character.
    QVERIFY(c.message().contains(QLatin1Char('R')));
    QVERIFY(c.message().contains(QLatin1Char('Y')));
}

// Every wrong last character of a valid code is refused and the right one is proposed.
void TestCreditCode::checkCharacterIsRecomputed_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("91330106MA27Y4U47R") << QStringLiteral("91330106MA27Y4U47R");
    QTest::newRow("91350200776049653A") << QStringLiteral("91350200776049653A");
    QTest::newRow("913502000728319549") << QStringLiteral("913502000728319549");
}

void TestCreditCode::checkCharacterIsRecomputed()
{
    QFETCH(QString, code);
    const QString first17 = code.left(17);
    int wrong = 0;
    for (QChar c : CreditCode::alphabet()) {
        const CreditCode::Check r = CreditCode::check(first17 + c);
        if (c == code.at(17)) {
            QVERIFY(r.isValid());
            continue;
        }
        ++wrong;
        QCOMPARE(r.problem, Problem::BadCheckCharacter);
        QCOMPARE(r.expectedCheck, code.at(17));
    }
    QCOMPARE(wrong, 30);
}

void TestCreditCode::normalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    const QString code = QStringLiteral("91330106MA27Y4U47R");
    QTest::newRow("plain") << code << code;
    QTest::newRow("leading/trailing spaces") << QStringLiteral("  91330106MA27Y4U47R \t") << code;
    QTest::newRow("inner spaces") << QStringLiteral("9133 0106 MA27 Y4U4 7R") << code;
    QTest::newRow("full-width") << QStringLiteral("９１３３０１０６ＭＡ２７Ｙ４Ｕ４７Ｒ") << code;
    QTest::newRow("full-width lower case") << QStringLiteral("９１３３０１０６ｍａ２７ｙ４ｕ４７ｒ") << code;
    QTest::newRow("lower case") << QStringLiteral("91330106ma27y4u47r") << code;
    QTest::newRow("mixed case") << QStringLiteral("91330106Ma27y4U47r") << code;
    QTest::newRow("dashes") << QStringLiteral("91330106-MA27Y4U4-7R") << code;
    QTest::newRow("full-width dash") << QStringLiteral("91330106－MA27Y4U47R") << code;
    QTest::newRow("ideographic space") << QStringLiteral("\u300091330106\u3000MA27Y4U47R\u3000") << code;
    QTest::newRow("everything at once") << QStringLiteral(" \u3000９１３３-0106 ma27 Ｙ４ｕ４-7r ") << code;
}

void TestCreditCode::normalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QCOMPARE(CreditCode::normalize(input), normalized);
    const CreditCode::Check c = CreditCode::check(input);
    QCOMPARE(c.normalized, normalized);
    QCOMPARE(c.problem, Problem::None);
    QVERIFY(CreditCode::isValid(input));
}

void TestCreditCode::forbiddenLetters_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("position");
    const QString base = QStringLiteral("91330106MA27Y4U47R");
    const QString letters = QStringLiteral("IOSVZ");
    // Each letter at a start, middle and end position; the check must name that position.
    for (QChar letter : letters) {
        for (int pos : {1, 9, 13, 17, 18}) {
            QString code = base;
            code[pos - 1] = letter;
            QTest::addRow("%c at %d", letter.toLatin1(), pos) << code << pos;
        }
        // Lower case is upper-cased first and then refused just the same.
        QString lower = base;
        lower[10] = letter.toLower();
        QTest::addRow("%c lower case at 11", letter.toLatin1()) << lower << 11;
    }
    QTest::newRow("punctuation at 5") << QStringLiteral("9133.106MA27Y4U47R") << 5;
    QTest::newRow("Chinese at 3") << QStringLiteral("91中30106MA27Y4U47R") << 3;
    // The first bad character is reported, after normalisation removed spaces.
    QTest::newRow("after spaces, two bad") << QStringLiteral(" 91 33O1O6MA27Y4U47R") << 5;
}

void TestCreditCode::forbiddenLetters()
{
    QFETCH(QString, code);
    QFETCH(int, position);
    const CreditCode::Check c = CreditCode::check(code);
    QCOMPARE(c.problem, Problem::BadCharacter);
    QCOMPARE(c.position, position);
    QVERIFY(!c.isValid());
    const QString message = c.message();
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QString::number(position)), qPrintable(message));
}

void TestCreditCode::problems_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("empty") << QString() << Problem::Empty;
    QTest::newRow("empty string") << QStringLiteral("") << Problem::Empty;
    QTest::newRow("only spaces") << QStringLiteral("  \u3000 ") << Problem::Empty;
    QTest::newRow("only dashes") << QStringLiteral("--") << Problem::Empty;
    QTest::newRow("17 characters") << QStringLiteral("91330106MA27Y4U47") << Problem::WrongLength;
    QTest::newRow("19 characters") << QStringLiteral("91330106MA27Y4U47R0") << Problem::WrongLength;
    QTest::newRow("1 character") << QStringLiteral("9") << Problem::WrongLength;
    QTest::newRow("bad character") << QStringLiteral("91330106MA27Y4U4IR") << Problem::BadCharacter;
    QTest::newRow("bad check") << QStringLiteral("91330106MA27Y4U47Y") << Problem::BadCheckCharacter;
}

void TestCreditCode::problems()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    const CreditCode::Check c = CreditCode::check(input);
    QCOMPARE(c.problem, problem);
    QVERIFY(!c.isValid());
    QVERIFY(!CreditCode::isValid(input));
    QVERIFY2(!c.message().isEmpty(), QTest::currentDataTag());
    if (problem == Problem::WrongLength)
        QVERIFY2(c.message().contains(QString::number(c.normalized.size())), qPrintable(c.message()));
}

void TestCreditCode::organisationCodeWarning()
{
    // 91 + 445202 + an organisation code of 8 characters + its GB 11714 check + check character.
    const QString eight = QStringLiteral("MA27Y4U4");
    const QChar org = CreditCode::computeOrganisationCheck(eight);
    QVERIFY(!org.isNull());
    const QString goodFirst17 = QStringLiteral("91445202") + eight + org;
    const QString good = goodFirst17 + CreditCode::computeCheckCharacter(goodFirst17);
    const CreditCode::Check ok = CreditCode::check(good);
    QVERIFY(ok.isValid());
    QVERIFY(!ok.organisationCodeWarning);
    QVERIFY(ok.message().isEmpty());

    // Every other organisation check character, with a matching 18th character: still valid,
    // but warned about.
    int warned = 0;
    for (QChar wrong : QStringLiteral("0123456789X")) {
        if (wrong == org)
            continue;
        const QString first17 = QStringLiteral("91445202") + eight + wrong;
        const QString code = first17 + CreditCode::computeCheckCharacter(first17);
        const CreditCode::Check c = CreditCode::check(code);
        QVERIFY2(c.isValid(), qPrintable(code));
        QVERIFY2(c.organisationCodeWarning, qPrintable(code));
        QVERIFY(!c.message().isEmpty());
        QVERIFY(c.message().contains(QStringLiteral("17")));
        ++warned;
    }
    QCOMPARE(warned, 10);
}

// GB 11714 by hand: weights 3 7 9 10 5 8 4 2, A=10 … Z=35, c = 11 - sum mod 11, 10 -> X, 11 -> 0.
void TestCreditCode::organisationCheckKnownValues_data()
{
    QTest::addColumn<QString>("eight");
    QTest::addColumn<QChar>("expected");
    // Organisation codes of the valid examples: 91350200[77604965]3A, 91330106[MA27Y4U4]7R.
    QTest::newRow("77604965") << QStringLiteral("77604965") << QChar(u'3');
    QTest::newRow("MA27Y4U4") << QStringLiteral("MA27Y4U4") << QChar(u'7');
    QTest::newRow("MA5CJQ4N") << QStringLiteral("MA5CJQ4N") << QChar(u'5');
    QTest::newRow("07283195") << QStringLiteral("07283195") << QChar(u'4');
    QTest::newRow("sum 0 -> 11 -> 0") << QStringLiteral("00000000") << QChar(u'0');
    QTest::newRow("sum 3 -> 8") << QStringLiteral("10000000") << QChar(u'8');
    QTest::newRow("sum 10 -> 1") << QStringLiteral("00000101") << QChar(u'1');
    QTest::newRow("A=10, sum 20 -> 2") << QStringLiteral("0000000A") << QChar(u'2');
    QTest::newRow("sum 11 -> 0") << QStringLiteral("01000010") << QChar(u'0');
    QTest::newRow("sum 12 -> 10 -> X") << QStringLiteral("10100000") << QChar(u'X');
}

void TestCreditCode::organisationCheckKnownValues()
{
    QFETCH(QString, eight);
    QFETCH(QChar, expected);
    QCOMPARE(CreditCode::computeOrganisationCheck(eight), expected);
}

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
