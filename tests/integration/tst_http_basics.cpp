// The HTTP layer of the portal service: routing, 405, JSON errors, limits.
#include <QTcpSocket>
#include <QTest>

#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

class TestHttpBasics : public QObject
{
    Q_OBJECT

private slots:
    void healthAnswersWhenTheDatabaseIsReachable()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto http = f.http();
        const auto r = http->get("/api/v1/health");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(r.json().value("database").toString(),
                 f.isPostgres() ? QStringLiteral("postgresql") : "sqlite");
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    }

    void wrongMethodGives405WithAllow_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("POST") << QByteArray("POST");
        QTest::newRow("PUT") << QByteArray("PUT");
        QTest::newRow("DELETE") << QByteArray("DELETE");
        QTest::newRow("PATCH") << QByteArray("PATCH");
    }
    void wrongMethodGives405WithAllow()
    {
        QFETCH(QByteArray, method);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto r = f.http()->request(method, "/api/v1/health", "{}");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.errorCode(), QStringLiteral("method_not_allowed"));
        QVERIFY(r.header("Allow").contains("GET"));
    }

    void unknownPathGivesJson404()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto r = f.http()->get("/api/v1/nothing-here");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    }

    void headIsAnsweredWithoutBody()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto r = f.http()->request("HEAD", "/api/v1/health");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
    }

    void hugeBodyIsRefusedWith413()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const QByteArray big(3 * 1024 * 1024, 'x');
        const auto r = f.http()->request("POST", "/api/v1/health", big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QStringLiteral("body_too_large"));
        // The server still serves afterwards.
        QCOMPARE(f.http()->get("/api/v1/health").status, 200);
    }

    void idleConnectionsAreClosedWithoutBlockingOthers()
    {
        auto config = ServerFixture::testConfig();
        config.idleTimeoutMs = 300;
        ServerFixture f(config);
        DPDESK_START_SERVER(f);
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, f.server().port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n"); // never finished
        slow.flush();
        QCOMPARE(f.http()->get("/api/v1/health").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 3000);
    }
};

QTEST_GUILESS_MAIN(TestHttpBasics)
#include "tst_http_basics.moc"
