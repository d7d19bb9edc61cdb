#pragma once

#include "core/otp/OtpAlgorithm.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dpdesk {

// RFC 6238 TOTP parameters. The defaults are what every authenticator app
// assumes (DOMAIN.md A5: a 6-digit code that changes every 30 seconds).
struct TotpParams
{
    OtpAlgorithm algorithm = OtpAlgorithm::Sha1;
    int digits = 6;
    int periodSecs = 30;

    friend bool operator==(const TotpParams &, const TotpParams &) = default;
};

// digits is 6 or 8 and periodSecs is positive.
bool isValid(const TotpParams &params);

// The time step T = floor(unixSecs / periodSecs) (T0 = 0). Negative for
// times before the epoch; -1 for a non-positive period.
qint64 totpStep(qint64 unixSecs, int periodSecs);

// The code of a given step. Empty for invalid params or a negative step.
QString totpForStep(const QByteArray &secret, qint64 step, const TotpParams &params);

// The code at a moment: totpForStep(secret, totpStep(unixSecs, period), params).
QString totp(const QByteArray &secret, qint64 unixSecs, const TotpParams &params = {});

// Checks a typed code against steps t-window .. t+window around unixSecs
// (window is clamped to 0..10) and returns the matched step. A step must be
// greater than lastUsedStep: the caller stores the returned step and passes
// it next time, so a code is accepted once and never an older one after it
// (RFC 6238 section 5.2). Codes of the wrong length or with anything but the
// digits 0-9 are refused before any HMAC is computed. Comparison is constant
// time.
std::optional<qint64> verifyTotp(const QByteArray &secret, const QString &code, qint64 unixSecs,
                                 const TotpParams &params, std::optional<qint64> lastUsedStep,
                                 int window = 1);

} // namespace dpdesk
