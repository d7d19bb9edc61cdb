// Customer sessions: the inactivity limit (15 minutes, with the Clock seam),
// logout, which tokens are accepted, isolation between applicants and
// applications on every customer route, and every customer route refusing
// bad input with a live session.
#include "server/customer/CustomerSessions.h"

#include <QTest>

#include "support/CustomerJourney.h"
#include "support/Requests.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList customerRoutes(ServerFixture &f)
{
    QStringList out;
    for (const QString &r : f.server().router().routes()) {
        if (r.contains("/api/v1/customer/") && r != QLatin1String("POST /api/v1/customer/login"))
            out << r;
    }
    return out;
}

// The body with every "coApplicant" member removed, at any depth.
QJsonValue stripCoApplicant(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("coApplicant"));
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = stripCoApplicant(it.value());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = stripCoApplicant(a.at(i));
        return a;
    }
    return v;
}

QByteArray withoutCoApplicant(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return body;
    return QJsonDocument(stripCoApplicant(doc.object()).toObject()).toJson(QJsonDocument::Compact);
}

QString fill(QString path)
{
    return path.replace("{kind}", "esic");
}
} // namespace

class TestCustomerSessions : public QObject
{
    Q_OBJECT

private slots:
    void aSessionEndsAfterFifteenMinutesWithoutARequest()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto office = openOffice(f, "Kantoor");
        const auto app = createApplication(*office.http, "REF-1");
        Customer c = loginCustomer(f, office, app, 0);
        QCOMPARE(c.overview().status, 200);

        // Each request moves the limit on.
        for (int i = 0; i < 3; ++i) {
            f.clock().advanceSecs(14 * 60);
            QCOMPARE(c.overview().status, 200);
        }
        f.clock().advanceSecs(15 * 60);
        const auto expired = c.overview();
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("auth.session_expired"));
        QVERIFY(!expired.header("WWW-Authenticate").isEmpty());
        // Gone for good: the expired session was deleted.
        QCOMPARE(c.overview().errorCode(), QStringLiteral("auth.session_invalid"));
        QCOMPARE(acceptDocuments(c).status, 401);
    }

    void theLimitCountsFromTheLastRequestWithinAMinute()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto office = openOffice(f, "Kantoor");
        const auto app = createApplication(*office.http, "REF-1");
        Customer c = loginCustomer(f, office, app, 0);
        f.clock().advanceSecs(30); // within a minute of the login: not written
        QCOMPARE(c.overview().status, 200);
        f.clock().advanceMSecs(server::CustomerSessions::kInactivityMs - 30'000 - 1);
        QCOMPARE(c.overview().status, 200); // 1 ms before the limit counted from the login
        f.clock().advanceSecs(15 * 60 - 1);
        QCOMPARE(c.overview().status, 200); // that request moved it on
        f.clock().advanceSecs(15 * 60);
        QCOMPARE(c.overview().errorCode(), QStringLiteral("auth.session_expired"));
    }

    void logoutEndsTheSession()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto office = openOffice(f, "Kantoor");
        const auto app = createApplication(*office.http, "REF-1");
        Customer c = loginCustomer(f, office, app, 0);
        QCOMPARE(c.http->post("/api/v1/customer/logout", QJsonObject()).status, 204);
        QCOMPARE(c.overview().errorCode(), QStringLiteral("auth.session_invalid"));
    }

    void onlyACustomerSessionOpensCustomerRoutes()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto office = openOffice(f, "Kantoor");
        const auto app = createApplication(*office.http, "REF-1");
        Customer c = loginCustomer(f, office, app, 0);
        auto anonymous = f.http();
        QCOMPARE(anonymous->get("/api/v1/customer/overview").errorCode(),
                 QStringLiteral("auth.session_required"));
        // An office token is no customer session, and a customer session no office token.
        QCOMPARE(office.http->get("/api/v1/customer/overview").errorCode(),
                 QStringLiteral("auth.session_invalid"));
        const auto officeRoute = c.http->get("/api/v1/applications/" + app.value("id").toString());
        QCOMPARE(officeRoute.status, 401);
        QCOMPARE(c.http->get("/api/v1/applications").status, 401);
        QCOMPARE(c.http->get("/api/v1/changes").status, 401);
    }

    void aCustomerReachesOnlyTheirOwnApplicantOnEveryRoute()
    {
        // Two applications of two offices and one of the same office: the
        // customer of A, driven through every customer route, never reads or
        // changes anything of the others.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto officeA = openOffice(f, "A");
        auto officeB = openOffice(f, "B");
        const auto appA = createApplication(*officeA.http, "A-1", 2);
        const auto appA2 = createApplication(*officeA.http, "A-2");
        const auto appB = createApplication(*officeB.http, "B-1");
        Customer mallory = loginCustomer(f, officeA, appA, 0);
        Customer coApplicant = loginCustomer(f, officeA, appA, 1);
        Customer neighbour = loginCustomer(f, officeA, appA2, 0);
        Customer other = loginCustomer(f, officeB, appB, 0);
        QVERIFY(!QTest::currentTestFailed());
        bringTo(neighbour, "contract");
        bringTo(other, "contract");
        const auto otherTx =
            other.http->post("/api/v1/customer/idin/start", QJsonObject{{"bankId", "INGBNL2A"}});
        const QString tx = otherTx.json().value("transactionId").toString();
        QCOMPARE(other.http
                     ->post(sandboxApiOf(otherTx.json().value("redirectUrl").toString()),
                            QJsonObject{{"outcome", "success"}})
                     .status,
                 200);

        const auto others = [&] {
            return QList<QByteArray>{compact(officeA.application(appA2.value("id").toString())),
                                     compact(officeB.application(appB.value("id").toString())),
                                     compact(officeA.applicant(appA.value("id").toString(), 1))};
        };
        const auto before = others();
        const QStringList secrets{"A-2", "B-1", "Els de Boer"};

        // Every customer route, with what a curious customer would send.
        for (const QString &route : customerRoutes(f)) {
            if (route.endsWith("/logout"))
                continue;
            const QByteArray method = route.section(' ', 0, 0).toLatin1();
            const QString path = fill(route.section(' ', 1));
            QList<QByteArray> bodies{"{}"};
            if (path.endsWith("/idin/return"))
                bodies = {QJsonDocument(QJsonObject{{"transactionId", tx}}).toJson(QJsonDocument::Compact)};
            for (const QByteArray &body : bodies) {
                const auto r = mallory.http->request(method, path, method == "GET" ? QByteArray() : body);
                QVERIFY2(r.status < 500, qPrintable(route + ": " + QString::number(r.status)));
                // The co-applicant's name is shown on purpose, as coApplicant (S9); nowhere else.
                const QByteArray shown = withoutCoApplicant(r.body);
                for (const QString &secret : secrets)
                    QVERIFY2(!shown.contains(secret.toUtf8()), qPrintable(route + " leaked " + secret));
            }
        }
        const auto stolen =
            mallory.http->post("/api/v1/customer/idin/return", QJsonObject{{"transactionId", tx}});
        QCOMPARE(stolen.status, 404);
        QCOMPARE(others(), before);
        // The others' own sessions still work and show their own data.
        QCOMPARE(other.http->post("/api/v1/customer/idin/return", QJsonObject{{"transactionId", tx}})
                     .json()
                     .value("status")
                     .toString(),
                 QStringLiteral("success"));
        QCOMPARE(coApplicant.overview().json().value("applicant").toObject().value("fullName").toString(),
                 QStringLiteral("Els de Boer"));
        QCOMPARE(neighbour.overview().json().value("reference").toString(), QStringLiteral("A-2"));
    }

    void everyCustomerRouteRefusesBadInputWithALiveSession_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("malformed") << QByteArray("{\"reason\": ");
        QTest::newRow("not an object") << QByteArray("[1, 2, 3]");
        QTest::newRow("invalid utf-8") << QByteArray("{\"reason\": \"\xc3\x28\xff\"}");
        QTest::newRow("huge string") << QByteArray("{\"reason\": \"" + QByteArray(900 * 1024, 'x') + "\"}");
        QTest::newRow("wrong types") << QByteArray(
            R"({"reason": 5, "iban": [], "bankId": {}, "transactionId": 1, "detailsCorrect": "ja"})");
        QTest::newRow("unknown field") << QByteArray("{\"surprise\": true}");
        QTest::newRow("nul bytes") << QByteArray("{\"reason\": \"a\\u0000b\"}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("duplicate keys") << QByteArray(R"({"bankId": "INGBNL2A", "bankId": "RABONL2U"})");
    }
    void everyCustomerRouteRefusesBadInputWithALiveSession()
    {
        QFETCH(QByteArray, body);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto office = openOffice(f, "Kantoor");
        const auto app = createApplication(*office.http, "REF-1");
        Customer c = loginCustomer(f, office, app, 0);
        // At the contract step, so that most routes would otherwise act.
        bringTo(c, "contract");
        const QByteArray before = compact(office.application(app.value("id").toString()));
        const qsizetype feedBefore = office.changes().size();
        const QString audit = QString::number(office.audit(app.value("id").toString()).size());
        for (const QString &route : customerRoutes(f)) {
            const QByteArray method = route.section(' ', 0, 0).toLatin1();
            if (method != "POST" || route.endsWith("/logout"))
                continue;
            const auto r = c.http->request(method, fill(route.section(' ', 1)), body);
            const QString where = route + " with " + QTest::currentDataTag();
            QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(where + ": " + QString::number(r.status)));
            QVERIFY2(!r.errorCode().isEmpty(), qPrintable(where + ": no error code"));
        }
        QCOMPARE(compact(office.application(app.value("id").toString())), before);
        QCOMPARE(office.changes().size(), feedBefore);
        QCOMPARE(QString::number(office.audit(app.value("id").toString()).size()), audit);
        QCOMPARE(c.overview().status, 200);
    }
};

QTEST_GUILESS_MAIN(TestCustomerSessions)
#include "tst_customer_sessions.moc"
