#pragma once

#include <QStringList>

namespace dx {

// Schema step 8: the columns that chain every audit row to the one before it (AuditChain).
namespace AuditChainSchema {
QStringList migration();
}

} // namespace dx
