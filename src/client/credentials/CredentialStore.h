#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace dpdesk::client {

// The tokens of one login. Secrets: never log them, never write them to
// settings files.
struct Tokens
{
    QString accessToken;
    QString refreshToken;

    friend bool operator==(const Tokens &, const Tokens &) = default;
};

// Where the tokens of a user on a server are kept between runs: the
// operating system's keychain in the app (KeychainCredentialStore), memory in
// tests (InMemoryCredentialStore). Operations answer through a callback,
// which may be called before the function returns or later.
class CredentialStore
{
public:
    using Done = std::function<void(const Status &)>;
    using Loaded = std::function<void(const Result<Tokens> &)>; // error "credentials.not_found" when none

    virtual ~CredentialStore() = default;

    virtual void store(const QString &serverUrl, const QString &user, const Tokens &tokens, Done done) = 0;
    virtual void load(const QString &serverUrl, const QString &user, Loaded loaded) = 0;
    virtual void erase(const QString &serverUrl, const QString &user, Done done) = 0;

    // The entry name of a user on a server (the same user on two servers has
    // two entries).
    static QString keyFor(const QString &serverUrl, const QString &user);
    static Error notFound();
};

} // namespace dpdesk::client
