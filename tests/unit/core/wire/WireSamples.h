#pragma once

#include "core/domain/Application.h"
#include "core/wire/ApiErrorJson.h"
#include "core/wire/ApplicationPatch.h"
#include "core/wire/ChangeRecord.h"
#include "core/wire/CreateInvitationRequest.h"
#include "core/wire/CustomerLoginRequest.h"
#include "core/wire/NewApplicationRequest.h"

#include <QDate>
#include <QDateTime>

// Sample values shared by the wire tests. Names and numbers are made up.
namespace samples {

using namespace dpdesk;

inline const QDate kToday(2026, 6, 15);

inline QDateTime at(int day, int hour, int minute = 0, int msec = 0)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute, 0, msec), Qt::UTC);
}

inline Invitation invitation(const QString &applicantId, InvitationState state = InvitationState::Active)
{
    Invitation i;
    i.id = applicantId + QStringLiteral("-inv");
    i.applicantId = applicantId;
    i.kind = InvitationKind::Link;
    i.state = state;
    i.createdAt = at(1, 9, 30, 125);
    i.expiresAt = at(1, 9, 30, 125).addDays(30);
    if (state == InvitationState::Locked) {
        i.failedAttempts = 4;
        i.lockedAt = at(3, 20, 15);
    }
    if (state == InvitationState::Revoked) {
        i.failedAttempts = 4;
        i.lockedAt = at(3, 20, 15);
        i.revokedAt = at(4, 8, 0);
    }
    return i;
}

inline Applicant applicant(int position)
{
    Applicant a;
    a.id = QStringLiteral("ap-%1").arg(position);
    a.position = position;
    a.fullName = position == 1 ? QStringLiteral("Jan de Vries") : QStringLiteral("Anna Ö'Brien-Çelik");
    a.dateOfBirth = position == 1 ? QDate(1980, 4, 23) : QDate(1984, 2, 29);
    a.email = QStringLiteral("klant%1@example.nl").arg(position);
    a.phone = position == 1 ? QStringLiteral("+31 6 1234 5678") : QString();
    a.documents = DocumentsState::Accepted;
    a.invitation = invitation(a.id);
    if (position == 1) {
        SigningAnswers answers;
        answers.highRiskSector = true;
        answers.highRiskExplanation = QStringLiteral("Eigen bedrijf.\nHandel in edelmetalen.");
        answers.highRiskSectors = {QStringLiteral("precious_metals"), QStringLiteral("Kunsthandel")};
        answers.politicallyExposed = true;
        answers.politicallyExposedExplanation = QStringLiteral("Wethouder");
        a.answers = answers;
        a.ibanConfirmed = true;
        a.idinVerified = true;
        a.idinStatus = IdinStatus::Success;
        a.signing = SigningState::WaitingForCoApplicant;
        a.signedContractVersion = 2;
        a.identification = IdentificationState::Failed;
        a.identificationDocument = IdDocumentType::Passport;
        a.identificationFailureReason = QStringLiteral("Chip niet leesbaar");
    } else {
        a.answers = SigningAnswers{};
        a.ibanConfirmed = true;
        a.idinStatus = IdinStatus::Cancelled;
        a.signing = SigningState::Refused;
        a.refusalReason = QStringLiteral("Het bedrag klopt niet.");
    }
    return a;
}

inline Application application()
{
    Application app;
    app.id = QStringLiteral("app-7f3a");
    app.officeId = QStringLiteral("office-12");
    app.advisorId = QStringLiteral("user-3");
    app.reference = QStringLiteral("DV/2026/0042");
    app.loanAmountCents = 2'500'000;
    app.loanKind = LoanKind::RevolvingCredit;
    app.termMonths = 72;
    app.iban = QStringLiteral("NL91ABNA0417164300");
    app.accountHolder = QStringLiteral("J. de Vries");
    app.contractVersion = 2;
    app.applicants = {applicant(1), applicant(2)};
    app.createdAt = at(1, 9, 0);
    app.updatedAt = at(5, 16, 45, 999);
    app.version = 17;
    return app;
}

inline NewApplicationRequest newApplication()
{
    NewApplicationRequest r;
    r.reference = QStringLiteral("DV/2026/0043");
    r.loanAmountCents = 1'000'000;
    r.loanKind = LoanKind::PersonalLoan;
    r.termMonths = 60;
    r.iban = QStringLiteral("NL91ABNA0417164300");
    r.accountHolder = QStringLiteral("J. de Vries");
    r.applicants = {
        NewApplicantRequest{QStringLiteral("Jan de Vries"), QDate(1980, 4, 23),
                            QStringLiteral("jan@example.nl"), QStringLiteral("06-12345678")},
        NewApplicantRequest{QStringLiteral("Anna de Vries"), QDate(1984, 2, 29),
                            QStringLiteral("anna@example.nl"), QString()},
    };
    return r;
}

inline ApplicationPatch patch()
{
    ApplicationPatch p;
    p.reference = QStringLiteral("DV/2026/0042-b");
    p.loanAmountCents = 2'000'000;
    p.loanKind = LoanKind::PersonalLoan;
    p.termMonths = 48;
    p.iban = QStringLiteral("NL44RABO0123456789");
    p.accountHolder = QString(); // clear
    ApplicantPatch second;
    second.position = 2;
    second.email = QStringLiteral("anna.nieuw@example.nl");
    second.phone = QString(); // clear
    second.dateOfBirth = QDate(1984, 3, 1);
    p.applicants = {second};
    return p;
}

inline ChangeRecord applicationChange()
{
    ChangeRecord c;
    c.seq = 1041;
    c.entity = ChangeEntity::Application;
    c.id = QStringLiteral("app-7f3a");
    c.op = ChangeOp::Upsert;
    c.data = application();
    return c;
}

} // namespace samples
