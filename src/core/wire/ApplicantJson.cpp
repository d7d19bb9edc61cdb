#include "core/wire/ApplicantJson.h"

#include "core/domain/Application.h"
#include "core/wire/CommonFields.h"
#include "core/wire/InvitationJson.h"
#include "core/wire/WireTime.h"

#include <QJsonArray>

namespace dpdesk {

QJsonObject toJson(const SigningAnswers &answers)
{
    return QJsonObject{
        {QStringLiteral("detailsCorrect"), answers.detailsCorrect},
        {QStringLiteral("livesInNetherlands"), answers.livesInNetherlands},
        {QStringLiteral("highRiskSector"), answers.highRiskSector},
        {QStringLiteral("highRiskExplanation"), nullIfEmpty(answers.highRiskExplanation)},
        {QStringLiteral("highRiskSectors"), QJsonArray::fromStringList(answers.highRiskSectors)},
        {QStringLiteral("politicallyExposed"), answers.politicallyExposed},
        {QStringLiteral("politicallyExposedExplanation"), nullIfEmpty(answers.politicallyExposedExplanation)},
    };
}

QJsonObject toJson(const Applicant &applicant)
{
    const auto optionalEnum = [](const auto &value) {
        return value ? QJsonValue(enumToString(*value)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("id"), applicant.id},
        {QStringLiteral("position"), applicant.position},
        {QStringLiteral("fullName"), applicant.fullName},
        {QStringLiteral("dateOfBirth"), formatWireDate(applicant.dateOfBirth)},
        {QStringLiteral("email"), applicant.email},
        {QStringLiteral("phone"), nullIfEmpty(applicant.phone)},
        {QStringLiteral("documents"), enumToString(applicant.documents)},
        {QStringLiteral("identification"), enumToString(applicant.identification)},
        {QStringLiteral("identificationDocument"), optionalEnum(applicant.identificationDocument)},
        {QStringLiteral("identificationFailureReason"), nullIfEmpty(applicant.identificationFailureReason)},
        {QStringLiteral("signing"), enumToString(applicant.signing)},
        {QStringLiteral("refusalReason"), nullIfEmpty(applicant.refusalReason)},
        {QStringLiteral("answers"),
         applicant.answers ? QJsonValue(toJson(*applicant.answers)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ibanConfirmed"), applicant.ibanConfirmed},
        {QStringLiteral("idinVerified"), applicant.idinVerified},
        {QStringLiteral("idinStatus"), optionalEnum(applicant.idinStatus)},
        {QStringLiteral("signedContractVersion"), applicant.signedContractVersion},
        {QStringLiteral("invitation"),
         applicant.invitation ? QJsonValue(toJson(*applicant.invitation)) : QJsonValue(QJsonValue::Null)},
    };
}

SigningAnswers readSigningAnswers(FieldReader &reader)
{
    SigningAnswers answers;
    answers.detailsCorrect = reader.boolean(u"detailsCorrect");
    answers.livesInNetherlands = reader.boolean(u"livesInNetherlands");
    answers.highRiskSector = reader.boolean(u"highRiskSector");
    answers.highRiskExplanation = reader.optionalString(u"highRiskExplanation", kFreeTextRule);
    answers.highRiskSectors = reader.stringList(u"highRiskSectors", 0, wire_limits::kMaxSectors,
                                                TextRule{TextKind::Line, wire_limits::kSectorLength});
    answers.politicallyExposed = reader.boolean(u"politicallyExposed");
    answers.politicallyExposedExplanation =
        reader.optionalString(u"politicallyExposedExplanation", kFreeTextRule);
    if (reader.ok()) {
        if (const Status valid = validateAnswers(answers); !valid) // S1
            reader.failAtPath(reader.pathOf(valid.error().field), valid.error().code, valid.error().message);
    }
    return answers;
}

Applicant readApplicant(FieldReader &reader)
{
    Applicant applicant;
    applicant.id = reader.string(u"id", kIdRule);
    applicant.position = int(reader.integer(u"position", 1, kMaxApplicants));
    applicant.fullName = reader.string(u"fullName", kNameRule);
    applicant.dateOfBirth = reader.date(u"dateOfBirth");
    applicant.email = reader.string(u"email", kEmailRule);
    checkEmail(reader, u"email", applicant.email);
    applicant.phone = reader.optionalString(u"phone", kPhoneRule);
    checkPhone(reader, u"phone", applicant.phone);
    applicant.documents = reader.enumValue<DocumentsState>(u"documents");
    applicant.identification = reader.enumValue<IdentificationState>(u"identification");
    applicant.identificationDocument = reader.optionalEnum<IdDocumentType>(u"identificationDocument");
    applicant.identificationFailureReason =
        reader.optionalString(u"identificationFailureReason", kFreeTextRule);
    applicant.signing = reader.enumValue<SigningState>(u"signing");
    applicant.refusalReason = reader.optionalString(u"refusalReason", kFreeTextRule);
    reader.optionalObject(u"answers", [&](FieldReader &r) { applicant.answers = readSigningAnswers(r); });
    applicant.ibanConfirmed = reader.boolean(u"ibanConfirmed");
    applicant.idinVerified = reader.boolean(u"idinVerified");
    applicant.idinStatus = reader.optionalEnum<IdinStatus>(u"idinStatus");
    applicant.signedContractVersion =
        int(reader.integer(u"signedContractVersion", 0, wire_limits::kMaxContractVersion));
    reader.optionalObject(u"invitation", [&](FieldReader &r) { applicant.invitation = readInvitation(r); });
    if (!reader.ok())
        return applicant;

    if ((applicant.signing == SigningState::Refused) == applicant.refusalReason.isEmpty()) // S6
        reader.fail(u"refusalReason", wire_error::InvalidValue,
                    QStringLiteral("A refused signing, and only a refused one, has a reason."));
    else if (!applicant.identificationFailureReason.isEmpty()
             && applicant.identification != IdentificationState::Failed)
        reader.fail(u"identificationFailureReason", wire_error::InvalidValue,
                    QStringLiteral("Only a failed identification has a failure reason."));
    else if (applicant.invitation && applicant.invitation->applicantId != applicant.id)
        reader.failAtPath(reader.pathOf(u"invitation.applicantId"), wire_error::InvalidValue,
                          QStringLiteral("Must be the id of the applicant."));
    return applicant;
}

Result<Applicant> applicantFromJson(const QJsonObject &object, const QString &path)
{
    return readWith<Applicant>(object, path, readApplicant);
}

} // namespace dpdesk
