#include "core/invitation/LinkToken.h"

#include "core/crypto/SecureRandom.h"

#include <QHashFunctions>

namespace dpdesk {

namespace {

constexpr auto Encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isUrlSafeBase64(QChar ch)
{
    const char16_t u = ch.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
}

Error formatError()
{
    return Error{QStringLiteral("link_token.format"),
                 QStringLiteral("This invitation link is incomplete or damaged. "
                                "Open the link from the invitation again, or ask for a new invitation."),
                 QStringLiteral("token")};
}

} // namespace

LinkToken LinkToken::generate()
{
    return LinkToken(SecureRandom::bytes(Bytes));
}

Result<LinkToken> LinkToken::parse(const QString &text)
{
    if (text.size() != Length)
        return formatError();
    for (const QChar ch : text) {
        if (!isUrlSafeBase64(ch))
            return formatError();
    }
    const QByteArray ascii = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(ascii, Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != Bytes)
        return formatError();
    // 43 characters carry 258 bits; the last 2 must be zero, so that a token
    // has exactly one spelling (and one hash).
    if (decoded.decoded.toBase64(Encoding) != ascii)
        return formatError();
    return LinkToken(std::move(decoded.decoded));
}

QString LinkToken::toString() const
{
    return QString::fromLatin1(m_bytes.toBase64(Encoding));
}

size_t qHash(const LinkToken &token, size_t seed) noexcept
{
    return ::qHash(token.bytes(), seed);
}

} // namespace dpdesk
