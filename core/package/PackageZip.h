#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace dx {

struct ZipMember
{
    QString name;
    QByteArray data;
};

// Bounds on what a package may unpack to, so a hostile file cannot exhaust memory or time.
struct PackageLimits
{
    qint64 maxPackageBytes = qint64(256) << 20;   // the file itself
    qint64 maxMemberBytes = qint64(64) << 20;     // one member unpacked
    qint64 maxTotalBytes = qint64(512) << 20;     // all members unpacked
    int maxMembers = 20000;
    double maxRatio = 200;                        // unpacked : packed, for members over 1 MB
};

// The zip layer of field packages (minizip). Writing goes to a temporary file beside the
// target, renamed over it only when complete, so an interrupted export leaves no half package.
// Reading takes the whole file in memory (packages are bounded by PackageLimits) and returns
// every member, refusing damage, encryption, duplicates and anything over the limits.
class PackageZip
{
    Q_DECLARE_TR_FUNCTIONS(dx::PackageZip)

public:
    static Status write(const QString& path, const QVector<ZipMember>& members);
    static Result<QByteArray> toBytes(const QVector<ZipMember>& members);
    static Result<QVector<ZipMember>> read(const QByteArray& bytes, const PackageLimits& limits);
};

} // namespace dx
