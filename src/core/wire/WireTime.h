#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace dpdesk {

// Dates and times on the wire.
//
// A date is "YYYY-MM-DD" (a calendar day, no time zone: dates of birth).
// A time is ISO 8601 in UTC with 'Z': written "YYYY-MM-DDTHH:MM:SS.mmmZ",
// read with or without a fraction of 1 to 9 digits (truncated to
// milliseconds). Offsets other than 'Z', lower-case 't'/'z', hour 24 and leap
// seconds are refused.

QString formatWireDate(QDate date);
std::optional<QDate> parseWireDate(QStringView text);

QString formatWireTime(const QDateTime &time);
std::optional<QDateTime> parseWireTime(QStringView text);

} // namespace dpdesk
