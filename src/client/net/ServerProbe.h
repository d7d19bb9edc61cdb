#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace dpdesk::client {

// Asks the portal service's health endpoint whether it is reachable.
// The network access manager is injected so tests can fake the network.
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Online, Offline };
    Q_ENUM(State)

    ServerProbe(QNetworkAccessManager *network, QUrl serverUrl, QObject *parent = nullptr);

    void probe();
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    QUrl serverUrl() const { return m_serverUrl; }

signals:
    void stateChanged(dpdesk::client::ServerProbe::State state);

private:
    void finished(QNetworkReply *reply);
    void setState(State state);

    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    QPointer<QNetworkReply> m_pending;
    State m_state = State::Unknown;
    QString m_lastError;
};

} // namespace dpdesk::client
