#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

namespace dx {

class Database;

struct FieldOpenResult
{
    QString packageId;
    QString bureauName;
    QString bureauFingerprint;   // to compare with the bureau by phone: the package is trusted on first use
    QString providerName;
    QDate expiresOn;
    int enterprises = 0, diagnoses = 0, projects = 0, attachments = 0;
};

struct FieldReturnResult
{
    QString packageId;
    int enterprises = 0, diagnoses = 0, attachments = 0;   // changed or new
    int notReturned = 0;   // changes to projects or providers (and their evidence), which a return does not carry
    qint64 bytes = 0;
};

// The provider's laptop ("field mode"): a field database made from one package, and the return
// package of what changed there since.
class FieldPackage
{
    Q_DECLARE_TR_FUNCTIONS(dx::FieldPackage)

public:
    // Verifies the package completely, then creates `fieldDbPath` (which must not exist) holding
    // its records with their uuids and versions. On any failure no file is left behind.
    // `bureauFingerprint`, when given (as the bureau told it), pins the key the package must be
    // signed with; without it the key the package names is trusted on first use.
    static Result<FieldOpenResult> open(const QString& packagePath, const QString& fieldDbPath, const QDate& today,
                                        const QString& bureauFingerprint = QString());
    // Whether `db` was made from a field package (the window shows "field mode").
    static bool isFieldDatabase(const Database& db);
    // Every record created or changed since the package, signed with the provider's key.
    static Result<FieldReturnResult> exportReturn(const Database& db, const QString& outPath);
};

} // namespace dx
