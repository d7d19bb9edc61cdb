// Every route x every kind of bad input: a 4xx with a JSON error, never a
// 5xx, and nothing changes. Routes come from the router, so a new route is
// covered without touching this test.
#include <QTest>

#include <algorithm>

#include "support/Accounts.h"
#include "support/Requests.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

namespace {
QByteArray deeplyNested(int depth)
{
    return QByteArray("{\"a\":") + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
}
} // namespace

class TestBadInputMatrix : public QObject
{
    Q_OBJECT

private slots:
    void everyRouteRefusesBadInputCleanly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("malformed") << QByteArray("{\"reference\": ");
        QTest::newRow("not an object") << QByteArray("[1, 2, 3]");
        QTest::newRow("bare string") << QByteArray("\"hello\"");
        QTest::newRow("invalid utf-8") << QByteArray("{\"reference\": \"\xc3\x28\xff\"}");
        QTest::newRow("too deep") << deeplyNested(200);
        QTest::newRow("huge string") << QByteArray("{\"reference\": \"" + QByteArray(900 * 1024, 'x')
                                                   + "\"}");
        QTest::newRow("wrong types") << QByteArray(
            "{\"reference\": 5, \"kind\": [], \"username\": {}, \"code\": 1}");
        QTest::newRow("unknown field") << QByteArray("{\"surprise\": true}");
        QTest::newRow("sql-looking") << QByteArray(
            "{\"reference\": \"x\\u0027; DROP TABLE applications; --\", \"kind\": \"code\"}");
        QTest::newRow("nul bytes") << QByteArray("{\"reference\": \"a\\u0000b\"}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("duplicate keys") << QByteArray("{\"kind\": \"code\", \"kind\": \"link\"}");
    }
    void everyRouteRefusesBadInputCleanly()
    {
        QFETCH(QByteArray, body);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto user = createUser(f, createOffice(f, "A"), "carla", UserRole::BackOffice);
        auto http = f.http();
        http->setBearer(loginToken(f, *http, user));
        const auto app = createApplication(*http, "REF-1");
        const QString appId = app.value("id").toString();
        const QByteArray before = http->get("/api/v1/applications/" + appId).body;
        const auto changesBefore = http->get("/api/v1/changes").body;

        QStringList routes = f.server().router().routes();
        // Logout takes no body and ends this session: try it last.
        std::stable_partition(routes.begin(), routes.end(),
                              [](const QString &r) { return !r.contains("logout"); });
        const auto changesAfterWrites = [&] {
            return http->get("/api/v1/changes").body;
        };
        for (const QString &route : routes) {
            const QByteArray method = route.section(' ', 0, 0).toLatin1();
            QString path = route.section(' ', 1);
            path.replace("{id}", appId).replace("{applicantId}", applicantId(app));
            const auto r = http->request(method, path, body,
                                         {{"Idempotency-Key", "bad-input-key-1"}, {"If-Match", "\"1\""}});
            const QString where = route + " with " + QTest::currentDataTag();
            QVERIFY2(r.status > 0 && r.status < 500,
                     qPrintable(where + ": status " + QString::number(r.status)));
            if (r.status >= 400 && !path.startsWith(QLatin1String("/api/"))) {
                // The customer's web pages answer in HTML: a page with the refusal in words.
                QVERIFY2(r.body.contains("role=\"alert\""),
                         qPrintable(where + ": no message in " + r.body.left(200)));
            } else if (r.status >= 400 && r.status != 426) {
                QVERIFY2(!r.errorCode().isEmpty(),
                         qPrintable(where + ": no error code in " + r.body.left(200)));
                QVERIFY2(!r.json().value("error").toObject().value("message").toString().isEmpty(),
                         qPrintable(where + ": no message"));
            }
            if (!path.startsWith(QLatin1String("/api/")))
                // A page without a customer session sends the browser to the login
                // (303, which this client follows) or refuses with a page.
                QVERIFY2(r.status >= 400 || r.body.contains("<h1>Kredietaanvraag afronden</h1>")
                             || method == "GET",
                         qPrintable(where + ": a bad body was accepted"));
            else if (method != "GET" && method != "HEAD" && !route.contains("logout"))
                QVERIFY2(r.status >= 400, qPrintable(where + ": a bad body was accepted"));
        }
        // Nothing changed (read again with a fresh session: the last route was logout).
        http->setBearer(loginToken(f, *http, user));
        QCOMPARE(http->get("/api/v1/applications/" + appId).body, before);
        QCOMPARE(changesAfterWrites(), changesBefore);
        QCOMPARE(f.http()->get("/api/v1/health").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestBadInputMatrix)
#include "tst_bad_input_matrix.moc"
