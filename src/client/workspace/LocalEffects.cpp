#include "client/workspace/LocalEffects.h"

#include "client/cache/Provisional.h"
#include "client/workspace/OutboxAction.h"
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
    return {};
}

} // namespace dpdesk::client
