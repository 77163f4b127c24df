#pragma once

#include <memory>

class QWidget;

namespace dx {

class Database;

// Asks how big a demonstration city to generate, then generates it on a worker thread
// behind a cancellable progress dialog. Cancelling leaves the database as it was.
// Returns true when enterprises were added. On a first start the dialog also offers to import
// the bureau's own ledger instead: then `importInstead` (when given) is set and nothing is added.
bool loadDemoCity(QWidget* parent, const std::shared_ptr<Database>& db, bool firstStart, bool* importInstead = nullptr);

} // namespace dx
