#pragma once

#include "core/domain/Applicant.h"
#include "core/domain/ChecklistRules.h"
#include "core/domain/Enums.h"
#include "core/domain/Invitation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace dpdesk::gui {

// The mark in front of a checklist line.
enum class CheckMark {
    Open, // not started, nothing wrong
    Busy, // under way, or waiting for someone else
    Done, // ticked
    Action // needs the office (DOMAIN.md: C5, S2, S6, I4, and an expired invitation)
};

// One line of an applicant's checklist: its mark and its state in words.
struct CheckLine
{
    CheckMark mark = CheckMark::Open;
    QString text;

    friend bool operator==(const CheckLine &, const CheckLine &) = default;
};

// The checklist states in words for the office, in one place so that the
// detail view, tooltips and notifications say the same thing. Times are
// shown in local time in the locale's short format.
class ChecklistTexts
{
    Q_DECLARE_TR_FUNCTIONS(dpdesk::gui::ChecklistTexts)

public:
    // D1, D2.
    static CheckLine documents(const Applicant &applicant);
    // I1-I4; identification comes after the applicant's own signature.
    static CheckLine identification(const Applicant &applicant);
    // S1-S9.
    static CheckLine signing(const Applicant &applicant);
    // C1-C6: active, locked (C5), expired, revoked (C6) or completed.
    static CheckLine invitation(const Invitation &invitation, const QDateTime &now,
                                const QLocale &locale = QLocale());
    // The state as one word: "Active", "Locked", "Expired", "Revoked", "Completed".
    static QString invitationStateName(const Invitation &invitation, const QDateTime &now);
    // "Code" or "Link" (C1).
    static QString invitationKind(InvitationKind kind);
    // "2 of 4 attempts used" (C3-C5).
    static QString attemptsUsed(int failedAttempts);

    // Where the applicant is now (ChecklistRules currentStep); an applicant
    // without a usable invitation cannot start: "Not invited yet".
    static QString currentStep(const Applicant &applicant);
    static QString flowStep(FlowStep step);

    // S5: why the steps are open again after a new contract.
    static QString newContractNote(int contractVersion);

    static QString loanKind(LoanKind kind);
    static QString documentType(IdDocumentType type);
    // "1 change waiting to be sent"; empty for 0.
    static QString pendingChanges(int count);

    static QString shortDateTime(const QDateTime &time, const QLocale &locale = QLocale());
    static QString shortDate(QDate date, const QLocale &locale = QLocale());
};

} // namespace dpdesk::gui
