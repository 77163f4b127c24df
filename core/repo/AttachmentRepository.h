#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace dx {

class Database;

// Evidence documents (contracts, invoices, payment proofs, site photos, signed forms) kept in
// the database itself, so a copy of the file carries them and nothing is lost with a folder.
struct Attachment
{
    qint64 id = 0;
    QString ownerTable;   // "projects", "diagnoses"
    qint64 ownerId = 0;
    QString fileName;
    QString kind;         // contract, invoice, payment, photo, acceptance, other
    qint64 size = 0;
    QString sha256;       // hex
    QString addedAt;
    QString addedBy;
};

class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(dx::AttachmentRepository)

public:
    explicit AttachmentRepository(const Database& db) : m_db(db) {}

    // Reads the file, refuses it if unreadable, empty or over maxBytes, and stores it with its
    // SHA-256 in one transaction (audited).
    Result<Attachment> add(const QString& ownerTable, qint64 ownerId, const QString& filePath, const QString& kind,
                           qint64 maxBytes) const;
    Result<QVector<Attachment>> list(const QString& ownerTable, qint64 ownerId) const;
    // The stored bytes, checked against the stored SHA-256 (a mismatch is an error, not data).
    Result<QByteArray> content(qint64 id) const;
    // Writes the content to a file (for the system viewer or a copy), verified.
    Status exportTo(qint64 id, const QString& path) const;

    static QString sha256Hex(const QByteArray& data);

private:
    const Database& m_db;
};

} // namespace dx
