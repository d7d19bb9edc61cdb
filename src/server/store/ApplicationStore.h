#pragma once

#include "core/Result.h"
#include "core/domain/Application.h"
#include "core/wire/NewApplicationRequest.h"
#include "server/auth/AuthContext.h"

#include <QHash>
#include <QList>

#include <optional>

namespace dpdesk::server {

class Database;

// Applications with their applicants and each applicant's current
// invitation. Ids are database integers, shown on the wire as strings.
// The caller owns the transaction.
class ApplicationStore
{
public:
    explicit ApplicationStore(Database &db);

    struct Stored
    {
        Application application;
        qint64 officeId = 0;
        qint64 advisorId = 0;
    };

    Result<qint64> insert(const NewApplicationRequest &request, qint64 officeId, qint64 advisorId,
                          qint64 nowMs);
    std::optional<Stored> load(qint64 id);
    // Several at once, in two queries (for the changes feed and lists).
    // Ids that do not exist are simply absent from the result.
    Result<QHash<qint64, Stored>> loadMany(const QList<qint64> &ids);
    // Loads only what the caller may see: another office's application, or
    // another advisor's for an advisor, is "not there" (404, no leak).
    std::optional<Stored> loadVisible(qint64 id, const AuthContext &caller);
    static bool visibleTo(const Stored &stored, const AuthContext &caller);

    // Writes the application fields and every applicant's progress, sets
    // version to application.version and updated_at. Fails with
    // precondition_failed when the stored version is not expectedVersion.
    Status save(const Application &application, qint64 expectedVersion, qint64 nowMs);

    struct ListFilter
    {
        QString search; // reference or applicant name, case-insensitive
        int limit = 100;
        int offset = 0;
    };
    Result<QList<Stored>> list(const AuthContext &caller, const ListFilter &filter);

    // Bumps the version (the ETag) after a change of a part of the record
    // (an invitation, a checklist step).
    Status touch(qint64 applicationId, qint64 nowMs);

    // Invitations.
    struct StoredInvitation
    {
        Invitation invitation;
        qint64 applicationId = 0;
    };
    Result<qint64> insertInvitation(qint64 applicantId, InvitationKind kind, const QString &secretHash,
                                    qint64 nowMs, qint64 expiresAtMs, qint64 createdBy);
    std::optional<StoredInvitation> invitationByHash(const QString &secretHash);
    std::optional<Invitation> currentInvitation(qint64 applicantId);
    Status saveInvitation(const Invitation &invitation);
    // Counts one wrong date of birth atomically (safe under concurrent
    // requests and several instances) and locks at lockAt; returns the count
    // after this attempt, or 0 when the invitation was no longer active.
    Result<int> countFailedLogin(qint64 invitationId, int lockAt, qint64 nowMs);
    // For an applicant id: the owning application's id, or 0.
    qint64 applicationOfApplicant(qint64 applicantId);

private:
    // Fills in the applicants (with their current invitations) of each.
    Status attachApplicants(QHash<qint64, Stored> &byId);
    // An applicant's stored progress, parsed: from the cache when the text
    // is the same as last time (written or read here), else parsed and
    // remembered. Comparing the whole text keeps it right whoever wrote the
    // row; it saves checking the same JSON again on every read of an
    // application that is being worked on.
    Result<Applicant> progressOf(qint64 applicantId, const QString &text);

    struct ParsedProgress
    {
        QString text;
        Applicant applicant;
    };
    static constexpr qsizetype kProgressCacheSize = 4096;

    Database &m_db;
    QHash<qint64, ParsedProgress> m_progress;
};

} // namespace dpdesk::server
