#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace dpdesk::client {

// One local change waiting to be sent to the portal service. The entry is
// written to the cache before anything goes over the network, so a change is
// never lost when the app is closed or offline; the idempotency key makes a
// re-send after a lost answer safe (the server replays its stored answer).
struct OutboxEntry
{
    enum class State { Pending, Conflict };

    qint64 id = 0; // assigned by LocalCache::enqueue, in enqueue order
    QString idempotencyKey; // [A-Za-z0-9._:~-]{8,100}
    QByteArray method; // "POST", "PATCH" or "PUT"
    QString path; // e.g. "/api/v1/applications/42"
    QByteArray body; // JSON
    QString baseEtag; // the version the change was made on; empty: no If-Match
    QDateTime createdAt; // UTC
    State state = State::Pending;
    QString lastError; // the server's message for a Conflict

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

} // namespace dpdesk::client

Q_DECLARE_METATYPE(dpdesk::client::OutboxEntry)
