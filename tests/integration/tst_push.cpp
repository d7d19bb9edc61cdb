// Push: "changed up to cursor N" notices over a WebSocket, per office.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include "support/Accounts.h"
#include "support/Requests.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

class TestPush : public QObject
{
    Q_OBJECT

    static QUrl pushUrl(ServerFixture &f, const QString &path = "/api/v1/push")
    {
        QUrl u = f.baseUrl();
        u.setScheme("ws");
        u.setPath(path);
        return u;
    }

    // Connects and authenticates; returns the hello message (empty on failure).
    static QJsonObject join(QWebSocket &ws, ServerFixture &f, const QString &token)
    {
        QSignalSpy connected(&ws, &QWebSocket::connected);
        ws.open(pushUrl(f));
        if (!connected.wait(5000))
            return {};
        QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
        ws.sendTextMessage(QJsonDocument(QJsonObject{{"type", "auth"}, {"accessToken", token}}).toJson());
        if (!messages.wait(5000))
            return {};
        return QJsonDocument::fromJson(messages.at(0).at(0).toString().toUtf8()).object();
    }

private slots:
    void noticeArrivesWithinMillisecondsOfACommit()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto carla = createUser(f, createOffice(f, "A"), "carla", UserRole::BackOffice);
        auto http = f.http();
        const QString token = loginToken(f, *http, carla);
        http->setBearer(token);
        createApplication(*http, "REF-0");

        QWebSocket ws;
        const auto hello = join(ws, f, token);
        QCOMPARE(hello.value("type").toString(), QStringLiteral("hello"));
        QCOMPARE(hello.value("cursor").toInteger(), 1);

        QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
        QElapsedTimer timer;
        timer.start();
        createApplication(*http, "REF-1");
        QVERIFY(messages.count() > 0 || messages.wait(1000));
        const auto notice = QJsonDocument::fromJson(messages.at(0).at(0).toString().toUtf8()).object();
        QCOMPARE(notice.value("type").toString(), QStringLiteral("changed"));
        QCOMPARE(notice.value("cursor").toInteger(), 2);
        QVERIFY2(timer.elapsed() < 1000, "the notice must arrive within a second");
        // The feed from the old cursor has exactly what the notice announced.
        QCOMPARE(http->get("/api/v1/changes?after=1").json().value("nextCursor").toInteger(), 2);
    }

    void otherOfficesHearNothing()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto a = createUser(f, createOffice(f, "A"), "a-user", UserRole::BackOffice);
        const auto b = createUser(f, createOffice(f, "B"), "b-user", UserRole::BackOffice);
        auto ha = f.http(), hb = f.http();
        ha->setBearer(loginToken(f, *ha, a));
        const QString tokenB = loginToken(f, *hb, b);
        QWebSocket wsB;
        QCOMPARE(join(wsB, f, tokenB).value("type").toString(), QStringLiteral("hello"));
        QSignalSpy messages(&wsB, &QWebSocket::textMessageReceived);
        createApplication(*ha, "A-1");
        QVERIFY(!messages.wait(300));
    }

    void invalidTokenIsRefusedAndClosed()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        QWebSocket ws;
        QSignalSpy closed(&ws, &QWebSocket::disconnected);
        const auto answer = join(ws, f, QString(43, 'A'));
        QCOMPARE(answer.value("code").toString(), QStringLiteral("auth.invalid_token"));
        QVERIFY(closed.count() > 0 || closed.wait(3000));
    }

    void pushSocketsOutliveTheHttpIdleTimeout()
    {
        auto config = ServerFixture::testConfig();
        config.idleTimeoutMs = 200;
        ServerFixture f(config);
        DPDESK_START_SERVER(f);
        const auto carla = createUser(f, createOffice(f, "A"), "carla", UserRole::BackOffice);
        auto http = f.http();
        const QString token = loginToken(f, *http, carla);
        http->setBearer(token);
        QWebSocket ws;
        QCOMPARE(join(ws, f, token).value("type").toString(), QStringLiteral("hello"));
        QTest::qWait(600); // three idle periods
        QCOMPARE(ws.state(), QAbstractSocket::ConnectedState);
        QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
        createApplication(*http, "REF-1");
        QVERIFY(messages.count() > 0 || messages.wait(1000));
    }

    void otherPathsAreNotUpgraded()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        QWebSocket ws;
        QSignalSpy closed(&ws, &QWebSocket::disconnected);
        ws.open(pushUrl(f, "/api/v1/health"));
        QVERIFY(closed.wait(3000));
    }
};

QTEST_GUILESS_MAIN(TestPush)
#include "tst_push.moc"
