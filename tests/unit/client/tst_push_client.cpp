// PushClient against a scripted push endpoint (FakePushServer.h) and a fake
// portal: pulls on hello and on every notice, reconnects with a doubling,
// capped delay, polls while the socket is down, and waits for a fresh token
// after a refusal.
#include "client/push/PushClient.h"
#include "client/sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "ClientSamples.h"
#include "FakeNetwork.h"
#include "FakePortal.h"
#include "FakePushServer.h"

using namespace dpdesk::client;

namespace {

struct Rig
{
    Rig()
        : portal(network)
        , cache(dir.filePath(QStringLiteral("cache.db")))
        , api(&network, QUrl(QStringLiteral("http://portal.test")), [] { return QStringLiteral("token"); })
        , engine(&cache, &api)
        , push(
              &engine, QUrl(QStringLiteral("http://portal.test")), [this] { return token; }, server.factory())
    {
        cache.open();
        engine.setRetryDelays(-1, -1);
        push.setReconnectDelays(10, 40);
        push.setPollInterval(0);
        push.setHelloTimeout(5'000);
        push.setKeepAlive(0, 1'000);
    }

    QTemporaryDir dir;
    FakeNetwork network;
    FakePortal portal;
    LocalCache cache;
    ApiClient api;
    SyncEngine engine;
    FakePushServer server;
    QString token = QStringLiteral("token");
    PushClient push;
};

} // namespace

class TestPushClient : public QObject
{
    Q_OBJECT

private slots:
    void pushUrlFollowsTheServerScheme_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("push");
        QTest::newRow("http") << "http://portal.test:8080"
                              << "ws://portal.test:8080/api/v1/push";
        QTest::newRow("https") << "https://portal.test/"
                               << "wss://portal.test/api/v1/push";
        QTest::newRow("prefix") << "https://lender.test/portal/"
                                << "wss://lender.test/portal/api/v1/push";
    }

    void pushUrlFollowsTheServerScheme()
    {
        QFETCH(QString, server);
        QFETCH(QString, push);
        QCOMPARE(PushClient::pushUrl(QUrl(server)).toString(), push);
    }

    void authenticatesAndPullsOnHelloAndOnEveryNotice()
    {
        Rig rig;
        QSignalSpy states(&rig.push, &PushClient::stateChanged);
        QSignalSpy notices(&rig.push, &PushClient::noticeReceived);
        rig.server.script.cursor = 7;
        rig.push.start();
        QCOMPARE(rig.push.state(), PushClient::State::Reconnecting);
        QTRY_COMPARE(rig.push.state(), PushClient::State::Connected);
        QCOMPARE(rig.server.sockets.size(), 1);
        QCOMPARE(rig.server.last()->openedUrl.toString(), QStringLiteral("ws://portal.test/api/v1/push"));
        QCOMPARE(rig.server.last()->sent, QStringList{R"({"accessToken":"token","type":"auth"})"});
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().first().toLongLong(), 7);
        QTRY_COMPARE(rig.portal.changeRequests(), 1); // hello: pull what happened while away

        rig.portal.put(client_samples::application("1", "REF-1"));
        rig.server.changed(1);
        QTRY_COMPARE(rig.portal.changeRequests(), 2);
        QTRY_COMPARE(rig.cache.applicationIds(), QStringList{"1"});
        QCOMPARE(rig.push.noticesReceived(), 2);
        QCOMPARE(states.size(), 2); // Reconnecting, Connected
        QVERIFY(!rig.push.isPolling());
    }

    void reconnectsWithADoublingCappedDelayAndPollsMeanwhile()
    {
        Rig rig;
        rig.push.setPollInterval(15);
        rig.server.script.accept = false;
        rig.push.start();
        QVERIFY(rig.push.isPolling());
        // Refused again and again: 10, 20, 40, 40 ms.
        QTRY_VERIFY(rig.server.sockets.size() >= 4);
        QCOMPARE(rig.push.nextReconnectDelay(), 40);
        QCOMPARE(rig.push.state(), PushClient::State::Reconnecting);
        QTRY_VERIFY(rig.portal.changeRequests() >= 2); // polled while down

        rig.server.script.accept = true;
        QTRY_COMPARE(rig.push.state(), PushClient::State::Connected);
        QVERIFY(!rig.push.isPolling());
        QCOMPARE(rig.push.nextReconnectDelay(), 10); // reset by the hello

        // The connection drops: reconnect after the first delay, poll meanwhile.
        QSignalSpy states(&rig.push, &PushClient::stateChanged);
        const int socketsBefore = int(rig.server.sockets.size());
        rig.server.last()->serverClose();
        QCOMPARE(rig.push.state(), PushClient::State::Reconnecting);
        QVERIFY(rig.push.isPolling());
        QVERIFY(rig.push.isReconnectScheduled());
        QTRY_COMPARE(rig.push.state(), PushClient::State::Connected);
        QCOMPARE(rig.server.sockets.size(), socketsBefore + 1);
        QCOMPARE(states.size(), 2);
    }

    void withPollingOffNothingIsPulledWhileDown()
    {
        Rig rig;
        rig.server.script.accept = false;
        rig.push.start();
        QTRY_VERIFY(rig.server.sockets.size() >= 3);
        QVERIFY(!rig.push.isPolling());
        QCOMPARE(rig.portal.changeRequests(), 0);
    }

    void aRefusedTokenWaitsForAFreshOne()
    {
        Rig rig;
        rig.server.script.validToken = QStringLiteral("fresh");
        QSignalSpy refused(&rig.push, &PushClient::authenticationRequired);
        rig.push.start();
        QVERIFY(refused.wait(2000));
        QCOMPARE(refused.first().first().toString(), QStringLiteral("token"));
        QCOMPARE(rig.push.state(), PushClient::State::Reconnecting);
        QVERIFY(!rig.push.isReconnectScheduled()); // no retry with the refused token
        QCOMPARE(rig.server.sockets.size(), 1);

        rig.token = QStringLiteral("fresh"); // the session refreshed
        rig.push.reconnectNow();
        QTRY_COMPARE(rig.push.state(), PushClient::State::Connected);
        QCOMPARE(rig.server.sockets.size(), 2);
        QVERIFY(rig.server.last()->sent.first().contains("fresh"));
    }

    void reconnectNowKeepsALiveConnection()
    {
        Rig rig;
        rig.push.start();
        QTRY_COMPARE(rig.push.state(), PushClient::State::Connected);
        rig.push.reconnectNow();
        QCOMPARE(rig.push.state(), PushClient::State::Connected);
        QCOMPARE(rig.server.sockets.size(), 1);
    }

    void noHelloInTimeCountsAsLost()
    {
        Rig rig;
        rig.push.setHelloTimeout(20);
        rig.server.script.hello = false;
        rig.push.start();
        QTRY_VERIFY(rig.server.sockets.size() >= 2);
        QVERIFY(!rig.server.sockets.first() || !rig.server.sockets.first()->isOpen());
        QCOMPARE(rig.push.state(), PushClient::State::Reconnecting);
    }

    void aSilentConnectionIsDroppedAfterTheKeepAliveTimeout()
    {
        Rig rig;
        rig.push.setKeepAlive(10, 20);
        rig.push.start();
        QTRY_COMPARE(rig.push.state(), PushClient::State::Connected);
        QTRY_VERIFY(rig.server.last()->pings >= 2); // pongs arrive: it stays
        QCOMPARE(rig.push.state(), PushClient::State::Connected);
        QCOMPARE(rig.server.sockets.size(), 1);

        rig.server.script.pong = false; // e.g. the laptop slept, the network changed
        QSignalSpy states(&rig.push, &PushClient::stateChanged);
        QVERIFY(states.wait(2000));
        QCOMPARE(states.first().first().value<PushClient::State>(), PushClient::State::Reconnecting);
    }

    void stopEndsEverything()
    {
        Rig rig;
        rig.push.setPollInterval(10);
        rig.server.script.accept = false;
        rig.push.start();
        QTRY_VERIFY(rig.server.sockets.size() >= 2);
        rig.push.stop();
        QCOMPARE(rig.push.state(), PushClient::State::Offline);
        QVERIFY(!rig.push.isPolling());
        QVERIFY(!rig.push.isReconnectScheduled());
        QVERIFY(!rig.server.last() || !rig.server.last()->isOpen());
    }
};

QTEST_GUILESS_MAIN(TestPushClient)
#include "tst_push_client.moc"
