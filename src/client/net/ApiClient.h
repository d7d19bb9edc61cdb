#pragma once

#include "client/cache/OutboxEntry.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace dpdesk::client {

// The answer to one API call. A network error (no HTTP answer at all:
// offline, refused, timed out, aborted) is kept apart from an HTTP error.
struct ApiResult
{
    bool networkError = false; // no HTTP answer; status is 0
    // The TLS handshake failed (the server's certificate is not trusted,
    // expired or for another name). Also a network error. Certificate errors
    // are never ignored.
    bool certificateError = false;
    int status = 0; // HTTP status
    // The parsed JSON body (Null or Undefined when empty or not JSON; also for a
    // successful changes() page, which the caller decodes from bytes).
    QJsonValue body;
    QByteArray bytes; // the body as received (a PDF; feed records kept as they came: rawChangeData)
    QByteArray contentType; // the Content-Type header, as sent
    QString etag; // the ETag header, as sent
    bool replayed = false; // Idempotent-Replayed: true
    QString errorCode; // from {"error": {...}}, or "network" for a network error
    QString errorMessage; // the server's message, or the network error text
    QString errorField;
    int retryAfterSecs = 0; // the Retry-After header (seconds), 0 when absent

    bool isSuccess() const { return !networkError && status >= 200 && status < 300; }
};

// Talks to the portal service's REST API. The network access manager is
// injected (tests fake it), as is the provider of the current access token.
// Answers arrive through callbacks, never synchronously; a callback is not
// called once the ApiClient is gone.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using TokenProvider = std::function<QString()>;
    using Callback = std::function<void(const ApiResult &)>;

    ApiClient(QNetworkAccessManager *network, QUrl baseUrl, TokenProvider accessToken,
              QObject *parent = nullptr);
    ~ApiClient() override;

    // Milliseconds without progress before a request counts as a network
    // error (0: no limit).
    void setTransferTimeout(int msecs) { m_transferTimeout = msecs; }
    QUrl baseUrl() const { return m_baseUrl; }

    // GET /api/v1/changes?after=...&limit=...; a successful answer's body is
    // left in bytes, not parsed (an error's is parsed as usual).
    void changes(qint64 after, int limit, Callback done);
    // The outbox entry's request, with Idempotency-Key and (when the entry has
    // a base ETag) If-Match.
    void send(const OutboxEntry &entry, Callback done);

    // Any other call: method, path (with query) under the base URL, JSON body
    // (ignored for GET) and extra headers (they override the bearer token's
    // Authorization header when they set one).
    void request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                 const QList<std::pair<QByteArray, QByteArray>> &headers, Callback done);

    // Aborts every request under way; their callbacks get a network error.
    void abortAll();

private:
    QNetworkReply *start(const QByteArray &method, const QUrl &url, const QByteArray &body,
                         const QList<std::pair<QByteArray, QByteArray>> &headers);
    void track(QNetworkReply *reply, Callback done, bool parseSuccess = true);
    QUrl urlFor(const QString &pathAndQuery) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    TokenProvider m_accessToken;
    int m_transferTimeout = 30'000;
    QSet<QNetworkReply *> m_pending;
};

} // namespace dpdesk::client
