#include "FakePortal.h"

#include "core/domain/ChecklistRules.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/ChangeRecord.h"
#include "core/wire/DocumentJson.h"
#include "core/wire/InvitationJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include "ClientSamples.h"

using namespace dpdesk;

FakePortal::FakePortal(FakeNetwork &network)
{
    network.setHandler([this](const FakeRequest &request) { return handle(request); });
}

qint64 FakePortal::bump(const QString &id)
{
    if (const auto previous = m_seqOf.find(id); previous != m_seqOf.end())
        m_feed.remove(*previous);
    m_seqOf[id] = ++m_seq;
    return m_seq;
}

Application FakePortal::put(Application application)
{
    m_applications[application.id] = application;
    m_feed[bump(application.id)] = {application.id, false};
    return application;
}

void FakePortal::remove(const QString &id)
{
    m_applications.remove(id);
    m_feed[bump(id)] = {id, true};
}

FakeResponse FakePortal::handle(const FakeRequest &request)
{
    if (offline)
        return FakeResponse::networkError(QNetworkReply::HostNotFoundError);
    if (request.path().startsWith(QLatin1String("/api/v1/auth/")))
        return auth(request);
    if (tokenExpired || request.header("Authorization") != "Bearer " + accessToken.toUtf8())
        return FakeResponse::apiError(401, "auth.invalid_token", "Log in again.");
    if (request.method == "GET" && request.path() == QLatin1String("/api/v1/changes")) {
        if (failChangesFrom > 0 && m_changeRequests + 1 >= failChangesFrom) {
            ++m_changeRequests;
            return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
        }
        return changes(request);
    }
    if (request.method == "GET" && request.path() == QLatin1String("/api/v1/me"))
        return FakeResponse::json(
            200, {{"id", "user-1"}, {"username", "carla"}, {"role", "advisor"}, {"officeId", "office-1"}});
    if (request.method == "GET" && request.path().contains(QLatin1String("/documents")))
        return documents(request.path().section(u'/', 4, 4), request.path().section(u'/', 6, 6));
    if (request.method == "GET" && request.path().startsWith(QLatin1String("/api/v1/applications/"))) {
        const QString id = request.path().section(u'/', 4);
        if (!m_applications.contains(id))
            return FakeResponse::apiError(404, "not_found", "Not found.");
        return FakeResponse::json(200, toJson(m_applications.value(id)));
    }
    if (request.method == "POST" || request.method == "PATCH" || request.method == "PUT") {
        FakeResponse response = write(request);
        if (loseAnswer && loseAnswer(request))
            return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
        return response;
    }
    return FakeResponse::apiError(404, "not_found", "Not found.");
}

FakeResponse FakePortal::changes(const FakeRequest &request)
{
    ++m_changeRequests;
    const QUrlQuery query(request.url);
    const qint64 after = query.queryItemValue("after").toLongLong();
    const int limit = query.queryItemValue("limit").toInt();
    if (after != 0 && after < m_floor)
        return FakeResponse::apiError(410, "changes.cursor_expired", "Fetch everything again.");
    QJsonArray changes;
    qint64 next = after;
    bool hasMore = false;
    for (auto it = m_feed.upperBound(after); it != m_feed.end(); ++it) {
        if (changes.size() == limit) {
            hasMore = true;
            break;
        }
        ChangeRecord change;
        change.seq = it.key();
        change.id = it->first;
        change.op = it->second ? ChangeOp::Delete : ChangeOp::Upsert;
        if (!it->second)
            change.data = m_applications.value(change.id);
        changes.append(toJson(change));
        next = it.key();
    }
    FakeResponse page =
        FakeResponse::json(200, {{"changes", changes}, {"nextCursor", next}, {"hasMore", hasMore}});
    if (membersFirst) // as another server might write it
        page.body = R"({"nextCursor":)" + QByteArray::number(next) + R"(,"hasMore":)"
            + (hasMore ? "true" : "false") + R"(,"changes":)"
            + QJsonDocument(changes).toJson(QJsonDocument::Compact) + '}';
    return page;
}

FakeResponse FakePortal::write(const FakeRequest &request)
{
    const QString key = QString::fromUtf8(request.header("Idempotency-Key"));
    if (key.size() < 8)
        return FakeResponse::apiError(400, "idempotency.key_required", "Idempotency-Key is required.");
    if (const auto stored = m_stored.find(key); stored != m_stored.end()) {
        FakeResponse replay = *stored;
        replay.headers.append(std::pair<QByteArray, QByteArray>("Idempotent-Replayed", "true"));
        return replay;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    FakeResponse response;
    const QString path = request.path();
    if (request.method == "POST" && path == QLatin1String("/api/v1/applications"))
        response = create(body);
    else if (request.method == "PATCH" && path.startsWith(QLatin1String("/api/v1/applications/")))
        response = patch(path.section(u'/', 4), request.header("If-Match"), body);
    else if (request.method == "PUT" && path.endsWith(QLatin1String("/bank-account")))
        response = newContract(path.section(u'/', 4, 4), request.header("If-Match"), body, false);
    else if (request.method == "POST" && path.endsWith(QLatin1String("/new-signing")))
        response = newContract(path.section(u'/', 4, 4), request.header("If-Match"), body, true);
    else if (request.method == "POST" && path.contains(QLatin1String("/invitations")))
        response = invite(path.split(u'/', Qt::SkipEmptyParts), body);
    else
        return FakeResponse::apiError(404, "not_found", "Not found.");
    ++m_executions[key];
    m_stored.insert(key, response);
    return response;
}

FakeResponse FakePortal::create(const QJsonObject &body)
{
    const QString reference = body.value("reference").toString();
    for (const auto &existing : std::as_const(m_applications))
        if (existing.reference == reference)
            return FakeResponse::apiError(409, "conflict.reference_taken",
                                          "The office already has this reference.");
    const auto created = put(client_samples::application(QString::number(m_nextId++), reference));
    return FakeResponse::json(201, toJson(created), {{"ETag", QByteArray::number(created.version)}});
}

FakeResponse FakePortal::patch(const QString &id, const QByteArray &ifMatch, const QJsonObject &body)
{
    if (!m_applications.contains(id))
        return FakeResponse::apiError(404, "not_found", "Not found.");
    Application application = m_applications.value(id);
    QByteArray version = ifMatch;
    version.replace('"', "");
    if (version.toLongLong() != application.version)
        return FakeResponse::apiError(412, "precondition_failed", "Someone else changed this application.");
    if (body.contains("reference"))
        application.reference = body.value("reference").toString();
    ++application.version;
    put(application);
    return FakeResponse::json(200, toJson(application), {{"ETag", QByteArray::number(application.version)}});
}

FakeResponse FakePortal::auth(const FakeRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const auto tokens = [this] {
        return QJsonObject{{"accessToken", accessToken},
                           {"refreshToken", refreshToken},
                           {"tokenType", "Bearer"},
                           {"expiresIn", 900}};
    };
    if (request.path() == QLatin1String("/api/v1/auth/login")) {
        if (body.value("password").toString() != "secret" || body.value("code").toString() != "123456")
            return FakeResponse::apiError(401, "auth.invalid_credentials", "Wrong.");
        QJsonObject answer = tokens();
        answer.insert("user",
                      QJsonObject{{"id", "user-1"},
                                  {"username", body.value("username").toString()},
                                  {"displayName", "Carla"},
                                  {"role", "advisor"},
                                  {"officeId", "office-1"},
                                  {"officeName", "Utrecht"}});
        return FakeResponse::json(200, answer);
    }
    if (request.path() == QLatin1String("/api/v1/auth/refresh")) {
        ++refreshes;
        if (body.value("refreshToken").toString() != refreshToken)
            return FakeResponse::apiError(401, "auth.invalid_token", "Please log in again.");
        refreshToken = QStringLiteral("refresh-%1").arg(++m_tokenGeneration);
        return FakeResponse::json(200, tokens());
    }
    FakeResponse none;
    none.status = 204;
    return none;
}

void FakePortal::expireAccessToken()
{
    accessToken = QStringLiteral("token-%1").arg(m_tokenGeneration + 1);
}

FakeResponse FakePortal::invite(const QStringList &path, const QJsonObject &body)
{
    // api v1 applications {id} applicants {applicantId} invitations [replace]
    const bool replace = path.size() == 8 && path.at(7) == QLatin1String("replace");
    if (path.size() < 7 || !m_applications.contains(path.at(3)))
        return FakeResponse::apiError(404, "not_found", "Not found.");
    Application application = m_applications.value(path.at(3));
    Applicant *applicant = nullptr;
    for (Applicant &candidate : application.applicants)
        if (candidate.id == path.at(5))
            applicant = &candidate;
    if (!applicant)
        return FakeResponse::apiError(404, "not_found", "Not found.");
    const bool current = applicant->invitation
        && (applicant->invitation->state == InvitationState::Active
            || applicant->invitation->state == InvitationState::Locked);
    if (replace && !current)
        return FakeResponse::apiError(409, "conflict.no_invitation",
                                      "This applicant has no invitation to replace yet.");
    if (!replace && current)
        return FakeResponse::apiError(409, "conflict.invitation_exists",
                                      "This applicant already has an invitation.");
    Invitation invitation;
    invitation.id = QStringLiteral("inv-%1").arg(m_nextInvitation++);
    invitation.applicantId = applicant->id;
    invitation.kind = body.value("kind").toString() == "link" ? InvitationKind::Link : InvitationKind::Code;
    invitation.createdAt = client_samples::at(3);
    invitation.expiresAt = client_samples::at(28);
    applicant->invitation = invitation;
    ++application.version;
    put(application);
    QJsonObject answer{{"invitation", toJson(invitation)}};
    const QString secret = QStringLiteral("K7QM-2XD9-%1").arg(m_nextInvitation);
    if (invitation.kind == InvitationKind::Code) {
        answer.insert("code", secret);
    } else {
        answer.insert("linkToken", QString(43, 'L'));
        answer.insert("link", "https://portal.test/k/" + QString(43, 'L'));
    }
    return FakeResponse::json(201, answer, {{"ETag", QByteArray::number(application.version)}});
}

void FakePortal::lockInvitation(const QString &applicationId, int applicantIndex)
{
    Application application = m_applications.value(applicationId);
    auto &invitation = application.applicants[applicantIndex].invitation;
    invitation->state = InvitationState::Locked; // C5
    invitation->failedAttempts = 4;
    invitation->lockedAt = client_samples::at(4);
    ++application.version;
    put(application);
}

FakeResponse FakePortal::newContract(const QString &id, const QByteArray &ifMatch, const QJsonObject &body,
                                     bool newSigning)
{
    if (!m_applications.contains(id))
        return FakeResponse::apiError(404, "not_found", "Not found.");
    Application application = m_applications.value(id);
    QByteArray version = ifMatch;
    version.replace('"', "");
    if (ifMatch.isEmpty())
        return FakeResponse::apiError(428, "precondition_required", "Send If-Match.");
    if (version.toLongLong() != application.version)
        return FakeResponse::apiError(412, "precondition_failed", "Someone else changed this application.");
    if (!newSigning) {
        application.iban = body.value("iban").toString();
        application.accountHolder = body.value("accountHolder").toString();
    }
    auto renewed = resetForNewContract(application); // S5
    if (!renewed)
        return FakeResponse::apiError(409, "conflict.application_complete",
                                      "This application is complete; its contract cannot change any more.");
    application = renewed.value();
    QJsonArray invitations;
    if (newSigning) {
        for (Applicant &applicant : application.applicants) {
            Invitation invitation;
            invitation.id = QStringLiteral("inv-%1").arg(m_nextInvitation++);
            invitation.applicantId = applicant.id;
            invitation.kind =
                body.value("kind").toString() == "link" ? InvitationKind::Link : InvitationKind::Code;
            invitation.createdAt = client_samples::at(5);
            invitation.expiresAt = client_samples::at(28);
            applicant.invitation = invitation;
            invitations.append(QJsonObject{{"applicantId", applicant.id},
                                           {"code", QStringLiteral("K7QM-2XD9-%1").arg(m_nextInvitation)},
                                           {"invitation", toJson(invitation)}});
        }
    }
    ++application.version;
    put(application);
    const QList<std::pair<QByteArray, QByteArray>> etag{{"ETag", QByteArray::number(application.version)}};
    if (newSigning)
        return FakeResponse::json(201, {{"application", toJson(application)}, {"invitations", invitations}},
                                  etag);
    return FakeResponse::json(200, toJson(application), etag);
}

FakeResponse FakePortal::documents(const QString &id, const QString &documentId)
{
    if (!m_applications.contains(id))
        return FakeResponse::apiError(404, "not_found", "Not found.");
    const Application application = m_applications.value(id);
    if (!documentId.isEmpty()) {
        FakeResponse pdf;
        pdf.status = 200;
        pdf.body = pdfBytes;
        pdf.headers = {{"Content-Type", "application/pdf"}};
        return pdf;
    }
    QJsonArray items;
    for (int v = 1; v <= application.contractVersion; ++v) {
        DocumentVersion d;
        d.id = QStringLiteral("doc-%1").arg(v);
        d.applicationId = id;
        d.kind = DocumentKind::Contract;
        d.version = v;
        d.contractVersion = v;
        d.createdAt = client_samples::at(v);
        if (v < application.contractVersion)
            d.supersededAt = client_samples::at(v + 1);
        items.append(toJson(d));
    }
    return FakeResponse::json(200, {{"items", items}});
}
