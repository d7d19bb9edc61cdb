#pragma once

#include "core/Result.h"
#include "core/otp/Totp.h"

#include <QByteArray>
#include <QString>

namespace dpdesk {

// The otpauth:// URI that an authenticator app reads from the enrolment QR
// code (DOMAIN.md A5), in the Google Authenticator "Key Uri Format":
//
//   otpauth://totp/DP%20Desk:jan%40example.nl?secret=JBSWY3DPEHPK3PXP
//       &issuer=DP%20Desk&algorithm=SHA1&digits=6&period=30
//
// The issuer appears both as the label prefix and as the issuer parameter.
// Only TOTP is supported.
struct OtpAuthUri
{
    QString issuer; // e.g. "DP Desk"; may be empty, never contains ':'
    QString account; // e.g. the username; not empty, never contains ':'
    QByteArray secret; // raw bytes, at least 16 (RFC 4226 R6)
    TotpParams params;

    friend bool operator==(const OtpAuthUri &, const OtpAuthUri &) = default;

    // Checks the fields; the errors are those of parse() (otpauth.label,
    // otpauth.secret_invalid, otpauth.digits, otpauth.period).
    Status validate() const;

    // The URI, or the first validation error.
    Result<QString> toUri() const;

    // Reads a URI back. Errors: otpauth.scheme, otpauth.type, otpauth.label,
    // otpauth.parameter, otpauth.secret_missing, otpauth.secret_invalid,
    // otpauth.issuer_mismatch, otpauth.algorithm, otpauth.digits,
    // otpauth.period. Missing algorithm/digits/period take the defaults.
    static Result<OtpAuthUri> parse(const QString &uri);
};

} // namespace dpdesk
