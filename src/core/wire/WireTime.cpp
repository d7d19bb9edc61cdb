#include "core/wire/WireTime.h"

#include <algorithm>

namespace dpdesk {

namespace {

// The number in text[from, from + length), or -1 when any is not a digit.
int digits(QStringView text, qsizetype from, qsizetype length)
{
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString formatWireDate(QDate date)
{
    return QString::asprintf("%04d-%02d-%02d", date.year(), date.month(), date.day());
}

std::optional<QDate> parseWireDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 1 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString formatWireTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(), t.hour(),
                             t.minute(), t.second(), t.msec());
}

std::optional<QDateTime> parseWireTime(QStringView text)
{
    // 2026-11-12T14:03:00Z is 20 characters; a fraction adds '.' and 1-9 digits.
    if (text.size() < 20 || text.back() != u'Z' || text[10] != u'T' || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const std::optional<QDate> date = parseWireDate(text.first(10));
    if (!date)
        return std::nullopt;
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (hour < 0 || minute < 0 || second < 0)
        return std::nullopt;

    int msec = 0;
    const qsizetype fractionLength = text.size() - 21; // between '.' and 'Z'
    if (text.size() != 20) {
        if (text[19] != u'.' || fractionLength < 1 || fractionLength > 9)
            return std::nullopt;
        if (digits(text, 20, fractionLength) < 0)
            return std::nullopt;
        const qsizetype msDigits = std::min<qsizetype>(fractionLength, 3);
        msec = digits(text, 20, msDigits);
        for (qsizetype i = msDigits; i < 3; ++i)
            msec *= 10;
    }
    const QTime time(hour, minute, second, msec);
    if (!time.isValid())
        return std::nullopt;
    return QDateTime(*date, time, Qt::UTC);
}

} // namespace dpdesk
