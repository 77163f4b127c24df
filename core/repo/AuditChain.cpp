#include "AuditChain.h"

#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>
#include <charconv>
#include <sodium.h>

namespace dx {

namespace {

// Builds canonical encodings into buffers kept per thread: verifying a province's millions of
// rows would otherwise spend most of its time allocating (a dozen buffers per row).
class Encoder
{
public:
    Encoder() { [[maybe_unused]] const int ready = sodium_init(); }   // thread-safe; SHA-256 needs nothing of it

    const QByteArray& encode(const AuditChainRow& row)
    {
        m_out.resize(0);   // keeps the capacity
        m_out.append("dxaudit1\n");
        integer(row.id);
        text(row.uuid);
        text(row.at);
        text(row.user);
        text(row.table);
        integer(row.recordId);
        text(row.recordUuid);
        text(row.action);
        text(row.changes);
        text(row.prevHash);
        return m_out;
    }

    // The hex SHA-256 of encode(row) into `hex` (64 characters). libsodium's SHA-256 (already
    // linked for the field packages' signatures) hashes these short rows in about half the time
    // of QCryptographicHash's: every audit row of an import is hashed as it is written, and
    // verifying walks them all.
    void hash(const AuditChainRow& row, char* hex)
    {
        const QByteArray& bytes = encode(row);
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.constData()), quint64(bytes.size()));
        static const char digits[] = "0123456789abcdef";
        for (size_t i = 0; i < sizeof digest; ++i) {
            hex[2 * i] = digits[(uchar(digest[i]) >> 4) & 0xF];
            hex[2 * i + 1] = digits[uchar(digest[i]) & 0xF];
        }
    }

private:
    void field(const char* bytes, qsizetype size)
    {
        char length[24];
        const auto end = std::to_chars(length, length + sizeof length, size).ptr;
        m_out.append(length, end - length);
        m_out.append(':');
        m_out.append(bytes, size);
        m_out.append('\n');
    }
    void integer(qint64 n)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        field(digits, end - digits);
    }
    void text(QStringView s)
    {
        m_scratch.resize(s.size() * 3 + 1);
        const char* end = m_utf8.appendToBuffer(m_scratch.data(), s);
        field(m_scratch.constData(), end - m_scratch.constData());
    }

    QByteArray m_out;
    QByteArray m_scratch;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
};

Encoder& encoder()
{
    thread_local Encoder e;
    return e;
}

constexpr int kHexSize = 64;

} // namespace

QByteArray AuditChain::canonical(const AuditChainRow& row)
{
    return encoder().encode(row);
}

QString AuditChain::hashOf(const AuditChainRow& row)
{
    char hex[kHexSize];
    encoder().hash(row, hex);
    return QString::fromLatin1(hex, kHexSize);
}

bool AuditChain::matches(const AuditChainRow& row)
{
    char hex[kHexSize];
    encoder().hash(row, hex);
    return QLatin1String(hex, kHexSize) == row.hash;
}

QString AuditChain::selectColumns()
{
    return QStringLiteral("id, uuid, at, user_name, table_name, record_id, record_uuid, action, changes, prev_hash, hash");
}

AuditChainRow AuditChain::rowFrom(const QSqlQuery& q)
{
    AuditChainRow r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.at = q.value(2).toString();
    r.user = q.value(3).toString();
    r.table = q.value(4).toString();
    r.recordId = q.value(5).toLongLong();
    r.recordUuid = q.value(6).toString();
    r.action = q.value(7).toString();
    r.changes = q.value(8).toString();
    r.prevHash = q.value(9).toString();
    r.hash = q.value(10).toString();
    return r;
}

} // namespace dx
