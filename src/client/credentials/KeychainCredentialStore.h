#pragma once

#include "client/credentials/CredentialStore.h"

#include <QObject>
#include <QPointer>

namespace dpdesk::client {

// Keeps tokens in the operating system's keychain through QtKeychain (macOS
// Keychain, Windows Credential Manager, Secret Service on Linux), never in
// settings files. One entry per server and user, under the service name
// "DP Desk"; both tokens in one small JSON blob (well under the 2.5 KB limit
// of a Windows credential, so no chunking is needed). Answers arrive later,
// on the event loop; none after the store is gone. Tested by hand only.
class KeychainCredentialStore final : public QObject, public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("DP Desk"), QObject *parent = nullptr);

    void store(const QString &serverUrl, const QString &user, const Tokens &tokens, Done done) override;
    void load(const QString &serverUrl, const QString &user, Loaded loaded) override;
    void erase(const QString &serverUrl, const QString &user, Done done) override;

private:
    QString m_service;
};

} // namespace dpdesk::client
