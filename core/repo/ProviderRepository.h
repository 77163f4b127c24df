#pragma once

#include "domain/Provider.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

namespace dx {

class Database;

// Service providers of the resource pool and their "小快轻准" products. Small tables (hundreds
// to a few thousand rows), so lists load whole.
class ProviderRepository
{
    Q_DECLARE_TR_FUNCTIONS(dx::ProviderRepository)

public:
    explicit ProviderRepository(const Database& db) : m_db(db) {}

    Result<QVector<Provider>> list(bool includeArchived = false) const;
    Result<Provider> get(qint64 id) const;
    Result<Provider> create(const Provider& p) const;
    Result<Provider> update(const Provider& p) const;

    Result<QVector<Product>> products(qint64 providerId = -1) const;   // -1: all
    Result<Product> getProduct(qint64 id) const;
    Result<Product> createProduct(const Product& p) const;
    Result<Product> updateProduct(const Product& p) const;

    // Demo data and imports: providers (ids filled in) and then their products, one transaction.
    Status insertMany(QVector<Provider>& providers, QVector<Product>& products, const QJsonObject& source) const;

    static Status checkProvider(const Provider& p);
    static Status checkProduct(const Product& p);

private:
    Status checkUniqueCode(const Provider& p) const;
    const Database& m_db;
};

} // namespace dx
