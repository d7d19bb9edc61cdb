#include "client/workspace/CachePath.h"

#include "client/credentials/CredentialStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace dpdesk::client {

QString cacheFilePath(const QUrl &serverUrl, const QString &username, const QString &baseDir)
{
    const QString base =
        baseDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : baseDir;
    const QString key = CredentialStore::keyFor(serverUrl.toString(), username.toLower());
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    QDir dir(base);
    dir.mkpath(QStringLiteral("caches"));
    return dir.filePath(QStringLiteral("caches/") + QString::fromLatin1(hash) + QStringLiteral(".sqlite"));
}

} // namespace dpdesk::client
