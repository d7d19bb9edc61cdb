#include "client/credentials/KeychainCredentialStore.h"

#include "client/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace dpdesk::client {

namespace {

Error keychainError(const QKeychain::Job *job)
{
    // The error text of the platform never contains the secret; log only the code.
    qCWarning(lcCredentials) << "keychain operation failed:" << int(job->error());
    return Error{
        QStringLiteral("credentials.keychain"),
        QObject::tr("The login could not be kept in the system keychain: %1").arg(job->errorString()),
        {}};
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void KeychainCredentialStore::store(const QString &serverUrl, const QString &user, const Tokens &tokens,
                                    Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(serverUrl, user));
    job->setBinaryData(QJsonDocument(QJsonObject{{QStringLiteral("accessToken"), tokens.accessToken},
                                                 {QStringLiteral("refreshToken"), tokens.refreshToken}})
                           .toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        if (done)
            done(finished->error() == QKeychain::NoError ? Status::success()
                                                         : Status(keychainError(finished)));
    });
    job->start();
}

void KeychainCredentialStore::load(const QString &serverUrl, const QString &user, Loaded loaded)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(serverUrl, user));
    connect(job, &QKeychain::Job::finished, this, [job, loaded = std::move(loaded)](QKeychain::Job *) {
        if (!loaded)
            return;
        if (job->error() == QKeychain::EntryNotFound) {
            loaded(notFound());
            return;
        }
        if (job->error() != QKeychain::NoError) {
            loaded(keychainError(job));
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(job->binaryData()).object();
        Tokens tokens{object.value(QLatin1String("accessToken")).toString(),
                      object.value(QLatin1String("refreshToken")).toString()};
        if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty())
            loaded(notFound());
        else
            loaded(tokens);
    });
    job->start();
}

void KeychainCredentialStore::erase(const QString &serverUrl, const QString &user, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(serverUrl, user));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        if (!done)
            return;
        const auto error = finished->error();
        done(error == QKeychain::NoError || error == QKeychain::EntryNotFound
                 ? Status::success()
                 : Status(keychainError(finished)));
    });
    job->start();
}

} // namespace dpdesk::client
