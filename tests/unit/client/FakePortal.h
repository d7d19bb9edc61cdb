#pragma once

#include "core/domain/Application.h"

#include <QHash>
#include <QMap>

#include "FakeNetwork.h"

// A tiny in-memory portal service behind FakeNetwork, enough for the sync
// and workspace tests: the changes feed (paging, a feed floor for 410), POST
// and PATCH of applications with Idempotency-Key replay and If-Match (412), a
// business refusal (409 for a reference already taken), invitations by code
// or link (C1, 409 when one exists) and their replacement (C6), a new bank
// account and a new signing (S5: If-Match, 409 on a complete application),
// the document list and a document's bytes, GET of one application, login/refresh (password "secret", code
// "123456"), and switches for an offline network, lost answers and an expired token.
class FakePortal
{
public:
    explicit FakePortal(FakeNetwork &network);

    // Server-side changes (as if another user made them).
    dpdesk::Application put(dpdesk::Application application);
    void remove(const QString &id);

    QList<dpdesk::Application> applications() const { return m_applications.values(); }
    qint64 seq() const { return m_seq; }
    // Cursors below this (other than 0) answer 410 changes.cursor_expired.
    void setFeedFloor(qint64 floor) { m_floor = floor; }

    // C5 as if the customer typed a wrong date of birth four times.
    void lockInvitation(const QString &applicationId, int applicantIndex = 0);
    // The access token stops working; a refresh issues a new one.
    void expireAccessToken();

    bool offline = false; // every request: network error, nothing done
    // The changes request with this number (from 1) and every later one end
    // in a network error (0: none).
    int failChangesFrom = 0;
    // Changes pages list nextCursor and hasMore before "changes" (the real
    // server writes them last, where the sync reads where the next page starts).
    bool membersFirst = false;
    bool tokenExpired = false; // every request: 401
    QString accessToken = QStringLiteral("token"); // the one accepted
    QString refreshToken = QStringLiteral("refresh-1");
    int refreshes = 0;
    // Decides per write whether its answer is lost: the server does the work
    // and stores the answer, but the client gets a network error.
    std::function<bool(const FakeRequest &)> loseAnswer;

    int executions(const QString &key) const { return m_executions.value(key); } // not counting replays
    int changeRequests() const { return m_changeRequests; }

    // The document list of every application (GET .../documents): one
    // contract per contract version, the older ones superseded.
    QByteArray pdfBytes = QByteArrayLiteral("%PDF-1.4\n% a fake document\n%%EOF\n");

private:
    FakeResponse handle(const FakeRequest &request);
    FakeResponse changes(const FakeRequest &request);
    FakeResponse write(const FakeRequest &request);
    FakeResponse create(const QJsonObject &body);
    FakeResponse patch(const QString &id, const QByteArray &ifMatch, const QJsonObject &body);
    FakeResponse invite(const QStringList &path, const QJsonObject &body);
    FakeResponse newContract(const QString &id, const QByteArray &ifMatch, const QJsonObject &body,
                             bool newSigning);
    FakeResponse documents(const QString &id, const QString &documentId);
    FakeResponse auth(const FakeRequest &request);
    qint64 bump(const QString &id);

    QMap<QString, dpdesk::Application> m_applications;
    QMap<qint64, std::pair<QString, bool>> m_feed; // seq -> (id, deleted); latest seq per id only
    QHash<QString, qint64> m_seqOf;
    QHash<QString, FakeResponse> m_stored; // idempotency key -> answer
    QHash<QString, int> m_executions;
    qint64 m_seq = 0;
    qint64 m_floor = 0;
    int m_nextId = 100;
    int m_nextInvitation = 1;
    int m_tokenGeneration = 1;
    int m_changeRequests = 0;
};
