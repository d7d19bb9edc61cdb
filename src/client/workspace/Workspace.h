#pragma once

#include "client/auth/AuthClient.h"
#include "client/auth/Session.h"
#include "client/push/PushClient.h"
#include "client/sync/SyncEngine.h"
#include "client/workspace/Conflicts.h"
#include "core/domain/Document.h"
#include "core/time/Clock.h"
#include "core/wire/AuditEntryJson.h"
#include "core/wire/NewApplicationRequest.h"
#include "core/wire/WireLimits.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace dpdesk::client {

class CredentialStore;

// What the desktop's windows use: the login, the signed-in user's local
// cache (one SQLite file per server and user, CachePath.h), and the office's
// actions as outbox entries whose local effect shows at once (LocalEffects.h)
// and whose answers are written back (AnswerEffects.h). Sync runs by itself:
// SyncEngine sends the outbox and pulls the changes feed, PushClient pulls on
// every push notice (or polls while the socket is down), Session keeps the
// access token fresh. Everything runs on the GUI thread in short cache
// transactions; network answers arrive on the event loop.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // How the desktop is connected, for the status bar.
    enum class ConnectionState {
        SignedOut, // no session
        Offline, // the server cannot be reached; changes wait in the outbox
        Polling, // the server answers, the push socket is down: polling
        Live // push notices arrive within a second of every change
    };
    Q_ENUM(ConnectionState)

    struct Options
    {
        QString cacheDirectory; // empty: QStandardPaths::AppDataLocation
        PushClient::SocketFactory pushSocketFactory; // empty: QWebSocket
        int pollIntervalMSecs = 30'000; // while the push socket is down; 0: never
        int reconnectFirstMSecs = 1'000;
        int reconnectMaxMSecs = 60'000;
        int syncRetryFirstMSecs = 2'000; // < 0: no automatic retries
        int syncRetryMaxMSecs = 60'000;
        int refreshMarginSecs = 60;
        int keepAliveMSecs = 45'000; // push pings; 0: off
    };

    // network, credentials and clock are not owned and must outlive the workspace.
    Workspace(QNetworkAccessManager *network, QUrl serverUrl, CredentialStore *credentials,
              const Clock &clock, Options options, QObject *parent = nullptr);
    ~Workspace() override;

    // --- Login ---------------------------------------------------------------
    // A6: username, password and the 6-digit code; loggedIn or loginFailed follows.
    void login(const QString &username, const QString &password, const QString &code);
    // At start-up, with the last username (kept in settings by the GUI): opens
    // that user's cache at once (offline work) and renews the stored login;
    // loginRequired when there is none or the server ended it.
    void resume(const QString &username);
    void logout();

    QUrl serverUrl() const { return m_serverUrl; }
    // The signed-in user; while a resumed session is not renewed yet (e.g.
    // offline), the one remembered in the cache at the last login.
    SessionUser user() const;
    bool isOpen() const { return m_cache != nullptr; } // a user's cache is open
    ConnectionState connectionState() const { return m_connectionState; }
    bool isSyncing() const { return m_syncing; } // sending the outbox or reading the feed
    int pendingCount() const;
    QDateTime lastSyncedAt() const; // invalid: never
    QString cacheFilePath() const;

    // --- Data (from the local cache) ---------------------------------------
    const LocalCache *cache() const { return m_cache; }
    QList<Application> applications() const;
    std::optional<Application> application(const QString &id) const;

    // --- The office's actions ------------------------------------------------
    // Each is checked locally first (the same rules the server applies), then
    // queued with its local effect in one transaction and sent when the
    // network allows. They answer the outbox entry id.
    //
    // A new application shows at once as a provisional row with id
    // "pending:<key>" (isProvisionalId), replaced by the server's record
    // when the answer (or the changes feed) brings it: applicationConfirmed.
    Result<qint64> createApplication(const NewApplicationRequest &request);
    // C1: invites an applicant who has no current (active or locked)
    // invitation. The secret arrives once, with invitationIssued.
    Result<qint64> createInvitation(const QString &applicationId, const QString &applicantId,
                                    InvitationKind kind,
                                    int expiresInDays = wire_limits::kDefaultInvitationDays);
    // C6: revokes the current invitation (e.g. locked after C5) and makes a new one.
    Result<qint64> replaceInvitation(const QString &applicationId, const QString &applicantId,
                                     InvitationKind kind,
                                     int expiresInDays = wire_limits::kDefaultInvitationDays);

    // S5, the DP Portaal way: a new bank account (any spelling Iban::parse
    // accepts; sent in electronic form) and account holder put a new contract
    // in place. Checked here as the server does (the IBAN and holder rules of
    // BankAccountChange, refused on a complete application (I5) and when
    // nothing changes); sent with If-Match of the cached version. At once the
    // cache shows the new IBAN, contract version + 1 and every applicant's
    // steps back to the start; link and code stay the same.
    Result<qint64> changeBankAccount(const QString &applicationId, const QString &iban,
                                     const QString &accountHolder);
    // S5, the Maex way: a new contract and a new invitation for every
    // applicant; their current links and codes stop working at once (C6).
    // The new secrets arrive with invitationIssued, one per applicant.
    Result<qint64> newSigning(const QString &applicationId, InvitationKind kind,
                              int expiresInDays = wire_limits::kDefaultInvitationDays);

    QList<Conflict> conflicts() const;
    // Drops a refused change and takes back what it showed.
    Status discard(qint64 entryId);
    // Sends a refused change again, as a new entry on the latest cached
    // version of its application. Answers the new entry id.
    Result<qint64> retry(qint64 entryId);
    // Reads one application from the server again (e.g. after a discard).
    void reload(const QString &applicationId);
    // The application's audit trail, from the server (not cached: online only).
    using AuditCallback = std::function<void(const Result<QList<AuditEntry>> &)>;
    void fetchAudit(const QString &applicationId, AuditCallback done);
    // The application's document versions (D1, S5), oldest first, from the
    // server (online only, like the audit trail).
    using DocumentsCallback = std::function<void(const Result<QList<DocumentVersion>> &)>;
    void fetchDocuments(const QString &applicationId, DocumentsCallback done);
    // One document version's PDF, as the server keeps it (never cached).
    using PdfCallback = std::function<void(const Result<QByteArray> &)>;
    void fetchDocument(const QString &applicationId, const QString &documentId, PdfCallback done);
    void syncNow();

    // The parts, for tests and diagnostics (null while signed out).
    AuthClient *authClient() const { return m_auth; }
    Session *session() const { return m_session; }
    SyncEngine *syncEngine() const { return m_engine; }
    PushClient *pushClient() const { return m_push; }

signals:
    // A user's cache is open (login, or resume: at once, also offline): show it.
    void opened(const dpdesk::client::SessionUser &user);
    // The user's details arrived or changed (a resumed session renewed).
    void userChanged(const dpdesk::client::SessionUser &user);
    void loggedIn(const dpdesk::client::SessionUser &user);
    void loginFailed(const dpdesk::client::AuthError &error);
    // The session ended without the user asking (or there is none to resume):
    // show the login dialog. reason may be empty.
    void loginRequired(const QString &reason);
    void loggedOut();
    // The cache could not be opened or written.
    void workspaceError(const dpdesk::Error &error);

    void applicationsChanged(const QStringList &ids);
    void applicationConfirmed(const QString &provisionalId, const QString &applicationId);
    // C1/C6: the secret of a new invitation, shown once; never log it, never store it.
    void invitationIssued(qint64 entryId, const QString &applicationId, const QString &applicantId,
                          dpdesk::InvitationKind kind, const QString &secret, const QUrl &link);
    void conflictsChanged();
    void connectionStateChanged(dpdesk::client::Workspace::ConnectionState state);
    void syncingChanged(bool syncing);
    void pendingCountChanged(int count);
    void lastSyncedAtChanged(const QDateTime &when);

private:
    bool openUserSpace(const QString &username);
    void closeUserSpace();
    void rememberUser(const SessionUser &user);
    Result<qint64> enqueue(const OutboxEntry &entry);
    // The application for an action on it, or why there is none to act on.
    Result<Application> actionable(const QString &applicationId) const;
    Result<qint64> inviteChecked(const QString &applicationId, const QString &applicantId,
                                 InvitationKind kind, int expiresInDays, bool replace);
    void onAccessTokenChanged();
    void onSent(const OutboxEntry &entry, int status, const QJsonValue &body);
    void updateConnectionState();
    void emitPendingCount();
    void emitChanged(QStringList ids);
    void setSyncing(bool syncing);

    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    CredentialStore *m_credentials;
    const Clock &m_clock;
    Options m_options;
    AuthClient *m_auth;
    Session *m_session;
    SessionUser m_rememberedUser; // from the cache, for a resumed session
    // The signed-in user's part (null while signed out): the cache and what
    // uses it, owned by one object so that they go together.
    class UserSpace;
    UserSpace *m_space = nullptr;
    QString m_username;
    LocalCache *m_cache = nullptr;
    ApiClient *m_api = nullptr;
    SyncEngine *m_engine = nullptr;
    PushClient *m_push = nullptr;
    QStringList m_answerChanged; // filled by the answer effect, emitted after the commit
    ConnectionState m_connectionState = ConnectionState::SignedOut;
    int m_lastPendingCount = -1;
    bool m_syncing = false;
};

} // namespace dpdesk::client
