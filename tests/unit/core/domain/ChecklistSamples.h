#pragma once

#include "core/domain/Application.h"
#include "core/domain/ChecklistRules.h"
#include "core/domain/LoginRules.h"

#include <QDateTime>

#include <functional>

// Applications in every checklist state, reached through the real rules
// (ChecklistRules.h, LoginRules.h), for the detector and the detail view
// tests. Names and numbers are made up. Every step bumps the version, as
// the server does.
namespace checklist_samples {

using namespace dpdesk;

inline QDateTime at(int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

template<typename T>
T must(const Result<T> &result)
{
    if (!result)
        qFatal("sample step refused: %s", qPrintable(result.error().code));
    return result.value();
}

inline Invitation invitation(const QString &applicantId, InvitationKind kind = InvitationKind::Code)
{
    Invitation i;
    i.id = applicantId + QStringLiteral("-inv1");
    i.applicantId = applicantId;
    i.kind = kind;
    i.createdAt = at(2, 10, 15);
    i.expiresAt = at(2, 10, 15).addDays(30);
    return i;
}

inline Applicant applicant(int position)
{
    Applicant a;
    a.id = QStringLiteral("ap-%1").arg(position);
    a.position = position;
    a.fullName = position == 1 ? QStringLiteral("Jan de Vries") : QStringLiteral("Anna de Vries-Bakker");
    a.dateOfBirth = position == 1 ? QDate(1980, 4, 23) : QDate(1984, 2, 29);
    a.email = position == 1 ? QStringLiteral("jan.devries@example.nl") : QStringLiteral("anna@example.nl");
    return a;
}

// Invited, nothing done yet.
inline Application application(int applicants = 1, bool invited = true)
{
    Application a;
    a.id = QStringLiteral("app-142");
    a.officeId = QStringLiteral("office-1");
    a.advisorId = QStringLiteral("7");
    a.reference = QStringLiteral("DP-2026-0142");
    a.loanAmountCents = 1'500'000;
    a.loanKind = LoanKind::PersonalLoan;
    a.termMonths = 60;
    a.iban = QStringLiteral("NL91ABNA0417164300");
    a.accountHolder = QStringLiteral("J. de Vries");
    for (int p = 1; p <= applicants; ++p) {
        Applicant x = applicant(p);
        if (invited)
            x.invitation = invitation(x.id);
        a.applicants.append(x);
    }
    a.createdAt = at(2, 10);
    a.updatedAt = at(2, 10, 15);
    return a;
}

inline Application bumped(Application a, int minutes = 5)
{
    ++a.version;
    a.updatedAt = a.updatedAt.addSecs(60 * minutes);
    return a;
}

inline Application step(const Application &a, int index,
                        const std::function<Result<Applicant>(const Applicant &)> &transition)
{
    return bumped(must(updateApplicant(a, a.applicants.at(index).id, transition)));
}

inline Application documentsAccepted(const Application &a, int index)
{
    return step(a, index, acceptDocuments);
}

inline Application questionsAnswered(const Application &a, int index, bool detailsCorrect = true)
{
    SigningAnswers answers;
    answers.detailsCorrect = detailsCorrect;
    return step(documentsAccepted(a, index), index,
                [&](const Applicant &x) { return answerQuestions(x, answers); });
}

// S2: "no" on "are your personal details correct?".
inline Application detailsWrong(const Application &a, int index)
{
    return questionsAnswered(a, index, false);
}

inline Application ibanConfirmed(const Application &a, int index)
{
    const Application answered = questionsAnswered(a, index);
    return step(answered, index, [&](const Applicant &x) { return confirmIban(x, answered.iban); });
}

// S6.
inline Application refused(const Application &a, int index, const QString &reason)
{
    return step(ibanConfirmed(a, index), index,
                [&](const Applicant &x) { return refuseContract(x, reason); });
}

// S8, S9.
inline Application signedBy(const Application &a, int index)
{
    const Application verified =
        step(ibanConfirmed(a, index), index, [](const Applicant &x) { return verifyIdin(x, true); });
    return bumped(must(sign(verified, verified.applicants.at(index).id)));
}

// I1-I4, after the applicant's own signature.
inline Application identified(const Application &a, int index, bool success = true,
                              const QString &reason = {})
{
    const Application started = step(a, index, startIdentification);
    return step(started, index, [&](const Applicant &x) {
        return identificationResult(x, IdDocumentType::Passport, success, reason);
    });
}

// Signed and identified by every applicant (I5).
inline Application complete(int applicants)
{
    Application a = application(applicants);
    for (int i = 0; i < applicants; ++i)
        a = signedBy(a, i);
    for (int i = 0; i < applicants; ++i)
        a = identified(a, i);
    return a;
}

// wrong wrong dates of birth from `when` on, one minute apart (C3-C5).
inline Application wrongDates(const Application &a, int index, int wrong, const QDateTime &when)
{
    Application next = a;
    Invitation invitation = *next.applicants.at(index).invitation;
    for (int i = 0; i < wrong; ++i)
        invitation = must(recordFailedLogin(invitation, when.addSecs(60 * (i - wrong + 1)))).invitation;
    next.applicants[index].invitation = invitation;
    return bumped(next);
}

// C5: locked by the fourth wrong date of birth at `when`.
inline Application lockedOut(const Application &a, int index, const QDateTime &when)
{
    return wrongDates(a, index, kLoginLockAtFailedAttempts, when);
}

// C6: the invitation replaced by a new, active one.
inline Application replaced(const Application &a, int index, const QDateTime &when)
{
    Application next = a;
    Applicant &x = next.applicants[index];
    Invitation fresh = invitation(x.id, InvitationKind::Link);
    fresh.id = x.invitation->id + QStringLiteral("-new");
    fresh.createdAt = when;
    fresh.expiresAt = when.addDays(30);
    x.invitation = fresh;
    return bumped(next);
}

} // namespace checklist_samples
