#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace dx {

// An exact amount in fen (1 元 = 100 fen). Never a double: officers' sums must add up
// to the fen. Conversions from user text round half away from zero, explicitly.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }
    static constexpr Money fromWan(qint64 wan) { return Money(wan * 1000000); }
    // Parses a decimal number of 元 or 万元 ("1234.56", "12.5"); nullopt when not a number
    // or more precise than a fen.
    static std::optional<Money> parseYuan(const QString& text);
    static std::optional<Money> parseWan(const QString& text);

    constexpr qint64 fen() const { return m_fen; }
    // Plain decimal strings with fixed precision (no grouping); display formatting is the UI's.
    QString toYuanString() const;   // "1234.56"
    QString toWanString(int decimals = 2) const;  // "0.12" (rounded half away from zero)

    constexpr bool operator==(Money o) const { return m_fen == o.m_fen; }
    constexpr bool operator!=(Money o) const { return m_fen != o.m_fen; }
    constexpr bool operator<(Money o) const { return m_fen < o.m_fen; }
    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

} // namespace dx
