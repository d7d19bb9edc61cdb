#include "core/crypto/SecureRandom.h"

#include <cstdlib>
#include <limits>
#include <openssl/rand.h>

namespace dpdesk::SecureRandom {

QByteArray bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        std::abort();
    return out;
}

quint32 uniform(quint32 bound)
{
    if (bound <= 1)
        return 0;
    // Reject the top slice that would bias the modulo.
    const quint32 limit = std::numeric_limits<quint32>::max() - (std::numeric_limits<quint32>::max() % bound);
    for (;;) {
        quint32 v = 0;
        const QByteArray b = bytes(sizeof v);
        memcpy(&v, b.constData(), sizeof v);
        if (v < limit)
            return v % bound;
    }
}

} // namespace dpdesk::SecureRandom
