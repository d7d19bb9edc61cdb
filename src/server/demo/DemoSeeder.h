#pragma once

#include "core/Result.h"
#include "core/domain/Enums.h"

#include <QList>
#include <QString>

namespace dpdesk::server {

class AccountService;
class Database;

// Seeds a believable demo office for the README's run command and for
// trying the product: users of every role (their passwords and TOTP secrets
// are returned so the caller can print them once) and applications in every
// checklist state. Does nothing when the office already exists.
class DemoSeeder
{
public:
    struct DemoUser
    {
        QString username;
        QString displayName;
        UserRole role;
        QString password;
        QString totpSecretBase32;
        QString otpauthUri;
    };

    DemoSeeder(Database &db, AccountService &accounts);

    Result<QList<DemoUser>> seed();

    static QString describe(const QList<DemoUser> &users);

private:
    Database &m_db;
    AccountService &m_accounts;
};

} // namespace dpdesk::server
