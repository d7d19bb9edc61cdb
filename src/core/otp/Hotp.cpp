#include "core/otp/Hotp.h"

#include "core/crypto/Digest.h"

namespace dpdesk {

namespace {
Digest::Algorithm digestAlgorithm(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return Digest::Algorithm::Sha1;
    case OtpAlgorithm::Sha256:
        return Digest::Algorithm::Sha256;
    case OtpAlgorithm::Sha512:
        return Digest::Algorithm::Sha512;
    }
    return Digest::Algorithm::Sha1;
}
} // namespace

QString hotp(const QByteArray &secret, quint64 counter, OtpAlgorithm algorithm, int digits)
{
    if (digits != 6 && digits != 8)
        return {};

    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = char(counter & 0xff);
        counter >>= 8;
    }

    const QByteArray mac = Digest::hmac(digestAlgorithm(algorithm), secret, message);
    if (mac.size() < 20)
        return {};

    // Dynamic truncation (RFC 4226 section 5.3).
    const int offset = quint8(mac.at(mac.size() - 1)) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24)
        | (quint32(quint8(mac.at(offset + 1))) << 16) | (quint32(quint8(mac.at(offset + 2))) << 8)
        | quint32(quint8(mac.at(offset + 3)));

    const quint32 modulus = digits == 8 ? 100'000'000u : 1'000'000u;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

} // namespace dpdesk
