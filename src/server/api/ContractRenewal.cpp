#include "server/api/ContractRenewal.h"

#include "core/domain/ChecklistRules.h"
#include "core/iban/Iban.h"
#include "server/api/ApiDeps.h"
#include "server/documents/DocumentService.h"

namespace dpdesk::server {

Result<ContractRenewal> renewContract(ApiDeps &deps, const ApplicationStore::Stored &current,
                                      const Application &changed, qint64 actorId, bool keepInvitations)
{
    auto renewed = resetForNewContract(changed); // S5
    if (!renewed) {
        if (renewed.error().code == QLatin1String(checklist_error::ApplicationComplete))
            return Error{QStringLiteral("conflict.application_complete"),
                         QStringLiteral("This application is complete: every applicant has signed and "
                                        "identified. Its contract cannot change any more; a different bank "
                                        "account or other details need a new application."),
                         {}};
        return renewed.error();
    }
    Application next = std::move(renewed).value();
    next.version = current.application.version + 1;
    const qint64 now = deps.clock.nowMSecs();
    if (auto s = deps.applications.save(next, current.application.version, now); !s)
        return s.error();

    ContractRenewal out;
    if (keepInvitations) {
        for (const Applicant &a : next.applicants) {
            if (!a.invitation || a.invitation->state != InvitationState::Completed)
                continue;
            Invitation reopened = *a.invitation; // they must go through the steps again (S5)
            reopened.state = InvitationState::Active;
            if (auto s = deps.applications.saveInvitation(reopened); !s)
                return s.error();
            out.reopenedInvitations.append(reopened.id);
        }
    }
    auto reloaded = deps.applications.load(current.application.id.toLongLong());
    if (!reloaded)
        return Error{QStringLiteral("db.error"), QStringLiteral("A database operation failed."), {}};
    out.stored = std::move(*reloaded);
    auto documents = deps.documents.updateVersions(out.stored, actorId, now);
    if (!documents)
        return documents.error();
    out.documents = std::move(documents).value();
    return out;
}

QJsonValue maskedIban(const QString &iban)
{
    const auto parsed = Iban::parse(iban);
    return parsed ? QJsonValue(parsed->masked()) : QJsonValue(QJsonValue::Null);
}

QJsonArray documentsForAudit(const QList<DocumentVersion> &documents)
{
    QJsonArray out;
    for (const DocumentVersion &d : documents)
        out.append(QJsonObject{{"kind", enumToString(d.kind)}, {"version", d.version}, {"documentId", d.id}});
    return out;
}

} // namespace dpdesk::server
