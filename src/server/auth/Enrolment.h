#pragma once

#include <QByteArray>
#include <QString>

namespace dpdesk::server {

// What a new (or reset) office user receives once: a generated password and
// an authenticator-app secret with its otpauth:// URI for the QR code (A5).
// Only hashes and the secret are stored; these values are never logged.
struct Enrolment
{
    QString password; // 16 characters from an unambiguous alphabet, ~90 bits
    QByteArray totpSecret; // raw, 20 bytes (SHA-1, what every authenticator app reads)
    QString totpSecretBase32; // for typing into the app
    QString otpauthUri; // for the QR code

    static Enrolment create(const QString &username);
};

} // namespace dpdesk::server
