#include "exchange/ZipArchive.h"

#include <QFile>
#include <QFileInfo>

#include <unzip.h>

#include <cstring>

namespace dx {

// minizip's IO callbacks over the bytes of ZipArchive::m_bytes (opaque is the archive).
struct ZipMemoryIo
{
    static voidpf ZCALLBACK open(voidpf opaque, const void*, int mode)
    {
        if (mode & ZLIB_FILEFUNC_MODE_WRITE)
            return nullptr;
        static_cast<ZipArchive*>(opaque)->m_position = 0;
        return opaque;
    }
    static uLong ZCALLBACK read(voidpf opaque, voidpf, void* buf, uLong size)
    {
        auto* z = static_cast<ZipArchive*>(opaque);
        const qint64 n = qMin<qint64>(z->m_bytes.size() - z->m_position, qint64(size));
        if (n <= 0)
            return 0;
        std::memcpy(buf, z->m_bytes.constData() + z->m_position, size_t(n));
        z->m_position += n;
        return uLong(n);
    }
    static uLong ZCALLBACK write(voidpf, voidpf, const void*, uLong) { return 0; }
    static ZPOS64_T ZCALLBACK tell(voidpf opaque, voidpf) { return ZPOS64_T(static_cast<ZipArchive*>(opaque)->m_position); }
    static long ZCALLBACK seek(voidpf opaque, voidpf, ZPOS64_T offset, int origin)
    {
        auto* z = static_cast<ZipArchive*>(opaque);
        const quint64 size = quint64(z->m_bytes.size());
        quint64 base = 0;
        if (origin == ZLIB_FILEFUNC_SEEK_CUR)
            base = quint64(z->m_position);
        else if (origin == ZLIB_FILEFUNC_SEEK_END)
            base = size;
        else if (origin != ZLIB_FILEFUNC_SEEK_SET)
            return -1;
        if (offset > size || base + offset > size)
            return -1;
        z->m_position = qint64(base + offset);
        return 0;
    }
    static int ZCALLBACK close(voidpf, voidpf) { return 0; }
    static int ZCALLBACK error(voidpf, voidpf) { return 0; }
};

namespace {

// One entry, inflated on demand, as a sequential device for QXmlStreamReader. It stops with an
// error instead of handing out more than the limits allow.
class EntryDevice : public QIODevice
{
public:
    enum class Failure { None, Inflate, TooLarge, Ratio, Cancelled };

    EntryDevice(unzFile unz, const ZipLimits& limits, quint64 packed, quint64 size, const ZipArchive::Progress& progress)
        : m_unz(unz), m_limits(limits), m_packed(packed), m_size(size), m_progress(progress)
    {
    }
    bool isSequential() const override { return true; }
    Failure failure() const { return m_failure; }
    qint64 unpacked() const { return m_total; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_failure != Failure::None)
            return -1;
        const int n = unzReadCurrentFile(m_unz, data, unsigned(qMin<qint64>(maxSize, 1 << 20)));
        if (n < 0) {
            m_failure = Failure::Inflate;
            return -1;
        }
        m_total += n;
        if (m_total > m_limits.maxEntryBytes)
            m_failure = Failure::TooLarge;
        else if (m_total > m_limits.ratioCheckFrom && double(m_total) > double(m_packed) * m_limits.maxRatio)
            m_failure = Failure::Ratio;
        else if (m_progress && !m_progress(m_total, qint64(m_size)))
            m_failure = Failure::Cancelled;
        return m_failure == Failure::None ? n : -1;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    unzFile m_unz;
    ZipLimits m_limits;
    quint64 m_packed;
    quint64 m_size;
    const ZipArchive::Progress& m_progress;
    qint64 m_total = 0;
    Failure m_failure = Failure::None;
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes < (qint64(10) << 20) ? 1 : 0);
}

} // namespace

ZipArchive::~ZipArchive()
{
    if (m_unz)
        unzClose(static_cast<unzFile>(m_unz));
}

Status ZipArchive::openFile(const QString& path, const QString& displayName)
{
    m_displayName = displayName;
    const QFileInfo info(path);
    if (!info.exists())
        return Status::error(ErrorCode::Io, tr("The file %1 does not exist.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return Status::error(ErrorCode::Io, tr("The file %1 cannot be read (it is a folder or you lack permission).").arg(path));
    m_unz = unzOpen64(QFile::encodeName(path).constData());
    if (m_unz)
        return Status::ok();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("The file %1 cannot be opened: %2").arg(path, f.errorString()));
    return openFailed(f.read(512));
}

Status ZipArchive::openBytes(const QByteArray& bytes, const QString& displayName)
{
    m_displayName = displayName;
    m_bytes = bytes;
    zlib_filefunc64_def io;
    io.zopen64_file = &ZipMemoryIo::open;
    io.zread_file = &ZipMemoryIo::read;
    io.zwrite_file = &ZipMemoryIo::write;
    io.ztell64_file = &ZipMemoryIo::tell;
    io.zseek64_file = &ZipMemoryIo::seek;
    io.zclose_file = &ZipMemoryIo::close;
    io.zerror_file = &ZipMemoryIo::error;
    io.opaque = this;
    m_unz = unzOpen2_64("memory", &io);
    return m_unz ? Status::ok() : openFailed(bytes.left(512));
}

// Says what the file is instead, when it is not a zip archive.
Status ZipArchive::openFailed(const QByteArray& head)
{
    if (head.isEmpty())
        return Status::error(ErrorCode::Validation, tr("Not an Excel .xlsx file: %1 is empty.").arg(m_displayName));
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return Status::error(ErrorCode::Validation,
                             tr("%1 is an old Excel .xls workbook or a password-protected workbook. Open it in Excel and "
                                "save it as an Excel workbook (.xlsx) without a password.").arg(m_displayName));
    if (head.startsWith("PK"))
        return Status::error(ErrorCode::Validation,
                             tr("%1 is a damaged or incomplete .xlsx file: its zip directory cannot be read. It may have "
                                "been cut off while copying or downloading.").arg(m_displayName));
    if (!head.contains('\0'))
        return Status::error(ErrorCode::Validation,
                             tr("Not an Excel .xlsx file: %1 is a text file. If it is a CSV file, import it as CSV.").arg(m_displayName));
    return Status::error(ErrorCode::Validation,
                         tr("Not an Excel .xlsx file: %1 is not a zip archive, which every .xlsx workbook is.").arg(m_displayName));
}

bool ZipArchive::contains(const QString& entry)
{
    return m_unz && unzLocateFile(static_cast<unzFile>(m_unz), entry.toUtf8().constData(), 2) == UNZ_OK;
}

Status ZipArchive::read(const QString& entry, const ZipLimits& limits, const std::function<Status(QIODevice&)>& consume,
                        const Progress& progress)
{
    auto* unz = static_cast<unzFile>(m_unz);
    if (!unz || unzLocateFile(unz, entry.toUtf8().constData(), 2) != UNZ_OK)
        return Status::error(ErrorCode::NotFound, tr("The workbook %1 has no part %2.").arg(m_displayName, entry));
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(unz, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return Status::error(ErrorCode::Validation, tr("The workbook %1 is damaged: the entry of part %2 cannot be read.").arg(m_displayName, entry));
    if (info.flag & 1)
        return Status::error(ErrorCode::Validation,
                             tr("The workbook %1 is password-protected (part %2 is encrypted). Save it without a password first.").arg(m_displayName, entry));
    if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
        return Status::error(ErrorCode::Validation,
                             tr("The workbook %1 uses a compression method (%2) that is not supported, in part %3.")
                                 .arg(m_displayName).arg(info.compression_method).arg(entry));
    const auto bombMessage = [&] {
        return Status::error(ErrorCode::Validation,
                             tr("The workbook %1 is refused: its part %2 would unpack to far more data than it holds "
                                "(over %3 to 1). Such files are built to exhaust memory (a \"zip bomb\").")
                                 .arg(m_displayName, entry).arg(limits.maxRatio));
    };
    const auto tooLargeMessage = [&] {
        return Status::error(ErrorCode::Validation,
                             tr("The workbook %1 is too large to import: its part %2 unpacks to more than %3 MB.")
                                 .arg(m_displayName, entry, megabytes(limits.maxEntryBytes)));
    };
    if (info.uncompressed_size > quint64(limits.maxEntryBytes))
        return tooLargeMessage();
    if (info.uncompressed_size > quint64(limits.ratioCheckFrom)
        && double(info.uncompressed_size) > double(info.compressed_size) * limits.maxRatio)
        return bombMessage();
    if (unzOpenCurrentFile(unz) != UNZ_OK)
        return Status::error(ErrorCode::Validation, tr("The workbook %1 is damaged: part %2 cannot be opened.").arg(m_displayName, entry));

    EntryDevice device(unz, limits, info.compressed_size, info.uncompressed_size, progress);
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const Status consumed = consume(device);
    // Read what the consumer left so the CRC of the whole entry is checked.
    char rest[16384];
    while (device.failure() == EntryDevice::Failure::None && device.read(rest, sizeof rest) > 0) {
    }
    const int closed = unzCloseCurrentFile(unz);
    switch (device.failure()) {
    case EntryDevice::Failure::Cancelled:
        return Status::error(ErrorCode::Cancelled, tr("Reading the workbook %1 was cancelled.").arg(m_displayName));
    case EntryDevice::Failure::TooLarge:
        return tooLargeMessage();
    case EntryDevice::Failure::Ratio:
        return bombMessage();
    case EntryDevice::Failure::Inflate:
        return Status::error(ErrorCode::Validation,
                             tr("The workbook %1 is damaged: the data of part %2 cannot be unpacked.").arg(m_displayName, entry));
    case EntryDevice::Failure::None:
        break;
    }
    // Inflate can stop early on damaged data without an error; the CRC is then never checked.
    if (closed == UNZ_CRCERROR || quint64(device.unpacked()) != info.uncompressed_size)
        return Status::error(ErrorCode::Validation,
                             tr("The workbook %1 is damaged: part %2 fails its checksum (CRC).").arg(m_displayName, entry));
    if (closed != UNZ_OK)
        return Status::error(ErrorCode::Validation, tr("The workbook %1 is damaged: part %2 ends unexpectedly.").arg(m_displayName, entry));
    return consumed;
}

} // namespace dx
