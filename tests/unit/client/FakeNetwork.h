#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <functional>

// A fake network in the manner of Nextcloud's FakeQNAM: every request made
// through FakeNetwork is answered by a scripted handler, asynchronously (the
// answer arrives on a later turn of the event loop, as with a real network).

struct FakeRequest
{
    QByteArray method; // GET, POST, PATCH, ...
    QUrl url;
    QNetworkRequest request;
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    QString path() const { return url.path(); }
};

struct FakeResponse
{
    enum class Kind { Http, NetworkError, Hang };

    Kind kind = Kind::Http;
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    static FakeResponse json(int status, const QJsonObject &body,
                             QList<std::pair<QByteArray, QByteArray>> headers = {});
    static FakeResponse apiError(int status, const QString &code, const QString &message);
    static FakeResponse
    networkError(QNetworkReply::NetworkError error = QNetworkReply::ConnectionRefusedError);
    // Never answers (until aborted).
    static FakeResponse hang();
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              FakeResponse response, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();
    void fail(QNetworkReply::NetworkError error, const QString &text);

    FakeResponse m_response;
    qint64 m_offset = 0;
};

class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeNetwork(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<FakeRequest> m_requests;
};
