#pragma once

#include "client/auth/AuthClient.h"
#include "client/cache/LocalCache.h"
#include "core/wire/NewApplicationRequest.h"

#include <QDateTime>
#include <QStringList>

namespace dpdesk::client {

// What the office sees at once for a change that waits in the outbox,
// written in the same transaction as the entry (LocalCache::enqueue), and how
// a discarded entry is taken back. Built from the entry itself, so an entry
// kept across a restart or retried has the same effect.
//  - a new application: a provisional row "pending:<key>" (Provisional.h);
//  - a new or replacing invitation (C1, C6): a provisional invitation
//    "pending:<key>" as the applicant's current one, active, no attempts;
//  - a new bank account (S5): the new IBAN and account holder, and a new
//    contract (resetForNewContract: contractVersion + 1, every applicant's
//    steps back to the start; link and code stay);
//  - a new signing (S5, the Maex way): the new contract, and a provisional
//    invitation "pending:<key>:<position>" for every applicant.
// changedIds collects the applications written (for applicationsChanged).

Application provisionalApplication(const NewApplicationRequest &request, const QString &idempotencyKey,
                                   const SessionUser &user, const QDateTime &now);

LocalCache::LocalEffect localEffectOf(const OutboxEntry &entry, const SessionUser &user, const QDateTime &now,
                                      QStringList *changedIds);

// Undoes localEffectOf for a discarded entry where it still shows. A
// discarded invitation leaves the applicant without a current invitation in
// the cache until the application is read again from the server; a discarded
// new contract (S5) changes nothing here and only names the application: the
// caller reads it from the server again.
LocalCache::LocalEffect undoEffectOf(const OutboxEntry &entry, QStringList *changedIds);

} // namespace dpdesk::client
