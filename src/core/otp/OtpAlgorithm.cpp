#include "core/otp/OtpAlgorithm.h"

namespace dpdesk {

QString otpAlgorithmName(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return QStringLiteral("SHA1");
    case OtpAlgorithm::Sha256:
        return QStringLiteral("SHA256");
    case OtpAlgorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    return QStringLiteral("SHA1");
}

std::optional<OtpAlgorithm> otpAlgorithmFromName(QStringView name)
{
    for (const OtpAlgorithm a : {OtpAlgorithm::Sha1, OtpAlgorithm::Sha256, OtpAlgorithm::Sha512}) {
        if (name.compare(otpAlgorithmName(a), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

int otpSecretLength(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return 20;
    case OtpAlgorithm::Sha256:
        return 32;
    case OtpAlgorithm::Sha512:
        return 64;
    }
    return 20;
}

} // namespace dpdesk
