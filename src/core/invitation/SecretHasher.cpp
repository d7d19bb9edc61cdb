#include "core/invitation/SecretHasher.h"

#include "core/crypto/Digest.h"
#include "core/invitation/InvitationCode.h"
#include "core/invitation/LinkToken.h"

#include <QString>

#include <cstdlib>

namespace dpdesk {

namespace {

QByteArray prefix(SecretHasher::Domain domain)
{
    switch (domain) {
    case SecretHasher::Domain::InvitationCode:
        return QByteArrayLiteral("code:");
    case SecretHasher::Domain::LinkToken:
        return QByteArrayLiteral("link:");
    }
    std::abort();
}

} // namespace

SecretHasher::SecretHasher(QByteArray key)
    : m_key(std::move(key))
{
    if (m_key.isEmpty())
        std::abort();
}

QByteArray SecretHasher::hashText(Domain domain, QStringView text) const
{
    return Digest::hmacSha256(m_key, prefix(domain) + text.toUtf8()).toHex();
}

QByteArray SecretHasher::hash(const InvitationCode &code) const
{
    return hashText(Domain::InvitationCode, code.canonical());
}

QByteArray SecretHasher::hash(const LinkToken &token) const
{
    return hashText(Domain::LinkToken, token.toString());
}

bool SecretHasher::matches(const QByteArray &storedHex, const InvitationCode &candidate) const
{
    return Digest::constantTimeEquals(storedHex, hash(candidate));
}

bool SecretHasher::matches(const QByteArray &storedHex, const LinkToken &candidate) const
{
    return Digest::constantTimeEquals(storedHex, hash(candidate));
}

} // namespace dpdesk
