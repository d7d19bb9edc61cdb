#include "client/workspace/LocalEffects.h"

#include "client/cache/Provisional.h"
#include "client/workspace/OutboxAction.h"
#include "core/domain/ChecklistRules.h"
#include "core/wire/BankAccountChange.h"
#include "core/wire/CreateInvitationRequest.h"

#include <QJsonDocument>

namespace dpdesk::client {

namespace {

QString orPlaceholder(const QString &id)
{
    return id.isEmpty() ? QStringLiteral("pending") : id;
}

// The applicant of a cached application, or nullptr.
Applicant *applicantIn(Application &application, const QString &applicantId)
{
    for (Applicant &applicant : application.applicants)
        if (applicant.id == applicantId)
            return &applicant;
    return nullptr;
}

// S5: a new contract on the cached application, as the server will put it in
// place (ChecklistRules resetForNewContract): contractVersion + 1 and every
// applicant starts over. The version stays the one the change was made on,
// so that the server's answer or the feed (a higher version) replaces it.
LocalCache::LocalEffect newContractEffect(const OutboxAction &action,
                                          std::function<void(Application &)> change, QStringList *changedIds)
{
    return [action, change = std::move(change), changedIds](LocalCache::Writer &writer) -> Status {
        auto application = writer.application(action.applicationId);
        if (!application)
            return Status::success();
        Application changed = *application;
        change(changed);
        auto renewed = resetForNewContract(changed);
        if (!renewed)
            return Status::success(); // complete (I5): the server refuses it; nothing to show
        if (changedIds)
            *changedIds << application->id;
        return writer.upsertApplication(renewed.value());
    };
}

} // namespace

Application provisionalApplication(const NewApplicationRequest &request, const QString &idempotencyKey,
                                   const SessionUser &user, const QDateTime &now)
{
    Application application;
    application.id = provisionalId(idempotencyKey);
    application.officeId = orPlaceholder(user.officeId);
    application.advisorId = orPlaceholder(user.id);
    application.reference = request.reference;
    application.loanAmountCents = request.loanAmountCents;
    application.loanKind = request.loanKind;
    application.termMonths = request.termMonths;
    application.iban = request.iban;
    application.accountHolder = request.accountHolder;
    int position = 0;
    for (const NewApplicantRequest &person : request.applicants) {
        Applicant applicant;
        applicant.position = ++position;
        applicant.id = application.id + QLatin1Char(':') + QString::number(position);
        applicant.fullName = person.fullName;
        applicant.dateOfBirth = person.dateOfBirth;
        applicant.email = person.email;
        applicant.phone = person.phone;
        application.applicants << applicant;
    }
    application.createdAt = now.toUTC();
    application.updatedAt = now.toUTC();
    application.version = 1; // never sent: a provisional row is not edited
    return application;
}

LocalCache::LocalEffect localEffectOf(const OutboxEntry &entry, const SessionUser &user, const QDateTime &now,
                                      QStringList *changedIds)
{
    const OutboxAction action = describeOutboxEntry(entry);
    const QJsonObject body = QJsonDocument::fromJson(entry.body).object();
    if (action.kind == OutboxAction::Kind::CreateApplication) {
        auto request = newApplicationRequestFromJson(body, now.date());
        if (!request)
            return {};
        const Application provisional = provisionalApplication(*request, entry.idempotencyKey, user, now);
        return [provisional, changedIds](LocalCache::Writer &writer) {
            if (changedIds)
                *changedIds << provisional.id;
            return writer.upsertApplication(provisional);
        };
    }
    if (action.isInvitation()) {
        auto request = createInvitationRequestFromJson(body);
        if (!request)
            return {};
        Invitation invitation;
        invitation.id = provisionalId(entry.idempotencyKey);
        invitation.applicantId = action.applicantId;
        invitation.kind = request->kind;
        invitation.createdAt = now.toUTC();
        invitation.expiresAt = now.toUTC().addDays(request->expiresInDays);
        return [action, invitation, changedIds](LocalCache::Writer &writer) -> Status {
            auto application = writer.application(action.applicationId);
            if (!application)
                return Status::success();
            Applicant *applicant = applicantIn(*application, action.applicantId);
            if (!applicant)
                return Status::success();
            applicant->invitation = invitation;
            if (changedIds)
                *changedIds << application->id;
            return writer.upsertApplication(*application);
        };
    }
    if (action.kind == OutboxAction::Kind::ChangeBankAccount) {
        auto change = bankAccountChangeFromJson(body);
        if (!change)
            return {};
        return newContractEffect(
            action,
            [change = change.value()](Application &application) {
                application.iban = change.iban;
                application.accountHolder = change.accountHolder;
            },
            changedIds);
    }
    if (action.kind == OutboxAction::Kind::NewSigning) {
        auto request = createInvitationRequestFromJson(body);
        if (!request)
            return {};
        // Every applicant gets a new invitation; the current ones stop working (C6).
        const QString key = entry.idempotencyKey;
        const QDateTime created = now.toUTC();
        const QDateTime expires = created.addDays(request->expiresInDays);
        const InvitationKind kind = request->kind;
        return newContractEffect(
            action,
            [key, created, expires, kind](Application &application) {
                for (Applicant &applicant : application.applicants) {
                    Invitation invitation;
                    invitation.id =
                        provisionalId(key) + QLatin1Char(':') + QString::number(applicant.position);
                    invitation.applicantId = applicant.id;
                    invitation.kind = kind;
                    invitation.createdAt = created;
                    invitation.expiresAt = expires;
                    applicant.invitation = invitation;
                }
            },
            changedIds);
    }
    return {};
}

LocalCache::LocalEffect undoEffectOf(const OutboxEntry &entry, QStringList *changedIds)
{
    const OutboxAction action = describeOutboxEntry(entry);
    const QString provisional = provisionalId(entry.idempotencyKey);
    if (action.kind == OutboxAction::Kind::CreateApplication) {
        return [provisional, changedIds](LocalCache::Writer &writer) {
            if (changedIds)
                *changedIds << provisional;
            return writer.removeApplication(provisional);
        };
    }
    if (action.isInvitation()) {
        return [action, provisional, changedIds](LocalCache::Writer &writer) -> Status {
            auto application = writer.application(action.applicationId);
            if (!application)
                return Status::success();
            Applicant *applicant = applicantIn(*application, action.applicantId);
            if (!applicant || !applicant->invitation || applicant->invitation->id != provisional)
                return Status::success();
            applicant->invitation.reset();
            if (changedIds)
                *changedIds << application->id;
            return writer.upsertApplication(*application);
        };
    }
    if (action.isNewContract()) {
        // The entry does not hold what the application was before: the
        // caller reads it from the server again (Workspace::discard).
        return [action, changedIds](LocalCache::Writer &) {
            if (changedIds)
                *changedIds << action.applicationId;
            return Status::success();
        };
    }
    return {};
}

} // namespace dpdesk::client
