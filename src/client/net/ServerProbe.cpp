#include "client/net/ServerProbe.h"

#include "client/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace dpdesk::client {

ServerProbe::ServerProbe(QNetworkAccessManager *network, QUrl serverUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_serverUrl(std::move(serverUrl))
{ }

void ServerProbe::probe()
{
    if (m_pending)
        return;
    QUrl url = m_serverUrl;
    url.setPath(url.path().chopped(url.path().endsWith('/') ? 1 : 0) + QStringLiteral("/api/v1/health"));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    m_pending = m_network->get(request);
    connect(m_pending, &QNetworkReply::finished, this, [this, reply = m_pending.data()] { finished(reply); });
}

void ServerProbe::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto body = QJsonDocument::fromJson(reply->readAll()).object();
    if (reply->error() == QNetworkReply::NoError && status == 200
        && body.value("status").toString() == "ok") {
        m_lastError.clear();
        setState(State::Online);
        return;
    }
    m_lastError = reply->error() != QNetworkReply::NoError
        ? reply->errorString()
        : tr("The server answered with status %1.").arg(status);
    qCInfo(lcNet) << "server probe failed:" << reply->error() << status;
    setState(State::Offline);
}

void ServerProbe::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace dpdesk::client
