#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <functional>

namespace dx {

// Limits that keep a hostile archive from exhausting memory or time (zip bombs).
struct ZipLimits
{
    qint64 maxEntryBytes = qint64(256) << 20;   // an entry may unpack to at most this many bytes
    double maxRatio = 200;                      // unpacked : packed, checked for entries over…
    qint64 ratioCheckFrom = qint64(16) << 20;   // …this size, so small, very regular parts pass
};

// Read-only access to the entries of a zip archive through minizip. Internal to XlsxReader:
// messages speak of a workbook. The archive is opened from a file (never written) or from
// bytes in memory (for fuzzing and tests).
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(dx::XlsxReader)

public:
    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // `displayName` names the workbook in messages (usually the file name).
    Status openFile(const QString& path, const QString& displayName);
    Status openBytes(const QByteArray& bytes, const QString& displayName);

    bool contains(const QString& entry);
    // Streams one entry through `consume`. Damage found by the zip layer (a CRC mismatch, data
    // that does not inflate, an entry over the limits) is reported in preference to what
    // `consume` says, since it is usually the cause. A missing entry gives ErrorCode::NotFound.
    // `progress`, when set, is told the bytes unpacked so far and the entry's size; returning
    // false stops the read with ErrorCode::Cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Status read(const QString& entry, const ZipLimits& limits, const std::function<Status(QIODevice&)>& consume,
                const Progress& progress = {});

    const QString& displayName() const { return m_displayName; }

private:
    Status openFailed(const QByteArray& head);

    void* m_unz = nullptr;   // unzFile
    QByteArray m_bytes;      // backing store of openBytes
    qint64 m_position = 0;   // read position of the memory IO
    QString m_displayName;

    friend struct ZipMemoryIo;
};

} // namespace dx
