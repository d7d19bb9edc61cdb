#pragma once

#include "client/cache/LocalCache.h"
#include "client/net/ApiClient.h"
#include "core/domain/Enums.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dpdesk::client {

// Writes the server's answer to an accepted outbox entry into the cache,
// in the transaction that removes the entry (SyncEngine::setAnswerEffect):
//  - a created or updated application replaces its provisional row (by
//    reference, Provisional.h) unless the cache already has a newer version
//    from the changes feed;
//  - a created or replacing invitation (C1, C6) becomes the applicant's
//    current one, unless the feed already brought it or a later one;
//  - a new bank account or a new signing (S5): the application with its new
//    contract (and, for a new signing, the new invitations) replaces what the
//    local effect showed, unless the feed already brought a newer version.
// An answer that does not decode changes nothing (the feed brings the record).
// changedIds collects the applications written.
Status applyAnswer(LocalCache::Writer &writer, const OutboxEntry &entry, const ApiResult &answer,
                   QStringList *changedIds);

// The secret of a new invitation, found only in the answer to its POST
// (C1, C6, and one per applicant for a new signing, S5): the code, or the
// link token with its link. Show it once; never log it, never store it.
struct IssuedInvitation
{
    QString applicationId;
    QString applicantId;
    InvitationKind kind = InvitationKind::Code;
    QString secret; // the code (K7QM-2XD9-3) or the link token
    QUrl link; // for a link invitation
};

// Empty for an answer without secrets (or one that does not decode).
QList<IssuedInvitation> issuedInvitationsFrom(const OutboxEntry &entry, const QJsonValue &body);

} // namespace dpdesk::client
