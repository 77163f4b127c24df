#pragma once

#include "PackageFile.h"
#include "PackageRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QVector>

namespace dx {

// The records of a verified package, every document checked against RecordSchema before any
// of it is written: shapes and types, references that resolve inside the package (or, for a
// return, to records the bureau sent), attachments whose bytes match their size and SHA-256.
struct PackageRecords
{
    QHash<QString, QVector<QJsonObject>> byTable;
    QHash<QString, QByteArray> attachmentContent;   // by attachment uuid
};

namespace PackageDocs {

QByteArray document(const QString& table, const QVector<QJsonObject>& records);
QVector<PackageBase> basesOf(const QVector<QJsonObject>& records);
QString expiredMessage(const QDate& expiresOn);

// `known`: uuids per table that references may also point to (the bureau's bases on import).
Result<PackageRecords> parse(const PackageContents& contents, bool returnPackage,
                             const QHash<QString, QSet<QString>>& known = {});

} // namespace PackageDocs
} // namespace dx
