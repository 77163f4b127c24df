#include "BigramSchema.h"

namespace dx {

QStringList BigramSchema::migration()
{
    return {};
}

} // namespace dx
