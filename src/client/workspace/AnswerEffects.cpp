#include "client/workspace/AnswerEffects.h"

#include "client/Logging.h"
#include "client/cache/Provisional.h"
#include "client/workspace/OutboxAction.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/InvitationJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dpdesk::client {

namespace {

Status applyApplication(LocalCache::Writer &writer, const QJsonObject &body, QStringList *changedIds,
                        const QString &provisional)
{
    auto application = applicationFromJson(body);
    if (!application) {
        qCWarning(lcWorkspace) << "answer does not decode:" << application.error().code
                               << application.error().field;
        return Status::success();
    }
    if (changedIds) {
        if (!provisional.isEmpty())
            *changedIds << provisional;
        *changedIds << application->id;
    }
    return writer.upsertApplicationIfNewer(*application);
}

// Whether the answer's invitation should replace what the cache shows.
bool isNewerThanCached(const std::optional<Invitation> &cached, const Invitation &answer)
{
    if (!cached || isProvisionalId(cached->id))
        return true;
    if (cached->id == answer.id)
        return false; // the feed brought it already, maybe with later attempts (C3-C5)
    return cached->createdAt < answer.createdAt;
}

Status applyInvitation(LocalCache::Writer &writer, const OutboxAction &action, const QJsonObject &body,
                       QStringList *changedIds)
{
    auto invitation =
        invitationFromJson(body.value(QLatin1String("invitation")).toObject(), QStringLiteral("invitation"));
    if (!invitation) {
        qCWarning(lcWorkspace) << "answer does not decode:" << invitation.error().code
                               << invitation.error().field;
        return Status::success();
    }
    auto application = writer.application(action.applicationId);
    if (!application)
        return Status::success();
    for (Applicant &applicant : application->applicants) {
        if (applicant.id != invitation->applicantId || !isNewerThanCached(applicant.invitation, *invitation))
            continue;
        applicant.invitation = *invitation;
        if (changedIds)
            *changedIds << application->id;
        return writer.upsertApplication(*application);
    }
    return Status::success();
}

} // namespace

Status applyAnswer(LocalCache::Writer &writer, const OutboxEntry &entry, const ApiResult &answer,
                   QStringList *changedIds)
{
    const OutboxAction action = describeOutboxEntry(entry);
    const QJsonObject body = answer.body.toObject();
    switch (action.kind) {
    case OutboxAction::Kind::CreateApplication:
        return applyApplication(writer, body, changedIds, provisionalId(entry.idempotencyKey));
    case OutboxAction::Kind::UpdateApplication:
        return applyApplication(writer, body, changedIds, {});
    case OutboxAction::Kind::CreateInvitation:
    case OutboxAction::Kind::ReplaceInvitation:
        return applyInvitation(writer, action, body, changedIds);
    case OutboxAction::Kind::ChangeBankAccount: // S5: the application with its new contract
        return applyApplication(writer, body, changedIds, {});
    case OutboxAction::Kind::NewSigning: // S5: {application, invitations}
        return applyApplication(writer, body.value(QLatin1String("application")).toObject(), changedIds, {});
    case OutboxAction::Kind::Other:
        break;
    }
    return Status::success();
}

namespace {

// One secret of an answer: {"code"} or {"linkToken", "link"}, next to the
// invitation it belongs to.
std::optional<IssuedInvitation> secretOf(const QJsonObject &object, const QString &applicationId,
                                         const QString &applicantId)
{
    IssuedInvitation issued;
    issued.applicationId = applicationId;
    issued.applicantId = applicantId;
    const auto kind = enumFromString<InvitationKind>(
        object.value(QLatin1String("invitation")).toObject().value(QLatin1String("kind")).toString());
    if (!kind)
        return std::nullopt;
    issued.kind = *kind;
    if (issued.kind == InvitationKind::Code) {
        issued.secret = object.value(QLatin1String("code")).toString();
    } else {
        issued.secret = object.value(QLatin1String("linkToken")).toString();
        issued.link = QUrl(object.value(QLatin1String("link")).toString());
    }
    if (issued.secret.isEmpty() || issued.applicantId.isEmpty())
        return std::nullopt;
    return issued;
}

} // namespace

QList<IssuedInvitation> issuedInvitationsFrom(const OutboxEntry &entry, const QJsonValue &body)
{
    const OutboxAction action = describeOutboxEntry(entry);
    const QJsonObject object = body.toObject();
    QList<IssuedInvitation> out;
    if (action.isInvitation()) {
        if (auto issued = secretOf(object, action.applicationId, action.applicantId))
            out << *issued;
    } else if (action.kind == OutboxAction::Kind::NewSigning) {
        // S5, the Maex way: one new invitation per applicant.
        for (const QJsonValue &item : object.value(QLatin1String("invitations")).toArray()) {
            const QJsonObject one = item.toObject();
            if (auto issued =
                    secretOf(one, action.applicationId, one.value(QLatin1String("applicantId")).toString()))
                out << *issued;
        }
    }
    return out;
}

} // namespace dpdesk::client
