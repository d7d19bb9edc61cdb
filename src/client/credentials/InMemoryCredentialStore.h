#pragma once

#include "client/credentials/CredentialStore.h"

#include <QHash>

namespace dpdesk::client {

// Keeps tokens in memory only (tests, or a session that must not persist
// anything). Calls back before returning.
class InMemoryCredentialStore final : public CredentialStore
{
public:
    void store(const QString &serverUrl, const QString &user, const Tokens &tokens, Done done) override;
    void load(const QString &serverUrl, const QString &user, Loaded loaded) override;
    void erase(const QString &serverUrl, const QString &user, Done done) override;

    int size() const { return int(m_entries.size()); }

private:
    QHash<QString, Tokens> m_entries;
};

} // namespace dpdesk::client
