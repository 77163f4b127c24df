#include "PackageExport.h"
#include "util/Uuid.h"

#include "PackageFile.h"
#include "RecordCodec.h"
#include "assessment/AssessmentIndex.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "repo/EnterpriseRepository.h"
#include "util/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dx {

namespace {

// The enterprises named by credit code, or the provider's assigned ones.
Result<QVector<qint64>> selectEnterprises(const Database& db, const PackageRepository& repo, qint64 providerId, const QStringList& codes)
{
    if (codes.isEmpty())
        return repo.enterprisesForProvider(providerId);
    EnterpriseRepository enterprises(db);
    QVector<qint64> ids;
    for (const QString& code : codes) {
        auto e = enterprises.findByCreditCode(code.trimmed());
        if (!e)
            return Status::error(ErrorCode::NotFound, PackageExport::tr("No enterprise has the credit code %1.").arg(code.trimmed()));
        ids.push_back(e->id);
    }
    return ids;
}

} // namespace

QHash<QString, QByteArray> PackageExport::shippedIndexFiles()
{
    QHash<QString, QByteArray> out;
    const QDir dir(QStringLiteral(":/dx/indices"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        auto index = AssessmentIndex::fromJson(bytes, name);
        if (index)
            out.insert(index->id + QLatin1Char('-') + index->version, bytes);
    }
    return out;
}

Result<PackageKey> PackageExport::bureauKey(const Database& db, const QString& name)
{
    PackageRepository repo(db);
    auto existing = repo.key(QStringLiteral("bureau"));
    if (existing || existing.code() != ErrorCode::NotFound)
        return existing;
    QString bureau = name.isEmpty() ? Settings::value(Settings::Key::BureauName).toString() : name;
    if (bureau.isEmpty())
        bureau = tr("Bureau");
    PackageKey key{QStringLiteral("bureau"), newUuid(), bureau, PackageCrypto::generateKeys()};
    if (!key.keys.isValid())
        return Status::error(ErrorCode::Validation, tr("libsodium could not make a signing key."));
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (Status s = repo.putKey(conn, key); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return key;
}

Result<PackageExportResult> PackageExport::run(const Database& db, const PackageExportOptions& options, const QString& outPath)
{
    PackageRepository repo(db);
    PackageExportResult result;
    auto providerId = repo.providerIdByCode(options.providerCode, &result.providerName);
    if (!providerId)
        return providerId.status();
    auto enterpriseIds = selectEnterprises(db, repo, providerId.value(), options.enterpriseCodes);
    if (!enterpriseIds)
        return enterpriseIds.status();
    if (enterpriseIds->isEmpty())
        return Status::error(ErrorCode::Validation, tr("No enterprise is assigned to %1; name the enterprises to visit.").arg(result.providerName));
    auto bureau = bureauKey(db, options.bureauName);
    if (!bureau)
        return bureau.status();
    result.expiresOn = options.expiresOn.isValid() ? options.expiresOn : db.clock().today().addDays(30);
    if (result.expiresOn < db.clock().today())
        return Status::error(ErrorCode::Validation, tr("The expiry date %1 is already past.").arg(result.expiresOn.toString(Qt::ISODate)));

    // The records, table by table; projects bring the providers they name (without phones).
    QHash<QString, QVector<qint64>> ids;
    ids.insert(QStringLiteral("enterprises"), enterpriseIds.value());
    auto diagnoses = repo.diagnosisIds(enterpriseIds.value());
    auto projects = repo.openProjectIds(enterpriseIds.value());
    if (!diagnoses || !projects)
        return !diagnoses ? diagnoses.status() : projects.status();
    ids.insert(QStringLiteral("diagnoses"), diagnoses.value());
    ids.insert(QStringLiteral("projects"), projects.value());
    auto attachments = repo.attachmentIds(QStringLiteral("diagnoses"), diagnoses.value());
    if (!attachments)
        return attachments.status();
    ids.insert(QStringLiteral("attachments"), attachments.value());
    auto projectRows = repo.rows(*RecordSchema::table(QStringLiteral("projects")), projects.value());
    if (!projectRows)
        return projectRows.status();
    QSet<qint64> providers{providerId.value()};
    for (const QVariantMap& p : projectRows.value())
        for (const char* column : {"traction_provider_id", "integrator_provider_id"})
            if (p.value(QLatin1String(column)).toLongLong() > 0)
                providers.insert(p.value(QLatin1String(column)).toLongLong());
    ids.insert(QStringLiteral("providers"), QVector<qint64>(providers.cbegin(), providers.cend()));

    QVector<ZipMember> members;
    QHash<QString, QVector<QJsonObject>> records;
    QSet<QString> indicesInUse;
    for (const TableSpec& spec : RecordSchema::tables()) {
        auto rows = spec.table == QLatin1String("projects") ? projectRows : repo.rows(spec, ids.value(spec.table));
        if (!rows)
            return rows.status();
        auto encoded = encodeRecords(repo, spec, rows.value());
        if (!encoded)
            return encoded.status();
        for (const QVariantMap& row : rows.value()) {
            if (spec.table == QLatin1String("diagnoses"))
                indicesInUse.insert(row.value(QStringLiteral("index_id")).toString() + QLatin1Char('-') + row.value(QStringLiteral("index_version")).toString());
            if (spec.table == QLatin1String("attachments")) {
                auto content = repo.attachmentContent(row.value(QStringLiteral("id")).toLongLong());
                if (!content)
                    return content.status();
                members.push_back({PackageNames::attachment(row.value(QStringLiteral("uuid")).toString()), content.takeValue()});
            }
        }
        members.push_back({PackageNames::document(spec.table), PackageDocs::document(spec.table, encoded.value())});
        records.insert(spec.table, encoded.takeValue());
    }
    result.enterprises = int(records.value(QStringLiteral("enterprises")).size());
    result.diagnoses = int(records.value(QStringLiteral("diagnoses")).size());
    result.projects = int(records.value(QStringLiteral("projects")).size());
    result.attachments = int(records.value(QStringLiteral("attachments")).size());

    // Every index a diagnosis was made with, and the newest (for new diagnoses in the field).
    const QHash<QString, QByteArray> shipped = shippedIndexFiles();
    QString newest;
    for (auto it = shipped.cbegin(); it != shipped.cend(); ++it)
        if (newest.isEmpty() || it.key() > newest)
            newest = it.key();
    indicesInUse.insert(newest);
    for (const QString& key : indicesInUse)
        if (shipped.contains(key))
            members.push_back({QStringLiteral("indices/%1.json").arg(key), shipped.value(key)});

    auto clusters = repo.clusterNames();
    if (!clusters)
        return clusters.status();
    QJsonArray clusterList;
    for (const QString& name : clusters.value())
        clusterList.append(name);
    members.push_back({PackageNames::document(QStringLiteral("reference")),
                       QJsonDocument(QJsonObject{{QStringLiteral("clusters"), clusterList}}).toJson(QJsonDocument::Compact)});

    // The provider's signing key for its return packages: issued once per provider.
    auto providerKey = repo.key(QStringLiteral("provider"), options.providerCode);
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    if (!providerKey && providerKey.code() == ErrorCode::NotFound) {
        PackageKey fresh{QStringLiteral("provider"), options.providerCode, result.providerName, PackageCrypto::generateKeys()};
        if (Status s = repo.putKey(conn, fresh); !s)
            return s;
        providerKey = fresh;
    }
    if (!providerKey)
        return providerKey.status();
    members.push_back({PackageNames::document(QStringLiteral("keys")),
                       QJsonDocument(QJsonObject{{QStringLiteral("providerPublicKey"), QString::fromLatin1(providerKey->keys.publicKey.toBase64())},
                                                 {QStringLiteral("providerSecretKey"), QString::fromLatin1(providerKey->keys.secretKey.toBase64())}})
                           .toJson(QJsonDocument::Compact)});

    PackageManifest manifest;
    manifest.kind = PackageManifest::Kind::Field;
    manifest.packageId = newUuid();
    manifest.bureauId = bureau->owner;
    manifest.bureauName = bureau->name;
    manifest.providerCode = options.providerCode;
    manifest.providerName = result.providerName;
    manifest.createdAt = db.nowIso();
    manifest.expiresOn = result.expiresOn;
    manifest.signerKey = QString::fromLatin1(bureau->keys.publicKey.toBase64());

    if (!options.enterpriseCodes.isEmpty())
        if (Status s = repo.assign(conn, providerId.value(), enterpriseIds.value()); !s)
            return s;
    // The file first (its manifest's hash identifies it), then the records of what left; a
    // failure after writing removes the file: a package the database does not know of could
    // never come back.
    QString manifestSha256;
    if (Status s = PackageFile::write(outPath, manifest, members, bureau->keys.secretKey, &manifestSha256); !s)
        return s;
    const auto recordIssue = [&]() -> Status {
        AuditRepository::Writer audit(db, conn);
        auto issueId = repo.addIssue(conn, audit, {0, manifest.packageId, QStringLiteral("out"), manifest.bureauId, manifest.bureauName,
                                                   manifest.providerCode, manifest.createdAt, manifest.expiresOn, manifestSha256,
                                                   result.enterprises});
        if (!issueId)
            return issueId.status();
        for (const TableSpec& spec : RecordSchema::tables())
            if (spec.returned)
                if (Status s = repo.putBases(conn, issueId.value(), spec.table, PackageDocs::basesOf(records.value(spec.table))); !s)
                    return s;
        return tx.commit();
    };
    if (Status s = recordIssue(); !s) {
        QFile::remove(outPath);
        return s;
    }
    result.packageId = manifest.packageId;
    result.bureauFingerprint = PackageCrypto::fingerprint(bureau->keys.publicKey);
    result.bytes = QFileInfo(outPath).size();
    return result;
}

} // namespace dx
