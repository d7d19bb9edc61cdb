#pragma once

#include <QByteArray>

namespace dpdesk::Digest {

enum class Algorithm { Sha1, Sha256, Sha512 };

QByteArray hash(Algorithm algorithm, const QByteArray &data);
QByteArray hmac(Algorithm algorithm, const QByteArray &key, const QByteArray &data);

inline QByteArray sha256(const QByteArray &data)
{
    return hash(Algorithm::Sha256, data);
}
inline QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    return hmac(Algorithm::Sha256, key, data);
}

// Compares two byte strings in time independent of where they differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace dpdesk::Digest
