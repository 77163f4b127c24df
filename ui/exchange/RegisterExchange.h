#pragma once

#include "repo/EnterpriseRepository.h"

#include <memory>

class QWidget;

namespace dx {

class Database;

// The register's File-menu actions: importing a ledger (the import dialog) and exporting what
// the register shows (its current filter) with every field, in a form the import reads back.
namespace registerExchange {
// True when records were imported (lists should reload). `kind`: one of ImportTarget::kinds().
bool importLedger(QWidget* parent, const std::shared_ptr<Database>& db, const QString& kind);
void exportList(QWidget* parent, const std::shared_ptr<Database>& db, const EnterpriseFilter& filter);
} // namespace registerExchange

} // namespace dx
