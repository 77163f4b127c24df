#pragma once

#include <QStringList>

namespace dx {

// Schema step 9: the index behind two-character name searches (below FTS5 trigram's minimum).
namespace BigramSchema {
QStringList migration();
}

} // namespace dx
