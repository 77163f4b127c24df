#include "exchange/ValueParsers.h"

#include "exchange/ExcelFormat.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace dx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dx::ValueParsers)
};

// NFKC turns full-width digits, letters and punctuation into ASCII (１２，．→ 12,.), the
// full-width yen sign into ¥ and the ideographic space into a space.
QString numericForm(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.replace(QChar(0x2212), QLatin1Char('-'));   // minus sign
    return s.trimmed();
}

bool stripPrefix(QString& s, QLatin1String prefix)
{
    if (!s.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    s = s.mid(prefix.size()).trimmed();
    return true;
}

bool stripPrefix(QString& s, const QString& prefix)
{
    if (!s.startsWith(prefix))
        return false;
    s = s.mid(prefix.size()).trimmed();
    return true;
}

bool stripSuffix(QString& s, const QString& suffix)
{
    if (!s.endsWith(suffix))
        return false;
    s.chop(suffix.size());
    s = s.trimmed();
    return true;
}

bool stripSign(QString& s)
{
    if (s.startsWith(QLatin1Char('+'))) {
        s = s.mid(1).trimmed();
        return false;
    }
    if (s.startsWith(QLatin1Char('-'))) {
        s = s.mid(1).trimmed();
        return true;
    }
    return false;
}

enum class Scaled { Ok, NotANumber, TooPrecise, TooLarge };

// "1,234.5" → 1234.5 × 10^scale as an integer, digit by digit (no double on the way).
// Thousands separators must group by three; trailing zeros of the fraction do not count.
Scaled parseScaled(const QString& digits, int scale, qint64* out)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d*))?|\\.(\\d+))$"));
    const auto m = re.match(digits);
    if (!m.hasMatch())
        return Scaled::NotANumber;
    QString integral = m.captured(1);
    integral.remove(QLatin1Char(','));
    QString fraction = m.capturedLength(3) ? m.captured(3) : m.captured(2);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > scale)
        return Scaled::TooPrecise;
    fraction = fraction.leftJustified(scale, QLatin1Char('0'));
    qint64 value = 0;
    for (const QChar c : integral + fraction)
        if (qMulOverflow(value, qint64(10), &value) || qAddOverflow(value, qint64(c.unicode() - u'0'), &value))
            return Scaled::TooLarge;
    *out = value;
    return Scaled::Ok;
}

QDate checkedDate(int y, int m, int d, const QString& text, Status* error)
{
    if (y < 1900 || y > 9999) {
        *error = Status::error(ErrorCode::Validation, Tr::tr("\"%1\" is not a plausible date: the year %2 is outside 1900–9999.").arg(text).arg(y));
        return {};
    }
    const QDate date(y, m, d);
    if (!date.isValid())
        *error = Status::error(ErrorCode::Validation, Tr::tr("\"%1\" is not a real date: %2-%3 has no day %4.")
                                                          .arg(text).arg(y).arg(m, 2, 10, QLatin1Char('0')).arg(d));
    return date;
}

Result<QDate> fromSerial(double serial, const QString& text)
{
    if (std::floor(serial) == 60)
        return Status::error(ErrorCode::Validation,
                             Tr::tr("\"%1\" is Excel's day 60, 29 February 1900, a day that never existed (a leap-year error Excel keeps "
                                    "for compatibility). Enter the date as text.").arg(text));
    const QDate date = excelSerialToDate(serial);
    if (!date.isValid())
        return Status::error(ErrorCode::Validation,
                             Tr::tr("\"%1\" is not a date: as an Excel date number it must lie between 1 and %2.").arg(text).arg(kMaxExcelDateSerial, 0, 'f', 0));
    return date;
}

} // namespace

Result<Money> ValueParsers::parseAmountFen(const QString& text, const AmountOptions& options)
{
    QString s = numericForm(text);
    if (s.isEmpty())
        return Status::error(ErrorCode::Validation, tr("The amount is empty."));
    bool negative = stripSign(s);
    const bool currency = stripPrefix(s, QStringLiteral("\u00A5")) || stripPrefix(s, QLatin1String("RMB"))
                          || stripPrefix(s, QLatin1String("CNY")) || stripPrefix(s, QStringLiteral("人民币"));
    if (currency && !negative)
        negative = stripSign(s);
    int scale = options.unitWan ? 6 : 2;   // fen per unit, as a power of ten
    if (stripSuffix(s, QStringLiteral("万元")) || stripSuffix(s, QStringLiteral("万")))
        scale = 6;
    else if (stripSuffix(s, QStringLiteral("亿元")) || stripSuffix(s, QStringLiteral("亿")))
        scale = 10;
    else if (stripSuffix(s, QStringLiteral("元")) || stripSuffix(s, QLatin1String("RMB")) || stripSuffix(s, QLatin1String("CNY")))
        scale = 2;
    qint64 fen = 0;
    switch (parseScaled(s, scale, &fen)) {
    case Scaled::NotANumber:
        return Status::error(ErrorCode::Validation,
                             tr("\"%1\" is not an amount. Write digits, for example 1234.56, 1,234.56 or 12.5万元.").arg(text.trimmed()));
    case Scaled::TooPrecise:
        return Status::error(ErrorCode::Validation,
                             scale == 2 ? tr("\"%1\" has more than two decimal places; the smallest amount is one fen (0.01 元).").arg(text.trimmed())
                                        : tr("\"%1\" is more precise than one fen (0.01 元).").arg(text.trimmed()));
    case Scaled::TooLarge:
        return Status::error(ErrorCode::Validation, tr("\"%1\" is too large for an amount.").arg(text.trimmed()));
    case Scaled::Ok:
        break;
    }
    if (negative && fen != 0 && !options.allowNegative)
        return Status::error(ErrorCode::Validation, tr("\"%1\" is negative; this amount cannot be below zero.").arg(text.trimmed()));
    return Money::fromFen(negative ? -fen : fen);
}

Result<qint64> ValueParsers::parseInteger(const QString& text, bool allowNegative)
{
    QString s = numericForm(text);
    if (s.isEmpty())
        return Status::error(ErrorCode::Validation, tr("The number is empty."));
    const bool negative = stripSign(s);
    for (const QString& unit : {QStringLiteral("人"), QStringLiteral("名"), QStringLiteral("个"), QStringLiteral("家"), QStringLiteral("户")})
        if (stripSuffix(s, unit))
            break;
    const int scale = stripSuffix(s, QStringLiteral("万")) ? 4 : 0;
    qint64 value = 0;
    switch (parseScaled(s, scale, &value)) {
    case Scaled::NotANumber:
        return Status::error(ErrorCode::Validation, tr("\"%1\" is not a whole number. Write digits, for example 120 or 1,234.").arg(text.trimmed()));
    case Scaled::TooPrecise:
        return Status::error(ErrorCode::Validation, tr("\"%1\" is not a whole number.").arg(text.trimmed()));
    case Scaled::TooLarge:
        return Status::error(ErrorCode::Validation, tr("\"%1\" is too large.").arg(text.trimmed()));
    case Scaled::Ok:
        break;
    }
    if (negative && value != 0 && !allowNegative)
        return Status::error(ErrorCode::Validation, tr("\"%1\" is negative; this number cannot be below zero.").arg(text.trimmed()));
    return negative ? -value : value;
}

Result<QDate> ValueParsers::parseDate(const QString& text, bool allowSerial)
{
    const QString s = numericForm(text);
    if (s.isEmpty())
        return Status::error(ErrorCode::Validation, tr("The date is empty."));
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    static const QRegularExpression chinese(QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{1,7}(?:\\.\\d+)?$"));
    Status error;
    QDate date;
    if (const auto m = separated.match(s); m.hasMatch())
        date = checkedDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), text.trimmed(), &error);
    else if (const auto c = chinese.match(s); c.hasMatch())
        date = checkedDate(c.captured(1).toInt(), c.captured(2).toInt(), c.captured(3).toInt(), text.trimmed(), &error);
    else if (const auto k = compact.match(s); k.hasMatch())
        date = checkedDate(k.captured(1).toInt(), k.captured(2).toInt(), k.captured(3).toInt(), text.trimmed(), &error);
    else if (allowSerial && serial.match(s).hasMatch())
        return fromSerial(s.toDouble(), text.trimmed());
    else
        return Status::error(ErrorCode::Validation,
                             tr("\"%1\" is not a date. Write it as 2023-07-18, 2023/7/18 or 2023年7月18日.").arg(text.trimmed()));
    if (!error)
        return error;
    return date;
}

Result<QDate> ValueParsers::parseDate(const Cell& cell, bool allowSerial)
{
    if (cell.number && (cell.isDate || (allowSerial && *cell.number >= 1 && *cell.number < kMaxExcelDateSerial + 1)))
        return fromSerial(*cell.number, cell.text);
    return parseDate(cell.text, allowSerial);
}

QString ValueParsers::normalizeText(const QString& text)
{
    // Most cells hold nothing the loop below would change (printable ASCII without spaces, CJK):
    // shared as they are, no copy per cell of a 100,000-row ledger.
    const auto plain = [](QChar c) {
        const char16_t u = c.unicode();
        return (u > 0x20 && u < 0x7F) || (u > 0x3000 && u < 0xFEFF);
    };
    if (std::all_of(text.cbegin(), text.cend(), plain))
        return text;
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar ch : text) {
        char16_t u = ch.unicode();
        if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
            u = char16_t(u - 0xFEE0);   // full-width digit or letter → ASCII
        if (QChar::isSpace(u)) {
            space = !out.isEmpty();
            continue;
        }
        if (u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF || QChar::category(u) == QChar::Other_Control)
            continue;
        if (space) {
            out.append(QLatin1Char(' '));
            space = false;
        }
        out.append(QChar(u));
    }
    return out;
}

} // namespace dx
