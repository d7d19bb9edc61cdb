#pragma once

#include "client/push/PushSocket.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTimer>

// A scripted push endpoint for PushClient: every socket the client makes
// comes from factory(); the server accepts or refuses connections, checks
// the token of the auth message, says hello, and sends notices. Everything
// arrives on a later turn of the event loop, as over a real socket.
class FakePushSocket : public dpdesk::client::PushSocket
{
    Q_OBJECT

public:
    struct Script
    {
        bool accept = true; // connections are accepted
        bool hello = true; // a valid token gets hello
        bool pong = true; // pings are answered
        QString validToken = QStringLiteral("token");
        qint64 cursor = 0;
    };

    explicit FakePushSocket(const Script *script)
        : m_script(script)
    { }

    void open(const QUrl &url) override
    {
        openedUrl = url;
        QTimer::singleShot(0, this, [this] {
            if (m_script->accept) {
                m_open = true;
                emit connected();
            } else {
                emit disconnected();
            }
        });
    }

    void sendTextMessage(const QString &message) override
    {
        sent << message;
        const QJsonObject auth = QJsonDocument::fromJson(message.toUtf8()).object();
        const bool valid = auth.value("type").toString() == "auth"
            && auth.value("accessToken").toString() == m_script->validToken;
        QTimer::singleShot(0, this, [this, valid] {
            if (!m_open)
                return;
            if (!valid) {
                emit textMessageReceived(R"({"type":"error","code":"auth.invalid_token"})");
                serverClose();
            } else if (m_script->hello) {
                notice("hello", m_script->cursor);
            }
        });
    }

    void close() override
    {
        if (!m_open)
            return;
        m_open = false;
        emit disconnected();
    }

    void ping() override
    {
        ++pings;
        if (m_script->pong)
            QTimer::singleShot(0, this, [this] {
                if (m_open)
                    emit pong();
            });
    }

    // The server's side.
    void notice(const char *type, qint64 cursor)
    {
        emit textMessageReceived(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"type", type}, {"cursor", cursor}}).toJson(QJsonDocument::Compact)));
    }
    void serverClose()
    {
        m_open = false;
        emit disconnected();
    }

    bool isOpen() const { return m_open; }
    QUrl openedUrl;
    QStringList sent;
    int pings = 0;

private:
    const Script *m_script;
    bool m_open = false;
};

struct FakePushServer
{
    FakePushSocket::Script script;
    QList<QPointer<FakePushSocket>> sockets;

    std::function<dpdesk::client::PushSocket *()> factory()
    {
        return [this] {
            auto *socket = new FakePushSocket(&script);
            sockets << socket;
            return socket;
        };
    }
    FakePushSocket *last() const { return sockets.isEmpty() ? nullptr : sockets.last().data(); }
    // Sends a notice on the open socket, as after a commit.
    void changed(qint64 cursor)
    {
        if (auto *socket = last(); socket && socket->isOpen())
            socket->notice("changed", cursor);
    }
};
