#pragma once

#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace dx {

// The manifest of a field package: who made it for whom, when it stops being valid, and the
// size and SHA-256 of every other member. The signature (manifest.sig, Ed25519) covers the
// manifest's exact bytes, so it covers every member through their hashes.
struct PackageManifest
{
    enum class Kind { Field, Return };   // bureau → provider, provider → bureau

    static constexpr int FormatVersion = 1;
    static const QString& fileName();        // "manifest.json"
    static const QString& signatureName();   // "manifest.sig"

    struct Content
    {
        QString name;
        qint64 size = 0;
        QString sha256;
    };

    int format = FormatVersion;
    Kind kind = Kind::Field;
    QString packageId;          // uuid of this package
    QString sourcePackageId;    // a return package: the field package it answers
    QString bureauId;
    QString bureauName;
    QString providerCode;       // credit code of the provider
    QString providerName;
    QString createdAt;          // ISO UTC
    QDate expiresOn;
    QString signerKey;          // base64 Ed25519 public key of the signer
    QVector<Content> contents;

    QByteArray toJson() const;
    static Result<PackageManifest> fromJson(const QByteArray& json);
    static QString kindName(Kind kind);
};

namespace PackageNames {

// Members are only ever documents/<name>.json, indices/<id>-<version>.json or
// attachments/<uuid>: plain ASCII names, so nothing can point outside the package (../,
// absolute paths, drive letters, backslashes) whatever a later reader does with them.
bool isAllowedMember(const QString& name);
// A file name shown and saved on this machine: no folders, no "..", no control characters.
bool isSafeFileName(const QString& name);
QString document(const QString& table);       // "documents/<table>.json"
QString attachment(const QString& uuid);      // "attachments/<uuid>"

} // namespace PackageNames
} // namespace dx
