#include "PackageImport.h"

#include "AnswerMerge.h"
#include "PackageExport.h"
#include "PackageMerge.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace dx {

namespace {

// The key a return package must be signed with: the one this bureau issued to the provider.
// Refuses, before any signature is checked, a package meant for another bureau.
PackageFile::KeyFor returnKey(const Database& db, const PackageKey& bureau)
{
    return [&db, bureau](const PackageManifest& m) -> Result<QByteArray> {
        if (m.bureauId != bureau.owner)
            return Status::error(ErrorCode::Validation,
                                 PackageImport::tr("The package is refused: it belongs to another bureau (%1), not to %2.")
                                     .arg(m.bureauName, bureau.name));
        auto key = PackageRepository(db).key(QStringLiteral("provider"), m.providerCode);
        if (!key && key.code() == ErrorCode::NotFound)
            return Status::error(ErrorCode::Validation,
                                 PackageImport::tr("The package is refused: this bureau never issued a key to the provider %1.").arg(m.providerCode));
        if (!key)
            return key.status();
        return key->keys.publicKey;
    };
}

} // namespace

QJsonObject PackageImportSummary::toJson() const
{
    return {{QStringLiteral("package"), packageId},   {QStringLiteral("provider"), providerCode},
            {QStringLiteral("providerName"), providerName}, {QStringLiteral("duplicate"), duplicate},
            {QStringLiteral("added"), added},         {QStringLiteral("updated"), updated},
            {QStringLiteral("parallelUpdates"), parallel}, {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("unchanged"), unchanged}, {QStringLiteral("records"), records}};
}

PackageImportSummary PackageImportSummary::fromJson(const QJsonObject& o)
{
    PackageImportSummary s;
    s.packageId = o.value(QStringLiteral("package")).toString();
    s.providerCode = o.value(QStringLiteral("provider")).toString();
    s.providerName = o.value(QStringLiteral("providerName")).toString();
    s.added = o.value(QStringLiteral("added")).toInt();
    s.updated = o.value(QStringLiteral("updated")).toInt();
    s.parallel = o.value(QStringLiteral("parallelUpdates")).toInt();
    s.conflicts = o.value(QStringLiteral("conflicts")).toInt();
    s.unchanged = o.value(QStringLiteral("unchanged")).toInt();
    s.records = o.value(QStringLiteral("records")).toArray();
    return s;
}

Result<PackageImportSummary> PackageImport::run(const Database& db, const QString& path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("The package file %1 cannot be read.").arg(path));
    if (f.size() > PackageLimits().maxPackageBytes)
        return Status::error(ErrorCode::Validation, tr("The package is larger than %1 MB and is refused.").arg(PackageLimits().maxPackageBytes >> 20));
    return runBytes(db, f.readAll());
}

Result<PackageImportSummary> PackageImport::runBytes(const Database& db, const QByteArray& bytes)
{
    PackageRepository repo(db);
    auto bureau = repo.key(QStringLiteral("bureau"));
    if (!bureau)
        return Status::error(ErrorCode::Validation, tr("This database never issued a field package, so it cannot take one back."));
    auto contents = PackageFile::read(bytes, PackageManifest::Kind::Return, returnKey(db, bureau.value()));
    if (!contents)
        return contents.status();
    const PackageManifest& m = contents->manifest;
    auto issue = repo.issue(m.sourcePackageId);
    if (!issue || issue->direction != QLatin1String("out") || issue->providerCode != m.providerCode)
        return Status::error(ErrorCode::Validation, tr("The package is refused: it answers a field package this bureau did not issue to %1.").arg(m.providerCode));
    if (db.clock().today() > issue->expiresOn)
        return Status::error(ErrorCode::Validation, PackageDocs::expiredMessage(issue->expiresOn));
    auto previous = repo.importSummary(m.packageId);
    if (previous) {
        PackageImportSummary again = PackageImportSummary::fromJson(previous.value());
        again.duplicate = true;
        return again;
    }
    if (previous.code() != ErrorCode::NotFound)
        return previous.status();

    // What the bureau sent (and has taken back since): the bases, and the uuids references may name.
    QHash<QString, QHash<QString, PackageBase>> bases;
    QHash<QString, QSet<QString>> known;
    for (const TableSpec& spec : RecordSchema::tables()) {
        if (!spec.returned)
            continue;
        auto b = repo.bases(issue->id, spec.table);
        if (!b)
            return b.status();
        for (auto it = b->cbegin(); it != b->cend(); ++it)
            known[spec.table].insert(it.key());
        bases.insert(spec.table, b.takeValue());
    }
    auto records = PackageDocs::parse(contents.value(), true, known);
    if (!records)
        return records.status();

    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    AuditRepository::Writer audit(db, conn);
    auto importId = repo.addImport(conn, audit, m.packageId, issue->id, m.providerCode);
    if (!importId)
        return importId.status();
    PackageMerge merge(db, conn, issue->id, importId.value(), m.packageId);
    for (const TableSpec& spec : RecordSchema::tables())
        if (spec.returned)
            if (Status s = merge.mergeTable(spec, records->byTable.value(spec.table), bases.value(spec.table), records->attachmentContent); !s)
                return s;
    PackageImportSummary& summary = merge.summary();
    summary.packageId = m.packageId;
    summary.providerCode = m.providerCode;
    summary.providerName = m.providerName;
    if (Status s = repo.setImportSummary(conn, importId.value(), summary.toJson()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return summary;
}

Status PackageImport::resolve(const Database& db, qint64 conflictId, bool takeField)
{
    PackageRepository repo(db);
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto conflict = repo.conflict(conflictId);
    if (!conflict)
        return conflict.status();
    if (conflict->state != 0)
        return Status::error(ErrorCode::Conflict, tr("This conflict was already resolved."));
    AuditRepository::Writer audit(db, conn);
    if (takeField) {
        const TableSpec* spec = RecordSchema::table(conflict->table);
        if (!spec)
            return Status::error(ErrorCode::Validation, tr("Unknown table %1.").arg(conflict->table));
        auto now = PackageMerge::current(repo, *spec, conflict->recordUuid);
        if (!now)
            return now.status();
        // A field, or one entry of a diagnosis's answers ("answers/items/<id>").
        const QString column = conflict->field.section(QLatin1Char('/'), 0, 0);
        const QString entry = conflict->field.section(QLatin1Char('/'), 1);
        AnswerMerge::Flat answers = AnswerMerge::flatten(now->second.value(column).toString());
        const QJsonValue current = entry.isEmpty() ? now->second.value(column) : answers.value(entry);
        if (current != conflict->bureau)
            return Status::error(ErrorCode::Conflict, tr("The record was changed again since this conflict was queued; "
                                                         "nothing was written. Reload the review list."));
        if (spec->table == QLatin1String("diagnoses")
            && (now->second.value(QStringLiteral("status")).toInt() == 2 || now->second.value(QStringLiteral("superseded")).toInt() != 0))
            return Status::error(ErrorCode::Validation, tr("The diagnosis is confirmed and cannot be changed; keep the bureau's value "
                                                           "and create a revision to correct it."));
        if (!entry.isEmpty())
            answers.insert(entry, conflict->fieldValue);
        const QJsonValue taken = entry.isEmpty() ? conflict->fieldValue : QJsonValue(AnswerMerge::unflatten(answers));
        QJsonObject fields{{column, taken}};
        RecordDecoder decoder(repo);
        auto values = decoder.decode(*spec, fields);
        if (!values)
            return values.status();
        if (spec->table == QLatin1String("diagnoses")) {
            QJsonObject merged = now->second;
            merged.insert(column, taken);
            if (Status s = PackageMerge::rescore(values.value(), merged); !s)
                return s;
        }
        const QJsonObject changes{{conflict->field, QJsonArray{conflict->bureau, conflict->fieldValue}},
                                  {QStringLiteral("source"), QStringLiteral("conflict review")},
                                  {QStringLiteral("conflict"), conflictId}};
        if (Status s = repo.updateRecord(conn, audit, *spec, now->first.value(QStringLiteral("id")).toLongLong(), conflict->recordUuid,
                                         now->first.value(QStringLiteral("version")).toInt(), values.value(), changes);
            !s)
            return s;
    }
    if (Status s = repo.closeConflict(conn, audit, conflictId, takeField ? 2 : 1); !s)
        return s;
    return tx.commit();
}

} // namespace dx
