#include "core/domain/Age.h"

namespace dpdesk {

int ageOn(QDate dateOfBirth, QDate day)
{
    if (!dateOfBirth.isValid() || !day.isValid() || day < dateOfBirth)
        return -1;
    int age = day.year() - dateOfBirth.year();
    // Birthday in day's year; 29 February moves to 1 March in other years.
    QDate birthday(day.year(), dateOfBirth.month(), dateOfBirth.day());
    if (!birthday.isValid())
        birthday = QDate(day.year(), 3, 1);
    if (day < birthday)
        --age;
    return age;
}

bool isAdultOn(QDate dateOfBirth, QDate day)
{
    return ageOn(dateOfBirth, day) >= kMinimumApplicantAge;
}

} // namespace dpdesk
