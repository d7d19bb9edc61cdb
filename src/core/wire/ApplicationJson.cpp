#include "core/wire/ApplicationJson.h"

#include "core/wire/ApplicantJson.h"
#include "core/wire/CommonFields.h"
#include "core/wire/WireTime.h"

#include <QJsonArray>

namespace dpdesk {

QJsonObject toJson(const Application &application)
{
    QJsonArray applicants;
    for (const Applicant &applicant : application.applicants)
        applicants.append(toJson(applicant));
    return QJsonObject{
        {QStringLiteral("id"), application.id},
        {QStringLiteral("officeId"), application.officeId},
        {QStringLiteral("advisorId"), application.advisorId},
        {QStringLiteral("reference"), application.reference},
        {QStringLiteral("loanAmountCents"), application.loanAmountCents},
        {QStringLiteral("loanKind"), enumToString(application.loanKind)},
        {QStringLiteral("termMonths"), application.termMonths},
        {QStringLiteral("iban"), nullIfEmpty(application.iban)},
        {QStringLiteral("accountHolder"), nullIfEmpty(application.accountHolder)},
        {QStringLiteral("contractVersion"), application.contractVersion},
        {QStringLiteral("applicants"), applicants},
        {QStringLiteral("createdAt"), formatWireTime(application.createdAt)},
        {QStringLiteral("updatedAt"), formatWireTime(application.updatedAt)},
        {QStringLiteral("version"), application.version},
    };
}

Application readApplication(FieldReader &reader)
{
    using namespace wire_limits;
    Application application;
    application.id = reader.string(u"id", kIdRule);
    application.officeId = reader.string(u"officeId", kIdRule);
    application.advisorId = reader.string(u"advisorId", kIdRule);
    application.reference = reader.string(u"reference", kReferenceRule);
    application.loanAmountCents =
        reader.integer(u"loanAmountCents", kMinLoanAmountCents, kMaxLoanAmountCents);
    application.loanKind = reader.enumValue<LoanKind>(u"loanKind");
    application.termMonths = int(reader.integer(u"termMonths", kMinTermMonths, kMaxTermMonths));
    application.iban = reader.optionalString(u"iban", kIbanRule);
    checkIban(reader, u"iban", application.iban);
    application.accountHolder = reader.optionalString(u"accountHolder", kNameRule);
    application.contractVersion = int(reader.integer(u"contractVersion", 1, kMaxContractVersion));
    reader.objectArray(u"applicants", 1, kMaxApplicants, [&](FieldReader &item, int index) {
        application.applicants.append(readApplicant(item));
        if (item.ok() && application.applicants.back().position != index + 1)
            item.fail(
                u"position", wire_error::InvalidValue,
                QStringLiteral("Applicants are listed in position order: this one is %1.").arg(index + 1));
    });
    application.createdAt = reader.time(u"createdAt");
    application.updatedAt = reader.time(u"updatedAt");
    application.version = reader.integer(u"version", 1, kMaxCounter);
    return application;
}

Result<Application> applicationFromJson(const QJsonObject &object, const QString &path)
{
    return readWith<Application>(object, path, readApplication);
}

} // namespace dpdesk
