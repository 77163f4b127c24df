#pragma once

#include "repo/AuditRepository.h"
#include "util/Result.h"

#include <atomic>
#include <functional>

namespace dx {

// The audit log for inspectors, as .xlsx or .csv: every row with the fields its hash covers
// (AuditChain::canonical), its prev_hash and hash, so each row's hash can be recomputed from the
// file, and an export of the whole log can be checked link by link.
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(dx::AuditExport)
public:
    explicit AuditExport(const Database& db) : m_db(db) {}
    // Returns how many rows were written. The file appears only when all went well.
    Result<qint64> write(const AuditFilter& filter, const QString& path, const std::function<void(qint64 rows)>& progress = {},
                         const std::atomic_bool* cancel = nullptr) const;

private:
    const Database& m_db;
};

} // namespace dx
