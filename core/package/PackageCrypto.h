#pragma once

#include <QByteArray>
#include <QString>

namespace dx {

// An Ed25519 key pair as libsodium lays it out (32-byte public key, 64-byte secret key).
struct SigningKeys
{
    QByteArray publicKey;
    QByteArray secretKey;
    bool isValid() const;
};

// The few libsodium calls packages need: key pairs, detached Ed25519 signatures, SHA-256.
// Thin on purpose — every cryptographic step is libsodium's, none is ours.
namespace PackageCrypto {

bool available();   // sodium_init() succeeded (called once, thread-safe in libsodium)
SigningKeys generateKeys();
QByteArray sign(const QByteArray& message, const QByteArray& secretKey);   // 64 bytes, empty on failure
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);
QString sha256Hex(const QByteArray& data);
// A short form of a public key people can compare by eye or over the phone ("3F2A-…").
QString fingerprint(const QByteArray& publicKey);

} // namespace PackageCrypto
} // namespace dx
