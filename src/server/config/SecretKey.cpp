#include "server/config/SecretKey.h"

#include "core/crypto/SecureRandom.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace dpdesk::server {

Result<QByteArray> loadOrCreateSecretKey(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{"config.secret_key", QStringLiteral("Cannot read the secret key file."),
                         "secret-key-file"};
        const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
        if (key.size() < 32)
            return Error{"config.secret_key",
                         QStringLiteral("The secret key file is damaged (need 32 bytes, base64)."),
                         "secret-key-file"};
        return key;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray key = SecureRandom::bytes(32);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{"config.secret_key", QStringLiteral("Cannot create the secret key file."),
                     "secret-key-file"};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(key.toBase64() + '\n');
    if (!out.commit())
        return Error{"config.secret_key", QStringLiteral("Cannot write the secret key file."),
                     "secret-key-file"};
    return key;
}

} // namespace dpdesk::server
