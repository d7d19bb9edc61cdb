#include "client/credentials/CredentialStore.h"

#include "client/credentials/InMemoryCredentialStore.h"

#include <QUrl>

namespace dpdesk::client {

QString CredentialStore::keyFor(const QString &serverUrl, const QString &user)
{
    // Normalize the server so "https://Host/" and "https://host" share an entry.
    QString server = QUrl(serverUrl).adjusted(QUrl::NormalizePathSegments).toString().toLower();
    while (server.endsWith(u'/'))
        server.chop(1);
    return server + QLatin1Char('|') + user;
}

Error CredentialStore::notFound()
{
    return Error{
        QStringLiteral("credentials.not_found"), QStringLiteral("No stored login for this user."), {}};
}

void InMemoryCredentialStore::store(const QString &serverUrl, const QString &user, const Tokens &tokens,
                                    Done done)
{
    m_entries.insert(keyFor(serverUrl, user), tokens);
    if (done)
        done(Status::success());
}

void InMemoryCredentialStore::load(const QString &serverUrl, const QString &user, Loaded loaded)
{
    const auto it = m_entries.constFind(keyFor(serverUrl, user));
    if (!loaded)
        return;
    if (it == m_entries.constEnd())
        loaded(notFound());
    else
        loaded(*it);
}

void InMemoryCredentialStore::erase(const QString &serverUrl, const QString &user, Done done)
{
    m_entries.remove(keyFor(serverUrl, user));
    if (done)
        done(Status::success());
}

} // namespace dpdesk::client
