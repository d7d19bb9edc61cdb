#include "core/otp/Totp.h"

#include "core/crypto/Digest.h"
#include "core/otp/Hotp.h"

#include <algorithm>

namespace dpdesk {

namespace {
constexpr int kMaxWindow = 10;

bool isWellFormedCode(const QString &code, int digits)
{
    if (code.size() != digits)
        return false;
    return std::all_of(code.cbegin(), code.cend(),
                       [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
}
} // namespace

bool isValid(const TotpParams &params)
{
    return (params.digits == 6 || params.digits == 8) && params.periodSecs > 0;
}

qint64 totpStep(qint64 unixSecs, int periodSecs)
{
    if (periodSecs <= 0)
        return -1;
    qint64 step = unixSecs / periodSecs;
    if (unixSecs % periodSecs != 0 && unixSecs < 0)
        --step; // floor, not truncation towards zero
    return step;
}

QString totpForStep(const QByteArray &secret, qint64 step, const TotpParams &params)
{
    if (!isValid(params) || step < 0)
        return {};
    return hotp(secret, quint64(step), params.algorithm, params.digits);
}

QString totp(const QByteArray &secret, qint64 unixSecs, const TotpParams &params)
{
    if (!isValid(params))
        return {};
    return totpForStep(secret, totpStep(unixSecs, params.periodSecs), params);
}

std::optional<qint64> verifyTotp(const QByteArray &secret, const QString &code, qint64 unixSecs,
                                 const TotpParams &params, std::optional<qint64> lastUsedStep, int window)
{
    if (!isValid(params) || !isWellFormedCode(code, params.digits))
        return std::nullopt;

    window = std::clamp(window, 0, kMaxWindow);
    const qint64 current = totpStep(unixSecs, params.periodSecs);
    const QByteArray typed = code.toLatin1();

    // Every candidate step is computed and compared, matched or not, so the
    // time taken does not tell which step matched.
    std::optional<qint64> matched;
    for (qint64 step = current - window; step <= current + window; ++step) {
        if (step < 0)
            continue;
        if (lastUsedStep && step <= *lastUsedStep)
            continue;
        const QByteArray expected = totpForStep(secret, step, params).toLatin1();
        if (Digest::constantTimeEquals(typed, expected) && !matched)
            matched = step;
    }
    return matched;
}

} // namespace dpdesk
