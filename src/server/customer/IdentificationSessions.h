#pragma once

#include "core/Result.h"
#include "core/domain/NamedEnum.h"

#include <QString>

#include <optional>
#include <utility>

class QSqlQuery;

namespace dpdesk::server {

class Database;

// Our record of the identification sessions each applicant started (I2),
// table identification_sessions: the provider's session id, the app link,
// the 15-minute window and how the session ended. The caller owns the
// transaction.
class IdentificationSessions
{
public:
    enum class State {
        Open, // waiting for the app's result
        Done, // I4 green, applied to the applicant
        Failed, // I4 red, applied
        Expired, // I2: 15 minutes without a result
        Replaced, // the applicant started a new session
        Discarded // a result that no longer applied (the flow had moved on)
    };

    struct Row
    {
        qint64 id = 0;
        qint64 applicantId = 0;
        QString providerSessionId;
        QString appUrl;
        State state = State::Open;
        qint64 startedAtMs = 0;
        qint64 expiresAtMs = 0;
    };

    explicit IdentificationSessions(Database &db);

    Status insert(qint64 applicantId, const QString &providerSessionId, const QString &appUrl,
                  qint64 startedAtMs, qint64 expiresAtMs);
    // Every open session of the applicant becomes Replaced.
    Status replaceOpen(qint64 applicantId, qint64 nowMs);
    std::optional<Row> latestFor(qint64 applicantId);
    std::optional<Row> byProviderId(const QString &providerSessionId);
    Status setState(qint64 id, State state, qint64 nowMs);

private:
    std::optional<Row> one(QSqlQuery &q);

    Database &m_db;
};

} // namespace dpdesk::server

namespace dpdesk {
template<>
struct EnumNames<server::IdentificationSessions::State>
{
    using S = server::IdentificationSessions::State;
    static constexpr std::pair<S, const char *> entries[] = {
        {S::Open, "open"},       {S::Done, "done"},         {S::Failed, "failed"},
        {S::Expired, "expired"}, {S::Replaced, "replaced"}, {S::Discarded, "discarded"},
    };
};
} // namespace dpdesk
