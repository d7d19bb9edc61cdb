#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dpdesk {

// The HMAC hash behind an HOTP/TOTP code (RFC 4226, RFC 6238). SHA-1 is the
// default every authenticator app understands; SHA-256/512 are RFC 6238
// options that not all apps honour.
enum class OtpAlgorithm { Sha1, Sha256, Sha512 };

// "SHA1", "SHA256", "SHA512": the spelling used in otpauth:// URIs.
QString otpAlgorithmName(OtpAlgorithm algorithm);

// The inverse of otpAlgorithmName(), case-insensitive; nullopt if unknown.
std::optional<OtpAlgorithm> otpAlgorithmFromName(QStringView name);

// The recommended secret length in bytes: the digest size (20, 32, 64).
int otpSecretLength(OtpAlgorithm algorithm);

} // namespace dpdesk
