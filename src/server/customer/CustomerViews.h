#pragma once

#include "core/domain/Enums.h"
#include "core/domain/HighRiskSectors.h"
#include "core/domain/SigningAnswers.h"
#include "server/customer/CustomerOverview.h"
#include "server/customer/DocumentSource.h"
#include "server/customer/IdentificationProvider.h"
#include "server/customer/IdentificationSessions.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dpdesk::server {

// What CustomerFlow answers, besides the overview: plain values that the JSON
// API (api/CustomerApiJson) and the web pages render.

// D1, D2, S9, I5: the documents and whether the customer accepted them.
struct DocumentsView
{
    struct Entry
    {
        DocumentKind kind = DocumentKind::Esic;
        QString title; // Dutch
        bool available = false; // false until the document generator has it
    };
    bool accepted = false;
    QList<Entry> documents;
};

// S1: the details question 1 is about, the sectors of question 3, and the
// answers once given.
struct QuestionsView
{
    QString fullName;
    QDate dateOfBirth;
    QString email;
    QString phone;
    QList<HighRiskSector> sectors;
    std::optional<SigningAnswers> answers;
};

// S4: the bank account the office filled in, for confirmation only.
struct IbanView
{
    bool filledIn = false;
    QString iban; // normalized
    QString formatted; // "NL91 ABNA 0417 1643 00"
    QString bankName; // Dutch banks only
    QString accountHolder;
    bool confirmed = false;
};

// S6: the contract the customer accepts or refuses.
struct ContractView
{
    QString reference;
    int contractVersion = 1;
    qint64 loanAmountCents = 0;
    LoanKind loanKind = LoanKind::PersonalLoan;
    int termMonths = 0;
    QString ibanFormatted;
    QString accountHolder;
    bool documentAvailable = false;
    int signedContractVersion = 0; // S9: 0 until this applicant signed
};

// S7: a transaction started at the chosen bank.
struct IdinStarted
{
    QString transactionId;
    QString redirectUrl;
    CustomerOverview overview;
};

// S7: back from the bank.
struct IdinReturned
{
    IdinStatus status = IdinStatus::Open;
    CustomerOverview overview;
};

// I1-I4: the applicant's latest identification session, if any.
struct IdentificationView
{
    std::optional<IdentificationSessions::State> state; // empty: never started
    QString appUrl;
    QDateTime expiresAt;
    std::optional<IdentificationProvider::Progress> progress; // while the app works
    CustomerOverview overview;
};

} // namespace dpdesk::server
