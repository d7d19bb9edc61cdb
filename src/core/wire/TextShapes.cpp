#include "core/wire/TextShapes.h"

#include <QList>

namespace dpdesk {

namespace {

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isUpperOrDigit(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || isAsciiDigit(c);
}

bool isLocalPartChar(char16_t c)
{
    if (c <= u' ' || c >= 0x7F)
        return false;
    return !QStringView(u"\"()<>[]\\,;:@").contains(QChar(c));
}

bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    for (const QChar c : label) {
        if (!isAsciiLetter(c.unicode()) && !isAsciiDigit(c.unicode()) && c != u'-')
            return false;
    }
    return true;
}

} // namespace

bool isEmailShape(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at < 1 || at > 64 || text.lastIndexOf(u'@') != at)
        return false;
    const QStringView local = text.first(at);
    const QStringView domain = text.sliced(at + 1);
    if (local.front() == u'.' || local.back() == u'.' || local.contains(u".."))
        return false;
    for (const QChar c : local) {
        if (!isLocalPartChar(c.unicode()))
            return false;
    }
    const auto labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QStringView label : labels) {
        if (!isDomainLabel(label))
            return false;
    }
    const QStringView tld = labels.back();
    if (tld.size() < 2)
        return false;
    for (const QChar c : tld) {
        if (!isAsciiLetter(c.unicode()))
            return false;
    }
    return true;
}

bool isPhoneShape(QStringView text)
{
    int digitCount = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isAsciiDigit(c))
            ++digitCount;
        else if (c == u'+' && i == 0)
            continue;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')')
            return false;
    }
    return digitCount >= 6 && digitCount <= 15;
}

bool isIbanShape(QStringView text)
{
    if (text.size() < 15 || text.size() > 34)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool ok = i < 2 ? (c >= u'A' && c <= u'Z') : i < 4 ? isAsciiDigit(c) : isUpperOrDigit(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace dpdesk
