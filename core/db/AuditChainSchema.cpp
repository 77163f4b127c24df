#include "AuditChainSchema.h"

#include "repo/AuditRepository.h"

namespace dx {

// prev_hash and hash are lower-case hex SHA-256 (AuditChain::hashOf). Rows older than this step
// are hashed by the seed in the same transaction, from the genesis (an empty prev_hash) in id
// order, exactly as if they had been written chained: a migrated database verifies.
QStringList AuditChainSchema::migration()
{
    return {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
    };
}

Status AuditChainSchema::seed(QSqlDatabase& db, const Database&)
{
    return AuditRepository::chainExistingRows(db);
}

} // namespace dx
