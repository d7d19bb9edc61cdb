#include "client/sync/OutboxRequests.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace dpdesk::client::outbox_requests {

namespace {

OutboxEntry makeEntry(const QByteArray &method, const QString &path, const QJsonObject &body, qint64 version,
                      const Clock &clock)
{
    OutboxEntry entry;
    entry.idempotencyKey = newIdempotencyKey();
    entry.method = method;
    entry.path = path;
    entry.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (version > 0)
        entry.baseEtag = QString::number(version);
    entry.createdAt = clock.nowUtc();
    return entry;
}

QString segment(const QString &id)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(id));
}

QString invitationsPath(const QString &applicationId, const QString &applicantId)
{
    return QStringLiteral("/api/v1/applications/%1/applicants/%2/invitations")
        .arg(segment(applicationId), segment(applicantId));
}

} // namespace

QString newIdempotencyKey()
{
    return QStringLiteral("dpd-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

OutboxEntry createApplication(const NewApplicationRequest &request, const Clock &clock)
{
    return makeEntry("POST", QStringLiteral("/api/v1/applications"), toJson(request), 0, clock);
}

OutboxEntry updateApplication(const QString &applicationId, qint64 editedVersion,
                              const ApplicationPatch &patch, const Clock &clock)
{
    return makeEntry("PATCH", QStringLiteral("/api/v1/applications/") + segment(applicationId), toJson(patch),
                     editedVersion, clock);
}

OutboxEntry createInvitation(const QString &applicationId, const QString &applicantId, qint64 seenVersion,
                             const CreateInvitationRequest &request, const Clock &clock)
{
    return makeEntry("POST", invitationsPath(applicationId, applicantId), toJson(request), seenVersion,
                     clock);
}

OutboxEntry replaceInvitation(const QString &applicationId, const QString &applicantId, qint64 seenVersion,
                              const CreateInvitationRequest &request, const Clock &clock)
{
    return makeEntry("POST", invitationsPath(applicationId, applicantId) + QStringLiteral("/replace"),
                     toJson(request), seenVersion, clock);
}

OutboxEntry changeBankAccount(const QString &applicationId, qint64 seenVersion,
                              const BankAccountChange &change, const Clock &clock)
{
    return makeEntry("PUT",
                     QStringLiteral("/api/v1/applications/%1/bank-account").arg(segment(applicationId)),
                     toJson(change), seenVersion, clock);
}

OutboxEntry newSigning(const QString &applicationId, qint64 seenVersion,
                       const CreateInvitationRequest &request, const Clock &clock)
{
    return makeEntry("POST",
                     QStringLiteral("/api/v1/applications/%1/new-signing").arg(segment(applicationId)),
                     toJson(request), seenVersion, clock);
}

} // namespace dpdesk::client::outbox_requests
