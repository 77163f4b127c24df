#pragma once

#include "domain/Money.h"

#include <QString>
#include <optional>

namespace dx {

// Display formatting of core values (formatting belongs to the UI, DESIGN.md).
namespace format {
QString wan(Money amount);                 // "1,234.56 万元" in the user's locale
QString yuan(Money amount);                // "12,345,600.00 元"
// An amount in the unit the user chose (万元 by default, or 元: Settings → Amounts).
QString money(Money amount);
void setMoneyInYuan(bool yuan);
bool moneyInYuan();
// Lists give exports real numbers instead of "1,234.56 万元": data(ExportRole) is the amount
// in the chosen unit as a double, headerData(ExportRole) the header with the unit.
constexpr int ExportRole = 0x0100 + 0x500;   // Qt::UserRole + 0x500
double moneyNumber(Money amount);          // in the chosen unit
QString withMoneyUnit(const QString& header);   // "申请金额" → "申请金额（万元）"
QString count(qint64 n);                   // grouped digits
QString localTime(const QString& isoUtc);  // stored UTC timestamp → local "yyyy-MM-dd HH:mm"
QString wanInput(Money amount);            // for an input field: "12.5" (万元, no trailing zeros; empty for 0)
QString percentInput(int basisPoints);     // 5050 → "50.5" (for an input field in %)
// "50", "50.5", "50.25%" → basis points (5000, 5050, 5025); nothing for text that is not a
// percentage between 0 and 100 with at most two decimals.
std::optional<int> parsePercent(const QString& text);
}

} // namespace dx
