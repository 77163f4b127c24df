#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace dx {

class Database;

// Schema step 8: the columns that chain every audit row to the one before it (AuditChain).
namespace AuditChainSchema {
constexpr int version = 8;
QStringList migration();
// The step's seed: chains the rows written before the step (AuditRepository::chainExistingRows).
Status seed(QSqlDatabase& db, const Database& owner);
}

} // namespace dx
