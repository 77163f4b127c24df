#pragma once

#include "PackageRepository.h"
#include "PackageDocuments.h"
#include "PackageZip.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace dx {

class Database;

struct PackageExportOptions
{
    QString providerCode;         // credit code of the provider the package is for
    QStringList enterpriseCodes;  // empty: the enterprises assigned to the provider
    QDate expiresOn;              // invalid: 30 days from today
    QString bureauName;           // empty: the name in Settings (or "Bureau")
};

struct PackageExportResult
{
    QString packageId;
    QString providerName;
    QDate expiresOn;
    int enterprises = 0, diagnoses = 0, projects = 0, attachments = 0;
    QString bureauFingerprint;
    qint64 bytes = 0;
};

// The bureau's side going out: a provider's assigned enterprises with their diagnoses, open
// projects, the evidence of those diagnoses, the index versions in use and the clusters, signed
// with the bureau's key, plus the key the provider signs its return with. What left is kept as
// the base of the later merge, in the same transaction as the file is written.
class PackageExport
{
    Q_DECLARE_TR_FUNCTIONS(dx::PackageExport)

public:
    static Result<PackageExportResult> run(const Database& db, const PackageExportOptions& options, const QString& outPath);

    // This bureau's signing key, made on first use (its owner is the bureau's id).
    static Result<PackageKey> bureauKey(const Database& db, const QString& name = QString());
    // The index definitions shipped with the application, by "id-version" (the exact bytes).
    static QHash<QString, QByteArray> shippedIndexFiles();
};

} // namespace dx
