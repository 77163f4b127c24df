#pragma once

#include <QByteArray>
#include <QString>

class QSqlQuery;

namespace dx {

// One audit row as stored, with the fields its hash covers (schema step 8, AuditChainSchema).
struct AuditChainRow
{
    qint64 id = 0;
    QString uuid;
    QString at;
    QString user;
    QString table;
    qint64 recordId = 0;
    QString recordUuid;
    QString action;
    QString changes;   // the JSON text exactly as stored, never re-serialised
    QString prevHash;
    QString hash;
};

// The hash chain of the audit log. Each row's hash is SHA-256 (hex) over a canonical encoding
// of its content and the previous row's hash, so changing, deleting or inserting a row breaks
// the chain from there on. No SQL here: AuditRepository writes and walks the chain, the
// migration chains the rows older than the chain.
namespace AuditChain {

// prev_hash of the first row: the chain starts from nothing (an empty text, never NULL).
inline QString genesis() { return QString::fromLatin1(""); }

// The encoding hashed, documented for inspectors who recompute it from an export:
//   "dxaudit1\n" then, for each of id, uuid, at, user, table, record id, record uuid, action,
//   changes, prev_hash: the UTF-8 byte length in decimal, ':', the UTF-8 bytes, '\n'
//   (numbers in decimal ASCII). The lengths make field boundaries unambiguous.
QByteArray canonical(const AuditChainRow& row);
QString hashOf(const AuditChainRow& row);   // lower-case hex SHA-256 of canonical(row)
bool matches(const AuditChainRow& row);     // row.hash == hashOf(row), without allocating

// The columns rowFrom() reads, in its order, for SELECTs over audit_log.
QString selectColumns();
AuditChainRow rowFrom(const QSqlQuery& q);

} // namespace AuditChain

} // namespace dx
