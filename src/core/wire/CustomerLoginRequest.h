#pragma once

#include "core/Result.h"
#include "core/domain/Enums.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace dpdesk {

// The customer's login (C2): {"code": "...", "dateOfBirth": "YYYY-MM-DD"} or
// {"linkToken": "...", "dateOfBirth": "YYYY-MM-DD"}, exactly one of code and
// linkToken. The secret is kept as sent: the server reads it with
// InvitationCode::parse (which forgives case, hyphens and inner spaces) or
// LinkToken::parse. A malformed date is a bad request, not a wrong date of
// birth, so it costs no attempt (C3-C5); any valid date may be compared.
struct CustomerLoginRequest
{
    InvitationKind kind = InvitationKind::Code; // which of code and linkToken was sent
    QString secret;
    QDate dateOfBirth;

    friend bool operator==(const CustomerLoginRequest &, const CustomerLoginRequest &) = default;
};

QJsonObject toJson(const CustomerLoginRequest &request);

// Neither code nor linkToken: json.missing_field on "code"; both:
// json.invalid_value on "linkToken".
Result<CustomerLoginRequest> customerLoginRequestFromJson(const QJsonObject &object);

} // namespace dpdesk
