#include "server/auth/Enrolment.h"

#include "core/crypto/SecureRandom.h"
#include "core/otp/Base32.h"
#include "core/otp/OtpAuthUri.h"
#include "core/otp/TotpSecret.h"

namespace dpdesk::server {

namespace {
QString randomPassword()
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 16; ++i) {
        if (i && i % 4 == 0)
            out += '-';
        out += QLatin1Char(alphabet[SecureRandom::uniform(sizeof alphabet - 1)]);
    }
    return out;
}
} // namespace

Enrolment Enrolment::create(const QString &username)
{
    Enrolment e;
    e.password = randomPassword();
    e.totpSecret = generateTotpSecret();
    e.totpSecretBase32 = Base32::encode(e.totpSecret);
    OtpAuthUri uri;
    uri.issuer = QStringLiteral("DP Desk");
    uri.account = username;
    uri.secret = e.totpSecret;
    const auto text = uri.toUri();
    e.otpauthUri = text.ok() ? text.value() : QString();
    return e;
}

} // namespace dpdesk::server
