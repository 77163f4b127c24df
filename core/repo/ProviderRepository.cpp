#include "ProviderRepository.h"
#include "util/Uuid.h"

#include "AuditRepository.h"
#include "RowQuery.h"
#include "SqlValues.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/CreditCode.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dx {

using namespace sql;

namespace {

const QString kProviderColumns = QStringLiteral(
    "id, uuid, version, name, credit_code, roles, cluster_ids, admission_batch, admitted_on, pool_status, status_reason, "
    "status_on, contact_name, contact_phone, notes, archived");
const QString kProviderWrite = QStringLiteral(
    "name, credit_code, roles, cluster_ids, admission_batch, admitted_on, pool_status, status_reason, status_on, "
    "contact_name, contact_phone, notes, archived");
const QString kProductColumns = QStringLiteral(
    "id, uuid, version, provider_id, name, category, scene_ids, price_fen, review_batch, review_status, review_reason, archived");
const QString kProductWrite = QStringLiteral(
    "provider_id, name, category, scene_ids, price_fen, review_batch, review_status, review_reason, archived");



QString rolesText(const QList<ProviderRole>& roles)
{
    QStringList keys;
    for (ProviderRole r : roles)
        keys << providerRoleKey(r);
    return text(keys.join(QLatin1Char(',')));
}

QList<ProviderRole> rolesFrom(const QString& s)
{
    QList<ProviderRole> roles;
    for (ProviderRole r : {ProviderRole::Traction, ProviderRole::Integrator, ProviderRole::ProductVendor})
        if (s.split(QLatin1Char(',')).contains(providerRoleKey(r)))
            roles << r;
    return roles;
}

QString idsText(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return text(parts.join(QLatin1Char(',')));
}

QVariantList providerValues(const Provider& p)
{
    return {text(p.name), text(p.creditCode), rolesText(p.roles), idsText(p.clusterIds), text(p.admissionBatch), iso(p.admittedOn),
            int(p.poolStatus), text(p.statusReason), iso(p.statusOn), text(p.contactName), text(p.contactPhone), text(p.notes),
            p.archived ? 1 : 0};
}

QVariantList productValues(const Product& p)
{
    return {p.providerId, text(p.name), text(p.category), text(p.sceneIds.join(QLatin1Char(','))), p.price.fen(),
            text(p.reviewBatch), int(p.reviewStatus), text(p.reviewReason), p.archived ? 1 : 0};
}

Provider readProvider(const QSqlQuery& q)
{
    Provider p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.version = q.value(2).toInt();
    p.name = q.value(3).toString();
    p.creditCode = q.value(4).toString();
    p.roles = rolesFrom(q.value(5).toString());
    for (const QString& id : q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.clusterIds << id.toLongLong();
    p.admissionBatch = q.value(7).toString();
    p.admittedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    p.poolStatus = PoolStatus(q.value(9).toInt());
    p.statusReason = q.value(10).toString();
    p.statusOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    p.contactName = q.value(12).toString();
    p.contactPhone = q.value(13).toString();
    p.notes = q.value(14).toString();
    p.archived = q.value(15).toBool();
    return p;
}

Product readProduct(const QSqlQuery& q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.version = q.value(2).toInt();
    p.providerId = q.value(3).toLongLong();
    p.name = q.value(4).toString();
    p.category = q.value(5).toString();
    p.sceneIds = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.price = Money::fromFen(q.value(7).toLongLong());
    p.reviewBatch = q.value(8).toString();
    p.reviewStatus = ReviewStatus(q.value(9).toInt());
    p.reviewReason = q.value(10).toString();
    p.archived = q.value(11).toBool();
    return p;
}

QVariantMap fieldsOf(const QString& columns, const QVariantList& values)
{
    QVariantMap out;
    const QStringList names = columns.split(QStringLiteral(", "));
    for (int i = 0; i < names.size() && i < values.size(); ++i)
        out.insert(names.at(i), values.at(i));
    return out;
}



// INSERT of a row with the standard columns; returns the new id.
Result<qint64> insertRow(QSqlQuery& q, const Database& db, const QString& now, const QString& uuid, const QVariantList& values)
{
    for (const QVariant& v : QVariantList{uuid, now, now, db.user()} + values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    return q.lastInsertId().toLongLong();
}

// Version-checked UPDATE with its audit row, inside the caller's transaction.
Status updateRow(QSqlDatabase& conn, const Database& db, const QString& table, const QString& columns, qint64 id, int version,
                 const QString& uuid, const QVariantList& before, const QVariantList& after)
{
    const QJsonObject changes = AuditRepository::diff(fieldsOf(columns, before), fieldsOf(columns, after));
    if (changes.isEmpty())
        return Status::ok();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE %1 SET %2, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")
                  .arg(table, assignments(columns)));
    for (const QVariant& v : after + QVariantList{db.nowIso(), db.user(), id, version})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::error(ErrorCode::Conflict, QCoreApplication::translate(
                                                      "dx::ProviderRepository", "The record was changed by someone else since you opened it; "
                                                                                "nothing was saved."));
    return AuditRepository(db).record(conn, table, id, uuid, QStringLiteral("update"), changes);
}

} // namespace

Status ProviderRepository::checkProvider(const Provider& p)
{
    if (p.name.trimmed().isEmpty())
        return Status::error(ErrorCode::Validation, tr("The provider name is required."));
    const CreditCode::Check code = CreditCode::check(p.creditCode);
    if (!code.isValid())
        return Status::error(ErrorCode::Validation, code.message());
    if (p.roles.isEmpty())
        return Status::error(ErrorCode::Validation, tr("Choose at least one role: traction unit, integrator or product vendor."));
    if (p.poolStatus != PoolStatus::Admitted && (p.statusReason.trimmed().isEmpty() || !p.statusOn.isValid()))
        return Status::error(ErrorCode::Validation, tr("A warning, a rectification order or a removal needs its reason and date."));
    return Status::ok();
}

Status ProviderRepository::checkProduct(const Product& p)
{
    if (p.name.trimmed().isEmpty())
        return Status::error(ErrorCode::Validation, tr("The product name is required."));
    if (p.providerId <= 0)
        return Status::error(ErrorCode::Validation, tr("A product belongs to a provider."));
    if (p.price.fen() < 0)
        return Status::error(ErrorCode::Validation, tr("The price cannot be negative."));
    if (p.reviewStatus == ReviewStatus::Rejected && p.reviewReason.trimmed().isEmpty())
        return Status::error(ErrorCode::Validation, tr("A rejected product needs the reason of the rejection."));
    return Status::ok();
}

Status ProviderRepository::checkUniqueCode(const Provider& p) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM providers WHERE credit_code = ? AND id <> ?"));
    q.addBindValue(CreditCode::normalize(p.creditCode));
    q.addBindValue(p.id);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    if (q.next())
        return Status::error(ErrorCode::Duplicate, tr("The credit code %1 is already registered for the provider \"%2\".")
                                                       .arg(CreditCode::normalize(p.creditCode), q.value(0).toString()));
    return Status::ok();
}

Result<QVector<Provider>> ProviderRepository::list(bool includeArchived) const
{
    return sql::selectAll(m_db,
                          QStringLiteral("SELECT %1 FROM providers %2 ORDER BY name")
                              .arg(kProviderColumns, includeArchived ? QString() : QStringLiteral("WHERE archived = 0")),
                          {}, readProvider);
}

Result<Provider> ProviderRepository::get(qint64 id) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM providers WHERE id = ?").arg(kProviderColumns), {id}, readProvider,
                          tr("The provider (id %1) does not exist.").arg(id));
}

Result<Provider> ProviderRepository::create(const Provider& input) const
{
    Provider p = input;
    p.id = 0;
    p.creditCode = CreditCode::normalize(p.creditCode);
    p.name = p.name.trimmed();
    Status s = checkProvider(p);
    if (s)
        s = checkUniqueCode(p);
    if (!s)
        return s;
    QVector<Provider> one{p};
    QVector<Product> none;
    s = insertMany(one, none, AuditRepository::diff({}, fieldsOf(kProviderWrite, providerValues(p))));
    if (!s)
        return s;
    return get(one.first().id);
}

Result<Provider> ProviderRepository::update(const Provider& input) const
{
    Provider p = input;
    p.creditCode = CreditCode::normalize(p.creditCode);
    p.name = p.name.trimmed();
    Status s = checkProvider(p);
    if (s)
        s = checkUniqueCode(p);
    if (!s)
        return s;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto before = get(p.id);
    if (!before)
        return before.status();
    if (before->version != p.version)
        return Status::error(ErrorCode::Conflict, tr("The provider was changed by someone else since you opened it; nothing was saved."));
    s = updateRow(conn, m_db, QStringLiteral("providers"), kProviderWrite, p.id, p.version, before->uuid,
                  providerValues(before.value()), providerValues(p));
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return get(p.id);
}

Result<QVector<Product>> ProviderRepository::products(qint64 providerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM products WHERE (? < 0 OR provider_id = ?) ORDER BY name").arg(kProductColumns));
    q.addBindValue(providerId);
    q.addBindValue(providerId);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<Product> out;
    while (q.next())
        out.push_back(readProduct(q));
    return out;
}

Result<Product> ProviderRepository::getProduct(qint64 id) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM products WHERE id = ?").arg(kProductColumns), {id}, readProduct,
                          tr("The product (id %1) does not exist.").arg(id));
}

Result<Product> ProviderRepository::createProduct(const Product& input) const
{
    Product p = input;
    p.id = 0;
    Status s = checkProduct(p);
    if (!s)
        return s;
    if (!get(p.providerId))
        return Status::error(ErrorCode::Validation, tr("The provider of the product does not exist."));
    QVector<Provider> noProviders;
    QVector<Product> one{p};
    s = insertMany(noProviders, one, AuditRepository::diff({}, fieldsOf(kProductWrite, productValues(p))));
    if (!s)
        return s;
    p = one.first();
    p.version = 1;
    return p;
}

Result<Product> ProviderRepository::updateProduct(const Product& input) const
{
    const Status valid = checkProduct(input);
    if (!valid)
        return valid;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto stored = getProduct(input.id);
    if (!stored)
        return stored.status();
    const Product before = stored.value();
    if (before.version != input.version)
        return Status::error(ErrorCode::Conflict, tr("The product was changed by someone else since you opened it; nothing was saved."));
    Status s = updateRow(conn, m_db, QStringLiteral("products"), kProductWrite, input.id, input.version, before.uuid,
                         productValues(before), productValues(input));
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    Product saved = input;
    saved.uuid = before.uuid;
    saved.version = productValues(before) == productValues(input) ? before.version : before.version + 1;
    return saved;
}

Status ProviderRepository::insertMany(QVector<Provider>& providers, QVector<Product>& products, const QJsonObject& source) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    const QString now = m_db.nowIso();
    AuditRepository::Writer audit(m_db, conn);
    QSqlQuery insertProvider(conn), insertProduct(conn);
    insertProvider.prepare(QStringLiteral("INSERT INTO providers (uuid, created_at, updated_at, updated_by, %1) VALUES (?, ?, ?, ?, %2)")
                               .arg(kProviderWrite, placeholders(int(providerValues(Provider()).size()))));
    insertProduct.prepare(QStringLiteral("INSERT INTO products (uuid, created_at, updated_at, updated_by, %1) VALUES (?, ?, ?, ?, %2)")
                              .arg(kProductWrite, placeholders(int(productValues(Product()).size()))));
    for (Provider& p : providers) {
        p.creditCode = CreditCode::normalize(p.creditCode);
        Status s = checkProvider(p);
        if (!s)
            return Status::error(s.code(), QStringLiteral("%1: %2").arg(p.name, s.message()));
        p.uuid = newUuid();
        auto id = insertRow(insertProvider, m_db, now, p.uuid, providerValues(p));
        if (!id)
            return Status::error(ErrorCode::Duplicate, tr("Could not save the provider \"%1\": %2").arg(p.name, id.message()));
        p.id = id.value();
        p.version = 1;
        s = audit.record(QStringLiteral("providers"), p.id, p.uuid, QStringLiteral("create"), source, now);
        if (!s)
            return s;
    }
    for (Product& p : products) {
        Status s = checkProduct(p);
        if (!s)
            return Status::error(s.code(), QStringLiteral("%1: %2").arg(p.name, s.message()));
        p.uuid = newUuid();
        auto id = insertRow(insertProduct, m_db, now, p.uuid, productValues(p));
        if (!id)
            return Status::error(ErrorCode::Database, tr("Could not save the product \"%1\": %2").arg(p.name, id.message()));
        p.id = id.value();
        p.version = 1;
        s = audit.record(QStringLiteral("products"), p.id, p.uuid, QStringLiteral("create"), source, now);
        if (!s)
            return s;
    }
    return tx.commit();
}

} // namespace dx
