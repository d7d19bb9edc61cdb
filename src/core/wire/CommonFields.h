#pragma once

#include "core/wire/FieldReader.h"
#include "core/wire/WireLimits.h"

#include <QDate>
#include <QJsonValue>
#include <QString>

namespace dpdesk {

// The text rules and checks that several decoders share.

inline constexpr TextRule kIdRule{TextKind::Token, wire_limits::kIdLength};
inline constexpr TextRule kNameRule{TextKind::Line, wire_limits::kNameLength};
inline constexpr TextRule kReferenceRule{TextKind::Line, wire_limits::kReferenceLength};
inline constexpr TextRule kEmailRule{TextKind::Line, wire_limits::kEmailLength};
inline constexpr TextRule kPhoneRule{TextKind::Line, wire_limits::kPhoneLength};
inline constexpr TextRule kIbanRule{TextKind::Token, wire_limits::kIbanLength};
inline constexpr TextRule kFreeTextRule{TextKind::Text, wire_limits::kTextLength};

// Shape checks on a value already read from key; each records
// json.invalid_value on key and does nothing for an empty value (not set, or
// already refused).
void checkEmail(FieldReader &reader, QStringView key, const QString &value);
void checkPhone(FieldReader &reader, QStringView key, const QString &value);
// The normalized shape only (TextShapes.h). Iban::parse (core/iban) should
// replace this check once it is in place, for the mod-97 check digits and
// the per-country length (errors iban.*).
void checkIban(FieldReader &reader, QStringView key, const QString &value);

// A date of birth in a request: from kEarliestBirthYear up to yesterday
// (json.out_of_range), and an adult on today (applicant.too_young, Age.h).
// Does nothing for an invalid date (not set, or already refused).
void checkDateOfBirth(FieldReader &reader, QStringView key, QDate dateOfBirth, QDate today);

// null for an empty string: how "not set" is written.
QJsonValue nullIfEmpty(const QString &value);

} // namespace dpdesk
