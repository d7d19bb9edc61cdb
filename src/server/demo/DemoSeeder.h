#pragma once

#include "core/Result.h"
#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dpdesk {
class Clock;
class SecretHasher;
} // namespace dpdesk

namespace dpdesk::server {

class AccountService;
class ApplicationStore;
class AuditLog;
class ChangeLog;
class Database;

// Seeds a believable demo for the README's run command and for trying the
// product: two offices, users of every role (their passwords and TOTP
// secrets are returned so the caller can print them once) and about fifty
// applications in every checklist state (the table is in DemoScenarios.h),
// written through the server's own stores in one transaction, with a
// changes-feed row and an audit trail for each. Does nothing when the demo
// office already exists.
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
        QString officeName;
    };

    // One applicant's invitation code, kept so that a person trying the
    // demo can log in as a customer. Demo only: a real code is shown once.
    struct DemoCustomer
    {
        QString fullName;
        QString reference;
        QString code; // formatted, e.g. K7QM-2XD9-3
        QDate dateOfBirth;
    };

    struct Seeded
    {
        QList<DemoUser> users;
        std::optional<DemoCustomer> customer;
        int applications = 0;

        // Nothing was seeded (the demo office was already there).
        bool isEmpty() const { return users.isEmpty(); }
    };

    DemoSeeder(Database &db, AccountService &accounts, ApplicationStore &applications, ChangeLog &changes,
               AuditLog &audit, const SecretHasher &hasher, const Clock &clock);

    Result<Seeded> seed();

    static QString describe(const Seeded &seeded);

private:
    Database &m_db;
    AccountService &m_accounts;
    ApplicationStore &m_applications;
    ChangeLog &m_changes;
    AuditLog &m_audit;
    const SecretHasher &m_hasher;
    const Clock &m_clock;
};

} // namespace dpdesk::server
