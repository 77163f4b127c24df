#include "PackageZip.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <unzip.h>
#include <zip.h>

#include <cstring>

namespace dx {

namespace {

// A read-only view of the bytes for minizip's file functions (the stream handle is the view).
struct ByteView
{
    const QByteArray* bytes;
    quint64 pos = 0;
};

voidpf ZCALLBACK viewOpen(voidpf opaque, const void*, int mode)
{
    return (mode & ZLIB_FILEFUNC_MODE_WRITE) ? nullptr : opaque;
}
uLong ZCALLBACK viewRead(voidpf, voidpf stream, void* buf, uLong size)
{
    auto* v = static_cast<ByteView*>(stream);
    const quint64 total = quint64(v->bytes->size());
    const quint64 n = v->pos >= total ? 0 : qMin<quint64>(total - v->pos, size);
    if (n)
        std::memcpy(buf, v->bytes->constData() + v->pos, size_t(n));
    v->pos += n;
    return uLong(n);
}
uLong ZCALLBACK viewWrite(voidpf, voidpf, const void*, uLong) { return 0; }
ZPOS64_T ZCALLBACK viewTell(voidpf, voidpf stream) { return static_cast<ByteView*>(stream)->pos; }
long ZCALLBACK viewSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* v = static_cast<ByteView*>(stream);
    const quint64 total = quint64(v->bytes->size());
    const quint64 base = origin == ZLIB_FILEFUNC_SEEK_CUR ? v->pos : origin == ZLIB_FILEFUNC_SEEK_END ? total : 0;
    if (offset > total || base + offset > total)
        return -1;
    v->pos = base + offset;
    return 0;
}
int ZCALLBACK viewClose(voidpf, voidpf) { return 0; }
int ZCALLBACK viewError(voidpf, voidpf) { return 0; }

QString damaged(const QString& why)
{
    return PackageZip::tr("The package is damaged or incomplete (%1). It may have been cut off while copying; "
                          "ask for it again.").arg(why);
}

} // namespace

Status PackageZip::write(const QString& path, const QVector<ZipMember>& members)
{
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    zipFile zf = zipOpen64(QFile::encodeName(partial).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return Status::error(ErrorCode::Io, tr("The package %1 cannot be written (check the folder and free space).").arg(path));
    bool ok = true;
    for (const ZipMember& m : members) {
        zip_fileinfo info;
        std::memset(&info, 0, sizeof info);
        ok = ok && zipOpenNewFileInZip64(zf, m.name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 1) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zf, m.data.constData(), unsigned(m.data.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zf) == ZIP_OK;
    }
    ok = zipClose(zf, nullptr) == ZIP_OK && ok;
    if (ok && QFileInfo::exists(path))
        ok = QFile::remove(path);
    if (!ok || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Status::error(ErrorCode::Io, tr("The package %1 could not be written completely (disk full?). Nothing was kept.").arg(path));
    }
    return Status::ok();
}

Result<QByteArray> PackageZip::toBytes(const QVector<ZipMember>& members)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("package.zip"));
    if (Status s = write(path, members); !s)
        return s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("The package could not be assembled in the temporary folder: %1").arg(f.errorString()));
    return f.readAll();
}

Result<QVector<ZipMember>> PackageZip::read(const QByteArray& bytes, const PackageLimits& limits)
{
    if (bytes.isEmpty())
        return Status::error(ErrorCode::Validation, tr("The package file is empty."));
    if (bytes.size() > limits.maxPackageBytes)
        return Status::error(ErrorCode::Validation, tr("The package is larger than %1 MB and is refused.").arg(limits.maxPackageBytes >> 20));
    if (!bytes.startsWith("PK"))
        return Status::error(ErrorCode::Validation, tr("This is not a DX Desk field package (not a zip file)."));
    ByteView view{&bytes};
    zlib_filefunc64_def io;
    io.zopen64_file = &viewOpen;
    io.zread_file = &viewRead;
    io.zwrite_file = &viewWrite;
    io.ztell64_file = &viewTell;
    io.zseek64_file = &viewSeek;
    io.zclose_file = &viewClose;
    io.zerror_file = &viewError;
    io.opaque = &view;
    unzFile unz = unzOpen2_64("package", &io);
    if (!unz)
        return Status::error(ErrorCode::Validation, damaged(tr("its table of contents cannot be read")));
    struct Closer { unzFile u; ~Closer() { unzClose(u); } } closer{unz};

    QVector<ZipMember> out;
    QSet<QString> seen;
    qint64 total = 0;
    for (int rc = unzGoToFirstFile(unz); rc != UNZ_END_OF_LIST_OF_FILE; rc = unzGoToNextFile(unz)) {
        if (rc != UNZ_OK)
            return Status::error(ErrorCode::Validation, damaged(tr("its table of contents is broken")));
        if (out.size() >= limits.maxMembers)
            return Status::error(ErrorCode::Validation, tr("The package has more than %1 files and is refused.").arg(limits.maxMembers));
        unz_file_info64 info;
        char name[1024];
        if (unzGetCurrentFileInfo64(unz, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK || info.size_filename >= sizeof name)
            return Status::error(ErrorCode::Validation, damaged(tr("a file name cannot be read")));
        ZipMember m{QString::fromUtf8(name, int(info.size_filename)), {}};
        if (seen.contains(m.name))
            return Status::error(ErrorCode::Validation, tr("The package holds the file %1 twice and is refused.").arg(m.name));
        seen.insert(m.name);
        if (info.flag & 1)
            return Status::error(ErrorCode::Validation, tr("The package holds an encrypted file (%1) and is refused.").arg(m.name));
        if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
            return Status::error(ErrorCode::Validation, damaged(tr("unknown compression in %1").arg(m.name)));
        const bool bomb = info.uncompressed_size > (quint64(1) << 20)
            && double(info.uncompressed_size) > double(info.compressed_size) * limits.maxRatio;
        if (info.uncompressed_size > quint64(limits.maxMemberBytes) || bomb
            || total + qint64(info.uncompressed_size) > limits.maxTotalBytes)
            return Status::error(ErrorCode::Validation, tr("The file %1 in the package would unpack to more than the limit and is refused.").arg(m.name));
        total += qint64(info.uncompressed_size);
        if (unzOpenCurrentFile(unz) != UNZ_OK)
            return Status::error(ErrorCode::Validation, damaged(tr("%1 cannot be opened").arg(m.name)));
        m.data.resize(qsizetype(info.uncompressed_size));
        const int n = info.uncompressed_size ? unzReadCurrentFile(unz, m.data.data(), unsigned(info.uncompressed_size)) : 0;
        // One byte more must be end of data, else the header lied about the size.
        char extra;
        const int more = unzReadCurrentFile(unz, &extra, 1);
        const int closed = unzCloseCurrentFile(unz);
        if (n < 0 || quint64(n) != info.uncompressed_size || more != 0 || closed != UNZ_OK)
            return Status::error(ErrorCode::Validation, damaged(tr("%1 fails its checksum").arg(m.name)));
        out.push_back(std::move(m));
    }
    if (out.isEmpty())
        return Status::error(ErrorCode::Validation, tr("The package holds no files."));
    return out;
}

} // namespace dx
