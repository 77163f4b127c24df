#pragma once

#include <QString>
#include <QStringList>

namespace dx {

// The cost categories of project cost lines. Stored as stable keys (policies name them as
// eligible or excluded); shown by their translated names. A bureau may use its own category:
// any other key is kept and shown as typed.
QStringList costCategoryKeys();   // software, cloud, implementation, hardware, training, maintenance
QString costCategoryName(const QString& key);
// The key for a name the user typed or picked (a known name maps back to its key).
QString costCategoryKey(const QString& nameOrKey);

} // namespace dx
