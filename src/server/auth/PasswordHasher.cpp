#include "server/auth/PasswordHasher.h"

#include "core/crypto/Digest.h"
#include "core/crypto/SecureRandom.h"

#include <QStringList>

#include <openssl/evp.h>

namespace dpdesk::server {

namespace {
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
constexpr int MaxIterations = 10'000'000;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray pw = password.toUtf8();
    QByteArray out(KeyBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                          iterations, EVP_sha256(), KeyBytes, reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return {};
    return out;
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

bool parse(const QString &stored, Parsed *p)
{
    const QStringList parts = stored.split('$');
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    p->iterations = parts.at(1).toInt(&ok);
    if (!ok || p->iterations < 1 || p->iterations > MaxIterations)
        return false;
    p->salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    p->key = QByteArray::fromBase64(parts.at(3).toLatin1());
    return p->salt.size() >= 8 && p->key.size() == KeyBytes;
}
} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(iterations)
{ }

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray salt = SecureRandom::bytes(SaltBytes);
    const QByteArray key = derive(password, salt, m_iterations);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(m_iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    Parsed p;
    if (!parse(stored, &p))
        return false;
    return Digest::constantTimeEquals(derive(password, p.salt, p.iterations), p.key);
}

bool PasswordHasher::needsRehash(const QString &stored) const
{
    Parsed p;
    return !parse(stored, &p) || p.iterations < m_iterations;
}

} // namespace dpdesk::server
