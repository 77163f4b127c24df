// libFuzzer: the field-package reader on arbitrary bytes (zip layer, member names, manifest,
// signatures, hashes), then the same bytes as a record document of every table (the schema
// check that guards every write). Either ends in a value or an error with a message.

#include "package/PackageFile.h"
#include "package/RecordSchema.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    dx::PackageLimits limits;
    limits.maxMemberBytes = qint64(8) << 20;
    limits.maxTotalBytes = qint64(16) << 20;
    // Trust whatever key the manifest names, so inputs that carry a valid signature of their own
    // reach the hash and member checks too.
    const auto selfKey = [](const dx::PackageManifest& m) -> dx::Result<QByteArray> {
        return QByteArray::fromBase64(m.signerKey.toLatin1());
    };
    for (auto kind : {dx::PackageManifest::Kind::Field, dx::PackageManifest::Kind::Return}) {
        const auto read = dx::PackageFile::read(bytes, kind, selfKey, limits);
        if (!read.isOk() && read.message().isEmpty())
            std::abort();
    }
    for (const dx::TableSpec& spec : dx::RecordSchema::tables()) {
        const auto records = dx::RecordSchema::validateDocument(spec, bytes);
        if (!records.isOk() && records.message().isEmpty())
            std::abort();
    }
    const auto manifest = dx::PackageManifest::fromJson(bytes);
    if (!manifest.isOk() && manifest.message().isEmpty())
        std::abort();
    return 0;
}
