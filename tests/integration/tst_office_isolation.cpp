// Office isolation on every endpoint. An application belongs to its office,
// and within the office an advisor sees only their own (back office and admin
// the whole office). Every route that takes an application, applicant or document id
// answers anyone else exactly as it answers an id that does not exist (404
// not_found, never 403, so existence does not leak) and changes nothing;
// routes without an id give the caller only their own data.
//
// The rows come from the router: a route added without a recipe here fails
// (and a route that carries no office data must be listed in exemptRoutes()
// with the reason).
#include "server/http/Router.h"

#include <QTest>

#include "support/Accounts.h"
#include "support/Requests.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

namespace {

// An id no record has.
const QString kMissingId = QStringLiteral("999999999");

// Who tries to reach office A's application.
enum Intruder {
    OtherOffice, // an admin of office B: sees the whole of B, nothing of A
    OtherAdvisor, // an advisor of office A who does not own the application
};

const char *intruderName(int intruder)
{
    return intruder == OtherOffice ? "admin of office B" : "advisor of office A, not the owner";
}

// Routes that carry no application, applicant or office data, and why.
const QHash<QString, QString> &exemptRoutes()
{
    const QString kCustomerSession =
        QStringLiteral("customer session of one applicant: isolation tested in tst_customer_sessions");
    const QString kSandbox = QStringLiteral("sandbox bank or phone app: keyed by an unguessable id");
    const QString kCustomerPage =
        QStringLiteral("customer page of one applicant (session cookie): isolation as the customer API");
    static const QHash<QString, QString> routes{
        {QStringLiteral("GET /api/v1/health"), QStringLiteral("no data: liveness only")},
        {QStringLiteral("POST /api/v1/auth/login"),
         QStringLiteral("no token yet: answers with the own user")},
        {QStringLiteral("POST /api/v1/auth/refresh"), QStringLiteral("the own token pair")},
        {QStringLiteral("POST /api/v1/auth/logout"), QStringLiteral("the own session")},
        {QStringLiteral("GET /api/v1/users"),
         QStringLiteral("office users: isolation tested in tst_users_api")},
        {QStringLiteral("POST /api/v1/users"),
         QStringLiteral("office users: isolation tested in tst_users_api")},
        {QStringLiteral("POST /api/v1/users/{id}/reset"),
         QStringLiteral("a user id, not an application id: 404 across offices tested in tst_users_api")},
        {QStringLiteral("GET /api/v1/push"),
         QStringLiteral("WebSocket: authenticated per socket; office scoping tested in tst_push")},
        {QStringLiteral("POST /api/v1/customer/login"),
         QStringLiteral("the customer flow: the code or link is the access check (C2)")},
        // The customer's flow: a customer session (not an office token) bound to one
        // applicant, with no application or applicant id in the path. Isolation between
        // applicants and applications: tst_customer_sessions and tst_customer_two_applicants.
        {QStringLiteral("POST /api/v1/customer/logout"), kCustomerSession},
        {QStringLiteral("GET /api/v1/customer/overview"), kCustomerSession},
        {QStringLiteral("GET /api/v1/customer/documents"), kCustomerSession},
        {QStringLiteral("GET /api/v1/customer/documents/{kind}"), kCustomerSession},
        {QStringLiteral("POST /api/v1/customer/documents/accept"), kCustomerSession},
        {QStringLiteral("GET /api/v1/customer/questions"), kCustomerSession},
        {QStringLiteral("POST /api/v1/customer/questions"), kCustomerSession},
        {QStringLiteral("GET /api/v1/customer/iban"), kCustomerSession},
        {QStringLiteral("POST /api/v1/customer/iban/confirm"), kCustomerSession},
        {QStringLiteral("GET /api/v1/customer/contract"), kCustomerSession},
        {QStringLiteral("POST /api/v1/customer/contract/refuse"), kCustomerSession},
        {QStringLiteral("POST /api/v1/customer/sign"), kCustomerSession},
        {QStringLiteral("GET /api/v1/customer/idin/banks"), kCustomerSession},
        {QStringLiteral("POST /api/v1/customer/idin/start"), kCustomerSession},
        {QStringLiteral("POST /api/v1/customer/idin/return"), kCustomerSession},
        {QStringLiteral("POST /api/v1/customer/identification/start"), kCustomerSession},
        {QStringLiteral("GET /api/v1/customer/identification"), kCustomerSession},
        // The sandbox bank (S7) and phone app (I1-I4): keyed by an unguessable id, as the
        // bank or the app would be; they carry no office data.
        {QStringLiteral("GET /api/v1/sandbox/idin/{transactionId}"), kSandbox},
        {QStringLiteral("POST /api/v1/sandbox/idin/{transactionId}"), kSandbox},
        {QStringLiteral("GET /api/v1/sandbox/identification/{sessionId}"), kSandbox},
        {QStringLiteral("POST /api/v1/sandbox/identification/{sessionId}/document"), kSandbox},
        {QStringLiteral("POST /api/v1/sandbox/identification/{sessionId}/chip"), kSandbox},
        {QStringLiteral("POST /api/v1/sandbox/identification/{sessionId}/photo"), kSandbox},
        {QStringLiteral("POST /api/v1/sandbox/identification/{sessionId}/finish"), kSandbox},
        // The customer's web pages: the session cookie of one applicant, on the same
        // service functions as /api/v1/customer (tst_customer_sessions); tst_customer_pages.
        {QStringLiteral("GET /overzicht"), kCustomerPage},
        {QStringLiteral("GET /documenten"), kCustomerPage},
        {QStringLiteral("GET /documenten/{kind}"), kCustomerPage},
        {QStringLiteral("POST /documenten/akkoord"), kCustomerPage},
        {QStringLiteral("GET /vragen"), kCustomerPage},
        {QStringLiteral("POST /vragen"), kCustomerPage},
        {QStringLiteral("GET /rekening"), kCustomerPage},
        {QStringLiteral("POST /rekening"), kCustomerPage},
        {QStringLiteral("GET /contract"), kCustomerPage},
        {QStringLiteral("GET /contract/niet-akkoord"), kCustomerPage},
        {QStringLiteral("POST /contract/niet-akkoord"), kCustomerPage},
        {QStringLiteral("GET /idin"), kCustomerPage},
        {QStringLiteral("POST /idin"), kCustomerPage},
        {QStringLiteral("GET /idin/terug"), kCustomerPage},
        {QStringLiteral("GET /ondertekenen"), kCustomerPage},
        {QStringLiteral("POST /ondertekenen"), kCustomerPage},
        {QStringLiteral("GET /ondertekend"), kCustomerPage},
        {QStringLiteral("GET /identificatie"), kCustomerPage},
        {QStringLiteral("POST /identificatie"), kCustomerPage},
        {QStringLiteral("POST /uitloggen"), kCustomerPage},
        {QStringLiteral("GET /"), QStringLiteral("the login page: no data")},
        {QStringLiteral("GET /k/{token}"),
         QStringLiteral("the link login page: no data until the date of birth (C2)")},
        {QStringLiteral("POST /inloggen"),
         QStringLiteral("the customer login: the code or link is the access check (C2)")},
        {QStringLiteral("GET /static/klant.css"), QStringLiteral("the pages' style sheet: no data")},
        {QStringLiteral("GET /static/klant.js"), QStringLiteral("the pages' script: no data")},
        {QStringLiteral("GET /sandbox/bank/{transactionId}"), kSandbox},
        {QStringLiteral("POST /sandbox/bank/{transactionId}"), kSandbox},
        {QStringLiteral("GET /sandbox/app/{sessionId}"), kSandbox},
        {QStringLiteral("POST /sandbox/app/{sessionId}/document"), kSandbox},
        {QStringLiteral("POST /sandbox/app/{sessionId}/chip"), kSandbox},
        {QStringLiteral("POST /sandbox/app/{sessionId}/photo"), kSandbox},
        {QStringLiteral("POST /sandbox/app/{sessionId}/finish"), kSandbox},
    };
    return routes;
}

// A valid request on a route with an application id ({id}) and maybe an
// applicant id ({applicantId}): valid for the owner, who gets ownerStatus.
struct IdRecipe
{
    QJsonObject body; // sent when not empty
    bool write = false; // sends Idempotency-Key and If-Match
    int applicantIndex = 0; // which applicant fills {applicantId}
    int ownerStatus = 200;
};

const QHash<QString, IdRecipe> &idRecipes()
{
    static const QHash<QString, IdRecipe> recipes{
        {QStringLiteral("GET /api/v1/applications/{id}"), {{}, false, 0, 200}},
        {QStringLiteral("PATCH /api/v1/applications/{id}"),
         {QJsonObject{
              {"reference", "TAKEN-OVER"},
              {"termMonths", 12},
              {"iban", "NL02ABNA0123456789"},
              {"applicants", QJsonArray{QJsonObject{{"position", 1}, {"email", "mallory@example.nl"}}}}},
          true, 0, 200}},
        {QStringLiteral("GET /api/v1/applications/{id}/audit"), {{}, false, 0, 200}},
        // The second applicant has no invitation yet, so inviting them is valid.
        {QStringLiteral("POST /api/v1/applications/{id}/applicants/{applicantId}/invitations"),
         {QJsonObject{{"kind", "link"}}, true, 1, 201}},
        // The first applicant has one, so replacing it is valid (C6).
        {QStringLiteral("POST /api/v1/applications/{id}/applicants/{applicantId}/invitations/replace"),
         {QJsonObject{{"kind", "code"}, {"expiresInDays", 7}}, true, 0, 201}},
        {QStringLiteral("GET /api/v1/applications/{id}/documents"), {{}, false, 0, 200}},
        // {documentId}: the application's contract, version 1. The first
        // download generates it: the intruder's attempts must not.
        {QStringLiteral("GET /api/v1/applications/{id}/documents/{documentId}"), {{}, false, 0, 200}},
        // S5: a new bank account and so a new contract.
        {QStringLiteral("PUT /api/v1/applications/{id}/bank-account"),
         {QJsonObject{{"iban", "NL20INGB0001234567"}, {"accountHolder", "Mallory"}}, true, 0, 200}},
        // S5, the Maex way: new invitations for everyone.
        {QStringLiteral("POST /api/v1/applications/{id}/new-signing"),
         {QJsonObject{{"kind", "link"}}, true, 0, 201}},
    };
    return recipes;
}

// Routes without an id, checked one by one in checkOwnDataRoute().
const QStringList &ownDataRoutes()
{
    static const QStringList routes{
        QStringLiteral("GET /api/v1/applications"),
        QStringLiteral("POST /api/v1/applications"),
        QStringLiteral("GET /api/v1/changes"),
        QStringLiteral("GET /api/v1/me"),
    };
    return routes;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString idOf(const QJsonObject &o)
{
    return o.value("id").toString();
}

struct Scene
{
    TestUser owner; // advisor of office A, owns `application`
    TestUser adminA; // reads office A's whole changes feed
    TestUser otherAdvisor; // advisor of office A
    TestUser adminB; // admin of office B
    std::unique_ptr<TestHttp> ownerHttp, adminAHttp, otherAdvisorHttp, adminBHttp;

    TestUser *intruder = nullptr;
    TestHttp *intruderHttp = nullptr;

    QJsonObject application; // office A's: two applicants, the first invited
    QString documentId; // its contract (version 1, not generated yet)
    QJsonObject createBody; // what the owner created it with
    QByteArray createKey; // and the Idempotency-Key used
    QJsonObject intruderApplication; // the intruder's own, when asked for
};

// Everything that must stay as it is, read by those who may read it.
struct Snapshot
{
    QJsonObject application; // as the owner reads it
    QByteArray etag;
    QJsonObject audit;
    QJsonObject documents; // the document versions, as the owner lists them
    QJsonObject feedA; // office A's whole feed (admin of A)
    QJsonObject feedB; // office B's whole feed (admin of B)
    QJsonObject intruderApplication; // as the intruder reads it; empty if none
};

} // namespace

class TestOfficeIsolation : public QObject
{
    Q_OBJECT

    static void buildScene(ServerFixture &f, Scene &s, int intruder, bool intruderOwnsAnApplication)
    {
        const qint64 officeA = createOffice(f, "Office A");
        const qint64 officeB = createOffice(f, "Office B");
        s.owner = createUser(f, officeA, "bram", UserRole::Advisor);
        s.adminA = createUser(f, officeA, "anna", UserRole::Admin);
        s.otherAdvisor = createUser(f, officeA, "dirk", UserRole::Advisor);
        s.adminB = createUser(f, officeB, "bea", UserRole::Admin);
        s.ownerHttp = f.http();
        s.adminAHttp = f.http();
        s.otherAdvisorHttp = f.http();
        s.adminBHttp = f.http();
        s.ownerHttp->setBearer(loginToken(f, *s.ownerHttp, s.owner));
        s.adminAHttp->setBearer(loginToken(f, *s.adminAHttp, s.adminA));
        s.otherAdvisorHttp->setBearer(loginToken(f, *s.otherAdvisorHttp, s.otherAdvisor));
        s.adminBHttp->setBearer(loginToken(f, *s.adminBHttp, s.adminB));
        QVERIFY(s.ownerHttp->get("/api/v1/me").status == 200);
        QVERIFY(s.adminAHttp->get("/api/v1/me").status == 200);
        QVERIFY(s.otherAdvisorHttp->get("/api/v1/me").status == 200);
        QVERIFY(s.adminBHttp->get("/api/v1/me").status == 200);

        s.createBody = newApplicationBody("A-REF-1", 2);
        s.createKey = "create-a-ref-1-by-bram";
        const auto created = s.ownerHttp->post("/api/v1/applications", s.createBody,
                                               idempotencyKey(QString::fromLatin1(s.createKey)));
        QCOMPARE(created.status, 201);
        const auto invited = s.ownerHttp->post(invitationsPath(created.json(), 0),
                                               QJsonObject{{"kind", "code"}}, idempotencyKey());
        QCOMPARE(invited.status, 201);
        s.application = s.ownerHttp->get("/api/v1/applications/" + idOf(created.json())).json();
        QCOMPARE(s.application.value("applicants").toArray().size(), 2);
        for (const auto &d : s.ownerHttp->get("/api/v1/applications/" + idOf(created.json()) + "/documents")
                                 .json()
                                 .value("items")
                                 .toArray()) {
            if (d.toObject().value("kind").toString() == QLatin1String("contract"))
                s.documentId = idOf(d.toObject());
        }
        QVERIFY(!s.documentId.isEmpty());

        s.intruder = intruder == OtherOffice ? &s.adminB : &s.otherAdvisor;
        s.intruderHttp = intruder == OtherOffice ? s.adminBHttp.get() : s.otherAdvisorHttp.get();
        if (intruderOwnsAnApplication) {
            s.intruderApplication = createApplication(*s.intruderHttp, "OWN-1");
            QVERIFY(!s.intruderApplication.isEmpty());
        }
    }

    static Snapshot snapshot(Scene &s)
    {
        Snapshot snap;
        const QString path = "/api/v1/applications/" + idOf(s.application);
        const auto read = s.ownerHttp->get(path);
        snap.application = read.json();
        snap.etag = read.header("ETag");
        snap.audit = s.ownerHttp->get(path + "/audit").json();
        snap.documents = s.ownerHttp->get(path + "/documents").json();
        snap.feedA = s.adminAHttp->get("/api/v1/changes?after=0&limit=1000").json();
        snap.feedB = s.adminBHttp->get("/api/v1/changes?after=0&limit=1000").json();
        if (!s.intruderApplication.isEmpty())
            snap.intruderApplication =
                s.intruderHttp->get("/api/v1/applications/" + idOf(s.intruderApplication)).json();
        return snap;
    }

    // Office B's feed is empty unless the intruder of office B made something.
    static bool officeBHasData(const Scene &s)
    {
        return s.intruder == &s.adminB && !s.intruderApplication.isEmpty();
    }

    static void compareSnapshots(const Scene &s, const Snapshot &before, const Snapshot &after)
    {
        QVERIFY2(before.application.value("id").toString() == idOf(s.application), "owner cannot read");
        QCOMPARE(compact(after.application), compact(before.application));
        QCOMPARE(after.etag, before.etag);
        QCOMPARE(compact(after.audit), compact(before.audit));
        QCOMPARE(compact(after.documents), compact(before.documents));
        QCOMPARE(compact(after.feedA), compact(before.feedA));
        QCOMPARE(compact(after.feedB), compact(before.feedB));
        QCOMPARE(compact(after.intruderApplication), compact(before.intruderApplication));
        if (!officeBHasData(s))
            QCOMPARE(after.feedB.value("changes").toArray().size(), 0);
    }

    // The item is the intruder's to see: of their office and, for an
    // advisor, their own; and not office A's application.
    static void verifyOwnData(const Scene &s, const QJsonObject &application, const QString &where)
    {
        const QString what = where + ": " + compact(application).left(300);
        QVERIFY2(idOf(application) != idOf(s.application),
                 qPrintable("office A's application leaked in " + what));
        QVERIFY2(application.value("officeId").toString() == QString::number(s.intruder->officeId),
                 qPrintable("another office's application in " + what));
        if (s.intruder == &s.otherAdvisor)
            QVERIFY2(application.value("advisorId").toString() == QString::number(s.intruder->id),
                     qPrintable("another advisor's application in " + what));
    }

    static QString fill(QString pattern, const QString &applicationId, const QString &applicantId,
                        const QString &documentId)
    {
        pattern.replace(QStringLiteral("{id}"), applicationId);
        pattern.replace(QStringLiteral("{applicantId}"), applicantId);
        pattern.replace(QStringLiteral("{documentId}"), documentId);
        return pattern;
    }

    static void checkIdRoute(Scene &s, const QString &route, const QByteArray &method, const QString &pattern,
                             bool viaOwnApplication)
    {
        const auto found = idRecipes().constFind(route);
        if (found == idRecipes().constEnd())
            QFAIL(qPrintable(QStringLiteral("No isolation recipe for \"%1\": add a valid request for it to "
                                            "idRecipes() in tst_office_isolation.cpp")
                                 .arg(route)));
        const IdRecipe &recipe = found.value();
        const QString applicant = applicantId(s.application, recipe.applicantIndex);
        QVERIFY(!applicant.isEmpty());
        const QString ownPath = fill(pattern, idOf(s.application), applicant, s.documentId);
        QVERIFY2(!ownPath.contains('{'), qPrintable("unknown capture in " + route + ": add it to fill()"));
        // Office A's application, or the intruder's own with office A's applicant.
        const QJsonObject &target = viaOwnApplication ? s.intruderApplication : s.application;
        const QString path = fill(pattern, idOf(target), applicant, s.documentId);
        // What the intruder gets for an id that does not exist: a missing
        // application, or a missing applicant of their own application.
        const QString missingPath =
            fill(pattern, viaOwnApplication ? idOf(target) : kMissingId, kMissingId, kMissingId);
        const QByteArray body = recipe.body.isEmpty() ? QByteArray() : compact(recipe.body);

        const Snapshot before = snapshot(s);
        if (QTest::currentTestFailed())
            return;
        const QByteArray etag = viaOwnApplication
            ? '"' + QByteArray::number(target.value("version").toInteger()) + '"'
            : before.etag;
        QVERIFY(!etag.isEmpty());
        const QByteArray wrongEtag =
            '"' + QByteArray::number(etag.mid(1, etag.size() - 2).toLongLong() + 1) + '"';

        struct Attempt
        {
            const char *name;
            bool idempotencyKey;
            QByteArray ifMatch;
        };
        QList<Attempt> attempts{{"a valid request", recipe.write, recipe.write ? etag : QByteArray()}};
        if (recipe.write) {
            attempts.append({"with a wrong If-Match", true, wrongEtag});
            attempts.append({"without Idempotency-Key and If-Match", false, {}});
        }
        for (const Attempt &a : attempts) {
            const auto headers = [&] {
                QList<QPair<QByteArray, QByteArray>> h;
                if (a.idempotencyKey)
                    h.append(idempotencyKey());
                if (!a.ifMatch.isEmpty())
                    h.append({"If-Match", a.ifMatch});
                return h;
            };
            const auto r = s.intruderHttp->request(method, path, body, headers());
            const QString context = QStringLiteral("%1 %2 (%3) answered %4 %5")
                                        .arg(QString::fromLatin1(method), path, a.name)
                                        .arg(r.status)
                                        .arg(QString::fromUtf8(r.body.left(400)));
            // Without an Idempotency-Key a write to the intruder's own
            // application is refused for the missing key before the
            // applicant is looked at; it must still not tell a foreign
            // applicant from a missing one.
            if (!viaOwnApplication || a.idempotencyKey) {
                QVERIFY2(r.status == 404, qPrintable(context));
                QVERIFY2(r.errorCode() == QLatin1String("not_found"), qPrintable(context));
            }
            QVERIFY2(r.header("ETag").isEmpty(), qPrintable(context + " with an ETag"));
            // Exactly the answer for an id that does not exist.
            const auto missing = s.intruderHttp->request(method, missingPath, body, headers());
            QVERIFY2(r.status == missing.status && r.body == missing.body,
                     qPrintable(context
                                + QStringLiteral("; for a missing id %1 %2")
                                      .arg(missing.status)
                                      .arg(QString::fromUtf8(missing.body.left(400)))));
        }

        const Snapshot after = snapshot(s);
        if (QTest::currentTestFailed())
            return;
        compareSnapshots(s, before, after);
        if (QTest::currentTestFailed())
            return;

        // The control: the same request by the owner works, so the 404 above
        // was about who asked, not about the request.
        QList<QPair<QByteArray, QByteArray>> ownerHeaders;
        if (recipe.write)
            ownerHeaders << idempotencyKey().first() << qMakePair(QByteArray("If-Match"), after.etag);
        const auto control = s.ownerHttp->request(method, ownPath, body, ownerHeaders);
        QVERIFY2(control.status == recipe.ownerStatus,
                 qPrintable(QStringLiteral("the owner's control request %1 %2 answered %3 %4")
                                .arg(QString::fromLatin1(method), ownPath)
                                .arg(control.status)
                                .arg(QString::fromUtf8(control.body.left(400)))));
    }

    static void checkOwnDataRoute(Scene &s, const QString &route)
    {
        const Snapshot before = snapshot(s);
        if (QTest::currentTestFailed())
            return;
        const QString own = idOf(s.intruderApplication);
        QVERIFY(!own.isEmpty());
        QString createdId;

        if (route == QLatin1String("GET /api/v1/applications")) {
            const QString reference = s.application.value("reference").toString();
            const QStringList queries{"", "?search=" + reference, "?search=Jan", "?limit=500"};
            for (const QString &query : queries) {
                const auto r = s.intruderHttp->get("/api/v1/applications" + query);
                QCOMPARE(r.status, 200);
                const auto items = r.json().value("items").toArray();
                bool sawOwn = false;
                for (const auto &item : items) {
                    verifyOwnData(s, item.toObject(), "GET /api/v1/applications" + query);
                    if (QTest::currentTestFailed())
                        return;
                    sawOwn = sawOwn || idOf(item.toObject()) == own;
                }
                if (query != "?search=" + reference)
                    QVERIFY2(sawOwn, qPrintable("the intruder's own application is missing from " + query));
            }
        } else if (route == QLatin1String("GET /api/v1/changes")) {
            const auto r = s.intruderHttp->get("/api/v1/changes?after=0&limit=1000");
            QCOMPARE(r.status, 200);
            const auto changes = r.json().value("changes").toArray();
            QVERIFY(!changes.isEmpty());
            bool sawOwn = false;
            for (const auto &c : changes) {
                const QJsonObject change = c.toObject();
                QVERIFY2(change.value("id").toString() != idOf(s.application),
                         "office A's application leaked into the changes feed");
                verifyOwnData(s, change.value("data").toObject(), "GET /api/v1/changes");
                if (QTest::currentTestFailed())
                    return;
                sawOwn = sawOwn || change.value("id").toString() == own;
            }
            QVERIFY(sawOwn);
        } else if (route == QLatin1String("POST /api/v1/applications")) {
            // The owner's Idempotency-Key is the owner's: the same key (and,
            // from another office, the very same body) creates a new
            // application of the intruder instead of replaying office A's.
            const QJsonObject body = s.intruder == &s.adminB ? s.createBody : newApplicationBody("OWN-2", 2);
            const auto r = s.intruderHttp->post("/api/v1/applications", body,
                                                idempotencyKey(QString::fromLatin1(s.createKey)));
            QVERIFY2(r.status == 201,
                     qPrintable(QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body))));
            QVERIFY2(r.header("Idempotent-Replayed").isEmpty(), "office A's answer was replayed");
            createdId = idOf(r.json());
            QVERIFY(createdId != idOf(s.application));
            verifyOwnData(s, r.json(), "POST /api/v1/applications");
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(r.json().value("advisorId").toString(), QString::number(s.intruder->id));
        } else if (route == QLatin1String("GET /api/v1/me")) {
            const auto r = s.intruderHttp->get("/api/v1/me");
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value("id").toString(), QString::number(s.intruder->id));
            QCOMPARE(r.json().value("officeId").toString(), QString::number(s.intruder->officeId));
        } else {
            QFAIL(
                qPrintable(QStringLiteral("No isolation check for \"%1\": add one to checkOwnDataRoute() in "
                                          "tst_office_isolation.cpp, or list it in exemptRoutes() with the "
                                          "reason it carries no office data")
                               .arg(route)));
        }

        Snapshot after = snapshot(s);
        if (QTest::currentTestFailed())
            return;
        if (!createdId.isEmpty()) {
            // Only the intruder's new application joined their office's feed.
            QJsonObject &feed = s.intruder == &s.adminB ? after.feedB : after.feedA;
            QJsonArray kept;
            for (const auto &c : feed.value("changes").toArray()) {
                if (c.toObject().value("id").toString() != createdId)
                    kept.append(c);
            }
            QCOMPARE(kept.size(), feed.value("changes").toArray().size() - 1);
            feed.insert("changes", kept);
            feed.insert("nextCursor",
                        (s.intruder == &s.adminB ? before.feedB : before.feedA).value("nextCursor"));
        }
        compareSnapshots(s, before, after);
    }

private slots:
    void everyRouteIsClassified()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const QStringList routes = f.server().router().routes();
        QStringList unknown, stale;
        for (const QString &route : routes) {
            if (!exemptRoutes().contains(route) && !idRecipes().contains(route)
                && !ownDataRoutes().contains(route))
                unknown << route;
        }
        QStringList listed = exemptRoutes().keys() + idRecipes().keys() + ownDataRoutes();
        for (const QString &route : std::as_const(listed)) {
            if (!routes.contains(route))
                stale << route;
        }
        QVERIFY2(unknown.isEmpty(),
                 qPrintable("Routes without an isolation check (add a recipe): " + unknown.join(", ")));
        QVERIFY2(stale.isEmpty(),
                 qPrintable("Checks for routes the server no longer has: " + stale.join(", ")));
    }

    void intrudersGetNotFoundAndChangeNothing_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("intruder");
        QTest::addColumn<bool>("viaOwnApplication");
        ServerFixture f;
        if (!f.skipReason().isEmpty() || !f.failure().isEmpty()) {
            // The test function skips or fails with the reason.
            QTest::newRow("server") << QString() << int(OtherOffice) << false;
            return;
        }
        for (const QString &route : f.server().router().routes()) {
            if (exemptRoutes().contains(route))
                continue;
            for (int intruder : {OtherOffice, OtherAdvisor}) {
                QTest::addRow("%s | %s", qPrintable(route), intruderName(intruder))
                    << route << intruder << false;
                if (route.contains(QLatin1String("{applicantId}")))
                    QTest::addRow("%s | %s, own application with an applicant of A", qPrintable(route),
                                  intruderName(intruder))
                        << route << intruder << true;
                if (route.contains(QLatin1String("{documentId}")))
                    QTest::addRow("%s | %s, own application with a document of A", qPrintable(route),
                                  intruderName(intruder))
                        << route << intruder << true;
            }
        }
    }
    void intrudersGetNotFoundAndChangeNothing()
    {
        QFETCH(QString, route);
        QFETCH(int, intruder);
        QFETCH(bool, viaOwnApplication);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        QVERIFY2(!route.isEmpty(), "the router has no routes");
        const qsizetype space = route.indexOf(' ');
        const QByteArray method = route.left(space).toLatin1();
        const QString pattern = route.mid(space + 1);
        const bool takesAnId = pattern.contains('{');

        Scene s;
        buildScene(f, s, intruder, viaOwnApplication || !takesAnId);
        if (QTest::currentTestFailed())
            return;
        if (takesAnId)
            checkIdRoute(s, route, method, pattern, viaOwnApplication);
        else
            checkOwnDataRoute(s, route);
    }
};

// With a QGuiApplication (Qt Gui): the owner's control download renders a PDF.
QTEST_MAIN(TestOfficeIsolation)
#include "tst_office_isolation.moc"
