#pragma once

#include "core/Result.h"
#include "core/domain/ChecklistRules.h"
#include "server/api/WriteTransaction.h"
#include "server/customer/CustomerSessions.h"
#include "server/customer/CustomerViews.h"
#include "server/customer/IdentificationSessions.h"
#include "server/customer/IdinProvider.h"
#include "server/customer/IdinTransactions.h"
#include "server/customer/Mailer.h"
#include "server/store/ApplicationStore.h"

#include <QJsonObject>

#include <functional>

namespace dpdesk::server {

struct ApiDeps;

// The customer's flow for one applicant (D1-D2, S1-S9, I1-I6) as service
// functions: the JSON API (api/CustomerApi*.cpp) and the server-rendered web
// pages call the same ones. Each takes the authenticated CustomerSession
// (CustomerSessions::authenticate) and acts on that applicant only.
//
// Each function runs its own database transaction (provider calls included:
// the server handles one request at a time, so a slow provider would hold up
// everything anyway; a real provider needs an asynchronous call, noted in
// docs/architecture.md). A change is stored with
// its row in the changes feed and an audit entry (actor "customer" with the
// applicant id, "provider" for the identification result, "system" for an
// expiry), so desktops hear of it through push at once. The transitions are
// the pure ones of core/domain/ChecklistRules.h.
//
// Errors: a step out of order is checklist.out_of_order, already_done,
// waiting_for_office, iban_missing or application_complete (HTTP 409, with
// the current step from overview()); invalid input json.*, answers.*,
// iban.*, checklist.reason_required, idin.unknown_bank (400); unknown ids
// not_found, idin.unknown_transaction, document.not_available (404);
// conflict.iban_changed (409); db.* (503). customerMessage() gives the
// Dutch text of each.
class CustomerFlow
{
public:
    // I2: how long an identification session stays active.
    static constexpr qint64 kIdentificationWindowMs = 15 * 60 * 1000;

    CustomerFlow(ApiDeps &deps, IdinProvider &idin, IdentificationProvider &identification, Mailer &mailer,
                 DocumentSource &documents);

    // D2, S9, I5: the three steps with ticks, the current step, the names,
    // whether the other applicant waits or refused.
    Result<CustomerOverview> overview(const CustomerSession &session);

    // D1: the documents to download (the contract once it can be shown).
    Result<DocumentsView> documents(const CustomerSession &session);
    Result<CustomerDocument> document(const CustomerSession &session, DocumentKind kind);
    // D1, D2: "Akkoord".
    Result<CustomerOverview> acceptDocuments(const CustomerSession &session);

    // S1-S3. Sectors must be ids of highRiskSectors() (answers.unknown_sector,
    // answers.duplicate_sector). "No" on details correct stops the flow: the
    // answer is stored and the office gets an action (S2).
    Result<QuestionsView> questions(const CustomerSession &session);
    Result<CustomerOverview> answerQuestions(const CustomerSession &session, const SigningAnswers &answers);

    // S4: confirm the IBAN the office filled in; shownIban is the IBAN the
    // customer saw (any print form): conflict.iban_changed when the office
    // changed it meanwhile, checklist.iban_missing when there is none.
    Result<IbanView> iban(const CustomerSession &session);
    Result<CustomerOverview> confirmIban(const CustomerSession &session, const QString &shownIban);

    // S6: the contract; "Niet akkoord" needs a reason, which the office sees.
    // Accepting is choosing a bank for iDIN (startIdin): "Volgende".
    Result<ContractView> contract(const CustomerSession &session);
    Result<CustomerOverview> refuseContract(const CustomerSession &session, const QString &reason);

    // S7: the banks; a transaction at the chosen bank (the customer goes to
    // redirectUrl and comes back to returnUrl?trxid=...); the return, which
    // asks the provider for the status and records it (success verifies;
    // cancelled, expired and failure are kept for the office and the
    // customer may choose again). Returning twice changes nothing.
    QList<IdinProvider::Bank> idinBanks() const;
    Result<IdinStarted> startIdin(const CustomerSession &session, const QString &bankId,
                                  const QString &returnUrl);
    Result<IdinReturned> idinReturned(const CustomerSession &session, const QString &transactionId);

    // S8, S9: "Ondertekenen". With two applicants the first gets
    // waiting_for_co_applicant and signing is done when the last signs.
    Result<CustomerOverview> sign(const CustomerSession &session);

    // I1, I2: a new 15-minute session for the phone app (an older open one
    // is replaced).
    Result<IdentificationView> startIdentification(const CustomerSession &session);
    // I2-I4: the latest session; applies the app's result when there is one,
    // or the expiry after 15 minutes without one.
    Result<IdentificationView> identification(const CustomerSession &session);
    // The provider says a session changed (its webhook; the sandbox phone
    // calls it after each finish): applies a result at once.
    Status identificationChanged(const QString &providerSessionId);

private:
    struct Loaded
    {
        ApplicationStore::Stored stored;
        int index = -1;
        const Applicant &me() const { return stored.application.applicants.at(index); }
    };
    Result<Loaded> load(qint64 applicationId, qint64 applicantId);
    Result<Loaded> load(const CustomerSession &session);

    template<typename T>
    Result<T> write(const std::function<Result<T>(WriteEffects &)> &work);

    // Stores next (a changed copy of before's application) with its change
    // record and audit entry; marks finished applicants' invitations
    // completed and, when the application just became complete (I5), writes
    // its audit entry and queues the confirmation mails (I6).
    Result<Application> persist(const Loaded &before, Application next, const QString &actorKind,
                                qint64 actorId, const QString &action, const QJsonObject &details,
                                WriteEffects &effects);

    // One customer step: load, apply transition, persist, answer the overview.
    using Transition = std::function<Result<Application>(const Application &, const Applicant &me)>;
    Result<CustomerOverview> step(const CustomerSession &session, const QString &action,
                                  const QJsonObject &details, const Transition &transition);

    // The app's result or the expiry of an open identification session.
    Status settleIdentification(const IdentificationSessions::Row &row);

    ApiDeps &m_deps;
    IdinProvider &m_idin;
    IdentificationProvider &m_identification;
    Mailer &m_mailer;
    DocumentSource &m_documents;
    IdinTransactions m_idinTransactions;
    IdentificationSessions m_identificationSessions;
    QList<MailMessage> m_mailAfterCommit;
};

} // namespace dpdesk::server
