#pragma once

#include "domain/Money.h"

#include <QString>

namespace dx {

// Display formatting of core values (formatting belongs to the UI, DESIGN.md).
namespace format {
QString wan(Money amount);                 // "1,234.56 万元" in the user's locale
QString count(qint64 n);                   // grouped digits
QString localTime(const QString& isoUtc);  // stored UTC timestamp → local "yyyy-MM-dd HH:mm"
QString wanInput(Money amount);            // for an input field: "12.5" (万元, no trailing zeros; empty for 0)
}

} // namespace dx
