#pragma once

#include "core/domain/Enums.h"
#include "core/wire/NewApplicationRequest.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>
#include <random>

namespace dpdesk::server::demo {

// The demo's applications as a table of scenarios: what happened to each
// applicant, not the data itself. DemoSeeder turns a row into records by
// playing it through the rules (ChecklistRules.h, LoginRules.h), so every
// state in the demo is one the real flow can reach. Names, amounts, terms,
// dates and references come from a fixed-seed generator.

// How far an applicant got in the customer's flow (in the flow's order).
enum class Reached {
    Nothing, // invited (or not yet), nothing done
    Documents, // D1, D2: documents accepted
    DetailsWrong, // S2: "no" on "are your personal details correct?"
    Questions, // S1: questions answered; at the bank account (S4)
    IbanConfirmed, // S4: bank account confirmed; at the contract
    Refused, // S6: "Niet akkoord" with a reason
    Signed, // S8, S9: signed (waiting for the co-applicant, or signed)
    IdStarted, // I2: an identification session is in progress
    IdFailed, // I4: identification failed, with a reason
    IdDone // I4: identification done; this applicant is finished
};

// What happened to the applicant's invitation (C1-C6). An applicant who
// finishes every step gets a completed invitation.
enum class Invite {
    None, // not invited yet
    Active, // one invitation, still valid
    Locked, // C5: four wrong dates of birth, not replaced yet
    Replaced, // C6: locked, then replaced by a new active one
    Expired, // past its expiry date, not replaced
    ExpiredReplaced // expired, then replaced by a new one of the other kind
};

// When the application was made, in whole days before the Clock's today.
enum class Age {
    Today, // 0
    Days, // 1-6
    Weeks, // 7-27
    Older // 31-60
};

struct ApplicantScenario
{
    Reached reached = Reached::Nothing;
    Invite invite = Invite::Active;
    InvitationKind kind = InvitationKind::Code;
    int wrongDates = 0; // wrong dates of birth on the current invitation, 0-3 (C3, C4)
};

struct Scenario
{
    Age age = Age::Days;
    bool iban = true; // false: the office has not filled in the bank account yet (S4)
    ApplicantScenario first;
    std::optional<ApplicantScenario> second;
    // S5: the first applicant refused the contract (wrong bank account), the
    // office changed the IBAN and put a new contract in place; `first` and
    // `second` say where the applicants are on the new contract.
    bool newContract = false;
    // Keep this applicant's (the first one's) code for the printed demo login.
    bool demoLogin = false;
};

// The first office ("Van Dijk Financieel Advies"): about 50 applications
// that together show every checklist state.
const QList<Scenario> &firstOfficeScenarios();
// The second office: a few, to show that offices are isolated.
const QList<Scenario> &secondOfficeScenarios();

// Texts the customers give (Dutch, as they would type them).
const QStringList &refusalReasons(); // S6
const QStringList &identificationFailureReasons(); // I4
// A reason for S5's new contract (the refusal that led to it).
QString newContractRefusalReason();

// The fixed-seed generator behind names, amounts and dates, so the demo
// looks the same on every run. mt19937's output is fixed by the standard,
// and the modulo below is too (unlike the standard distributions).
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_engine(seed)
    { }
    int below(int n) { return int(m_engine() % quint32(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }

private:
    std::mt19937 m_engine;
};

// One application drawn for a scenario, before it is played.
struct PlannedApplication
{
    const Scenario *scenario = nullptr;
    QDateTime start; // when the office made it
    qint64 advisorId = 0;
    // Dutch names, amounts of EUR 2,500-75,000, terms of 12-120 months, a
    // reference such as DVA-2026-0142; iban and accountHolder empty when the
    // scenario has no IBAN yet.
    NewApplicationRequest request;
};

// Draws every application of an office (createdAt relative to now, an
// advisor from advisors), numbered PREFIX-YEAR-NNNN from firstNumber on in
// order of creation, and returns them in that order.
QList<PlannedApplication> planApplications(Dice &dice, const QList<Scenario> &scenarios, const QDateTime &now,
                                           const QList<qint64> &advisors, const QString &prefix,
                                           int firstNumber);

// A Dutch IBAN with correct check digits (ISO 13616, mod 97), at the bank
// with the four-letter code bankCode (random when empty).
QString dutchIban(Dice &dice, const QString &bankCode = {});

} // namespace dpdesk::server::demo
