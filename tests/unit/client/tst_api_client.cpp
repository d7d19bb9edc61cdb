#include "client/net/ApiClient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "ClientSamples.h"
#include "FakeNetwork.h"

using namespace dpdesk::client;
using namespace client_samples;

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    // Runs one call and waits (on the event loop, no sleeping) for its answer.
    template<typename Call>
    ApiResult run(Call call)
    {
        std::optional<ApiResult> result;
        call([&](const ApiResult &r) { result = r; });
        [&] {
            QTRY_VERIFY(result.has_value());
        }();
        return result.value_or(ApiResult{});
    }

private slots:
    void changesAsksWithCursorAndBearerToken()
    {
        FakeNetwork network;
        network.setHandler([](const FakeRequest &) {
            return FakeResponse::json(200,
                                      {{"changes", QJsonArray{}}, {"nextCursor", 12}, {"hasMore", false}});
        });
        ApiClient api(&network, QUrl("http://portal.test:8080/"), [] { return QStringLiteral("tok-1"); });
        const auto result = run([&](auto done) { api.changes(12, 500, done); });
        QVERIFY(result.isSuccess());
        // A page is left as bytes for the sync's decoding thread, not parsed here.
        QVERIFY(!result.body.isObject());
        QCOMPARE(QJsonDocument::fromJson(result.bytes).object().value("nextCursor").toInt(), 12);
        QCOMPARE(network.requests().size(), 1);
        const auto &request = network.requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.url.toString(),
                 QStringLiteral("http://portal.test:8080/api/v1/changes?after=12&limit=500"));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer tok-1"));
    }

    void sendAddsIdempotencyKeyAndIfMatch()
    {
        FakeNetwork network;
        network.setHandler([](const FakeRequest &) {
            return FakeResponse::json(200, {{"id", "7"}},
                                      {{"ETag", "\"4\""}, {"Idempotent-Replayed", "true"}});
        });
        ApiClient api(&network, QUrl("http://portal.test"), [] { return QStringLiteral("tok"); });
        const auto patch = entry("key-00001", "PATCH", "/api/v1/applications/7", {{"reference", "R"}}, "3");
        const auto result = run([&](auto done) { api.send(patch, done); });
        QVERIFY(result.isSuccess());
        QCOMPARE(result.etag, QStringLiteral("\"4\""));
        QVERIFY(result.replayed);
        const auto &request = network.requests().first();
        QCOMPARE(request.method, QByteArray("PATCH"));
        QCOMPARE(request.path(), QStringLiteral("/api/v1/applications/7"));
        QCOMPARE(request.header("Idempotency-Key"), QByteArray("key-00001"));
        QCOMPARE(request.header("If-Match"), QByteArray("\"3\""));
        QCOMPARE(request.body, QByteArray(R"({"reference":"R"})"));

        const auto post = entry("key-00002", "POST", "/api/v1/applications");
        QVERIFY(run([&](auto done) { api.send(post, done); }).isSuccess());
        QCOMPARE(network.requests().last().method, QByteArray("POST"));
        QVERIFY(!network.requests().last().request.hasRawHeader("If-Match"));
    }

    void httpErrorsCarryTheServersCodeAndMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("401") << 401 << "auth.invalid_token";
        QTest::newRow("409") << 409 << "conflict.invitation_exists";
        QTest::newRow("410") << 410 << "changes.cursor_expired";
        QTest::newRow("412") << 412 << "precondition_failed";
        QTest::newRow("503") << 503 << "db.unavailable";
    }

    void httpErrorsCarryTheServersCodeAndMessage()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        FakeNetwork network;
        network.setHandler([&](const FakeRequest &) { return FakeResponse::apiError(status, code, "Msg."); });
        ApiClient api(&network, QUrl("http://portal.test"), {});
        const auto result = run([&](auto done) { api.changes(0, 10, done); });
        QVERIFY(!result.networkError);
        QVERIFY(!result.isSuccess());
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorCode, code);
        QCOMPARE(result.errorMessage, QStringLiteral("Msg."));
        QVERIFY(!network.requests().first().request.hasRawHeader("Authorization"));
    }

    void networkErrorsAreNotHttpErrors()
    {
        FakeNetwork network;
        network.setHandler([](const FakeRequest &) { return FakeResponse::networkError(); });
        ApiClient api(&network, QUrl("http://portal.test"), {});
        const auto result = run([&](auto done) { api.changes(0, 10, done); });
        QVERIFY(result.networkError);
        QCOMPARE(result.status, 0);
        QCOMPARE(result.errorCode, QStringLiteral("network"));
    }

    void abortEndsAHangingRequestAsANetworkError()
    {
        FakeNetwork network;
        network.setHandler([](const FakeRequest &) { return FakeResponse::hang(); });
        ApiClient api(&network, QUrl("http://portal.test"), {});
        std::optional<ApiResult> result;
        api.changes(0, 10, [&](const ApiResult &r) { result = r; });
        QCoreApplication::processEvents();
        QVERIFY(!result.has_value());
        api.abortAll();
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->networkError);
    }

    void noCallbackAfterTheClientIsGone()
    {
        FakeNetwork network;
        network.setHandler([](const FakeRequest &) { return FakeResponse::json(200, {}); });
        bool called = false;
        {
            ApiClient api(&network, QUrl("http://portal.test"), {});
            api.changes(0, 10, [&](const ApiResult &) { called = true; });
        }
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
