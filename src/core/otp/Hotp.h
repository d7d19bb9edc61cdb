#pragma once

#include "core/otp/OtpAlgorithm.h"

#include <QByteArray>
#include <QString>

namespace dpdesk {

// RFC 4226 HOTP: HMAC(secret, 8-byte big-endian counter), dynamic truncation
// to 31 bits, modulo 10^digits, zero-padded. digits must be 6 or 8; any other
// value yields an empty string.
QString hotp(const QByteArray &secret, quint64 counter, OtpAlgorithm algorithm, int digits);

} // namespace dpdesk
