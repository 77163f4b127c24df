#include "PackageFile.h"

#include "PackageCrypto.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace dx {

namespace {

// The file ends with this marker and an Ed25519 signature of every byte before it, so no byte
// of the file can change unnoticed — not even the zip's own bookkeeping (times, extra fields)
// that the manifest's hashes do not cover.
const QByteArray kTrailer("DXPKGSIG");
constexpr int kSignatureBytes = 64;

} // namespace

Status PackageFile::write(const QString& path, PackageManifest manifest, const QVector<ZipMember>& members,
                          const QByteArray& secretKey, QString* manifestSha256)
{
    manifest.contents.clear();
    for (const ZipMember& m : members)
        manifest.contents.push_back({m.name, m.data.size(), PackageCrypto::sha256Hex(m.data)});
    const QByteArray json = manifest.toJson();
    const QByteArray signature = PackageCrypto::sign(json, secretKey);
    if (signature.isEmpty())
        return Status::error(ErrorCode::Validation, tr("The package cannot be signed: the signing key is missing or damaged."));
    if (manifestSha256)
        *manifestSha256 = PackageCrypto::sha256Hex(json);
    QVector<ZipMember> all{{PackageManifest::fileName(), json}, {PackageManifest::signatureName(), signature}};
    all += members;
    auto zip = PackageZip::toBytes(all);
    if (!zip)
        return zip.status();
    const QByteArray whole = zip.value() + kTrailer;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(whole) != whole.size()
        || file.write(PackageCrypto::sign(whole, secretKey)) != kSignatureBytes || !file.commit())
        return Status::error(ErrorCode::Io, tr("The package %1 could not be written completely: %2. Nothing was kept.").arg(path, file.errorString()));
    return Status::ok();
}

Result<PackageContents> PackageFile::readFile(const QString& path, PackageManifest::Kind kind, const KeyFor& keyFor,
                                              const PackageLimits& limits)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Status::error(ErrorCode::Io, tr("The package file %1 does not exist.").arg(path));
    if (info.size() > limits.maxPackageBytes)
        return Status::error(ErrorCode::Validation, tr("The package is larger than %1 MB and is refused.").arg(limits.maxPackageBytes >> 20));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("The package file %1 cannot be read: %2").arg(path, f.errorString()));
    return read(f.readAll(), kind, keyFor, limits);
}

Result<PackageContents> PackageFile::read(const QByteArray& bytes, PackageManifest::Kind kind, const KeyFor& keyFor,
                                          const PackageLimits& limits)
{
    const qsizetype signedBytes = bytes.size() - kSignatureBytes;
    if (bytes.size() < kTrailer.size() + kSignatureBytes || bytes.mid(signedBytes - kTrailer.size(), kTrailer.size()) != kTrailer) {
        if (bytes.startsWith("PK"))
            return Status::error(ErrorCode::Validation, tr("The package is incomplete: it lacks its final signature. It may have been "
                                                           "cut off while copying; ask for it again."));
        auto zip = PackageZip::read(bytes, limits);   // for the zip layer's own, more specific message
        return zip ? Status::error(ErrorCode::Validation, tr("This is not a signed DX Desk field package.")) : zip.status();
    }
    const QByteArray whole = bytes.left(signedBytes);
    auto zip = PackageZip::read(whole.left(signedBytes - kTrailer.size()), limits);
    if (!zip)
        return zip.status();
    QHash<QString, QByteArray> members;
    QByteArray manifestJson;
    QByteArray signature;
    bool hasManifest = false;
    for (ZipMember& m : zip.value()) {
        if (m.name == PackageManifest::fileName()) {
            manifestJson = m.data;
            hasManifest = true;
        } else if (m.name == PackageManifest::signatureName()) {
            signature = m.data;
        } else if (!PackageNames::isAllowedMember(m.name)) {
            return Status::error(ErrorCode::Validation,
                                 tr("The package is refused: it holds a file named \"%1\", which could point outside the package.")
                                     .arg(m.name.left(120)));
        } else {
            members.insert(m.name, std::move(m.data));
        }
    }
    if (!hasManifest || signature.isEmpty())
        return Status::error(ErrorCode::Validation, tr("This is not a signed DX Desk field package (no manifest or no signature)."));
    auto manifest = PackageManifest::fromJson(manifestJson);
    if (!manifest)
        return manifest.status();
    if (manifest->kind != kind)
        return Status::error(ErrorCode::Validation,
                             kind == PackageManifest::Kind::Field
                                 ? tr("This is a return package from a provider; open it with \"Import return package\" at the bureau.")
                                 : tr("This is a field package issued by a bureau, not a provider's return package."));
    auto key = keyFor(manifest.value());
    if (!key)
        return key.status();
    if (!PackageCrypto::verify(manifestJson, signature, key.value()) || !PackageCrypto::verify(whole, bytes.right(kSignatureBytes), key.value()))
        return Status::error(ErrorCode::Validation,
                             tr("The package is refused: its signature does not match. It was altered after it was made, "
                                "or it was not signed with the key issued for %1.").arg(manifest->providerCode));
    // The signature holds; now every member must be exactly the one the manifest lists.
    QSet<QString> listed;
    for (const PackageManifest::Content& c : manifest->contents) {
        const auto it = members.constFind(c.name);
        if (it == members.constEnd())
            return Status::error(ErrorCode::Validation, tr("The package is incomplete: %1 is missing.").arg(c.name));
        if (it->size() != c.size || PackageCrypto::sha256Hex(*it) != c.sha256)
            return Status::error(ErrorCode::Validation, tr("The package is refused: %1 was altered after the package was signed.").arg(c.name));
        listed.insert(c.name);
    }
    for (auto it = members.constBegin(); it != members.constEnd(); ++it)
        if (!listed.contains(it.key()))
            return Status::error(ErrorCode::Validation, tr("The package is refused: %1 was added after the package was signed.").arg(it.key()));
    return PackageContents{manifest.takeValue(), std::move(members), PackageCrypto::sha256Hex(manifestJson)};
}

} // namespace dx
