#pragma once

#include <memory>

class QWidget;

namespace dx {

class Database;

// Asks how big a demonstration city to generate, then generates it on a worker thread
// behind a cancellable progress dialog. Cancelling leaves the database as it was.
// Returns true when enterprises were added.
bool loadDemoCity(QWidget* parent, const std::shared_ptr<Database>& db, bool firstStart);

} // namespace dx
