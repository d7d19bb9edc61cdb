#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <utility>

namespace dpdesk {

// The secret in an invitation link (rule C1): 32 bytes (256 bits) from the
// CSPRNG, written as URL-safe base64 without padding, so exactly 43
// characters from A-Z a-z 0-9 - _ that need no escaping in a URL.
//
// With a link the customer only gives the date of birth (C2), so the token
// alone must be unguessable; 256 bits is well above the 128 required.
// The server never stores a token, only SecretHasher::hash() of it, and
// compares hashes (SecretHasher::matches), never tokens with operator==.
class LinkToken
{
public:
    static constexpr int Bytes = 32;
    static constexpr int Length = 43; // ceil(32 * 8 / 6)

    static LinkToken generate();

    // Accepts exactly one spelling per token: 43 characters of the URL-safe
    // base64 alphabet, no padding, no whitespace, and the unused low bits of
    // the last character zero. Otherwise link_token.format (field "token").
    static Result<LinkToken> parse(const QString &text);

    // The 43-character form used in links and hashed for storage.
    QString toString() const;
    // The 32 raw bytes.
    QByteArray bytes() const { return m_bytes; }

    friend bool operator==(const LinkToken &, const LinkToken &) = default;

private:
    explicit LinkToken(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }

    QByteArray m_bytes;
};

size_t qHash(const LinkToken &token, size_t seed = 0) noexcept;

} // namespace dpdesk
