#pragma once

#include "util/Result.h"

#include <QJsonObject>

namespace dx {

class Database;

// Subsidies for the demonstration city: a city-pilot fund and a provincial fund (once per
// database), the shipped example policies (a share of the cost with caps by level, a share up to
// a cap, fixed awards by tier and showcase), and grants for about 60 % of the accepted projects
// that have none yet, in every state, with tranches. Amounts come from the real evaluation of
// each project under its policy; approvals stop when a fund would be overspent (those grants
// stay reviewed, and only one in twenty later projects still applies to that fund), and
// GrantRepository::insertMany checks every invariant before the grants are kept. Where an accepted project has no invoices or payments recorded, the application brings
// them (stored on the project). Deterministic for a seed and a database; runs inside the
// caller's transaction when there is one.
class DemoGrants
{
public:
    struct Counts
    {
        int grants = 0;
        int tranches = 0;
    };
    static Status populate(const Database& db, quint64 seed, const QJsonObject& source, Counts* counts = nullptr);
};

} // namespace dx
