#pragma once

#include "core/otp/OtpAlgorithm.h"

#include <QByteArray>

namespace dpdesk {

// A fresh shared secret from the CSPRNG, as long as the algorithm's digest
// (20, 32 or 64 bytes for SHA-1/256/512; RFC 4226 R6 asks for >= 128 bits).
QByteArray generateTotpSecret(OtpAlgorithm algorithm = OtpAlgorithm::Sha1);

} // namespace dpdesk
