#pragma once

#include "PackageFormat.h"
#include "PackageZip.h"

#include <QHash>
#include <functional>

namespace dx {

// A package whose signature and member hashes have been checked.
struct PackageContents
{
    PackageManifest manifest;
    QHash<QString, QByteArray> members;   // by name, manifest and signature excluded
    QString manifestSha256;               // identifies the package in the issue records
};

// Signed package files: writing lists every member in the manifest with its size and SHA-256
// and signs the manifest; reading checks, before anything else looks at the members, that
// the zip is sound, every name is allowed, the manifest is signed by the key `keyFor` returns,
// and every member is listed with the right hash (and nothing else is there).
class PackageFile
{
    Q_DECLARE_TR_FUNCTIONS(dx::PackageFile)

public:
    // `manifestSha256`, when given, receives the SHA-256 of the signed manifest.
    static Status write(const QString& path, PackageManifest manifest, const QVector<ZipMember>& members,
                        const QByteArray& secretKey, QString* manifestSha256 = nullptr);

    // Given the (not yet verified) manifest, the public key that must have signed it, or why
    // the package is refused (another bureau, an unknown provider…).
    using KeyFor = std::function<Result<QByteArray>(const PackageManifest&)>;
    static Result<PackageContents> read(const QByteArray& bytes, PackageManifest::Kind kind, const KeyFor& keyFor,
                                        const PackageLimits& limits = {});
    static Result<PackageContents> readFile(const QString& path, PackageManifest::Kind kind, const KeyFor& keyFor,
                                            const PackageLimits& limits = {});
};

} // namespace dx
