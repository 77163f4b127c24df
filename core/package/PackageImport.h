#pragma once

#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace dx {

class Database;

// What an import did, record by record.
struct PackageImportSummary
{
    QString packageId;
    QString providerCode;
    QString providerName;
    bool duplicate = false;   // imported before: nothing was changed this time
    int added = 0;            // new records (diagnoses made in the field, their evidence)
    int updated = 0;          // changed only in the field: applied
    int parallel = 0;         // changed on both sides in different fields: applied field-wise
    int conflicts = 0;        // fields changed on both sides: queued for review
    int unchanged = 0;
    QJsonArray records;       // {table, uuid, label, outcome, fields}
    QJsonObject toJson() const;
    static PackageImportSummary fromJson(const QJsonObject& o);
};

// The bureau's side coming back: a provider's return package merged record by record, in one
// transaction (everything or nothing), every write audited; conflicting fields go to the
// review queue and are settled there, one field at a time.
class PackageImport
{
    Q_DECLARE_TR_FUNCTIONS(dx::PackageImport)

public:
    static Result<PackageImportSummary> run(const Database& db, const QString& path);
    static Result<PackageImportSummary> runBytes(const Database& db, const QByteArray& bytes);
    // Settles a queued conflict: the field's value replaces the bureau's (takeField) or the
    // bureau's stays. Refused if the bureau's value changed since the conflict was queued.
    static Status resolve(const Database& db, qint64 conflictId, bool takeField);
};

} // namespace dx
