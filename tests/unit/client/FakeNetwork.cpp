#include "FakeNetwork.h"

#include <QJsonDocument>
#include <QTimer>

#include <cstring>

FakeResponse FakeResponse::json(int status, const QJsonObject &body,
                                QList<std::pair<QByteArray, QByteArray>> headers)
{
    FakeResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.headers = std::move(headers);
    response.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return response;
}

FakeResponse FakeResponse::apiError(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{"error", QJsonObject{{"code", code}, {"message", message}}}});
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error)
{
    FakeResponse response;
    response.kind = Kind::NetworkError;
    response.error = error;
    return response;
}

FakeResponse FakeResponse::hang()
{
    FakeResponse response;
    response.kind = Kind::Hang;
    return response;
}

FakeReply::FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                     FakeResponse response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (m_response.kind != FakeResponse::Kind::Hang)
        QTimer::singleShot(0, this, &FakeReply::respond);
}

void FakeReply::respond()
{
    if (isFinished())
        return;
    if (m_response.kind == FakeResponse::Kind::NetworkError) {
        fail(m_response.error, QStringLiteral("Fake network error"));
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &[name, value] : m_response.headers)
        setRawHeader(name, value);
    emit metaDataChanged();
    if (!m_response.body.isEmpty())
        emit readyRead();
    if (m_response.status >= 400) {
        const auto error = m_response.status >= 500 ? QNetworkReply::InternalServerError
                                                    : QNetworkReply::ProtocolInvalidOperationError;
        setError(error, QStringLiteral("HTTP %1").arg(m_response.status));
        emit errorOccurred(error);
    }
    setFinished(true);
    emit finished();
}

void FakeReply::fail(QNetworkReply::NetworkError error, const QString &text)
{
    setError(error, text);
    emit errorOccurred(error);
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    m_response.body.clear();
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    if (!isFinished() || m_response.kind != FakeResponse::Kind::Http)
        return QNetworkReply::bytesAvailable();
    return m_response.body.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    if (m_response.kind != FakeResponse::Kind::Http
        || !attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return 0;
    const qint64 left = m_response.body.size() - m_offset;
    if (left <= 0)
        return -1;
    const qint64 n = std::min(left, maxSize);
    std::memcpy(data, m_response.body.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

FakeNetwork::FakeNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

QNetworkReply *FakeNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                          QIODevice *outgoingData)
{
    FakeRequest fake;
    switch (operation) {
    case GetOperation:
        fake.method = "GET";
        break;
    case HeadOperation:
        fake.method = "HEAD";
        break;
    case PostOperation:
        fake.method = "POST";
        break;
    case PutOperation:
        fake.method = "PUT";
        break;
    case DeleteOperation:
        fake.method = "DELETE";
        break;
    case CustomOperation:
        fake.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case UnknownOperation:
        fake.method = "?";
        break;
    }
    fake.url = request.url();
    fake.request = request;
    if (outgoingData)
        fake.body = outgoingData->readAll();
    m_requests.append(fake);
    FakeResponse response = m_handler ? m_handler(fake) : FakeResponse::networkError();
    return new FakeReply(operation, request, std::move(response), this);
}
