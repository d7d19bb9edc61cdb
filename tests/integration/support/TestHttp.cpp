#include "support/TestHttp.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

namespace dpdesk::test {

QByteArray TestResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

TestHttp::TestHttp(QUrl base)
    : m_base(std::move(base))
{ }

TestResponse TestHttp::request(const QByteArray &method, const QString &path, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_base;
    const int q = path.indexOf('?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!m_bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_bearer.toLatin1());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_network.sendCustomRequest(req, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    TestResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

TestResponse TestHttp::post(const QString &path, const QJsonObject &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

} // namespace dpdesk::test
