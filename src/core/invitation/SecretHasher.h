#pragma once

#include <QByteArray>
#include <QStringView>

namespace dpdesk {

class InvitationCode;
class LinkToken;

// Turns invitation secrets into what the server stores: the server keeps only
// hashes, never a code or a link token.
//
// Why keyed (HMAC-SHA256 with a server-side key, a "pepper") and not a plain
// hash: an invitation code has only 40 bits, about 1.1e12 values. Whoever
// steals the database could hash every possible code offline, which takes
// minutes on a single GPU at ~1e10 SHA-256 per second, and a salt does not
// help because every stored hash is then cracked in the same minutes. The
// attempt limit of C4/C5 only protects the login form, not a stolen copy. With
// a key that lives outside the database (configuration or secret store), the
// stolen hashes are useless without the key. Link tokens have 256 bits and
// would be safe unkeyed, but share the scheme so there is one way to do it.
//
// Domain separation: the HMAC input is "code:" + canonical code or "link:" +
// token, so a code and a link token can never produce the same hash.
//
// The key must be high-entropy (use SecureRandom::bytes(32)) and must not be
// empty; an empty key aborts the process, as a silent weak hash is worse than
// no service. Changing the key invalidates every outstanding invitation.
class SecretHasher
{
public:
    enum class Domain { InvitationCode, LinkToken };

    explicit SecretHasher(QByteArray key);

    // HMAC-SHA256 as 64 lower-case hex characters.
    QByteArray hash(const InvitationCode &code) const;
    QByteArray hash(const LinkToken &token) const;
    // The primitive behind hash(): HMAC-SHA256(key, prefix(domain) + UTF-8 text), hex.
    QByteArray hashText(Domain domain, QStringView text) const;

    // Whether candidate hashes to storedHex (as produced by hash()), compared
    // in constant time.
    bool matches(const QByteArray &storedHex, const InvitationCode &candidate) const;
    bool matches(const QByteArray &storedHex, const LinkToken &candidate) const;

private:
    QByteArray m_key;
};

} // namespace dpdesk
