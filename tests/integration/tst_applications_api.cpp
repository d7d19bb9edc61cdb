// Applications, invitations (C1, C6), customer login and lockout (C2-C5),
// the changes feed, idempotency and lost-update protection.
#include "server/db/Database.h"

#include <QSqlQuery>
#include <QTest>

#include "support/Accounts.h"
#include "support/Requests.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

class TestApplicationsApi : public QObject
{
    Q_OBJECT

    struct Office
    {
        TestUser user;
        std::unique_ptr<TestHttp> http;
    };
    static Office officeWith(ServerFixture &f, const QString &name, UserRole role = UserRole::BackOffice)
    {
        Office o;
        o.user = createUser(f, createOffice(f, name), name.toLower() + "-user", role);
        o.http = f.http();
        o.http->setBearer(loginToken(f, *o.http, o.user));
        return o;
    }
    static TestResponse customerLogin(TestHttp &http, const QString &codeKey, const QString &secret,
                                      const QString &dob)
    {
        return http.post("/api/v1/customer/login", QJsonObject{{codeKey, secret}, {"dateOfBirth", dob}});
    }

private slots:
    void createReadListAndAudit()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto created =
            o.http->post("/api/v1/applications", newApplicationBody("REF-1", 2), idempotencyKey());
        QCOMPARE(created.status, 201);
        const auto app = created.json();
        QCOMPARE(app.value("reference").toString(), QStringLiteral("REF-1"));
        QCOMPARE(app.value("applicants").toArray().size(), 2);
        QCOMPARE(created.header("ETag"), QByteArray("\"1\""));

        const auto read = o.http->get("/api/v1/applications/" + app.value("id").toString());
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json(), app);

        createApplication(*o.http, "REF-2");
        const auto list = o.http->get("/api/v1/applications?search=ref-2");
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value("items").toArray().size(), 1);
        const auto byName = o.http->get("/api/v1/applications?search=els");
        QCOMPARE(byName.json().value("items").toArray().size(), 1);

        const auto audit = o.http->get("/api/v1/applications/" + app.value("id").toString() + "/audit");
        QCOMPARE(audit.status, 200);
        const auto first = audit.json().value("items").toArray().at(0).toObject();
        QCOMPARE(first.value("action").toString(), QStringLiteral("application.created"));
        QCOMPARE(first.value("actor").toObject().value("kind").toString(), QStringLiteral("user"));
    }

    void applicationWithoutBankAccountYet()
    {
        // S4: the office may leave the IBAN for later; then the customer has nothing to confirm.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        QJsonObject body = newApplicationBody("REF-1");
        body.insert("iban", QJsonValue());
        body.insert("accountHolder", QJsonValue());
        const auto r = o.http->post("/api/v1/applications", body, idempotencyKey());
        QCOMPARE(r.status, 201);
        QVERIFY(r.json().value("iban").isNull() || r.json().value("iban").toString().isEmpty());
    }

    void invalidApplicationsAreRefusedWithTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("iban checksum") << "iban" << QJsonValue("NL91ABNA0417164301") << "iban.checksum"
                                       << "iban";
        QTest::newRow("iban length") << "iban" << QJsonValue("NL91ABNA041716430") << "iban.length"
                                     << "iban";
        QTest::newRow("amount type") << "loanAmountCents" << QJsonValue("lots") << "json.wrong_type"
                                     << "loanAmountCents";
        QTest::newRow("kind enum") << "loanKind" << QJsonValue("mortgage") << "json.invalid_enum"
                                   << "loanKind";
        QTest::newRow("three applicants")
            << "applicants" << QJsonValue(QJsonArray{QJsonObject{}, QJsonObject{}, QJsonObject{}})
            << "json.invalid_count"
            << "applicants";
        QTest::newRow("unknown field") << "isAdmin" << QJsonValue(true) << "json.unknown_field"
                                       << "isAdmin";
    }
    void invalidApplicationsAreRefusedWithTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        QJsonObject body = newApplicationBody("REF-1");
        body.insert(key, value);
        const auto r = o.http->post("/api/v1/applications", body, idempotencyKey());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
        QCOMPARE(o.http->get("/api/v1/applications").json().value("items").toArray().size(), 0);
    }

    void sameIdempotencyKeyReplaysAndDifferentBodyIsRefused()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto key = idempotencyKey("key-12345678");
        const auto first = o.http->post("/api/v1/applications", newApplicationBody("REF-1"), key);
        const auto again = o.http->post("/api/v1/applications", newApplicationBody("REF-1"), key);
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(o.http->get("/api/v1/applications").json().value("items").toArray().size(), 1);

        const auto other = o.http->post("/api/v1/applications", newApplicationBody("REF-2"), key);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.errorCode(), QStringLiteral("idempotency.key_reused"));

        const auto none = o.http->post("/api/v1/applications", newApplicationBody("REF-3"));
        QCOMPARE(none.status, 400);
        QCOMPARE(none.errorCode(), QStringLiteral("idempotency.key_required"));
    }

    void staleWritesGet412AndNothingIsOverwritten()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        const QString path = "/api/v1/applications/" + app.value("id").toString();
        auto patch = [&](const QJsonObject &body, const QByteArray &etag) {
            auto headers = idempotencyKey();
            if (!etag.isEmpty())
                headers.append({"If-Match", etag});
            return o.http->request("PATCH", path, QJsonDocument(body).toJson(), headers);
        };
        const auto ok = patch(QJsonObject{{"termMonths", 72}}, "\"1\"");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value("termMonths").toInt(), 72);
        QCOMPARE(ok.header("ETag"), QByteArray("\"2\""));

        const auto stale = patch(QJsonObject{{"termMonths", 12}}, "\"1\"");
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.errorCode(), QStringLiteral("precondition_failed"));
        QCOMPARE(stale.json().value("current").toObject().value("termMonths").toInt(), 72);
        QCOMPARE(o.http->get(path).json().value("termMonths").toInt(), 72);

        QCOMPARE(patch(QJsonObject{{"termMonths", 12}}, {}).status, 428);
        createApplication(*o.http, "REF-2");
        const auto taken = patch(QJsonObject{{"reference", "REF-2"}}, "\"2\"");
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.errorCode(), QStringLiteral("conflict.reference_taken"));
        QCOMPARE(taken.errorField(), QStringLiteral("reference"));
        const auto notEditable = patch(QJsonObject{{"version", 9}}, "\"2\"");
        QCOMPARE(notEditable.status, 400);
        QCOMPARE(notEditable.errorCode(), QStringLiteral("json.unknown_field"));
    }

    void codeInvitationLogsInWithDateOfBirth()
    {
        // C1, C2, C7
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        const auto inv = o.http->post(invitationsPath(app), QJsonObject{{"kind", "code"}}, idempotencyKey());
        QCOMPARE(inv.status, 201);
        const QString code = inv.json().value("code").toString();
        QCOMPARE(code.size(), 11); // XXXX-XXXX-X
        QCOMPARE(inv.json().value("invitation").toObject().value("state").toString(),
                 QStringLiteral("active"));

        // The code is never shown again.
        const auto read = o.http->get("/api/v1/applications/" + app.value("id").toString());
        QVERIFY(!read.body.contains(code.toLatin1()));
        QVERIFY(!read.body.contains(QString(code).remove('-').toLatin1()));

        auto customer = f.http();
        const auto ok = customerLogin(*customer, "code", code.toLower().remove('-'), "1980-05-17");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value("applicantId").toString(), applicantId(app));
        QCOMPARE(ok.json().value("sessionToken").toString().size(), 43);
    }

    void linkInvitationLogsInWithDateOfBirth()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        const auto inv = o.http->post(invitationsPath(app), QJsonObject{{"kind", "link"}}, idempotencyKey());
        QCOMPARE(inv.status, 201);
        const QString token = inv.json().value("linkToken").toString();
        QVERIFY(inv.json().value("link").toString().endsWith("/k/" + token));
        auto customer = f.http();
        QCOMPARE(customerLogin(*customer, "linkToken", token, "1980-05-17").status, 200);
        QCOMPARE(customerLogin(*customer, "linkToken", token.left(42) + (token.endsWith('A') ? "Q" : "A"),
                               "1980-05-17")
                     .errorCode(),
                 QStringLiteral("login.not_allowed"));
    }

    void fourthWrongDateOfBirthLocksAndTheOfficeSeesIt()
    {
        // C3, C4, C5
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        const QString code =
            o.http->post(invitationsPath(app), QJsonObject{{"kind", "code"}}, idempotencyKey())
                .json()
                .value("code")
                .toString();
        auto customer = f.http();
        const QStringList expected{"login.incorrect_details", "login.incorrect_details",
                                   "login.warning_last_attempt", "login.locked"};
        for (int i = 0; i < 4; ++i) {
            const auto r = customerLogin(*customer, "code", code, "1999-01-01");
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), expected.at(i));
            QCOMPARE(r.json().value("attemptsLeft").toInt(), 3 - i);
        }
        QCOMPARE(customerLogin(*customer, "code", code, "1999-01-01")
                     .json()
                     .value("error")
                     .toObject()
                     .value("message")
                     .toString(),
                 customerLogin(*customer, "code", "0000-0000-0", "1980-05-17")
                     .json()
                     .value("error")
                     .toObject()
                     .value("message")
                     .toString());
        // C3's text, then C4's text.
        // Even the right date of birth no longer opens a locked invitation.
        const auto right = customerLogin(*customer, "code", code, "1980-05-17");
        QCOMPARE(right.status, 401);
        QCOMPARE(right.errorCode(), QStringLiteral("login.not_allowed"));

        const auto read = o.http->get("/api/v1/applications/" + app.value("id").toString()).json();
        const auto invitation =
            read.value("applicants").toArray().at(0).toObject().value("invitation").toObject();
        QCOMPARE(invitation.value("state").toString(), QStringLiteral("locked"));
        QCOMPARE(invitation.value("failedAttempts").toInt(), 4);
        const auto audit =
            o.http->get("/api/v1/applications/" + app.value("id").toString() + "/audit").json();
        QCOMPARE(audit.value("items").toArray().last().toObject().value("action").toString(),
                 QStringLiteral("invitation.locked"));
    }

    void deleteAndCreateNewKillsTheOldCode()
    {
        // C6
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        const QString old =
            o.http->post(invitationsPath(app), QJsonObject{{"kind", "code"}}, idempotencyKey())
                .json()
                .value("code")
                .toString();
        const auto again =
            o.http->post(invitationsPath(app), QJsonObject{{"kind", "code"}}, idempotencyKey());
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("conflict.invitation_exists"));

        auto customer = f.http();
        for (int i = 0; i < 4; ++i)
            customerLogin(*customer, "code", old, "1999-01-01");
        const auto replaced =
            o.http->post(invitationsPath(app) + "/replace", QJsonObject{{"kind", "code"}}, idempotencyKey());
        QCOMPARE(replaced.status, 201);
        const QString fresh = replaced.json().value("code").toString();
        QVERIFY(fresh != old);
        QCOMPARE(customerLogin(*customer, "code", old, "1980-05-17").errorCode(),
                 QStringLiteral("login.not_allowed"));
        QCOMPARE(customerLogin(*customer, "code", fresh, "1980-05-17").status, 200);
    }

    void expiredInvitationsRefuseLikeUnknownOnes()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        const QString code = o.http
                                 ->post(invitationsPath(app),
                                        QJsonObject{{"kind", "code"}, {"expiresInDays", 1}}, idempotencyKey())
                                 .json()
                                 .value("code")
                                 .toString();
        f.clock().advanceSecs(24 * 3600 + 1);
        auto customer = f.http();
        QCOMPARE(customerLogin(*customer, "code", code, "1980-05-17").errorCode(),
                 QStringLiteral("login.not_allowed"));
        // Reissue: delete and create new works on an expired invitation too
        // (after a day the office user logs in again).
        o.http->setBearer(loginToken(f, *o.http, o.user));
        const auto reissued =
            o.http->post(invitationsPath(app) + "/replace", QJsonObject{{"kind", "code"}}, idempotencyKey());
        QCOMPARE(reissued.status, 201);
        QCOMPARE(
            customerLogin(*customer, "code", reissued.json().value("code").toString(), "1980-05-17").status,
            200);
    }

    void customerLoginsAreThrottledPerIp()
    {
        auto config = ServerFixture::testConfig();
        config.customerLoginsPerIpPerMinute = 3;
        ServerFixture f(config);
        DPDESK_START_SERVER(f);
        auto customer = f.http();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(customerLogin(*customer, "code", "0000-0000-0", "1980-05-17").status, 401);
        const auto throttled = customerLogin(*customer, "code", "0000-0000-0", "1980-05-17");
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.errorCode(), QStringLiteral("login.throttled"));
        QVERIFY(throttled.header("Retry-After").toInt() >= 1);
        f.clock().advanceSecs(61);
        QCOMPARE(customerLogin(*customer, "code", "0000-0000-0", "1980-05-17").status, 401);
    }

    void typoInCodeCostsNoAttempt()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        QString code = o.http->post(invitationsPath(app), QJsonObject{{"kind", "code"}}, idempotencyKey())
                           .json()
                           .value("code")
                           .toString();
        QString typo = code;
        typo[0] = typo[0] == 'A' ? 'B' : 'A';
        auto customer = f.http();
        const auto r = customerLogin(*customer, "code", typo, "1999-01-01");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invitation_code.check"));
        const auto read = o.http->get("/api/v1/applications/" + app.value("id").toString()).json();
        QCOMPARE(read.value("applicants")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("invitation")
                     .toObject()
                     .value("failedAttempts")
                     .toInt(),
                 0);
    }

    void changesFeedPagesInOrderAndSeesLockouts()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        QList<QJsonObject> apps;
        for (int i = 0; i < 5; ++i)
            apps.append(createApplication(*o.http, QStringLiteral("REF-%1").arg(i)));
        auto all = o.http->get("/api/v1/changes?after=0&limit=2");
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().value("changes").toArray().size(), 2);
        QVERIFY(all.json().value("hasMore").toBool());
        qint64 cursor = all.json().value("nextCursor").toInteger();
        int seen = 2;
        qint64 lastSeq = all.json().value("changes").toArray().last().toObject().value("seq").toInteger();
        while (true) {
            const auto page =
                o.http->get(QStringLiteral("/api/v1/changes?after=%1&limit=2").arg(cursor)).json();
            for (const auto &c : page.value("changes").toArray()) {
                QVERIFY(c.toObject().value("seq").toInteger() > lastSeq);
                lastSeq = c.toObject().value("seq").toInteger();
                ++seen;
            }
            cursor = page.value("nextCursor").toInteger();
            if (!page.value("hasMore").toBool())
                break;
        }
        QCOMPARE(seen, 5);

        const QString code =
            o.http->post(invitationsPath(apps[2]), QJsonObject{{"kind", "code"}}, idempotencyKey())
                .json()
                .value("code")
                .toString();
        auto customer = f.http();
        for (int i = 0; i < 4; ++i)
            customerLogin(*customer, "code", code, "1999-01-01");
        const auto after = o.http->get(QStringLiteral("/api/v1/changes?after=%1").arg(cursor)).json();
        const auto changes = after.value("changes").toArray();
        QCOMPARE(changes.size(), 1); // the application, once, at its latest state
        const auto data = changes.at(0).toObject().value("data").toObject();
        QCOMPARE(data.value("id"), apps[2].value("id"));
        QCOMPARE(data.value("applicants")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("invitation")
                     .toObject()
                     .value("state")
                     .toString(),
                 QStringLiteral("locked"));
    }

    void aCursorOlderThanWhatIsKeptMustRefetch()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        for (int i = 0; i < 3; ++i)
            createApplication(*o.http, QStringLiteral("REF-%1").arg(i));
        // Pruning history (tombstones older than what is kept) raises the office's floor.
        QSqlQuery prune(f.server().database().handle());
        QVERIFY(prune.exec("UPDATE offices SET feed_floor = 2"));
        const auto old = o.http->get("/api/v1/changes?after=1");
        QCOMPARE(old.status, 410);
        QCOMPARE(old.errorCode(), QStringLiteral("changes.cursor_expired"));
        QCOMPARE(o.http->get("/api/v1/changes?after=2").status, 200);
        const auto fromZero = o.http->get("/api/v1/changes?after=0");
        QCOMPARE(fromZero.status, 200); // starting again always works
        QCOMPARE(fromZero.json().value("changes").toArray().size(), 3);
    }

    void advisorsSeeOnlyTheirOwnApplications()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto office = createOffice(f, "A");
        const auto bram = createUser(f, office, "bram", UserRole::Advisor);
        const auto dirk = createUser(f, office, "dirk", UserRole::Advisor);
        const auto carla = createUser(f, office, "carla", UserRole::BackOffice);
        auto hb = f.http(), hd = f.http(), hc = f.http();
        hb->setBearer(loginToken(f, *hb, bram));
        hd->setBearer(loginToken(f, *hd, dirk));
        hc->setBearer(loginToken(f, *hc, carla));
        const auto app = createApplication(*hb, "BRAM-1");
        createApplication(*hd, "DIRK-1");
        QCOMPARE(hb->get("/api/v1/applications").json().value("items").toArray().size(), 1);
        QCOMPARE(hc->get("/api/v1/applications").json().value("items").toArray().size(), 2);
        QCOMPARE(hd->get("/api/v1/applications/" + app.value("id").toString()).status, 404);
        QCOMPARE(hd->get("/api/v1/changes").json().value("changes").toArray().size(), 1);
        QCOMPARE(hc->get("/api/v1/changes").json().value("changes").toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestApplicationsApi)
#include "tst_applications_api.moc"
