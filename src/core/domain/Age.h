#pragma once

#include <QDate>

namespace dpdesk {

// Consumer credit is for adults only (assumed: the lender's minimum age).
inline constexpr int kMinimumApplicantAge = 18;

// Age in whole years on a day. Someone born on 29 February turns a year older
// on 1 March in a year without 29 February (the Dutch practice). Returns -1
// when a date is invalid or the birth is after that day.
int ageOn(QDate dateOfBirth, QDate day);

// dateOfBirth is a valid day in the past and the person is at least
// kMinimumApplicantAge on day.
bool isAdultOn(QDate dateOfBirth, QDate day);

} // namespace dpdesk
