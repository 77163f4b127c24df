#pragma once

#include "domain/Provider.h"

#include <memory>

class QWidget;

namespace dx {

class Database;

// The forms of the resource pool: a provider (name, credit code, roles, clusters served,
// admission, contacts) and a "小快轻准" product (vendor, category, scenes, price, review). Each
// saves through ProviderRepository (validated, audited) and returns the stored record, or
// nothing when cancelled. A new record has id 0.
std::optional<Provider> editProvider(const std::shared_ptr<Database>& db, const Provider& provider, QWidget* parent);
std::optional<Product> editProduct(const std::shared_ptr<Database>& db, const Product& product, QWidget* parent);

} // namespace dx
