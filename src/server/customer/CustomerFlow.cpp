#include "server/customer/CustomerFlow.h"

#include "core/iban/Iban.h"
#include "core/wire/WireTime.h"
#include "server/Logging.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApplicationWrites.h"
#include "server/customer/ConfirmationMail.h"
#include "server/db/Database.h"
#include "server/store/AuditLog.h"

#include <QJsonArray>
#include <QSet>

namespace dpdesk::server {

namespace {
constexpr int kWriteAttempts = 3; // a concurrent change of the same application is retried

Error notFound()
{
    return Error{QStringLiteral("not_found"), QStringLiteral("There is nothing at this address."), {}};
}

Error unavailable()
{
    return Error{
        QStringLiteral("db.unavailable"), QStringLiteral("The service is busy. Please try again."), {}};
}

bool allDone(const Applicant &a)
{
    return a.documents == DocumentsState::Accepted && a.identification == IdentificationState::Done
        && a.signing == SigningState::Signed;
}

bool hasSigned(const Applicant &a)
{
    return a.signing == SigningState::WaitingForCoApplicant || a.signing == SigningState::Signed;
}

// S6: the contract can be shown from the contract step on (and stays
// downloadable once signed, S9).
bool contractVisible(const Applicant &a)
{
    return a.ibanConfirmed || hasSigned(a);
}

QString documentTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Esic:
        return QStringLiteral("ESIC (Europese standaardinformatie inzake consumentenkrediet)");
    case DocumentKind::PrivacyStatement:
        return QStringLiteral("Privacyverklaring");
    case DocumentKind::ProvisionalAgreement:
        return QStringLiteral("Voorlopige overeenkomst");
    case DocumentKind::Contract:
        return QStringLiteral("Kredietovereenkomst");
    }
    return {};
}

// S1, question 3: the sectors are ids from the list, each once.
Status checkSectors(const SigningAnswers &answers)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < answers.highRiskSectors.size(); ++i) {
        const QString &id = answers.highRiskSectors.at(i);
        const QString field = QStringLiteral("highRiskSectors[%1]").arg(i);
        if (!isHighRiskSector(id))
            return Error{QStringLiteral("answers.unknown_sector"),
                         QStringLiteral("Unknown sector; choose one of the list."), field};
        if (seen.contains(id))
            return Error{QStringLiteral("answers.duplicate_sector"),
                         QStringLiteral("Each sector is ticked once."), field};
        seen.insert(id);
    }
    return Status::success();
}

QString identificationAction(bool success)
{
    return success ? QStringLiteral("identification.done") : QStringLiteral("identification.failed");
}
} // namespace

CustomerFlow::CustomerFlow(ApiDeps &deps, IdinProvider &idin, IdentificationProvider &identification,
                           Mailer &mailer, DocumentSource &documents)
    : m_deps(deps)
    , m_idin(idin)
    , m_identification(identification)
    , m_mailer(mailer)
    , m_documents(documents)
    , m_idinTransactions(deps.db)
    , m_identificationSessions(deps.db)
{ }

Result<CustomerFlow::Loaded> CustomerFlow::load(qint64 applicationId, qint64 applicantId)
{
    auto stored = m_deps.applications.load(applicationId);
    if (!stored)
        return notFound();
    Loaded l{std::move(*stored), -1};
    const QString id = QString::number(applicantId);
    for (int i = 0; i < l.stored.application.applicants.size(); ++i) {
        if (l.stored.application.applicants.at(i).id == id)
            l.index = i;
    }
    if (l.index < 0)
        return notFound();
    return l;
}

Result<CustomerFlow::Loaded> CustomerFlow::load(const CustomerSession &session)
{
    return load(session.applicationId, session.applicantId);
}

template<typename T>
Result<T> CustomerFlow::write(const std::function<Result<T>(WriteEffects &)> &work)
{
    for (int attempt = 1;; ++attempt) {
        if (!m_deps.db.beginWrite())
            return unavailable();
        WriteEffects effects;
        m_mailAfterCommit.clear();
        Result<T> result = work(effects);
        if (!result) {
            m_deps.db.rollback();
            // Another instance changed the application between our read and
            // our write (PostgreSQL): do it again on the new state.
            if (result.error().code == QLatin1String("precondition_failed") && attempt < kWriteAttempts)
                continue;
            return result;
        }
        if (!m_deps.db.commit()) {
            m_deps.db.rollback();
            return unavailable();
        }
        if (m_deps.onCommit)
            m_deps.onCommit(effects);
        for (const MailMessage &mail : std::as_const(m_mailAfterCommit)) {
            if (const Status sent = m_mailer.send(mail); !sent) // I6
                qCWarning(lcServer) << "confirmation mail not sent:" << sent.error().code;
        }
        m_mailAfterCommit.clear();
        return result;
    }
}

Result<Application> CustomerFlow::persist(const Loaded &before, Application next, const QString &actorKind,
                                          qint64 actorId, const QString &action, const QJsonObject &details,
                                          WriteEffects &effects)
{
    const qint64 nowMs = m_deps.clock.nowMSecs();
    for (Applicant &a : next.applicants) {
        // The invitation has done its work once the applicant has all three ticks.
        if (allDone(a) && a.invitation && a.invitation->state == InvitationState::Active) {
            a.invitation->state = InvitationState::Completed;
            if (const Status s = m_deps.applications.saveInvitation(*a.invitation); !s)
                return s.error();
        }
    }
    const Application &old = before.stored.application;
    next.version = old.version + 1;
    next.updatedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    if (const Status s = m_deps.applications.save(next, old.version, nowMs); !s)
        return s.error();
    const ApplicationStore::Stored after{next, before.stored.officeId, before.stored.advisorId};
    if (const Status s = recordApplicationChange(m_deps, after, effects, actorKind, actorId, action, details);
        !s)
        return s.error();
    if (!isComplete(old) && isComplete(next)) { // I5
        if (const Status s =
                m_deps.audit.record(after.officeId, next.id.toLongLong(), QStringLiteral("system"), 0,
                                    QStringLiteral("application.completed"),
                                    QJsonObject{{"contractVersion", next.contractVersion}}, nowMs);
            !s)
            return s.error();
        for (const Applicant &a : next.applicants)
            m_mailAfterCommit.append(confirmationMail(next, a)); // I6, after the commit
    }
    return next;
}

Result<CustomerOverview> CustomerFlow::step(const CustomerSession &session, const QString &action,
                                            const QJsonObject &details, const Transition &transition)
{
    return write<CustomerOverview>([&](WriteEffects &effects) -> Result<CustomerOverview> {
        auto loaded = load(session);
        if (!loaded)
            return loaded.error();
        auto next = transition(loaded->stored.application, loaded->me());
        if (!next)
            return next.error();
        QJsonObject d = details;
        d.insert(QStringLiteral("applicantId"), loaded->me().id);
        auto stored = persist(loaded.value(), std::move(next).value(), QStringLiteral("customer"),
                              session.applicantId, action, d, effects);
        if (!stored)
            return stored.error();
        return buildOverview(stored.value(), loaded->me().id);
    });
}

// --- overview and documents (D1, D2) ----------------------------------------

Result<CustomerOverview> CustomerFlow::overview(const CustomerSession &session)
{
    auto loaded = load(session);
    if (!loaded)
        return loaded.error();
    return buildOverview(loaded->stored.application, loaded->me().id);
}

Result<DocumentsView> CustomerFlow::documents(const CustomerSession &session)
{
    auto loaded = load(session);
    if (!loaded)
        return loaded.error();
    const Application &app = loaded->stored.application;
    DocumentsView v;
    v.accepted = loaded->me().documents == DocumentsState::Accepted;
    QList<DocumentKind> kinds{DocumentKind::Esic, DocumentKind::PrivacyStatement,
                              DocumentKind::ProvisionalAgreement};
    if (contractVisible(loaded->me()))
        kinds.append(DocumentKind::Contract);
    for (DocumentKind kind : std::as_const(kinds))
        v.documents.append({kind, documentTitle(kind), m_documents.available(app.id.toLongLong(), kind)});
    return v;
}

Result<CustomerDocument> CustomerFlow::document(const CustomerSession &session, DocumentKind kind)
{
    auto loaded = load(session);
    if (!loaded)
        return loaded.error();
    const Error notAvailable{QStringLiteral("document.not_available"),
                             QStringLiteral("Dit document is nog niet beschikbaar."),
                             {}};
    if (kind == DocumentKind::Contract && !contractVisible(loaded->me()))
        return notAvailable;
    auto doc =
        m_documents.document(loaded->stored.application.id.toLongLong(), loaded->stored.officeId, kind);
    if (!doc)
        return notAvailable;
    return std::move(*doc);
}

Result<CustomerOverview> CustomerFlow::acceptDocuments(const CustomerSession &session)
{
    return step(session, QStringLiteral("customer.documents_accepted"), {},
                [](const Application &app, const Applicant &me) {
                    return updateApplicant(app, me.id, dpdesk::acceptDocuments); // D1, D2
                });
}

// --- questions (S1-S3) --------------------------------------------------------

Result<QuestionsView> CustomerFlow::questions(const CustomerSession &session)
{
    auto loaded = load(session);
    if (!loaded)
        return loaded.error();
    const Applicant &me = loaded->me();
    QuestionsView v;
    v.fullName = me.fullName;
    v.dateOfBirth = me.dateOfBirth;
    v.email = me.email;
    v.phone = me.phone;
    v.sectors = highRiskSectors();
    v.answers = me.answers;
    return v;
}

Result<CustomerOverview> CustomerFlow::answerQuestions(const CustomerSession &session,
                                                       const SigningAnswers &answers)
{
    if (const Status valid = validateAnswers(answers); !valid) // S1
        return valid.error();
    if (const Status sectors = checkSectors(answers); !sectors)
        return sectors.error();
    const QJsonObject details{{"detailsCorrect", answers.detailsCorrect},
                              {"livesInNetherlands", answers.livesInNetherlands},
                              {"highRiskSector", answers.highRiskSector},
                              {"politicallyExposed", answers.politicallyExposed}};
    // S2: "no" on the details is its own action, so the office sees what to do.
    const QString action = answers.detailsCorrect ? QStringLiteral("customer.questions_answered")
                                                  : QStringLiteral("customer.details_wrong");
    return step(session, action, details, [&answers](const Application &app, const Applicant &me) {
        return updateApplicant(
            app, me.id, [&answers](const Applicant &a) { return dpdesk::answerQuestions(a, answers); });
    });
}

// --- bank account (S4) --------------------------------------------------------

Result<IbanView> CustomerFlow::iban(const CustomerSession &session)
{
    auto loaded = load(session);
    if (!loaded)
        return loaded.error();
    const Application &app = loaded->stored.application;
    IbanView v;
    v.confirmed = loaded->me().ibanConfirmed;
    v.accountHolder = app.accountHolder;
    if (const auto parsed = Iban::parse(app.iban); parsed) {
        v.filledIn = true;
        v.iban = parsed->normalized();
        v.formatted = parsed->formatted();
        v.bankName = parsed->bankName();
    }
    return v;
}

Result<CustomerOverview> CustomerFlow::confirmIban(const CustomerSession &session, const QString &shownIban)
{
    const auto shown = Iban::parse(shownIban);
    if (!shown)
        return shown.error();
    const QString masked = shown->masked();
    return step(session, QStringLiteral("customer.iban_confirmed"), QJsonObject{{"iban", masked}},
                [&shown](const Application &app, const Applicant &me) -> Result<Application> {
                    auto confirmed = dpdesk::confirmIban(me, app.iban); // S4: step and "filled in"
                    if (!confirmed)
                        return confirmed.error();
                    if (shown->normalized() != app.iban)
                        return Error{QStringLiteral("conflict.iban_changed"),
                                     QStringLiteral("The bank account was changed meanwhile; show it again."),
                                     QStringLiteral("iban")};
                    return updateApplicant(app, me.id, [&](const Applicant &) { return confirmed; });
                });
}

// --- contract (S6) ------------------------------------------------------------

Result<ContractView> CustomerFlow::contract(const CustomerSession &session)
{
    auto loaded = load(session);
    if (!loaded)
        return loaded.error();
    const Application &app = loaded->stored.application;
    ContractView v;
    v.reference = app.reference;
    v.contractVersion = app.contractVersion;
    v.loanAmountCents = app.loanAmountCents;
    v.loanKind = app.loanKind;
    v.termMonths = app.termMonths;
    if (const auto parsed = Iban::parse(app.iban); parsed)
        v.ibanFormatted = parsed->formatted();
    v.accountHolder = app.accountHolder;
    v.documentAvailable = m_documents.available(app.id.toLongLong(), DocumentKind::Contract);
    v.signedContractVersion = loaded->me().signedContractVersion;
    return v;
}

Result<CustomerOverview> CustomerFlow::refuseContract(const CustomerSession &session, const QString &reason)
{
    // S6: the reason is for the office; it is in the record and the audit.
    return step(session, QStringLiteral("customer.contract_refused"), QJsonObject{{"reason", reason}},
                [&reason](const Application &app, const Applicant &me) {
                    return updateApplicant(app, me.id, [&reason](const Applicant &a) {
                        return dpdesk::refuseContract(a, reason);
                    });
                });
}

// --- iDIN (S7) ----------------------------------------------------------------

QList<IdinProvider::Bank> CustomerFlow::idinBanks() const
{
    return m_idin.banks();
}

Result<IdinStarted> CustomerFlow::startIdin(const CustomerSession &session, const QString &bankId,
                                            const QString &returnUrl)
{
    return write<IdinStarted>([&](WriteEffects &effects) -> Result<IdinStarted> {
        auto loaded = load(session);
        if (!loaded)
            return loaded.error();
        // The step first, so that no transaction is started at the bank for nothing.
        auto next = updateApplicant(loaded->stored.application, loaded->me().id,
                                    [](const Applicant &a) { return recordIdinStatus(a, IdinStatus::Open); });
        if (!next)
            return next.error();
        // Inside our transaction: the server handles one request at a time
        // anyway, and a refusal here leaves nothing behind on our side.
        auto transaction = m_idin.start(bankId, returnUrl);
        if (!transaction)
            return transaction.error();
        const qint64 nowMs = m_deps.clock.nowMSecs();
        if (const Status s = m_idinTransactions.insert(session.applicantId, transaction->id, bankId, nowMs);
            !s)
            return s.error();
        auto stored = persist(loaded.value(), std::move(next).value(), QStringLiteral("customer"),
                              session.applicantId, QStringLiteral("customer.idin_started"),
                              QJsonObject{{"applicantId", loaded->me().id}, {"bankId", bankId}}, effects);
        if (!stored)
            return stored.error();
        return IdinStarted{transaction->id, transaction->redirectUrl,
                           buildOverview(stored.value(), loaded->me().id)};
    });
}

Result<IdinReturned> CustomerFlow::idinReturned(const CustomerSession &session, const QString &transactionId)
{
    const auto known = m_idinTransactions.findForApplicant(session.applicantId, transactionId);
    if (!known) // another applicant's transaction is as unknown as a made-up one
        return Error{QString::fromLatin1(idin_error::UnknownTransaction),
                     QStringLiteral("Deze iDIN-transactie is onbekend."), QStringLiteral("transactionId")};
    IdinStatus status = known->status;
    if (!isFinal(status)) {
        auto asked = m_idin.status(transactionId);
        if (!asked)
            return asked.error();
        status = asked.value();
    }
    if (status == known->status) { // back again (a reload), or the bank has not decided: nothing new
        auto current = overview(session);
        if (!current)
            return current.error();
        return IdinReturned{status, current.value()};
    }
    return write<IdinReturned>([&](WriteEffects &effects) -> Result<IdinReturned> {
        const qint64 nowMs = m_deps.clock.nowMSecs();
        if (const Status s = m_idinTransactions.setStatus(known->id, status, nowMs); !s)
            return s.error();
        auto loaded = load(session);
        if (!loaded)
            return loaded.error();
        const Applicant &me = loaded->me();
        // The applicant's state follows their latest transaction; a success
        // counts from any (the bank did confirm the identity).
        const bool latest = m_idinTransactions.latestIdFor(session.applicantId) == known->id;
        const bool applies = currentStep(me) == FlowStep::Contract
            && (latest || status == IdinStatus::Success) && me.idinStatus != status;
        if (!applies)
            return IdinReturned{status, buildOverview(loaded->stored.application, me.id)};
        auto next = updateApplicant(loaded->stored.application, me.id,
                                    [status](const Applicant &a) { return recordIdinStatus(a, status); });
        if (!next)
            return next.error();
        auto stored = persist(
            loaded.value(), std::move(next).value(), QStringLiteral("customer"), session.applicantId,
            QStringLiteral("customer.idin_") + enumToString(status),
            QJsonObject{{"applicantId", me.id}, {"bankId", known->bankId}, {"status", enumToString(status)}},
            effects);
        if (!stored)
            return stored.error();
        return IdinReturned{status, buildOverview(stored.value(), me.id)};
    });
}

// --- signing (S8, S9) -----------------------------------------------------------

Result<CustomerOverview> CustomerFlow::sign(const CustomerSession &session)
{
    return write<CustomerOverview>([&](WriteEffects &effects) -> Result<CustomerOverview> {
        auto loaded = load(session);
        if (!loaded)
            return loaded.error();
        auto next = dpdesk::sign(loaded->stored.application, loaded->me().id);
        if (!next)
            return next.error();
        const bool everyoneSigned = next->applicants.at(loaded->index).signing == SigningState::Signed;
        auto stored = persist(loaded.value(), std::move(next).value(), QStringLiteral("customer"),
                              session.applicantId, QStringLiteral("customer.signed"),
                              QJsonObject{{"applicantId", loaded->me().id},
                                          {"contractVersion", loaded->stored.application.contractVersion},
                                          {"everyoneSigned", everyoneSigned}},
                              effects);
        if (!stored)
            return stored.error();
        return buildOverview(stored.value(), loaded->me().id);
    });
}

// --- identification (I1-I4) --------------------------------------------------------

Result<IdentificationView> CustomerFlow::startIdentification(const CustomerSession &session)
{
    return write<IdentificationView>([&](WriteEffects &effects) -> Result<IdentificationView> {
        auto loaded = load(session);
        if (!loaded)
            return loaded.error();
        auto next = updateApplicant(loaded->stored.application, loaded->me().id, dpdesk::startIdentification);
        if (!next)
            return next.error();
        const QDateTime now = m_deps.clock.nowUtc();
        const QDateTime expiresAt = now.addMSecs(kIdentificationWindowMs); // I2
        auto started = m_identification.start(expiresAt);
        if (!started)
            return started.error();
        const qint64 nowMs = now.toMSecsSinceEpoch();
        if (const Status s = m_identificationSessions.replaceOpen(session.applicantId, nowMs); !s)
            return s.error();
        if (const Status s = m_identificationSessions.insert(
                session.applicantId, started->id, started->appUrl, nowMs, expiresAt.toMSecsSinceEpoch());
            !s)
            return s.error();
        auto stored = persist(
            loaded.value(), std::move(next).value(), QStringLiteral("customer"), session.applicantId,
            QStringLiteral("customer.identification_started"),
            QJsonObject{{"applicantId", loaded->me().id}, {"expiresAt", formatWireTime(expiresAt)}}, effects);
        if (!stored)
            return stored.error();
        IdentificationView v;
        v.state = IdentificationSessions::State::Open;
        v.appUrl = started->appUrl;
        v.expiresAt = expiresAt;
        v.progress = IdentificationProvider::Progress{};
        v.overview = buildOverview(stored.value(), loaded->me().id);
        return v;
    });
}

Status CustomerFlow::settleIdentification(const IdentificationSessions::Row &row)
{
    auto progress = m_identification.status(row.providerSessionId);
    const bool hasResult = progress && progress->outcome != IdentificationProvider::Outcome::Pending;
    const bool expired = m_deps.clock.nowMSecs() >= row.expiresAtMs; // I2
    if (!hasResult && !expired)
        return Status::success();
    auto settled = write<bool>([&](WriteEffects &effects) -> Result<bool> {
        const auto current = m_identificationSessions.byProviderId(row.providerSessionId);
        if (!current || current->state != IdentificationSessions::State::Open)
            return false; // settled meanwhile
        const qint64 nowMs = m_deps.clock.nowMSecs();
        const qint64 applicationId = m_deps.applications.applicationOfApplicant(row.applicantId);
        auto loaded = load(applicationId, row.applicantId);
        if (!loaded)
            return loaded.error();
        const Applicant &me = loaded->me();
        IdentificationSessions::State state = IdentificationSessions::State::Expired;
        Result<Application> next = Error{};
        QString actor, action;
        QJsonObject details{{"applicantId", me.id}};
        if (hasResult) { // I4
            const bool success = progress->outcome == IdentificationProvider::Outcome::Done;
            state = success ? IdentificationSessions::State::Done : IdentificationSessions::State::Failed;
            const IdDocumentType type = progress->documentType.value_or(IdDocumentType::DrivingLicence);
            next = updateApplicant(loaded->stored.application, me.id, [&](const Applicant &a) {
                return identificationResult(a, type, success, progress->failureReason);
            });
            actor = QStringLiteral("provider");
            action = identificationAction(success);
            details.insert(QStringLiteral("documentType"), enumToString(type));
            // I3: NFC is named only when the chip was read.
            details.insert(QStringLiteral("method"),
                           progress->chipRead ? QStringLiteral("nfc") : QStringLiteral("photo"));
            if (!success)
                details.insert(QStringLiteral("reason"), progress->failureReason);
        } else { // I2: 15 minutes without a result
            next = updateApplicant(loaded->stored.application, me.id, expireIdentification);
            actor = QStringLiteral("system");
            action = QStringLiteral("identification.expired");
        }
        if (!next) // the flow moved on (a new contract, S5): the result no longer applies
            state = IdentificationSessions::State::Discarded;
        if (const Status s = m_identificationSessions.setState(row.id, state, nowMs); !s)
            return s.error();
        if (!next)
            return false;
        auto stored = persist(loaded.value(), std::move(next).value(), actor, 0, action, details, effects);
        if (!stored)
            return stored.error();
        return true;
    });
    if (!settled)
        return settled.error();
    return Status::success();
}

Result<IdentificationView> CustomerFlow::identification(const CustomerSession &session)
{
    auto row = m_identificationSessions.latestFor(session.applicantId);
    if (row && row->state == IdentificationSessions::State::Open) {
        if (const Status s = settleIdentification(*row); !s)
            return s.error();
        row = m_identificationSessions.latestFor(session.applicantId);
    }
    IdentificationView v;
    auto current = overview(session);
    if (!current)
        return current.error();
    v.overview = current.value();
    if (!row)
        return v;
    v.state = row->state;
    v.appUrl = row->appUrl;
    v.expiresAt = QDateTime::fromMSecsSinceEpoch(row->expiresAtMs, Qt::UTC);
    if (auto progress = m_identification.status(row->providerSessionId); progress)
        v.progress = progress.value();
    return v;
}

Status CustomerFlow::identificationChanged(const QString &providerSessionId)
{
    const auto row = m_identificationSessions.byProviderId(providerSessionId);
    if (!row)
        return notFound();
    if (row->state != IdentificationSessions::State::Open)
        return Status::success();
    return settleIdentification(*row);
}

} // namespace dpdesk::server
