#include "core/crypto/Digest.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace dpdesk::Digest {

namespace {
const EVP_MD *md(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return EVP_sha1();
    case Algorithm::Sha256:
        return EVP_sha256();
    case Algorithm::Sha512:
        return EVP_sha512();
    }
    return EVP_sha256();
}
} // namespace

QByteArray hash(Algorithm algorithm, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &len, md(algorithm), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

QByteArray hmac(Algorithm algorithm, const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(md(algorithm), key.constData(), int(key.size()),
              reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out, &len))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace dpdesk::Digest
