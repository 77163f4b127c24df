#include "Money.h"

#include <QRegularExpression>
#include <QtNumeric>

namespace dx {

namespace {
// Parses "[-]digits[.digits]" into an integer scaled by 10^scale; nullopt when it has more
// decimals than the scale allows (would lose fen) or is not a plain decimal.
std::optional<qint64> parseScaled(const QString& text, int scale)
{
    // Digits with optional thousands separators in groups of three ("1,234.5"); a comma
    // anywhere else ("0,5") is refused rather than silently read as 5.
    static const QRegularExpression re(QStringLiteral("^(-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString frac = m.captured(3);
    while (frac.size() > scale && frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    if (frac.size() > scale)
        return std::nullopt;
    frac = frac.leftJustified(scale, QLatin1Char('0'));
    qint64 factor = 1;
    for (int i = 0; i < scale; ++i)
        factor *= 10;
    const QString digits = m.captured(2).remove(QLatin1Char(','));
    if (digits.size() > 13)
        return std::nullopt;   // 10^13 元 and more is a typo, not an amount
    bool ok = false;
    const qint64 integral = digits.toLongLong(&ok);
    qint64 value = 0;
    if (!ok || qMulOverflow(integral, factor, &value) || qAddOverflow(value, scale ? frac.toLongLong() : qint64(0), &value))
        return std::nullopt;   // beyond what a qint64 of fen can hold
    return m.captured(1).isEmpty() ? value : -value;
}
}

std::optional<Money> Money::parseYuan(const QString& text)
{
    const auto v = parseScaled(text, 2);
    return v ? std::optional<Money>(Money(*v)) : std::nullopt;
}

std::optional<Money> Money::parseWan(const QString& text)
{
    const auto v = parseScaled(text, 6);
    return v ? std::optional<Money>(Money(*v)) : std::nullopt;
}

QString Money::toYuanString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toWanString(int decimals) const
{
    decimals = qBound(0, decimals, 6);
    qint64 unit = 1000000;   // fen per 万元
    qint64 step = unit;
    for (int i = 0; i < decimals; ++i)
        step /= 10;
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    const qint64 rounded = (a + step / 2) / step;   // in units of `step`
    qint64 div = 1;
    for (int i = 0; i < decimals; ++i)
        div *= 10;
    QString s = QString::number(rounded / div);
    if (decimals > 0)
        s += QLatin1Char('.') + QStringLiteral("%1").arg(rounded % div, decimals, 10, QLatin1Char('0'));
    return (m_fen < 0 && rounded != 0 ? QStringLiteral("-") : QString()) + s;
}

} // namespace dx
