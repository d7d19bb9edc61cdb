#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace dpdesk::test {

struct TestResponse
{
    int status = 0; // 0: no HTTP answer (connection closed, refused)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value("error").toObject().value("code").toString(); }
    QString errorField() const { return json().value("error").toObject().value("field").toString(); }
    QByteArray header(const QByteArray &name) const;
};

// A blocking HTTP client for tests. It spins the event loop while waiting,
// so an in-process server on the same thread answers.
class TestHttp
{
public:
    explicit TestHttp(QUrl base);

    void setBearer(const QString &token) { m_bearer = token; }
    TestResponse request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const QList<QPair<QByteArray, QByteArray>> &headers = {});
    TestResponse get(const QString &path) { return request("GET", path); }
    TestResponse post(const QString &path, const QJsonObject &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    QUrl m_base;
    QString m_bearer;
    QNetworkAccessManager m_network;
};

} // namespace dpdesk::test
