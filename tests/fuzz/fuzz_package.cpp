// libFuzzer: field packages on arbitrary bytes, in two ways.
// 1. As a package file: the zip layer, member names, manifest, signature and hashes
//    (PackageFile::read, trusting whatever key the manifest names so an input carrying a valid
//    signature of its own gets through to the hash and member checks), the manifest alone, and
//    the bytes as a record document of every table (the schema check that guards every write).
// 2. As the members of a package that passed those checks, so the fuzzer need not forge
//    deflate streams, hashes and signatures to reach what reads the documents
//    (PackageDocs::parse, as a field package and as a return): the input is split at lines
//    "@@ <member name>", each member's bytes running to the next such line.
// Every path ends in a value or an error with a message.

#include "package/PackageDocuments.h"
#include "package/RecordSchema.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

dx::PackageContents membersOf(const QByteArray& bytes)
{
    dx::PackageContents contents;
    qsizetype at = bytes.startsWith("@@ ") ? 0 : bytes.indexOf("\n@@ ");
    while (at >= 0) {
        const qsizetype nameFrom = at + (bytes.at(at) == '\n' ? 4 : 3);
        const qsizetype nameEnd = bytes.indexOf('\n', nameFrom);
        if (nameEnd < 0)
            break;
        const qsizetype next = bytes.indexOf("\n@@ ", nameEnd);
        contents.members.insert(QString::fromUtf8(bytes.mid(nameFrom, nameEnd - nameFrom)),
                                bytes.mid(nameEnd + 1, next < 0 ? -1 : next - nameEnd - 1));
        at = next;
    }
    return contents;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    dx::PackageLimits limits;
    limits.maxMemberBytes = qint64(8) << 20;
    limits.maxTotalBytes = qint64(16) << 20;
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

    const dx::PackageContents contents = membersOf(bytes);
    if (contents.members.isEmpty())
        return 0;
    for (bool returnPackage : {false, true}) {
        const auto records = dx::PackageDocs::parse(contents, returnPackage);
        if (!records.isOk()) {
            if (records.message().isEmpty())
                std::abort();
            continue;
        }
        // What was accepted is exactly what the package holds: every document's records, every
        // attachment they list with its bytes.
        for (auto it = records->byTable.cbegin(); it != records->byTable.cend(); ++it)
            if (!contents.members.contains(dx::PackageNames::document(it.key())))
                std::abort();
        for (auto it = records->attachmentContent.cbegin(); it != records->attachmentContent.cend(); ++it)
            if (contents.members.value(dx::PackageNames::attachment(it.key())) != it.value())
                std::abort();
    }
    return 0;
}
