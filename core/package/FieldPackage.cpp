#include "FieldPackage.h"
#include "util/Uuid.h"

#include "PackageDocuments.h"
#include "PackageExport.h"
#include "RecordCodec.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "repo/UserRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace dx {

namespace {

// The keys document of a field package: the provider's key pair for its returns.
Result<SigningKeys> providerKeys(const PackageContents& contents)
{
    const QJsonObject o = QJsonDocument::fromJson(contents.members.value(PackageNames::document(QStringLiteral("keys")))).object();
    SigningKeys keys{QByteArray::fromBase64(o.value(QStringLiteral("providerPublicKey")).toString().toLatin1()),
                     QByteArray::fromBase64(o.value(QStringLiteral("providerSecretKey")).toString().toLatin1())};
    if (!keys.isValid())
        return Status::error(ErrorCode::Validation, FieldPackage::tr("The package is refused: it carries no valid signing key for the provider."));
    return keys;
}

// Each index the package brings must be one this DX Desk ships, byte for byte, or the scores
// computed here would differ from the bureau's.
Status checkIndices(const PackageContents& contents)
{
    const QHash<QString, QByteArray> shipped = PackageExport::shippedIndexFiles();
    for (auto it = contents.members.cbegin(); it != contents.members.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("indices/")))
            continue;
        const QString key = it.key().mid(8).chopped(5);
        if (shipped.value(key) != it.value())
            return Status::error(ErrorCode::Validation,
                                 FieldPackage::tr("The package uses the assessment index %1, which this DX Desk does not have in the "
                                                  "same version. Update DX Desk on this computer.").arg(key));
    }
    return Status::ok();
}

Status fill(const Database& db, const PackageContents& contents, const PackageRecords& records, const SigningKeys& keys)
{
    PackageRepository repo(db);
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    AuditRepository::Writer audit(db, conn);
    const PackageManifest& m = contents.manifest;
    if (Status s = repo.putKey(conn, {QStringLiteral("issuer"), m.bureauId, m.bureauName, {QByteArray::fromBase64(m.signerKey.toLatin1()), {}}}); !s)
        return s;
    if (Status s = repo.putKey(conn, {QStringLiteral("self"), m.providerCode, m.providerName, keys}); !s)
        return s;
    auto issueId = repo.addIssue(conn, audit, {0, m.packageId, QStringLiteral("field"), m.bureauId, m.bureauName, m.providerCode,
                                               m.createdAt, m.expiresOn, contents.manifestSha256,
                                               int(records.byTable.value(QStringLiteral("enterprises")).size())});
    if (!issueId)
        return issueId.status();
    const QJsonObject reference = QJsonDocument::fromJson(contents.members.value(PackageNames::document(QStringLiteral("reference")))).object();
    for (const QJsonValue& name : reference.value(QStringLiteral("clusters")).toArray())
        if (name.isString() && !name.toString().isEmpty())
            if (auto id = repo.ensureCluster(conn, audit, name.toString().left(200), QString()); !id)
                return id.status();
    RecordDecoder decoder(repo, &conn, &audit);
    const QJsonObject source{{QStringLiteral("source"), QStringLiteral("field package")}, {QStringLiteral("package"), m.packageId}};
    for (const TableSpec& spec : RecordSchema::tables()) {
        const QVector<QJsonObject>& list = records.byTable.value(spec.table);
        for (const QJsonObject& r : list) {
            const QString uuid = r.value(QStringLiteral("uuid")).toString();
            auto values = decoder.decode(spec, r.value(QStringLiteral("fields")).toObject());
            if (!values)
                return values.status();
            auto id = repo.insertRecord(conn, audit, spec, uuid, r.value(QStringLiteral("version")).toInt(), values.value(), source,
                                        records.attachmentContent.value(uuid));
            if (!id)
                return id.status();
            decoder.remember(spec.table, uuid, id.value());
        }
        // Every table, returned or not, so the return can also tell what it leaves behind.
        if (Status s = repo.putBases(conn, issueId.value(), spec.table, PackageDocs::basesOf(list)); !s)
            return s;
    }
    // The laptop's user works as the provider's staff (the role model on a file, RoleSchema).
    if (Status s = UserRepository(db).enrolFieldProvider(conn, m.providerCode); !s)
        return s;
    return tx.commit();
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Result<FieldOpenResult> FieldPackage::open(const QString& packagePath, const QString& fieldDbPath, const QDate& today,
                                           const QString& bureauFingerprint)
{
    // The package must be signed by the key it names, and that key must be the bureau's when
    // its fingerprint is given; otherwise it is shown so the provider can compare it.
    auto contents = PackageFile::readFile(packagePath, PackageManifest::Kind::Field, [&](const PackageManifest& m) -> Result<QByteArray> {
        const QByteArray key = QByteArray::fromBase64(m.signerKey.toLatin1());
        if (key.size() != 32)
            return Status::error(ErrorCode::Validation, tr("The package names no valid bureau key."));
        const QString actual = PackageCrypto::fingerprint(key);
        if (!bureauFingerprint.isEmpty() && actual.compare(bureauFingerprint.trimmed(), Qt::CaseInsensitive) != 0)
            return Status::error(ErrorCode::Validation, tr("The package is refused: it was signed with the key %1, not with the "
                                                           "bureau's key %2 you were given.").arg(actual, bureauFingerprint.trimmed()));
        return key;
    });
    if (!contents)
        return contents.status();
    const PackageManifest& m = contents->manifest;
    if (today > m.expiresOn)
        return Status::error(ErrorCode::Validation, PackageDocs::expiredMessage(m.expiresOn));
    auto records = PackageDocs::parse(contents.value(), false);
    if (!records)
        return records.status();
    auto keys = providerKeys(contents.value());
    if (!keys)
        return keys.status();
    if (Status s = checkIndices(contents.value()); !s)
        return s;
    if (QFileInfo::exists(fieldDbPath))
        return Status::error(ErrorCode::Validation,
                             tr("%1 already exists. Choose a new file for the field database; nothing was overwritten.").arg(fieldDbPath));

    Status filled;
    {
        OpenOptions options;
        options.backupBeforeMigration = false;
        auto db = Database::open(fieldDbPath, options);
        if (!db) {
            removeDatabaseFiles(fieldDbPath);
            return db.status();
        }
        filled = fill(*db.value(), contents.value(), records.value(), keys.value());
        db.value()->releaseThreadConnection();
    }
    if (!filled) {
        removeDatabaseFiles(fieldDbPath);
        return filled;
    }
    FieldOpenResult result;
    result.packageId = m.packageId;
    result.bureauName = m.bureauName;
    result.bureauFingerprint = PackageCrypto::fingerprint(QByteArray::fromBase64(m.signerKey.toLatin1()));
    result.providerName = m.providerName;
    result.expiresOn = m.expiresOn;
    result.enterprises = int(records->byTable.value(QStringLiteral("enterprises")).size());
    result.diagnoses = int(records->byTable.value(QStringLiteral("diagnoses")).size());
    result.projects = int(records->byTable.value(QStringLiteral("projects")).size());
    result.attachments = int(records->byTable.value(QStringLiteral("attachments")).size());
    return result;
}

bool FieldPackage::isFieldDatabase(const Database& db)
{
    return PackageRepository(db).fieldIssue().isOk();
}

Result<FieldReturnResult> FieldPackage::exportReturn(const Database& db, const QString& outPath)
{
    PackageRepository repo(db);
    auto issue = repo.fieldIssue();
    if (!issue)
        return issue.status();
    if (db.clock().today() > issue->expiresOn)
        return Status::error(ErrorCode::Validation, PackageDocs::expiredMessage(issue->expiresOn));
    auto self = repo.key(QStringLiteral("self"), issue->providerCode);
    if (!self)
        return self.status();
    FieldReturnResult result;
    QVector<ZipMember> members;
    for (const TableSpec& spec : RecordSchema::tables()) {
        auto ids = repo.changedSince(spec, issue->id);
        if (!ids)
            return ids.status();
        if (!spec.returned) {
            // Projects and providers are the bureau's to change: edits made here stay here, and
            // the provider is told so rather than finding out later.
            result.notReturned += int(ids->size());
            continue;
        }
        auto rows = repo.rows(spec, ids.value());
        if (!rows)
            return rows.status();
        if (spec.table == QLatin1String("attachments")) {
            // Evidence of diagnoses and enterprises goes back; a project's stays, like the project.
            QVector<QVariantMap>& list = rows.value();
            const auto kept = std::remove_if(list.begin(), list.end(), [](const QVariantMap& row) {
                const QString owner = row.value(QStringLiteral("owner_table")).toString();
                return owner != QLatin1String("diagnoses") && owner != QLatin1String("enterprises");
            });
            result.notReturned += int(std::distance(kept, list.end()));
            list.erase(kept, list.end());
        }
        auto encoded = encodeRecords(repo, spec, rows.value());
        if (!encoded)
            return encoded.status();
        if (spec.table == QLatin1String("attachments"))
            for (const QVariantMap& row : rows.value()) {
                auto content = repo.attachmentContent(row.value(QStringLiteral("id")).toLongLong());
                if (!content)
                    return content.status();
                members.push_back({PackageNames::attachment(row.value(QStringLiteral("uuid")).toString()), content.takeValue()});
            }
        const int n = int(encoded->size());
        (spec.table == QLatin1String("enterprises") ? result.enterprises
         : spec.table == QLatin1String("diagnoses") ? result.diagnoses
                                                    : result.attachments) = n;
        members.push_back({PackageNames::document(spec.table), PackageDocs::document(spec.table, encoded.value())});
    }
    PackageManifest manifest;
    manifest.kind = PackageManifest::Kind::Return;
    manifest.packageId = newUuid();
    manifest.sourcePackageId = issue->packageId;
    manifest.bureauId = issue->bureauId;
    manifest.bureauName = issue->bureauName;
    manifest.providerCode = issue->providerCode;
    manifest.providerName = self->name;
    manifest.createdAt = db.nowIso();
    manifest.expiresOn = issue->expiresOn;
    manifest.signerKey = QString::fromLatin1(self->keys.publicKey.toBase64());
    if (Status s = PackageFile::write(outPath, manifest, members, self->keys.secretKey); !s)
        return s;
    result.packageId = manifest.packageId;
    result.bytes = QFileInfo(outPath).size();
    return result;
}

} // namespace dx
