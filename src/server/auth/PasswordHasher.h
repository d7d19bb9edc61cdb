#pragma once

#include <QByteArray>
#include <QString>

namespace dpdesk::server {

// Password hashing with PBKDF2-HMAC-SHA256 (OpenSSL) at the OWASP 2023
// strength of 600,000 iterations, a 16-byte random salt and a 32-byte key.
// The stored form names its parameters, so the strength can be raised later
// and old hashes still verify:  pbkdf2-sha256$600000$<salt b64>$<hash b64>
class PasswordHasher
{
public:
    static constexpr int DefaultIterations = 600'000;

    explicit PasswordHasher(int iterations = DefaultIterations);

    QString hash(const QString &password) const;
    static bool verify(const QString &password, const QString &stored);
    // True when the stored hash is weaker than this hasher would make it.
    bool needsRehash(const QString &stored) const;

private:
    int m_iterations;
};

} // namespace dpdesk::server
