#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

// RFC 4648 section 6 base32 (alphabet A-Z 2-7), the encoding of TOTP secrets
// in otpauth:// URIs and in "type this key by hand" fallbacks.
namespace dpdesk::Base32 {

// Upper-case, without '=' padding (the form authenticator apps expect).
QString encode(const QByteArray &data);

// Forgiving decode: accepts lower case, whitespace anywhere (secrets are often
// shown in groups of four) and optional trailing '=' padding. Refuses
// characters outside the alphabet ("base32.invalid_character"), '=' before
// the end ("base32.invalid_padding") and lengths no encoder can produce
// ("base32.invalid_length"). Unused trailing bits are ignored.
Result<QByteArray> decode(QStringView text);

} // namespace dpdesk::Base32
