#include "core/wire/CompactRecords.h"

#include "core/wire/CompactJsonWriter.h"
#include "core/wire/WireTime.h"

namespace dpdesk {

namespace {
// Keys in ascending byte order, as QJsonObject keeps them (see toJson).

template<NamedEnum E>
const char *nameOf(E value)
{
    for (const auto &[v, name] : EnumNames<E>::entries) {
        if (v == value)
            return name;
    }
    return "";
}

template<NamedEnum E>
void writeEnum(CompactJsonWriter &w, E value)
{
    w.ascii(nameOf(value));
}

void write(CompactJsonWriter &w, const SigningAnswers &a)
{
    w.beginObject();
    w.key("detailsCorrect");
    w.boolean(a.detailsCorrect);
    w.key("highRiskExplanation");
    w.stringOrNull(a.highRiskExplanation);
    w.key("highRiskSector");
    w.boolean(a.highRiskSector);
    w.key("highRiskSectors");
    w.beginArray();
    for (const QString &sector : a.highRiskSectors)
        w.string(sector);
    w.endArray();
    w.key("livesInNetherlands");
    w.boolean(a.livesInNetherlands);
    w.key("politicallyExposed");
    w.boolean(a.politicallyExposed);
    w.key("politicallyExposedExplanation");
    w.stringOrNull(a.politicallyExposedExplanation);
    w.endObject();
}

void writeTimeOrNull(CompactJsonWriter &w, const std::optional<QDateTime> &time)
{
    if (time)
        w.wireTime(*time);
    else
        w.null();
}

void write(CompactJsonWriter &w, const Invitation &i)
{
    w.beginObject();
    w.key("applicantId");
    w.string(i.applicantId);
    w.key("createdAt");
    w.wireTime(i.createdAt);
    w.key("expiresAt");
    w.wireTime(i.expiresAt);
    w.key("failedAttempts");
    w.integer(i.failedAttempts);
    w.key("id");
    w.string(i.id);
    w.key("kind");
    writeEnum(w, i.kind);
    w.key("lockedAt");
    writeTimeOrNull(w, i.lockedAt);
    w.key("revokedAt");
    writeTimeOrNull(w, i.revokedAt);
    w.key("state");
    writeEnum(w, i.state);
    w.endObject();
}

void write(CompactJsonWriter &w, const Applicant &a)
{
    w.beginObject();
    w.key("answers");
    if (a.answers)
        write(w, *a.answers);
    else
        w.null();
    w.key("dateOfBirth");
    w.wireDate(a.dateOfBirth);
    w.key("documents");
    writeEnum(w, a.documents);
    w.key("email");
    w.string(a.email);
    w.key("fullName");
    w.string(a.fullName);
    w.key("ibanConfirmed");
    w.boolean(a.ibanConfirmed);
    w.key("id");
    w.string(a.id);
    w.key("identification");
    writeEnum(w, a.identification);
    w.key("identificationDocument");
    if (a.identificationDocument)
        writeEnum(w, *a.identificationDocument);
    else
        w.null();
    w.key("identificationFailureReason");
    w.stringOrNull(a.identificationFailureReason);
    w.key("idinStatus");
    if (a.idinStatus)
        writeEnum(w, *a.idinStatus);
    else
        w.null();
    w.key("idinVerified");
    w.boolean(a.idinVerified);
    w.key("invitation");
    if (a.invitation)
        write(w, *a.invitation);
    else
        w.null();
    w.key("phone");
    w.stringOrNull(a.phone);
    w.key("position");
    w.integer(a.position);
    w.key("refusalReason");
    w.stringOrNull(a.refusalReason);
    w.key("signedContractVersion");
    w.integer(a.signedContractVersion);
    w.key("signing");
    writeEnum(w, a.signing);
    w.endObject();
}
} // namespace

QByteArray compactJson(const Applicant &applicant)
{
    CompactJsonWriter w;
    write(w, applicant);
    return w.take();
}

QByteArray compactJson(const Application &a)
{
    CompactJsonWriter w;
    w.beginObject();
    w.key("accountHolder");
    w.stringOrNull(a.accountHolder);
    w.key("advisorId");
    w.string(a.advisorId);
    w.key("applicants");
    w.beginArray();
    for (const Applicant &applicant : a.applicants)
        write(w, applicant);
    w.endArray();
    w.key("contractVersion");
    w.integer(a.contractVersion);
    w.key("createdAt");
    w.wireTime(a.createdAt);
    w.key("iban");
    w.stringOrNull(a.iban);
    w.key("id");
    w.string(a.id);
    w.key("loanAmountCents");
    w.integer(a.loanAmountCents);
    w.key("loanKind");
    writeEnum(w, a.loanKind);
    w.key("officeId");
    w.string(a.officeId);
    w.key("reference");
    w.string(a.reference);
    w.key("termMonths");
    w.integer(a.termMonths);
    w.key("updatedAt");
    w.wireTime(a.updatedAt);
    w.key("version");
    w.integer(a.version);
    w.endObject();
    return w.take();
}

} // namespace dpdesk
