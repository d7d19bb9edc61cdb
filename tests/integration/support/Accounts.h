#pragma once

#include "core/domain/Enums.h"

#include "support/ServerFixture.h"

namespace dpdesk::test {

// A user created directly through the account service, with what a test
// needs to log in as them.
struct TestUser
{
    qint64 id = 0;
    qint64 officeId = 0;
    QString username;
    QString password;
    QByteArray totpSecret;
};

qint64 createOffice(ServerFixture &f, const QString &name);
TestUser createUser(ServerFixture &f, qint64 officeId, const QString &username, UserRole role);
// The current TOTP code of the user at the fixture's clock.
QString currentCode(ServerFixture &f, const TestUser &user);
// Logs in (advancing the clock one TOTP step first, so codes never repeat)
// and returns the access token, or an empty string.
QString loginToken(ServerFixture &f, TestHttp &http, const TestUser &user);

} // namespace dpdesk::test
