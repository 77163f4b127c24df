#include "CreditCode.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace dx {

namespace {
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr int kOrgWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};

QString tr(const char* text) { return QCoreApplication::translate("dx::CreditCode::Check", text); }

// GB 11714 values: digits 0-9, letters A=10 … Z=35.
int organisationValue(QChar c)
{
    if (c.isDigit())
        return c.digitValue();
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return c.unicode() - 'A' + 10;
    return -1;
}

// The value of a character in the GB 32100 alphabet (its index), -1 when not in it: a table
// instead of a search of the alphabet per character (an import checks every row's code).
int codeValue(QChar c)
{
    static const auto table = [] {
        std::array<qint8, 128> t{};
        t.fill(-1);
        const QString& chars = CreditCode::alphabet();
        for (int i = 0; i < chars.size(); ++i)
            t[size_t(chars.at(i).unicode())] = qint8(i);
        return t;
    }();
    return c.unicode() < 128 ? table[c.unicode()] : -1;
}
}

const QString& CreditCode::alphabet()
{
    static const QString chars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return chars;
}

QString CreditCode::normalize(const QString& input)
{
    // Most codes are written as they should be: nothing to copy.
    if (std::all_of(input.cbegin(), input.cend(), [](QChar c) { return codeValue(c) >= 0; }))
        return input;
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        ushort u = c.unicode();
        if (u == 0x3000)            // ideographic space
            continue;
        if (u >= 0xFF01 && u <= 0xFF5E)  // full-width ASCII block
            u = ushort(u - 0xFEE0);
        const QChar h(u);
        if (h.isSpace() || h == QLatin1Char('-'))
            continue;
        out.append(h.toUpper());
    }
    return out;
}

QChar CreditCode::computeCheckCharacter(const QString& first17)
{
    const QString& chars = alphabet();
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i) {
        const int v = codeValue(first17.at(i));
        if (v < 0)
            return {};
        sum += v * kWeights[i];
    }
    int check = 31 - sum % 31;
    if (check == 31)
        check = 0;
    return chars.at(check);
}

QChar CreditCode::computeOrganisationCheck(const QString& eight)
{
    int sum = 0;
    for (int i = 0; i < 8 && i < eight.size(); ++i) {
        const int v = organisationValue(eight.at(i));
        if (v < 0)
            return {};
        sum += v * kOrgWeights[i];
    }
    const int c = 11 - sum % 11;
    if (c == 10)
        return QLatin1Char('X');
    if (c == 11)
        return QLatin1Char('0');
    return QChar(char16_t('0' + c));
}

CreditCode::Check CreditCode::check(const QString& input)
{
    Check r;
    r.normalized = normalize(input);
    const QString& code = r.normalized;
    if (code.isEmpty()) {
        r.problem = Problem::Empty;
        return r;
    }
    for (int i = 0; i < code.size(); ++i) {
        if (codeValue(code.at(i)) < 0) {
            r.problem = Problem::BadCharacter;
            r.position = i + 1;
            return r;
        }
    }
    if (code.size() != 18) {
        r.problem = Problem::WrongLength;
        return r;
    }
    const QChar expected = computeCheckCharacter(code.left(17));
    if (expected != code.at(17)) {
        r.problem = Problem::BadCheckCharacter;
        r.position = 18;
        r.expectedCheck = expected;
        return r;
    }
    r.organisationCodeWarning = computeOrganisationCheck(code.mid(8, 8)) != code.at(16);
    return r;
}

QString CreditCode::Check::message() const
{
    switch (problem) {
    case Problem::None:
        return organisationCodeWarning
                   ? tr("The check digit of the organisation code (position 17) looks wrong; please verify the code.")
                   : QString();
    case Problem::Empty:
        return tr("The unified social credit code is required.");
    case Problem::WrongLength:
        return tr("A unified social credit code has 18 characters; this one has %1.").arg(normalized.size());
    case Problem::BadCharacter:
        return tr("Character %1 (\"%2\") cannot appear in a unified social credit code (the letters I, O, S, V and Z are never used).")
            .arg(position)
            .arg(normalized.at(position - 1));
    case Problem::BadCheckCharacter:
        return tr("The check character is wrong: it should be %1, not %2. The code was probably mistyped.")
            .arg(expectedCheck)
            .arg(normalized.at(17));
    }
    return {};
}

} // namespace dx
