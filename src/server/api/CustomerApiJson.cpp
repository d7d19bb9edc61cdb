#include "server/api/CustomerApiJson.h"

#include "core/wire/ApplicantJson.h"
#include "core/wire/CommonFields.h"
#include "core/wire/WireTime.h"
#include "server/customer/CustomerTexts.h"

namespace dpdesk::server::api {

namespace {
QJsonObject stepJson(const char *name, const QString &state, bool done)
{
    return QJsonObject{{"step", QLatin1String(name)}, {"state", state}, {"done", done}};
}

template<typename E>
QJsonValue optionalName(const std::optional<E> &value)
{
    return value ? QJsonValue(enumToString(*value)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString documentPath(CustomerDocumentKind kind)
{
    return QStringLiteral("/api/v1/customer/documents/") + enumToString(kind);
}

QJsonObject toJson(const CustomerOverview &o)
{
    QJsonArray notices;
    for (CustomerNotice n : o.notices)
        notices.append(QJsonObject{{"code", enumToString(n)}, {"message", noticeText(n)}});
    QJsonValue co(QJsonValue::Null);
    if (o.coApplicant)
        co = QJsonObject{{"position", o.coApplicant->position},
                         {"fullName", o.coApplicant->fullName},
                         {"status", enumToString(o.coApplicant->status)}};
    return QJsonObject{
        {"applicationId", o.applicationId},
        {"reference", o.reference},
        {"contractVersion", o.contractVersion},
        {"applicant", QJsonObject{{"id", o.applicantId}, {"position", o.position}, {"fullName", o.fullName}}},
        {"currentStep", enumToString(o.currentStep)},
        {"steps",
         QJsonArray{stepJson("documents", enumToString(o.documents), o.documents == DocumentsState::Accepted),
                    stepJson("signing", enumToString(o.signing), o.signing == SigningState::Signed),
                    stepJson("identification", enumToString(o.identification),
                             o.identification == IdentificationState::Done)}},
        {"idinStatus", optionalName(o.idinStatus)},
        {"identificationFailureReason", nullIfEmpty(o.identificationFailureReason)},
        {"complete", o.applicationComplete},
        {"coApplicant", co},
        {"notices", notices},
    };
}

QJsonObject toJson(const DocumentsView &v)
{
    QJsonArray docs;
    for (const auto &d : v.documents)
        docs.append(QJsonObject{{"kind", enumToString(d.kind)},
                                {"title", d.title},
                                {"available", d.available},
                                {"href", documentPath(d.kind)}});
    return QJsonObject{{"accepted", v.accepted}, {"documents", docs}};
}

QJsonObject toJson(const QuestionsView &v)
{
    QJsonArray questions;
    const char *keys[] = {"detailsCorrect", "livesInNetherlands", "highRiskSector", "politicallyExposed"};
    for (int i = 0; i < 4; ++i)
        questions.append(QJsonObject{{"field", QLatin1String(keys[i])}, {"text", questionText(i)}});
    QJsonArray sectors;
    for (const auto &s : v.sectors)
        sectors.append(QJsonObject{{"id", s.id}, {"label", s.label}});
    return QJsonObject{
        {"details",
         QJsonObject{{"fullName", v.fullName},
                     {"dateOfBirth", formatWireDate(v.dateOfBirth)},
                     {"email", v.email},
                     {"phone", nullIfEmpty(v.phone)}}},
        {"questions", questions},
        {"sectors", sectors},
        {"answers", v.answers ? QJsonValue(dpdesk::toJson(*v.answers)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject toJson(const IbanView &v)
{
    return QJsonObject{{"filledIn", v.filledIn},
                       {"iban", nullIfEmpty(v.iban)},
                       {"formatted", nullIfEmpty(v.formatted)},
                       {"bankName", nullIfEmpty(v.bankName)},
                       {"accountHolder", nullIfEmpty(v.accountHolder)},
                       {"confirmed", v.confirmed}};
}

QJsonObject toJson(const ContractView &v)
{
    return QJsonObject{{"reference", v.reference},
                       {"contractVersion", v.contractVersion},
                       {"loanAmountCents", v.loanAmountCents},
                       {"loanKind", enumToString(v.loanKind)},
                       {"termMonths", v.termMonths},
                       {"iban", nullIfEmpty(v.ibanFormatted)},
                       {"accountHolder", nullIfEmpty(v.accountHolder)},
                       {"documentAvailable", v.documentAvailable},
                       {"href", documentPath(CustomerDocumentKind::Contract)},
                       {"signedContractVersion", v.signedContractVersion}};
}

QJsonObject toJson(const IdinStarted &s)
{
    return QJsonObject{
        {"transactionId", s.transactionId}, {"redirectUrl", s.redirectUrl}, {"overview", toJson(s.overview)}};
}

QJsonObject toJson(const IdinReturned &r)
{
    return QJsonObject{{"status", enumToString(r.status)}, {"overview", toJson(r.overview)}};
}

QJsonObject toJson(const IdentificationProvider::Progress &p)
{
    const char *outcome = p.outcome == IdentificationProvider::Outcome::Done ? "done"
        : p.outcome == IdentificationProvider::Outcome::Failed               ? "failed"
                                                                             : "pending";
    return QJsonObject{{"outcome", QLatin1String(outcome)}, {"documentType", optionalName(p.documentType)},
                       {"chipAttempts", p.chipAttempts},    {"chipRead", p.chipRead},
                       {"photoTaken", p.photoTaken},        {"failureReason", nullIfEmpty(p.failureReason)}};
}

QJsonObject toJson(const IdentificationView &v)
{
    return QJsonObject{
        {"state", v.state ? enumToString(*v.state) : QStringLiteral("none")},
        {"appUrl", nullIfEmpty(v.appUrl)},
        {"expiresAt",
         v.expiresAt.isValid() ? QJsonValue(formatWireTime(v.expiresAt)) : QJsonValue(QJsonValue::Null)},
        {"progress", v.progress ? QJsonValue(toJson(*v.progress)) : QJsonValue(QJsonValue::Null)},
        {"overview", toJson(v.overview)},
    };
}

QJsonArray toJson(const QList<IdinProvider::Bank> &banks)
{
    QJsonArray out;
    for (const auto &b : banks)
        out.append(QJsonObject{{"id", b.id}, {"name", b.name}});
    return out;
}

} // namespace dpdesk::server::api
