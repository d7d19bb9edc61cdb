#pragma once

#include <QByteArray>

namespace dpdesk::SecureRandom {

// Cryptographically secure random bytes from OpenSSL's CSPRNG (RAND_bytes).
// Aborts the process if the CSPRNG cannot deliver: a weak secret is worse
// than no secret.
QByteArray bytes(int count);

// A uniformly distributed integer in [0, bound) without modulo bias.
quint32 uniform(quint32 bound);

} // namespace dpdesk::SecureRandom
