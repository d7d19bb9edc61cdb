#include "client/workspace/Workspace.h"

#include "client/Logging.h"
#include "client/cache/Provisional.h"
#include "client/sync/OutboxRequests.h"
#include "client/workspace/AnswerEffects.h"
#include "client/workspace/CachePath.h"
#include "client/workspace/LocalEffects.h"
#include "core/domain/ChecklistRules.h"
#include "core/domain/LoginRules.h"
#include "core/iban/Iban.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/BankAccountChange.h"
#include "core/wire/CreateInvitationRequest.h"
#include "core/wire/DocumentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace dpdesk::client {

// The cache of the signed-in user with the API client, sync engine and push
// client that use it. Deleted later as a whole (a signal handler may still
// be running in one of them), children first, the cache last.
class Workspace::UserSpace : public QObject
{
public:
    explicit UserSpace(const QString &cacheFile)
        : cache(cacheFile)
    { }
    ~UserSpace() override
    {
        delete push;
        delete engine;
        delete api;
    }

    LocalCache cache;
    ApiClient *api = nullptr;
    SyncEngine *engine = nullptr;
    PushClient *push = nullptr;
};

namespace {

Error localError(const char *code, const QString &message, const QString &field = {})
{
    return Error{QString::fromLatin1(code), message, field};
}

QString applicationPath(const QString &applicationId)
{
    return QStringLiteral("/api/v1/applications/")
        + QString::fromUtf8(QUrl::toPercentEncoding(applicationId));
}

} // namespace

Workspace::Workspace(QNetworkAccessManager *network, QUrl serverUrl, CredentialStore *credentials,
                     const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_serverUrl(std::move(serverUrl))
    , m_credentials(credentials)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_auth(new AuthClient(network, m_serverUrl, this))
    , m_session(new Session(m_auth, credentials, clock, this))
{
    m_session->setRefreshMargin(m_options.refreshMarginSecs);
    connect(m_session, &Session::accessTokenChanged, this, &Workspace::onAccessTokenChanged);
    connect(m_session, &Session::userChanged, this, [this](const SessionUser &user) {
        rememberUser(user);
        emit userChanged(user);
    });
    connect(m_session, &Session::stateChanged, this, &Workspace::updateConnectionState);
    connect(m_session, &Session::loginRequired, this, [this](const QString &reason) {
        if (m_push)
            m_push->stop(); // the cache stays open: the office keeps seeing its work
        updateConnectionState();
        emit loginRequired(reason);
    });
}

Workspace::~Workspace()
{
    delete m_space;
}

// --- Login -------------------------------------------------------------------

void Workspace::login(const QString &username, const QString &password, const QString &code)
{
    m_auth->login(username, password, code, [this](const AuthOutcome<LoginResult> &outcome) {
        if (!outcome.ok()) {
            emit loginFailed(outcome.error);
            return;
        }
        if (!openUserSpace(outcome.value->user.username)) {
            AuthError error;
            error.kind = AuthFailure::UnexpectedAnswer;
            error.code = QStringLiteral("cache.open_failed");
            error.message = tr("The local cache could not be opened.");
            emit loginFailed(error);
            return;
        }
        m_session->start(*outcome.value);
        emit opened(outcome.value->user);
        emit loggedIn(outcome.value->user);
    });
}

void Workspace::resume(const QString &username)
{
    if (username.isEmpty() || !openUserSpace(username)) {
        emit loginRequired({});
        return;
    }
    // The office sees its work at once, before (or without) the server.
    const QJsonObject remembered =
        QJsonDocument::fromJson(m_cache->metaValue(QStringLiteral("session_user")).toUtf8()).object();
    m_rememberedUser = AuthClient::userFromJson(remembered).value_or(SessionUser{});
    if (m_rememberedUser.username.isEmpty())
        m_rememberedUser.username = username;
    emit opened(user());
    m_session->resume(username);
}

SessionUser Workspace::user() const
{
    const SessionUser current = m_session->user();
    return current.id.isEmpty() && m_space ? m_rememberedUser : current;
}

void Workspace::rememberUser(const SessionUser &user)
{
    if (!m_cache || user.id.isEmpty())
        return;
    m_rememberedUser = user;
    if (!m_cache->setMetaValue(
            QStringLiteral("session_user"),
            QString::fromUtf8(QJsonDocument(AuthClient::userToJson(user)).toJson(QJsonDocument::Compact))))
        qCWarning(lcWorkspace) << "could not remember the user in the cache";
}

void Workspace::logout()
{
    m_session->logout();
    closeUserSpace();
    updateConnectionState();
    emit loggedOut();
}

bool Workspace::openUserSpace(const QString &username)
{
    const QString key = username.toLower();
    if (m_space && m_username == key)
        return true;
    closeUserSpace();
    auto *space = new UserSpace(client::cacheFilePath(m_serverUrl, key, m_options.cacheDirectory));
    if (Status opened = space->cache.open(); !opened) {
        delete space;
        emit workspaceError(opened.error());
        return false;
    }
    m_space = space;
    m_username = key;
    m_cache = &space->cache;
    m_api = space->api = new ApiClient(m_network, m_serverUrl, m_session->tokenProvider());
    m_engine = space->engine = new SyncEngine(m_cache, m_api);
    m_engine->setRetryDelays(m_options.syncRetryFirstMSecs, m_options.syncRetryMaxMSecs);
    m_engine->setAnswerEffect(
        [this](LocalCache::Writer &writer, const OutboxEntry &entry, const ApiResult &answer) {
            m_answerChanged.clear();
            return applyAnswer(writer, entry, answer, &m_answerChanged);
        });
    m_push = space->push = new PushClient(
        m_engine, m_serverUrl, [session = m_session] { return session->accessToken(); },
        m_options.pushSocketFactory);
    m_push->setPollInterval(m_options.pollIntervalMSecs);
    m_push->setReconnectDelays(m_options.reconnectFirstMSecs, m_options.reconnectMaxMSecs);
    m_push->setKeepAlive(m_options.keepAliveMSecs, 10'000);

    connect(m_engine, &SyncEngine::applicationsChanged, this, &Workspace::emitChanged);
    connect(m_engine, &SyncEngine::sent, this, &Workspace::onSent);
    connect(m_engine, &SyncEngine::conflict, this, [this] { emit conflictsChanged(); });
    connect(m_engine, &SyncEngine::pendingCountChanged, this, &Workspace::emitPendingCount);
    connect(m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        updateConnectionState();
        setSyncing(state == SyncEngine::State::Syncing);
    });
    connect(m_engine, &SyncEngine::authenticationRequired, this, [this] {
        if (m_session->state() != Session::State::LoggedOut)
            m_session->accessTokenRejected(m_session->lastProvidedToken());
    });
    connect(m_engine, &SyncEngine::pulled, this, [this] {
        const QDateTime now = m_clock.nowUtc();
        if (m_cache->setLastSyncedAt(now))
            emit lastSyncedAtChanged(now);
    });
    connect(m_push, &PushClient::stateChanged, this, &Workspace::updateConnectionState);
    connect(m_push, &PushClient::authenticationRequired, this,
            [this](const QString &token) { m_session->accessTokenRejected(token); });

    qCInfo(lcWorkspace) << "opened the local cache";
    // No ids announced here: what shows the cache builds from it on opened()
    // (reading every id took ~0.1 s of a large office's start-up).
    emitPendingCount();
    emit conflictsChanged();
    emit lastSyncedAtChanged(m_cache->lastSyncedAt());
    return true;
}

void Workspace::closeUserSpace()
{
    if (!m_space)
        return;
    m_push->stop();
    m_engine->setAnswerEffect({});
    for (QObject *part :
         {static_cast<QObject *>(m_push), static_cast<QObject *>(m_engine), static_cast<QObject *>(m_api)})
        part->disconnect(this);
    // Ends every request now (their callbacks run here, while the cache is
    // still there), so that nothing calls back once the space is gone.
    m_api->abortAll();
    m_space->deleteLater();
    m_space = nullptr;
    m_cache = nullptr;
    m_api = nullptr;
    m_engine = nullptr;
    m_push = nullptr;
    m_username.clear();
    m_rememberedUser = {};
    m_lastPendingCount = -1;
    setSyncing(false);
}

void Workspace::setSyncing(bool syncing)
{
    if (syncing == m_syncing)
        return;
    m_syncing = syncing;
    emit syncingChanged(syncing);
}

void Workspace::onAccessTokenChanged()
{
    if (!m_space)
        return;
    if (m_push->state() == PushClient::State::Offline)
        m_push->start();
    else
        m_push->reconnectNow();
    m_engine->sync();
    updateConnectionState();
}

// --- State -------------------------------------------------------------------

int Workspace::pendingCount() const
{
    return m_cache ? m_cache->pendingCount() : 0;
}

QDateTime Workspace::lastSyncedAt() const
{
    return m_cache ? m_cache->lastSyncedAt() : QDateTime();
}

QString Workspace::cacheFilePath() const
{
    return m_cache ? m_cache->filePath() : QString();
}

QList<Application> Workspace::applications() const
{
    return m_cache ? m_cache->applications() : QList<Application>();
}

std::optional<Application> Workspace::application(const QString &id) const
{
    return m_cache ? m_cache->application(id) : std::nullopt;
}

void Workspace::updateConnectionState()
{
    ConnectionState state = ConnectionState::SignedOut;
    if (m_space && m_session->state() != Session::State::LoggedOut) {
        if (m_push->state() == PushClient::State::Connected)
            state = ConnectionState::Live;
        else if (m_engine->state() == SyncEngine::State::Offline)
            state = ConnectionState::Offline;
        else
            state = ConnectionState::Polling;
    }
    if (state == m_connectionState)
        return;
    m_connectionState = state;
    emit connectionStateChanged(state);
}

void Workspace::emitPendingCount()
{
    const int count = pendingCount();
    if (count == m_lastPendingCount)
        return;
    m_lastPendingCount = count;
    emit pendingCountChanged(count);
}

void Workspace::emitChanged(QStringList ids)
{
    ids.removeDuplicates();
    if (!ids.isEmpty())
        emit applicationsChanged(ids);
}

void Workspace::syncNow()
{
    if (m_engine)
        m_engine->sync();
}

// --- Actions -----------------------------------------------------------------

Result<qint64> Workspace::enqueue(const OutboxEntry &entry)
{
    if (!m_engine)
        return localError("workspace.signed_out", tr("Log in first."));
    QStringList changed;
    auto id = m_engine->enqueue(entry, localEffectOf(entry, m_session->user(), m_clock.nowUtc(), &changed));
    if (!id) {
        emit workspaceError(id.error());
        return id;
    }
    emitChanged(changed);
    return id;
}

Result<qint64> Workspace::createApplication(const NewApplicationRequest &request)
{
    if (!m_cache)
        return localError("workspace.signed_out", tr("Log in first."));
    // The server's rules, checked before anything is queued.
    auto checked = newApplicationRequestFromJson(toJson(request), m_clock.nowUtc().date());
    if (!checked)
        return checked.error();
    if (m_cache->hasReference(request.reference))
        return localError("conflict.reference_taken", tr("The office already has this reference."),
                          QStringLiteral("reference"));
    return enqueue(outbox_requests::createApplication(*checked, m_clock));
}

Result<qint64> Workspace::createInvitation(const QString &applicationId, const QString &applicantId,
                                           InvitationKind kind, int expiresInDays)
{
    return inviteChecked(applicationId, applicantId, kind, expiresInDays, false);
}

Result<qint64> Workspace::replaceInvitation(const QString &applicationId, const QString &applicantId,
                                            InvitationKind kind, int expiresInDays)
{
    return inviteChecked(applicationId, applicantId, kind, expiresInDays, true);
}

Result<qint64> Workspace::inviteChecked(const QString &applicationId, const QString &applicantId,
                                        InvitationKind kind, int expiresInDays, bool replace)
{
    if (!m_cache)
        return localError("workspace.signed_out", tr("Log in first."));
    if (isProvisionalId(applicationId))
        return localError("workspace.not_confirmed",
                          tr("The server has not confirmed this application yet. Invite once it has."));
    const auto application = m_cache->application(applicationId);
    if (!application)
        return localError("not_found", tr("This application is not known here."));
    const Applicant *applicant = nullptr;
    for (const Applicant &candidate : application->applicants)
        if (candidate.id == applicantId)
            applicant = &candidate;
    if (!applicant)
        return localError("not_found", tr("This applicant is not part of the application."));
    CreateInvitationRequest request{kind, expiresInDays};
    if (auto valid = createInvitationRequestFromJson(toJson(request)); !valid)
        return valid.error();
    const auto &current = applicant->invitation;
    if (replace) {
        // C6: only an active (maybe expired) or locked invitation is replaced.
        if (!current)
            return localError("conflict.no_invitation",
                              tr("This applicant has no invitation to replace yet. Create one."));
        if (auto revocable = revokeInvitation(*current, m_clock.nowUtc()); !revocable)
            return localError("conflict.invitation_not_replaceable", revocable.error().message);
    } else if (current
               && (current->state == InvitationState::Active || current->state == InvitationState::Locked)) {
        // C1: one current invitation per applicant.
        return localError(
            "conflict.invitation_exists",
            tr("This applicant already has an invitation. Use \"delete and create new\" to replace "
               "it; the old link or code then stops working."));
    }
    const OutboxEntry entry = replace
        ? outbox_requests::replaceInvitation(applicationId, applicantId, 0, request, m_clock)
        : outbox_requests::createInvitation(applicationId, applicantId, 0, request, m_clock);
    return enqueue(entry);
}

Result<Application> Workspace::actionable(const QString &applicationId) const
{
    if (!m_cache)
        return localError("workspace.signed_out", tr("Log in first."));
    if (isProvisionalId(applicationId))
        return localError("workspace.not_confirmed",
                          tr("The server has not confirmed this application yet. Try again once it has."));
    auto application = m_cache->application(applicationId);
    if (!application)
        return localError("not_found", tr("This application is not known here."));
    if (isComplete(*application)) // I5: the contract cannot change any more
        return localError("conflict.application_complete",
                          tr("This application is complete: every applicant has signed and identified. Its "
                             "contract cannot change any more; a different bank account needs a new "
                             "application."));
    return std::move(*application);
}

Result<qint64> Workspace::changeBankAccount(const QString &applicationId, const QString &iban,
                                            const QString &accountHolder)
{
    auto application = actionable(applicationId);
    if (!application)
        return application.error();
    // The server's rules (BankAccountChange): a valid IBAN in electronic form
    // and an account holder.
    const auto parsed = Iban::parse(iban);
    if (!parsed)
        return parsed.error();
    const BankAccountChange change{parsed->normalized(), accountHolder.trimmed()};
    auto checked = bankAccountChangeFromJson(toJson(change));
    if (!checked)
        return checked.error();
    if (application->iban == change.iban && application->accountHolder == change.accountHolder)
        return localError("conflict.bank_account_unchanged",
                          tr("This is already the application's bank account and account holder; nothing "
                             "would change."),
                          QStringLiteral("iban"));
    return enqueue(
        outbox_requests::changeBankAccount(applicationId, application->version, checked.value(), m_clock));
}

Result<qint64> Workspace::newSigning(const QString &applicationId, InvitationKind kind, int expiresInDays)
{
    auto application = actionable(applicationId);
    if (!application)
        return application.error();
    if (application->applicants.isEmpty())
        return localError("not_found", tr("This application has no applicants to invite."));
    CreateInvitationRequest request{kind, expiresInDays};
    if (auto valid = createInvitationRequestFromJson(toJson(request)); !valid)
        return valid.error();
    return enqueue(outbox_requests::newSigning(applicationId, application->version, request, m_clock));
}

void Workspace::onSent(const OutboxEntry &entry, int status, const QJsonValue &body)
{
    Q_UNUSED(status);
    const QStringList changed = std::exchange(m_answerChanged, {});
    const OutboxAction action = describeOutboxEntry(entry);
    if (action.kind == OutboxAction::Kind::CreateApplication) {
        const QString id = body.toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            emit applicationConfirmed(provisionalId(entry.idempotencyKey), id);
    }
    emitChanged(changed);
    for (const IssuedInvitation &issued : issuedInvitationsFrom(entry, body)) {
        qCInfo(lcWorkspace) << "invitation issued by entry" << entry.id; // never the secret
        emit invitationIssued(entry.id, issued.applicationId, issued.applicantId, issued.kind, issued.secret,
                              issued.link);
    }
}

// --- Conflicts ---------------------------------------------------------------

QList<Conflict> Workspace::conflicts() const
{
    return m_cache ? conflictsIn(*m_cache) : QList<Conflict>();
}

Status Workspace::discard(qint64 entryId)
{
    if (!m_cache)
        return localError("workspace.signed_out", tr("Log in first."));
    const auto entry = m_cache->outboxEntry(entryId);
    if (!entry || entry->state != OutboxEntry::State::Conflict)
        return localError("not_found", tr("Only a change the server refused can be discarded."));
    QStringList changed;
    if (Status removed = m_cache->remove(entryId, undoEffectOf(*entry, &changed)); !removed) {
        emit workspaceError(removed.error());
        return removed;
    }
    qCInfo(lcWorkspace) << "discarded entry" << entryId;
    emitChanged(changed);
    emit conflictsChanged();
    emitPendingCount();
    const OutboxAction action = describeOutboxEntry(*entry);
    if ((action.isInvitation() || action.isNewContract()) && !changed.isEmpty())
        reload(action.applicationId); // what it replaced in the cache
    return Status::success();
}

Result<qint64> Workspace::retry(qint64 entryId)
{
    if (!m_cache)
        return localError("workspace.signed_out", tr("Log in first."));
    const auto old = m_cache->outboxEntry(entryId);
    if (!old || old->state != OutboxEntry::State::Conflict)
        return localError("not_found", tr("Only a change the server refused can be retried."));
    OutboxEntry again = *old;
    again.id = 0;
    again.idempotencyKey = outbox_requests::newIdempotencyKey(); // a new request, not a replay
    again.createdAt = m_clock.nowUtc();
    again.state = OutboxEntry::State::Pending;
    again.lastError.clear();
    const OutboxAction action = describeOutboxEntry(again);
    if (!old->baseEtag.isEmpty()) {
        const auto latest = m_cache->application(action.applicationId);
        if (latest)
            again.baseEtag = QString::number(latest->version);
    }
    QStringList changed;
    const auto undo = undoEffectOf(*old, &changed);
    const auto redo = localEffectOf(again, m_session->user(), m_clock.nowUtc(), &changed);
    auto id = m_cache->replace(entryId, again, [&](LocalCache::Writer &writer) -> Status {
        if (undo)
            if (Status undone = undo(writer); !undone)
                return undone;
        return redo ? redo(writer) : Status::success();
    });
    if (!id) {
        emit workspaceError(id.error());
        return id;
    }
    emitChanged(changed);
    emit conflictsChanged();
    emitPendingCount();
    m_engine->flushOutbox();
    return id;
}

void Workspace::reload(const QString &applicationId)
{
    if (!m_api || isProvisionalId(applicationId))
        return;
    const QString path = applicationPath(applicationId);
    m_api->request("GET", path, {}, {}, [this, space = QPointer<QObject>(m_space)](const ApiResult &result) {
        // The API client belongs to the space: while it calls back, both are alive.
        if (!space || space != m_space || !result.isSuccess())
            return;
        auto application = applicationFromJson(result.body.toObject());
        if (!application)
            return;
        if (m_cache->write(
                [&](LocalCache::Writer &writer) { return writer.upsertApplicationIfNewer(*application); }))
            emitChanged({application->id});
    });
}

void Workspace::fetchAudit(const QString &applicationId, AuditCallback done)
{
    const Error offline{QStringLiteral("audit.unavailable"),
                        tr("The history is shown when the connection to the portal service is there."),
                        {}};
    if (!m_api || isProvisionalId(applicationId)) {
        done(offline);
        return;
    }
    const QString path = applicationPath(applicationId) + QStringLiteral("/audit");
    m_api->request("GET", path, {}, {}, [offline, done = std::move(done)](const ApiResult &result) {
        if (!result.isSuccess()) {
            done(offline);
            return;
        }
        done(auditListFromJson(result.body.toObject()));
    });
}

void Workspace::fetchDocuments(const QString &applicationId, DocumentsCallback done)
{
    const Error offline{QStringLiteral("documents.unavailable"),
                        tr("The documents are shown when the connection to the portal service is there."),
                        {}};
    if (!m_api || isProvisionalId(applicationId)) {
        done(offline);
        return;
    }
    m_api->request(
        "GET", applicationPath(applicationId) + QStringLiteral("/documents"), {}, {},
        [offline, done = std::move(done)](const ApiResult &result) {
            if (!result.isSuccess()) {
                done(offline);
                return;
            }
            QList<DocumentVersion> documents;
            const QJsonArray items = result.body.toObject().value(QLatin1String("items")).toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                auto document =
                    documentVersionFromJson(items.at(i).toObject(), QStringLiteral("items[%1]").arg(i));
                if (!document) {
                    qCWarning(lcWorkspace) << "document list does not decode:" << document.error().code
                                           << document.error().field;
                    done(document.error());
                    return;
                }
                documents << document.value();
            }
            done(documents);
        });
}

void Workspace::fetchDocument(const QString &applicationId, const QString &documentId, PdfCallback done)
{
    if (!m_api || isProvisionalId(applicationId)) {
        done(localError("documents.unavailable",
                        tr("Documents open when the connection to the portal service is there.")));
        return;
    }
    const QString path = applicationPath(applicationId) + QStringLiteral("/documents/")
        + QString::fromUtf8(QUrl::toPercentEncoding(documentId));
    m_api->request("GET", path, {}, {{"Accept", "application/pdf"}},
                   [done = std::move(done)](const ApiResult &result) {
                       if (result.networkError) {
                           done(localError("documents.unavailable",
                                           tr("The document could not be fetched: the portal service cannot "
                                              "be reached.")));
                       } else if (!result.isSuccess()) {
                           done(Error{result.errorCode, result.errorMessage, result.errorField});
                       } else if (!result.bytes.startsWith("%PDF-")) {
                           done(localError("documents.not_pdf", tr("The server did not send a PDF.")));
                       } else {
                           done(result.bytes);
                       }
                   });
}

} // namespace dpdesk::client
