#include "AuditChainSchema.h"

namespace dx {

QStringList AuditChainSchema::migration()
{
    return {};
}

} // namespace dx
