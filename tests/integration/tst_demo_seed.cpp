// The demo data (dpdesk-server --demo): every checklist state occurs, read
// through the API as the office would; offices and advisors are isolated;
// seeding twice adds nothing.
#include "core/domain/ChecklistRules.h"
#include "core/otp/Base32.h"
#include "core/otp/Totp.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/WireTime.h"
#include "server/db/Database.h"
#include "server/demo/DemoScenarios.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

namespace {
const QString kSecondOffice = QStringLiteral("Bakker & Zn. Kredietadvies");

struct DemoLogin
{
    QString password;
    QByteArray totpSecret;
};

// The users as DemoSeeder::describe prints them.
QHash<QString, DemoLogin> usersIn(const QString &text)
{
    static const QRegularExpression block(
        QStringLiteral("^  (\\w+) \\([^\\n]*\\)\\n    password:\\s+(\\S+)\\n    TOTP secret: (\\S+)$"),
        QRegularExpression::MultilineOption);
    QHash<QString, DemoLogin> out;
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), {m.captured(2), Base32::decode(m.captured(3)).value()});
    }
    return out;
}

qint64 count(ServerFixture &f, const QString &sql)
{
    QSqlQuery q = f.server().database().query(sql);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestDemoSeed : public QObject
{
    Q_OBJECT

    struct Session
    {
        std::unique_ptr<TestHttp> http;
        QString userId;
    };

    static Session login(ServerFixture &f, const QHash<QString, DemoLogin> &users, const QString &name)
    {
        Session s;
        s.http = f.http();
        f.clock().advanceSecs(30); // a fresh TOTP step: codes are never accepted twice
        const DemoLogin &u = users.value(name);
        const auto r = s.http->post("/api/v1/auth/login",
                                    QJsonObject{{"username", name},
                                                {"password", u.password},
                                                {"code", totp(u.totpSecret, f.clock().nowSecs())}});
        s.http->setBearer(r.json().value("accessToken").toString());
        s.userId = r.json().value("user").toObject().value("id").toString();
        return s;
    }

    static QJsonArray applications(TestHttp &http)
    {
        return http.get("/api/v1/applications?limit=500").json().value("items").toArray();
    }

    static QSet<QString> ids(const QJsonArray &items)
    {
        QSet<QString> out;
        for (const auto &v : items)
            out.insert(v.toObject().value("id").toString());
        return out;
    }

    static QString seed(ServerFixture &f)
    {
        auto text = f.server().seedDemo();
        return text ? text.value() : QString();
    }

private slots:
    void everyChecklistStateOccurs()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const QString text = seed(f);
        const auto users = usersIn(text);
        QVERIFY2(users.contains("carla"), qPrintable(text));
        auto carla = login(f, users, "carla");
        QVERIFY(!carla.userId.isEmpty());
        const QJsonArray items = applications(*carla.http);
        QCOMPARE(items.size(), server::demo::firstOfficeScenarios().size());

        const QDateTime now = f.clock().nowUtc();
        QSet<QString> seen;
        QSet<QString> advisors;
        static const QRegularExpression reference(QStringLiteral("^DVA-\\d{4}-\\d{4}$"));
        for (const auto &v : items) {
            const QJsonObject json = v.toObject();
            // The record is one the desktop client accepts (strict wire rules).
            const auto parsed = applicationFromJson(json);
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
            const Application &a = parsed.value();
            QVERIFY2(reference.match(a.reference).hasMatch(), qPrintable(a.reference));
            QVERIFY(a.loanAmountCents >= 250'000 && a.loanAmountCents <= 7'500'000);
            QVERIFY(a.termMonths >= 12 && a.termMonths <= 120);
            QVERIFY(a.createdAt <= now && a.createdAt > now.addDays(-61));
            QVERIFY(a.updatedAt >= a.createdAt && a.updatedAt <= now);
            advisors.insert(a.advisorId);
            seen.insert(QStringLiteral("applicants:%1").arg(a.applicants.size()));
            seen.insert(a.iban.isEmpty() ? "iban:missing" : "iban:given");
            if (isComplete(a)) // I5
                seen.insert("complete");
            if (a.contractVersion > 1) // S5
                seen.insert("new contract");
            for (const Applicant &p : a.applicants) {
                seen.insert("documents:" + enumToString(p.documents));
                seen.insert("identification:" + enumToString(p.identification));
                seen.insert("signing:" + enumToString(p.signing));
                if (p.identification == IdentificationState::Failed
                    && !p.identificationFailureReason.isEmpty())
                    seen.insert("identification failed with reason"); // I4
                if (p.signing == SigningState::Refused && !p.refusalReason.isEmpty())
                    seen.insert("refused with reason"); // S6
                if (!p.invitation) {
                    seen.insert("not invited");
                    continue;
                }
                const Invitation &inv = *p.invitation;
                QString state = enumToString(inv.state);
                if (inv.state == InvitationState::Active && inv.expiresAt <= now)
                    state = QStringLiteral("expired");
                seen.insert(enumToString(inv.kind) + ':' + state);
                if (inv.state == InvitationState::Locked) // C5
                    QCOMPARE(inv.failedAttempts, 4);
                if (inv.state == InvitationState::Active && inv.failedAttempts == 3) // C4
                    seen.insert("warned");
            }
        }
        QVERIFY(advisors.size() >= 2);

        // C6: the replaced invitation stays on record as revoked, with a newer
        // active one (the API shows the current one; the table holds both).
        QSqlQuery revoked = f.server().database().query(
            QStringLiteral("SELECT old.kind FROM invitations old JOIN invitations cur ON cur.applicant_id = "
                           "old.applicant_id "
                           "AND cur.id > old.id WHERE old.state = 'revoked' AND old.revoked_at IS NOT NULL "
                           "AND cur.state = 'active'"));
        QVERIFY(revoked.exec());
        while (revoked.next())
            seen.insert(revoked.value(0).toString() + ":revoked");

        const QStringList expected{"applicants:1",
                                   "applicants:2",
                                   "iban:missing",
                                   "iban:given",
                                   "complete",
                                   "new contract",
                                   "documents:open",
                                   "documents:accepted",
                                   "identification:open",
                                   "identification:in_progress",
                                   "identification:done",
                                   "identification:failed",
                                   "identification failed with reason",
                                   "signing:open",
                                   "signing:questions_blocked",
                                   "signing:refused",
                                   "refused with reason",
                                   "signing:waiting_for_co_applicant",
                                   "signing:signed",
                                   "not invited",
                                   "warned",
                                   "link:active",
                                   "code:active",
                                   "link:locked",
                                   "code:locked",
                                   "link:revoked",
                                   "code:revoked",
                                   "link:expired",
                                   "code:expired",
                                   "link:completed",
                                   "code:completed"};
        for (const QString &state : expected)
            QVERIFY2(seen.contains(state), qPrintable("missing: " + state));

        // Every application is in the changes feed, as it is now, and has an
        // audit trail that starts with its creation.
        const auto changes = carla.http->get("/api/v1/changes?limit=1000").json();
        QCOMPARE(changes.value("hasMore").toBool(), false);
        QHash<QString, QJsonObject> fed;
        for (const auto &c : changes.value("changes").toArray())
            fed.insert(c.toObject().value("id").toString(), c.toObject().value("data").toObject());
        QCOMPARE(fed.size(), items.size());
        QSet<QString> actions;
        for (const auto &v : items) {
            const QString id = v.toObject().value("id").toString();
            QCOMPARE(fed.value(id), v.toObject());
            const auto audit = carla.http->get("/api/v1/applications/" + id + "/audit").json();
            const QJsonArray entries = audit.value("items").toArray();
            QVERIFY(!entries.isEmpty());
            QCOMPARE(entries.first().toObject().value("action").toString(),
                     QStringLiteral("application.created"));
            for (const auto &e : entries)
                actions.insert(e.toObject().value("action").toString());
        }
        for (const char *action : {"invitation.created", "invitation.locked", "invitation.replaced",
                                   "customer.login_failed", "customer.signed", "identification.failed"})
            QVERIFY2(actions.contains(action), action);
    }

    void officesAndAdvisorsAreIsolated()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto users = usersIn(seed(f));
        auto carla = login(f, users, "carla");
        auto eva = login(f, users, "eva"); // the second office
        const QJsonArray first = applications(*carla.http);
        const QJsonArray second = applications(*eva.http);
        QCOMPARE(second.size(), server::demo::secondOfficeScenarios().size());
        QVERIFY(!ids(first).intersects(ids(second)));
        for (const auto &v : second)
            QVERIFY(v.toObject().value("reference").toString().startsWith("BZK-"));
        const QString foreign = first.at(0).toObject().value("id").toString();
        QCOMPARE(eva.http->get("/api/v1/applications/" + foreign).status, 404);
        QCOMPARE(eva.http->get("/api/v1/applications/" + foreign + "/audit").status, 404);
        QSet<QString> fed;
        for (const auto &c : eva.http->get("/api/v1/changes?limit=1000").json().value("changes").toArray())
            fed.insert(c.toObject().value("id").toString());
        QCOMPARE(fed, ids(second));

        // An advisor sees only their own applications; both advisors have some.
        int advisorTotal = 0;
        for (const QString name : {"bram", "dirk"}) {
            auto advisor = login(f, users, name);
            const QJsonArray own = applications(*advisor.http);
            QVERIFY(!own.isEmpty());
            for (const auto &v : own)
                QCOMPARE(v.toObject().value("advisorId").toString(), advisor.userId);
            advisorTotal += int(own.size());
        }
        QCOMPARE(advisorTotal, first.size());
    }

    void seedingTwiceAddsNothing()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        QVERIFY(!usersIn(seed(f)).isEmpty());
        const QStringList tables{"offices",     "users", "applications", "applicants",
                                 "invitations", "audit", "changes"};
        QHash<QString, qint64> before;
        for (const QString &t : tables)
            before.insert(t, count(f, "SELECT COUNT(*) FROM " + t));
        QCOMPARE(before.value("offices"), qint64(2));
        QVERIFY(before.value("applications") > 50);
        const qint64 seqBefore = count(f, "SELECT SUM(change_seq) FROM offices");

        f.clock().advanceSecs(3600);
        const QString again = seed(f);
        QVERIFY2(again.contains("already present"), qPrintable(again));
        QVERIFY(usersIn(again).isEmpty());
        for (const QString &t : tables)
            QCOMPARE(count(f, "SELECT COUNT(*) FROM " + t), before.value(t));
        QCOMPARE(count(f, "SELECT SUM(change_seq) FROM offices"), seqBefore);
    }

    void theDemoCustomerCanLogIn()
    {
        // C2: the one code kept for the demo, with its date of birth.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const QString text = seed(f);
        static const QRegularExpression login(
            QStringLiteral("code:\\s+(\\S+)\\n\\s+date of birth: (\\d{4}-\\d{2}-\\d{2})"));
        const auto m = login.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        QVERIFY(text.contains("demo only"));
        auto customer = f.http();
        const auto r = customer->post("/api/v1/customer/login",
                                      QJsonObject{{"code", m.captured(1)}, {"dateOfBirth", m.captured(2)}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value("sessionToken").toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demo_seed.moc"
