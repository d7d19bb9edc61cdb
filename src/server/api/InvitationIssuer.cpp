#include "server/api/InvitationIssuer.h"

#include "core/invitation/InvitationCode.h"
#include "core/invitation/LinkToken.h"
#include "core/invitation/SecretHasher.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/config/ServerConfig.h"
#include "server/store/ApplicationStore.h"

namespace dpdesk::server {

Result<IssuedInvitation> issueInvitation(ApiDeps &deps, const HttpRequest &request, qint64 applicantId,
                                         const CreateInvitationRequest &invitation, qint64 createdBy,
                                         const QDateTime &now)
{
    IssuedInvitation issued;
    QString hash;
    if (invitation.kind == InvitationKind::Code) {
        const InvitationCode code = InvitationCode::generate();
        hash = QString::fromLatin1(deps.hasher.hash(code));
        issued.secret.insert("code", code.formatted());
    } else {
        const LinkToken token = LinkToken::generate();
        hash = QString::fromLatin1(deps.hasher.hash(token));
        issued.secret.insert("linkToken", token.toString());
        issued.secret.insert(
            "link", api::customerBaseUrl(deps.config, request) + QStringLiteral("/k/") + token.toString());
    }
    auto id = deps.applications.insertInvitation(applicantId, invitation.kind, hash, now.toMSecsSinceEpoch(),
                                                 now.addDays(invitation.expiresInDays).toMSecsSinceEpoch(),
                                                 createdBy);
    if (!id)
        return id.error();
    issued.id = id.value();
    return issued;
}

} // namespace dpdesk::server
