#include "PackageCrypto.h"

#include <QStringList>

#include <sodium.h>

namespace dx {

bool SigningKeys::isValid() const
{
    return publicKey.size() == int(crypto_sign_PUBLICKEYBYTES) && secretKey.size() == int(crypto_sign_SECRETKEYBYTES);
}

namespace PackageCrypto {

bool available()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SigningKeys generateKeys()
{
    SigningKeys keys;
    if (!available())
        return keys;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.publicKey.data()),
                        reinterpret_cast<unsigned char*>(keys.secretKey.data()));
    return keys;
}

QByteArray sign(const QByteArray& message, const QByteArray& secretKey)
{
    if (!available() || secretKey.size() != int(crypto_sign_SECRETKEYBYTES))
        return {};
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return signature;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    if (!available() || signature.size() != int(crypto_sign_BYTES) || publicKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData()))
        == 0;
}

QString sha256Hex(const QByteArray& data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    if (!available())
        return {};
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.constData()), quint64(data.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

QString fingerprint(const QByteArray& publicKey)
{
    unsigned char digest[10];
    if (!available())
        return {};
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       quint64(publicKey.size()), nullptr, 0);
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex()).toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

} // namespace PackageCrypto
} // namespace dx
