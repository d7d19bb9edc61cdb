#include "server/api/CustomerApiJson.h"

#include "core/wire/CompactJsonWriter.h"
#include "server/customer/CustomerTexts.h"

namespace dpdesk::server::api {

namespace {
template<NamedEnum E>
void name(CompactJsonWriter &w, E value)
{
    w.string(enumToString(value));
}

template<NamedEnum E>
void nameOrNull(CompactJsonWriter &w, const std::optional<E> &value)
{
    if (value)
        name(w, *value);
    else
        w.null();
}

void step(CompactJsonWriter &w, const char *stepName, const QString &state, bool done)
{
    w.beginObject();
    w.key("step");
    w.ascii(stepName);
    w.key("state");
    w.string(state);
    w.key("done");
    w.boolean(done);
    w.endObject();
}

void write(CompactJsonWriter &w, const CustomerOverview &o)
{
    w.beginObject();
    w.key("applicationId");
    w.string(o.applicationId);
    w.key("reference");
    w.string(o.reference);
    w.key("contractVersion");
    w.integer(o.contractVersion);
    w.key("applicant");
    w.beginObject();
    w.key("id");
    w.string(o.applicantId);
    w.key("position");
    w.integer(o.position);
    w.key("fullName");
    w.string(o.fullName);
    w.endObject();
    w.key("currentStep");
    name(w, o.currentStep);
    w.key("steps");
    w.beginArray();
    step(w, "documents", enumToString(o.documents), o.documents == DocumentsState::Accepted);
    step(w, "signing", enumToString(o.signing), o.signing == SigningState::Signed);
    step(w, "identification", enumToString(o.identification), o.identification == IdentificationState::Done);
    w.endArray();
    w.key("idinStatus");
    nameOrNull(w, o.idinStatus);
    w.key("identificationFailureReason");
    w.stringOrNull(o.identificationFailureReason);
    w.key("complete");
    w.boolean(o.applicationComplete);
    w.key("coApplicant");
    if (o.coApplicant) {
        w.beginObject();
        w.key("position");
        w.integer(o.coApplicant->position);
        w.key("fullName");
        w.string(o.coApplicant->fullName);
        w.key("status");
        name(w, o.coApplicant->status);
        w.endObject();
    } else {
        w.null();
    }
    w.key("notices");
    w.beginArray();
    for (CustomerNotice n : o.notices) {
        w.beginObject();
        w.key("code");
        name(w, n);
        w.key("message");
        w.string(noticeText(n));
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void write(CompactJsonWriter &w, const IdentificationProvider::Progress &p)
{
    const char *outcome = p.outcome == IdentificationProvider::Outcome::Done ? "done"
        : p.outcome == IdentificationProvider::Outcome::Failed               ? "failed"
                                                                             : "pending";
    w.beginObject();
    w.key("outcome");
    w.ascii(outcome);
    w.key("documentType");
    nameOrNull(w, p.documentType);
    w.key("chipAttempts");
    w.integer(p.chipAttempts);
    w.key("chipRead");
    w.boolean(p.chipRead);
    w.key("photoTaken");
    w.boolean(p.photoTaken);
    w.key("failureReason");
    w.stringOrNull(p.failureReason);
    w.endObject();
}

void writeAnswers(CompactJsonWriter &w, const SigningAnswers &a)
{
    w.beginObject();
    w.key("detailsCorrect");
    w.boolean(a.detailsCorrect);
    w.key("livesInNetherlands");
    w.boolean(a.livesInNetherlands);
    w.key("highRiskSector");
    w.boolean(a.highRiskSector);
    w.key("highRiskExplanation");
    w.stringOrNull(a.highRiskExplanation);
    w.key("highRiskSectors");
    w.beginArray();
    for (const QString &s : a.highRiskSectors)
        w.string(s);
    w.endArray();
    w.key("politicallyExposed");
    w.boolean(a.politicallyExposed);
    w.key("politicallyExposedExplanation");
    w.stringOrNull(a.politicallyExposedExplanation);
    w.endObject();
}
} // namespace

QString documentPath(DocumentKind kind)
{
    return QStringLiteral("/api/v1/customer/documents/") + enumToString(kind);
}

QByteArray customerJson(const CustomerOverview &o)
{
    CompactJsonWriter w;
    write(w, o);
    return w.take();
}

QByteArray customerJson(const DocumentsView &v)
{
    CompactJsonWriter w;
    w.beginObject();
    w.key("accepted");
    w.boolean(v.accepted);
    w.key("documents");
    w.beginArray();
    for (const auto &d : v.documents) {
        w.beginObject();
        w.key("kind");
        name(w, d.kind);
        w.key("title");
        w.string(d.title);
        w.key("available");
        w.boolean(d.available);
        w.key("href");
        w.string(documentPath(d.kind));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray customerJson(const QuestionsView &v)
{
    CompactJsonWriter w;
    w.beginObject();
    w.key("details");
    w.beginObject();
    w.key("fullName");
    w.string(v.fullName);
    w.key("dateOfBirth");
    w.wireDate(v.dateOfBirth);
    w.key("email");
    w.string(v.email);
    w.key("phone");
    w.stringOrNull(v.phone);
    w.endObject();
    w.key("questions");
    w.beginArray();
    const char *fields[] = {"detailsCorrect", "livesInNetherlands", "highRiskSector", "politicallyExposed"};
    for (int i = 0; i < 4; ++i) {
        w.beginObject();
        w.key("field");
        w.ascii(fields[i]);
        w.key("text");
        w.string(questionText(i));
        w.endObject();
    }
    w.endArray();
    w.key("sectors");
    w.beginArray();
    for (const auto &s : v.sectors) {
        w.beginObject();
        w.key("id");
        w.string(s.id);
        w.key("label");
        w.string(s.label);
        w.endObject();
    }
    w.endArray();
    w.key("answers");
    if (v.answers)
        writeAnswers(w, *v.answers);
    else
        w.null();
    w.endObject();
    return w.take();
}

QByteArray customerJson(const IbanView &v)
{
    CompactJsonWriter w;
    w.beginObject();
    w.key("filledIn");
    w.boolean(v.filledIn);
    w.key("iban");
    w.stringOrNull(v.iban);
    w.key("formatted");
    w.stringOrNull(v.formatted);
    w.key("bankName");
    w.stringOrNull(v.bankName);
    w.key("accountHolder");
    w.stringOrNull(v.accountHolder);
    w.key("confirmed");
    w.boolean(v.confirmed);
    w.endObject();
    return w.take();
}

QByteArray customerJson(const ContractView &v)
{
    CompactJsonWriter w;
    w.beginObject();
    w.key("reference");
    w.string(v.reference);
    w.key("contractVersion");
    w.integer(v.contractVersion);
    w.key("loanAmountCents");
    w.integer(v.loanAmountCents);
    w.key("loanKind");
    name(w, v.loanKind);
    w.key("termMonths");
    w.integer(v.termMonths);
    w.key("iban");
    w.stringOrNull(v.ibanFormatted);
    w.key("accountHolder");
    w.stringOrNull(v.accountHolder);
    w.key("documentAvailable");
    w.boolean(v.documentAvailable);
    w.key("href");
    w.string(documentPath(DocumentKind::Contract));
    w.key("signedContractVersion");
    w.integer(v.signedContractVersion);
    w.endObject();
    return w.take();
}

QByteArray customerJson(const IdinStarted &s)
{
    CompactJsonWriter w;
    w.beginObject();
    w.key("transactionId");
    w.string(s.transactionId);
    w.key("redirectUrl");
    w.string(s.redirectUrl);
    w.key("overview");
    write(w, s.overview);
    w.endObject();
    return w.take();
}

QByteArray customerJson(const IdinReturned &r)
{
    CompactJsonWriter w;
    w.beginObject();
    w.key("status");
    name(w, r.status);
    w.key("overview");
    write(w, r.overview);
    w.endObject();
    return w.take();
}

QByteArray customerJson(const IdentificationView &v)
{
    CompactJsonWriter w;
    w.beginObject();
    w.key("state");
    if (v.state)
        name(w, *v.state);
    else
        w.ascii("none");
    w.key("appUrl");
    w.stringOrNull(v.appUrl);
    w.key("expiresAt");
    if (v.expiresAt.isValid())
        w.wireTime(v.expiresAt);
    else
        w.null();
    w.key("progress");
    if (v.progress)
        write(w, *v.progress);
    else
        w.null();
    w.key("overview");
    write(w, v.overview);
    w.endObject();
    return w.take();
}

QByteArray customerJson(const QList<IdinProvider::Bank> &banks)
{
    CompactJsonWriter w;
    w.beginObject();
    w.key("banks");
    w.beginArray();
    for (const auto &b : banks) {
        w.beginObject();
        w.key("id");
        w.string(b.id);
        w.key("name");
        w.string(b.name);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray progressJson(const IdentificationProvider::Progress &p)
{
    CompactJsonWriter w;
    write(w, p);
    return w.take();
}

} // namespace dpdesk::server::api
