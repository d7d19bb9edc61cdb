#include "client/workspace/OutboxAction.h"

#include <QStringList>
#include <QUrl>

namespace dpdesk::client {

OutboxAction describeOutboxEntry(const OutboxEntry &entry)
{
    OutboxAction action;
    const QString prefix = QStringLiteral("/api/v1/applications");
    if (!entry.path.startsWith(prefix))
        return action;
    QStringList parts = entry.path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = QUrl::fromPercentEncoding(part.toUtf8());
    if (parts.isEmpty() && entry.method == "POST") {
        action.kind = OutboxAction::Kind::CreateApplication;
    } else if (parts.size() == 1 && entry.method == "PATCH") {
        action.kind = OutboxAction::Kind::UpdateApplication;
        action.applicationId = parts.at(0);
    } else if (parts.size() == 2 && entry.method == "PUT" && parts.at(1) == QLatin1String("bank-account")) {
        action.kind = OutboxAction::Kind::ChangeBankAccount;
        action.applicationId = parts.at(0);
    } else if (parts.size() == 2 && entry.method == "POST" && parts.at(1) == QLatin1String("new-signing")) {
        action.kind = OutboxAction::Kind::NewSigning;
        action.applicationId = parts.at(0);
    } else if (entry.method == "POST" && (parts.size() == 4 || parts.size() == 5)
               && parts.at(1) == QLatin1String("applicants") && parts.at(3) == QLatin1String("invitations")) {
        if (parts.size() == 5 && parts.at(4) != QLatin1String("replace"))
            return action;
        action.kind =
            parts.size() == 4 ? OutboxAction::Kind::CreateInvitation : OutboxAction::Kind::ReplaceInvitation;
        action.applicationId = parts.at(0);
        action.applicantId = parts.at(2);
    }
    return action;
}

} // namespace dpdesk::client
