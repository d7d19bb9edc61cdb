#include "core/otp/TotpSecret.h"

#include "core/crypto/SecureRandom.h"

namespace dpdesk {

QByteArray generateTotpSecret(OtpAlgorithm algorithm)
{
    return SecureRandom::bytes(otpSecretLength(algorithm));
}

} // namespace dpdesk
