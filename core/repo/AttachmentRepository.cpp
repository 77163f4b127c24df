#include "AttachmentRepository.h"
#include "util/Uuid.h"

#include "AuditRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace dx {

QString AttachmentRepository::sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Result<Attachment> AttachmentRepository::add(const QString& ownerTable, qint64 ownerId, const QString& filePath, const QString& kind,
                                             qint64 maxBytes) const
{
    static const QStringList owners = {QStringLiteral("projects"), QStringLiteral("diagnoses")};
    if (!owners.contains(ownerTable))
        return Status::error(ErrorCode::Validation, tr("Documents can be attached to projects and diagnoses only."));
    QSqlQuery owner(m_db.connection());
    owner.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(ownerTable));
    owner.addBindValue(ownerId);
    if (!owner.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(owner.lastError()));
    if (!owner.next())
        return Status::error(ErrorCode::NotFound, tr("The record to attach the document to (id %1) does not exist.").arg(ownerId));
    const QString ownerUuid = owner.value(0).toString();
    const QFileInfo info(filePath);
    if (!info.exists() || !info.isFile())
        return Status::error(ErrorCode::Io, tr("The file %1 does not exist.").arg(filePath));
    if (info.size() > maxBytes)
        return Status::error(ErrorCode::Validation, tr("%1 is %2 MB; documents larger than %3 MB are not stored. "
                                                       "Reduce the file (e.g. scan at a lower resolution) and attach it again.")
                                                        .arg(info.fileName())
                                                        .arg(double(info.size()) / 1048576.0, 0, 'f', 1)
                                                        .arg(double(maxBytes) / 1048576.0, 0, 'f', 0));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("The file %1 cannot be read: %2").arg(filePath, file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError || data.size() != info.size())
        return Status::error(ErrorCode::Io, tr("The file %1 could not be read completely.").arg(filePath));
    if (data.isEmpty())
        return Status::error(ErrorCode::Validation, tr("The file %1 is empty.").arg(info.fileName()));

    Attachment a;
    a.ownerTable = ownerTable;
    a.ownerId = ownerId;
    a.fileName = info.fileName();
    a.kind = kind.isEmpty() ? QStringLiteral("other") : kind;
    a.size = data.size();
    a.sha256 = sha256Hex(data);
    a.addedAt = m_db.nowIso();
    a.addedBy = m_db.user();
    const QString uuid = newUuid();
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO attachments (uuid, created_at, updated_at, updated_by, owner_table, owner_id, file_name, "
                             "kind, size_bytes, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{uuid, a.addedAt, a.addedAt, a.addedBy, a.ownerTable, a.ownerId, a.fileName, a.kind, a.size,
                                          a.sha256, data})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not store the document: %1").arg(sqlErrorText(q.lastError())));
    a.id = q.lastInsertId().toLongLong();
    // The owner's history shows the document; the attachment row has its own creation record.
    Status s = AuditRepository(m_db).record(conn, ownerTable, ownerId, ownerUuid, QStringLiteral("attach"),
                                            QJsonObject{{QStringLiteral("file"), a.fileName},
                                                        {QStringLiteral("sha256"), a.sha256},
                                                        {QStringLiteral("size"), a.size}});
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return a;
}

Result<QVector<Attachment>> AttachmentRepository::list(const QString& ownerTable, qint64 ownerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, file_name, kind, size_bytes, sha256, created_at, updated_by FROM attachments "
                             "WHERE owner_table = ? AND owner_id = ? ORDER BY id"));
    q.addBindValue(ownerTable);
    q.addBindValue(ownerId);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<Attachment> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), ownerTable, ownerId, q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

Result<QByteArray> AttachmentRepository::content(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT content, sha256, file_name FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    if (!q.next())
        return Status::error(ErrorCode::NotFound, tr("The document (id %1) does not exist.").arg(id));
    const QByteArray data = q.value(0).toByteArray();
    if (sha256Hex(data) != q.value(1).toString())
        return Status::error(ErrorCode::Validation, tr("The stored document %1 does not match its SHA-256 any more; it was damaged. "
                                                       "Restore the database from a backup.")
                                                        .arg(q.value(2).toString()));
    return data;
}

Status AttachmentRepository::exportTo(qint64 id, const QString& path) const
{
    auto data = content(id);
    if (!data)
        return data.status();
    QSaveFile out(path);   // written completely or not at all
    if (!out.open(QIODevice::WriteOnly) || out.write(data.value()) != data->size() || !out.commit())
        return Status::error(ErrorCode::Io, tr("Could not write %1: %2").arg(path, out.errorString()));
    return Status::ok();
}

} // namespace dx
