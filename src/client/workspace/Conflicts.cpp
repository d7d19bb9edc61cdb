#include "client/workspace/Conflicts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dpdesk::client {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dpdesk::client", text);
}

QString referenceOf(const LocalCache &cache, const OutboxEntry &entry, const OutboxAction &action)
{
    if (action.kind == OutboxAction::Kind::CreateApplication)
        return QJsonDocument::fromJson(entry.body).object().value(QLatin1String("reference")).toString();
    const auto application = cache.application(action.applicationId);
    return application ? application->reference : action.applicationId;
}

QString titleOf(const OutboxAction &action, const QString &reference)
{
    switch (action.kind) {
    case OutboxAction::Kind::CreateApplication:
        return tr("New application %1").arg(reference);
    case OutboxAction::Kind::UpdateApplication:
        return tr("Change to application %1").arg(reference);
    case OutboxAction::Kind::CreateInvitation:
        return tr("Invitation for application %1").arg(reference);
    case OutboxAction::Kind::ReplaceInvitation:
        return tr("New invitation replacing the old one for application %1").arg(reference);
    case OutboxAction::Kind::ChangeBankAccount:
        return tr("New bank account and contract for application %1").arg(reference);
    case OutboxAction::Kind::NewSigning:
        return tr("New signing with new invitations for application %1").arg(reference);
    case OutboxAction::Kind::Other:
        break;
    }
    return tr("A change");
}

QString adviceFor(const OutboxAction &action)
{
    switch (action.kind) {
    case OutboxAction::Kind::UpdateApplication:
        return tr(
            "Retry applies your change to the latest version; Discard keeps the version on the server.");
    case OutboxAction::Kind::CreateInvitation:
        return tr("If the applicant already has an invitation, replace it instead. Discard drops this one.");
    case OutboxAction::Kind::ChangeBankAccount:
        return tr("No new contract was made. Retry puts the new bank account on the latest version; Discard "
                  "keeps the bank account and contract on the server and shows them again.");
    case OutboxAction::Kind::NewSigning:
        return tr("No new contract was made and the current links and codes still work. Retry starts the "
                  "new signing on the latest version; Discard keeps everything as it is on the server.");
    default:
        return tr("Retry sends it again; Discard drops it.");
    }
}

} // namespace

Conflict describeConflict(const LocalCache &cache, const OutboxEntry &entry)
{
    Conflict conflict;
    conflict.entryId = entry.id;
    conflict.action = describeOutboxEntry(entry);
    conflict.title = titleOf(conflict.action, referenceOf(cache, entry, conflict.action));
    const QString reason =
        entry.lastError.isEmpty() ? tr("The server refused this change.") : entry.lastError;
    conflict.explanation = reason + QLatin1Char(' ') + adviceFor(conflict.action);
    conflict.createdAt = entry.createdAt;
    return conflict;
}

QList<Conflict> conflictsIn(const LocalCache &cache)
{
    QList<Conflict> conflicts;
    for (const OutboxEntry &entry : cache.outbox())
        if (entry.state == OutboxEntry::State::Conflict)
            conflicts << describeConflict(cache, entry);
    return conflicts;
}

} // namespace dpdesk::client
