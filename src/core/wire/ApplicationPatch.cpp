#include "core/wire/ApplicationPatch.h"

#include "core/domain/Application.h"
#include "core/wire/CommonFields.h"
#include "core/wire/WireTime.h"

#include <QJsonArray>

namespace dpdesk {

namespace {

template<typename T, typename Encode>
void insertIfSet(QJsonObject &object, const QString &key, const std::optional<T> &value, Encode encode)
{
    if (value)
        object.insert(key, encode(*value));
}

QJsonValue plain(const auto &value)
{
    return QJsonValue(value);
}

} // namespace

QJsonObject toJson(const ApplicationPatch &patch)
{
    QJsonObject object;
    insertIfSet(object, QStringLiteral("reference"), patch.reference, plain<QString>);
    insertIfSet(object, QStringLiteral("loanAmountCents"), patch.loanAmountCents, plain<qint64>);
    insertIfSet(object, QStringLiteral("loanKind"), patch.loanKind,
                [](LoanKind k) { return enumToString(k); });
    insertIfSet(object, QStringLiteral("termMonths"), patch.termMonths, plain<int>);
    insertIfSet(object, QStringLiteral("iban"), patch.iban, nullIfEmpty);
    insertIfSet(object, QStringLiteral("accountHolder"), patch.accountHolder, nullIfEmpty);
    if (!patch.applicants.isEmpty()) {
        QJsonArray applicants;
        for (const ApplicantPatch &a : patch.applicants) {
            QJsonObject item{{QStringLiteral("position"), a.position}};
            insertIfSet(item, QStringLiteral("fullName"), a.fullName, plain<QString>);
            insertIfSet(item, QStringLiteral("dateOfBirth"), a.dateOfBirth, formatWireDate);
            insertIfSet(item, QStringLiteral("email"), a.email, plain<QString>);
            insertIfSet(item, QStringLiteral("phone"), a.phone, nullIfEmpty);
            applicants.append(item);
        }
        object.insert(QStringLiteral("applicants"), applicants);
    }
    return object;
}

Result<ApplicationPatch> applicationPatchFromJson(const QJsonObject &object, QDate today)
{
    return readWith<ApplicationPatch>(object, {}, [&](FieldReader &reader) {
        using namespace wire_limits;
        ApplicationPatch patch;
        patch.reference = reader.maybeString(u"reference", kReferenceRule);
        patch.loanAmountCents =
            reader.maybeInteger(u"loanAmountCents", kMinLoanAmountCents, kMaxLoanAmountCents);
        patch.loanKind = reader.maybeEnum<LoanKind>(u"loanKind");
        if (const auto term = reader.maybeInteger(u"termMonths", kMinTermMonths, kMaxTermMonths))
            patch.termMonths = int(*term);
        patch.iban = reader.clearableString(u"iban", kIbanRule);
        checkIban(reader, u"iban", patch.iban.value_or(QString()));
        patch.accountHolder = reader.clearableString(u"accountHolder", kNameRule);
        reader.objectArray(
            u"applicants", 1, kMaxApplicants,
            [&](FieldReader &item, int) {
                ApplicantPatch applicant;
                applicant.position = int(item.integer(u"position", 1, kMaxApplicants));
                for (const ApplicantPatch &earlier : std::as_const(patch.applicants)) {
                    if (item.ok() && earlier.position == applicant.position)
                        item.fail(u"position", wire_error::InvalidValue,
                                  QStringLiteral("Each position appears once."));
                }
                applicant.fullName = item.maybeString(u"fullName", kNameRule);
                applicant.dateOfBirth = item.maybeDate(u"dateOfBirth");
                checkDateOfBirth(item, u"dateOfBirth", applicant.dateOfBirth.value_or(QDate()), today);
                applicant.email = item.maybeString(u"email", kEmailRule);
                checkEmail(item, u"email", applicant.email.value_or(QString()));
                applicant.phone = item.clearableString(u"phone", kPhoneRule);
                checkPhone(item, u"phone", applicant.phone.value_or(QString()));
                patch.applicants.append(applicant);
            },
            /*maybe=*/true);
        return patch;
    });
}

} // namespace dpdesk
