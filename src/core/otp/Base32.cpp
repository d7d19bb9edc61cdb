#include "core/otp/Base32.h"

namespace dpdesk::Base32 {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// The 5-bit value of a base32 character, or -1.
int valueOf(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}
} // namespace

QString encode(const QByteArray &data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

Result<QByteArray> decode(QStringView text)
{
    QByteArray out;
    out.reserve(int(text.size() * 5 / 8));
    quint32 buffer = 0;
    int bits = 0;
    qsizetype symbols = 0;
    bool inPadding = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isSpace(c))
            continue;
        if (c == u'=') {
            inPadding = true;
            continue;
        }
        if (inPadding)
            return Error{QStringLiteral("base32.invalid_padding"),
                         QStringLiteral("Padding '=' may only appear at the end."),
                         {}};
        const int v = valueOf(c);
        if (v < 0)
            return Error{QStringLiteral("base32.invalid_character"),
                         QStringLiteral("'%1' is not a base32 character (A-Z, 2-7).").arg(qc),
                         {}};
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    // A final group of 8 symbols carries 5 bytes; 2, 4, 5 or 7 trailing
    // symbols carry 1-4 bytes. 1, 3 or 6 trailing symbols cannot occur.
    const qsizetype rest = symbols % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return Error{QStringLiteral("base32.invalid_length"),
                     QStringLiteral("The text has a length no base32 encoder produces."),
                     {}};
    return out;
}

} // namespace dpdesk::Base32
