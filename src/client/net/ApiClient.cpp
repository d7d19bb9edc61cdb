#include "client/net/ApiClient.h"

#include "client/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUrlQuery>

namespace dpdesk::client {

namespace {

// The reply property that holds the TLS errors of a failed handshake.
constexpr char kCertificateErrors[] = "dpdesk_certificate_errors";

QByteArray quotedEtag(const QString &etag)
{
    if (etag.startsWith(u'"') || etag.startsWith(QLatin1String("W/")))
        return etag.toUtf8();
    return '"' + etag.toUtf8() + '"';
}

ApiResult resultOf(QNetworkReply *reply, bool parseSuccess)
{
    ApiResult result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        result.networkError = true;
        result.certificateError = reply->error() == QNetworkReply::SslHandshakeFailedError
            || reply->property(kCertificateErrors).isValid();
        result.errorCode =
            result.certificateError ? QStringLiteral("network.certificate") : QStringLiteral("network");
        result.errorMessage = reply->property(kCertificateErrors).isValid()
            ? reply->property(kCertificateErrors).toString()
            : reply->errorString();
        return result;
    }
    result.status = status.toInt();
    result.etag = QString::fromUtf8(reply->rawHeader("ETag"));
    result.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
    result.retryAfterSecs = std::max(0, reply->rawHeader("Retry-After").trimmed().toInt());
    result.bytes = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    if (!parseSuccess && result.isSuccess())
        return result; // the caller decodes result.bytes itself
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        result.body = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    if (!result.isSuccess()) {
        const QJsonObject error = result.body.toObject().value(QLatin1String("error")).toObject();
        result.errorCode = error.value(QLatin1String("code")).toString();
        result.errorMessage = error.value(QLatin1String("message")).toString();
        result.errorField = error.value(QLatin1String("field")).toString();
        if (result.errorCode.isEmpty())
            result.errorCode = QStringLiteral("http.%1").arg(result.status);
        if (result.errorMessage.isEmpty())
            result.errorMessage = QObject::tr("The server answered with status %1.").arg(result.status);
    }
    return result;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QUrl baseUrl, TokenProvider accessToken, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_accessToken(std::move(accessToken))
{ }

ApiClient::~ApiClient()
{
    // The replies belong to the network access manager; make sure none calls
    // back into this object.
    const auto pending = m_pending;
    m_pending.clear();
    for (QNetworkReply *reply : pending) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QUrl ApiClient::urlFor(const QString &pathAndQuery) const
{
    QString base = m_baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + pathAndQuery);
}

QNetworkReply *ApiClient::start(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    if (m_transferTimeout > 0)
        request.setTransferTimeout(m_transferTimeout);
    request.setRawHeader("Accept", "application/json");
    const QString token = m_accessToken ? m_accessToken() : QString();
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (method == "GET")
        return m_network->get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (method == "POST")
        return m_network->post(request, body);
    return m_network->sendCustomRequest(request, method, body);
}

void ApiClient::track(QNetworkReply *reply, Callback done, bool parseSuccess)
{
    m_pending.insert(reply);
#ifndef QT_NO_SSL
    // Certificate errors are never ignored: the handshake fails and the
    // request ends as a certificate problem. Keep the reasons for the message
    // (they name the problem, never a secret).
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons << error.errorString();
        reply->setProperty(kCertificateErrors, reasons.join(QStringLiteral("; ")));
    });
#endif
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done), parseSuccess] {
        if (!m_pending.remove(reply))
            return;
        reply->deleteLater();
        const ApiResult result = resultOf(reply, parseSuccess);
        if (result.networkError)
            qCInfo(lcNet) << "request failed:" << reply->operation() << reply->url().path() << reply->error();
        else if (!result.isSuccess())
            qCInfo(lcNet) << "request refused:" << reply->url().path() << result.status << result.errorCode;
        if (done)
            done(result);
    });
}

void ApiClient::changes(qint64 after, int limit, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    QUrl url = urlFor(QStringLiteral("/api/v1/changes"));
    url.setQuery(query);
    // A page is parsed where it is decoded (SyncEngine's decoding thread),
    // not here on the GUI thread.
    track(start("GET", url, {}, {}), std::move(done), false);
}

void ApiClient::send(const OutboxEntry &entry, Callback done)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Idempotency-Key", entry.idempotencyKey.toUtf8()}};
    if (!entry.baseEtag.isEmpty())
        headers.append({"If-Match", quotedEtag(entry.baseEtag)});
    track(start(entry.method, urlFor(entry.path), entry.body, headers), std::move(done));
}

void ApiClient::request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers, Callback done)
{
    track(start(method, urlFor(pathAndQuery), body, headers), std::move(done));
}

void ApiClient::abortAll()
{
    const auto pending = m_pending;
    for (QNetworkReply *reply : pending)
        reply->abort(); // finished() follows, with OperationCanceledError
}

} // namespace dpdesk::client
