#include "server/demo/DemoSeeder.h"

#include "core/crypto/SecureRandom.h"
#include "core/otp/Base32.h"
#include "core/otp/OtpAuthUri.h"
#include "core/otp/TotpSecret.h"
#include "server/auth/AccountService.h"
#include "server/db/Database.h"

#include <QVariant>

namespace dpdesk::server {

namespace {
const QString kOfficeName = QStringLiteral("Van Dijk Financieel Advies");

QString randomPassword()
{
    // 16 characters from an unambiguous alphabet: ~90 bits.
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

DemoSeeder::DemoSeeder(Database &db, AccountService &accounts)
    : m_db(db)
    , m_accounts(accounts)
{ }

Result<QList<DemoSeeder::DemoUser>> DemoSeeder::seed()
{
    QSqlQuery exists = m_db.query(QStringLiteral("SELECT id FROM offices WHERE name = ?"));
    exists.addBindValue(kOfficeName);
    if (exists.exec() && exists.next())
        return QList<DemoUser>{};

    auto office = m_accounts.createOffice(kOfficeName);
    if (!office)
        return office.error();
    // A second office, so isolation is visible in the demo too.
    if (auto other = m_accounts.createOffice(QStringLiteral("Bakker & Zn. Kredietadvies")); !other)
        return other.error();

    QList<DemoUser> users{
        {QStringLiteral("anna"), QStringLiteral("Anna de Vries"), UserRole::Admin, {}, {}, {}},
        {QStringLiteral("bram"), QStringLiteral("Bram Jansen"), UserRole::Advisor, {}, {}, {}},
        {QStringLiteral("carla"), QStringLiteral("Carla Smit"), UserRole::BackOffice, {}, {}, {}},
    };
    for (DemoUser &u : users) {
        const QByteArray secret = generateTotpSecret();
        u.password = randomPassword();
        u.totpSecretBase32 = Base32::encode(secret);
        OtpAuthUri uri;
        uri.issuer = QStringLiteral("DP Desk");
        uri.account = u.username;
        uri.secret = secret;
        u.otpauthUri = uri.toUri().ok() ? uri.toUri().value() : QString();
        AccountService::NewUser nu;
        nu.officeId = office.value();
        nu.username = u.username;
        nu.displayName = u.displayName;
        nu.role = u.role;
        nu.password = u.password;
        nu.totpSecret = secret;
        if (auto id = m_accounts.createUser(nu); !id)
            return id.error();
    }
    return users;
}

QString DemoSeeder::describe(const QList<DemoUser> &users)
{
    QString out = QStringLiteral("Demo office \"%1\" — users (shown once; demo only):\n").arg(kOfficeName);
    for (const DemoUser &u : users) {
        out +=
            QStringLiteral("  %1 (%2, %3)\n    password:    %4\n    TOTP secret: %5\n    otpauth URI: %6\n")
                .arg(u.username, u.displayName, enumToString(u.role), u.password, u.totpSecretBase32,
                     u.otpauthUri);
    }
    return out;
}

} // namespace dpdesk::server
