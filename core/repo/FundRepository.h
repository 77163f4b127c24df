#pragma once

#include "domain/Grant.h"
#include "util/Result.h"

#include <QVector>

namespace dx {

class Database;

// Subsidy funds. Small table (a few per year), so lists load whole. What a fund has committed and
// paid is GrantRepository::ledger(); this repository refuses to cut a fund below it.
class FundRepository
{
    Q_DECLARE_TR_FUNCTIONS(dx::FundRepository)

public:
    explicit FundRepository(const Database& db) : m_db(db) {}

    Result<QVector<Fund>> list(bool includeArchived = false) const;   // by period, then name
    Result<Fund> get(qint64 id) const;
    Result<Fund> create(const Fund& fund) const;
    // Version-checked edit. Refused (with the figures) when the new total or split limits are
    // below what approved grants already commit.
    Result<Fund> update(const Fund& fund) const;
    // Archived funds take no new applications or approvals; their grants may still be paid.
    Result<Fund> setArchived(qint64 id, int expectedVersion, bool archived) const;

    // The rules a fund must satisfy on its own (name, positive total, period, shares 0–100 %).
    static Status check(const Fund& fund);
    static const QString& tableName();

private:
    const Database& m_db;
};

} // namespace dx
