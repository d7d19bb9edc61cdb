#include "support/Accounts.h"

#include "core/otp/Totp.h"
#include "core/otp/TotpSecret.h"
#include "server/auth/AccountService.h"

namespace dpdesk::test {

qint64 createOffice(ServerFixture &f, const QString &name)
{
    return f.server().accounts().createOffice(name).value();
}

TestUser createUser(ServerFixture &f, qint64 officeId, const QString &username, UserRole role)
{
    TestUser u;
    u.officeId = officeId;
    u.username = username;
    u.password = QStringLiteral("correct horse ") + username;
    u.totpSecret = generateTotpSecret();
    server::AccountService::NewUser nu;
    nu.officeId = officeId;
    nu.username = username;
    nu.displayName = username.toUpper();
    nu.role = role;
    nu.password = u.password;
    nu.totpSecret = u.totpSecret;
    u.id = f.server().accounts().createUser(nu).value();
    return u;
}

QString currentCode(ServerFixture &f, const TestUser &user)
{
    return totp(user.totpSecret, f.clock().nowSecs());
}

QString loginToken(ServerFixture &f, TestHttp &http, const TestUser &user)
{
    f.clock().advanceSecs(30);
    const auto r = http.post("/api/v1/auth/login",
                             QJsonObject{{"username", user.username},
                                         {"password", user.password},
                                         {"code", currentCode(f, user)}});
    return r.status == 200 ? r.json().value("accessToken").toString() : QString();
}

} // namespace dpdesk::test
