#include "core/wire/NewApplicationRequest.h"

#include "core/domain/Application.h"
#include "core/wire/CommonFields.h"
#include "core/wire/WireTime.h"

#include <QJsonArray>

namespace dpdesk {

QJsonObject toJson(const NewApplicationRequest &request)
{
    QJsonArray applicants;
    for (const NewApplicantRequest &applicant : request.applicants) {
        applicants.append(QJsonObject{
            {QStringLiteral("fullName"), applicant.fullName},
            {QStringLiteral("dateOfBirth"), formatWireDate(applicant.dateOfBirth)},
            {QStringLiteral("email"), applicant.email},
            {QStringLiteral("phone"), nullIfEmpty(applicant.phone)},
        });
    }
    return QJsonObject{
        {QStringLiteral("reference"), request.reference},
        {QStringLiteral("loanAmountCents"), request.loanAmountCents},
        {QStringLiteral("loanKind"), enumToString(request.loanKind)},
        {QStringLiteral("termMonths"), request.termMonths},
        {QStringLiteral("iban"), nullIfEmpty(request.iban)},
        {QStringLiteral("accountHolder"), nullIfEmpty(request.accountHolder)},
        {QStringLiteral("applicants"), applicants},
    };
}

Result<NewApplicationRequest> newApplicationRequestFromJson(const QJsonObject &object, QDate today)
{
    return readWith<NewApplicationRequest>(object, {}, [&](FieldReader &reader) {
        using namespace wire_limits;
        NewApplicationRequest request;
        request.reference = reader.string(u"reference", kReferenceRule);
        request.loanAmountCents =
            reader.integer(u"loanAmountCents", kMinLoanAmountCents, kMaxLoanAmountCents);
        request.loanKind = reader.enumValue<LoanKind>(u"loanKind");
        request.termMonths = int(reader.integer(u"termMonths", kMinTermMonths, kMaxTermMonths));
        request.iban = reader.optionalString(u"iban", kIbanRule);
        checkIban(reader, u"iban", request.iban);
        request.accountHolder = reader.optionalString(u"accountHolder", kNameRule);
        reader.objectArray(u"applicants", 1, kMaxApplicants, [&](FieldReader &item, int) {
            NewApplicantRequest applicant;
            applicant.fullName = item.string(u"fullName", kNameRule);
            applicant.dateOfBirth = item.date(u"dateOfBirth");
            checkDateOfBirth(item, u"dateOfBirth", applicant.dateOfBirth, today);
            applicant.email = item.string(u"email", kEmailRule);
            checkEmail(item, u"email", applicant.email);
            applicant.phone = item.optionalString(u"phone", kPhoneRule);
            checkPhone(item, u"phone", applicant.phone);
            request.applicants.append(applicant);
        });
        return request;
    });
}

} // namespace dpdesk
