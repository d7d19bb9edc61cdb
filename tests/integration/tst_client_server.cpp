// The desktop's client layer (Workspace: AuthClient, Session, SyncEngine,
// PushClient over a real QWebSocket) against the real portal service on a
// real QNetworkAccessManager: login with password + TOTP (A6), a new
// application and a code invitation (C1), the customer locking it with four
// wrong dates of birth (C3-C5) seen on the desktop through push within a
// second, and delete-and-create-new (C6).
#include "client/credentials/InMemoryCredentialStore.h"
#include "client/push/WebSocketPushSocket.h"
#include "client/workspace/Workspace.h"
#include "core/domain/Attention.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "support/Accounts.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::client;
using namespace dpdesk::test;

namespace {

NewApplicationRequest newApplication(const QString &reference)
{
    NewApplicationRequest request;
    request.reference = reference;
    request.loanAmountCents = 2'500'000;
    request.loanKind = LoanKind::PersonalLoan;
    request.termMonths = 72;
    request.applicants = {NewApplicantRequest{"Jan de Boer", QDate(1980, 5, 17), "jan@example.nl", {}}};
    return request;
}

TestResponse customerLogin(TestHttp &http, const QString &code, const QString &dateOfBirth)
{
    return http.post("/api/v1/customer/login", QJsonObject{{"code", code}, {"dateOfBirth", dateOfBirth}});
}

std::optional<Invitation> invitationOf(const Workspace &ws, const QString &applicationId)
{
    const auto application = ws.application(applicationId);
    if (!application || application->applicants.isEmpty())
        return std::nullopt;
    return application->applicants.first().invitation;
}

} // namespace

class TestClientServer : public QObject
{
    Q_OBJECT

private slots:
    void aLockedInvitationReachesTheDesktopByPushAndIsReplaced()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const TestUser carla = createUser(f, createOffice(f, "Utrecht"), "carla", UserRole::Advisor);

        QTemporaryDir dir;
        QNetworkAccessManager network;
        InMemoryCredentialStore credentials;
        Workspace::Options options;
        options.cacheDirectory = dir.path();
        options.pollIntervalMSecs = 0; // no polling: whatever arrives, push brought it
        options.syncRetryFirstMSecs = -1;
        Workspace ws(&network, f.baseUrl(), &credentials, f.clock(), options);

        // A6: password and the authenticator's 6-digit code.
        QSignalSpy loggedIn(&ws, &Workspace::loggedIn);
        QSignalSpy loginFailed(&ws, &Workspace::loginFailed);
        f.clock().advanceSecs(30);
        ws.login(carla.username, carla.password, currentCode(f, carla));
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn.size() + loginFailed.size() > 0, 10'000);
        QCOMPARE(loginFailed.size(), 0);
        QCOMPARE(ws.user().username, carla.username);
        QCOMPARE(ws.user().role, UserRole::Advisor);
        QTRY_COMPARE_WITH_TIMEOUT(ws.connectionState(), Workspace::ConnectionState::Live, 5000);

        // A new application: provisional at once, then the server's record.
        QSignalSpy confirmed(&ws, &Workspace::applicationConfirmed);
        QVERIFY(ws.createApplication(newApplication("REF-CS-1")));
        QCOMPARE(ws.applications().size(), 1);
        QVERIFY(confirmed.wait(5000));
        const QString id = confirmed.first().at(1).toString();
        QTRY_COMPARE(ws.syncEngine()->isBusy(), false);
        QCOMPARE(ws.applications().size(), 1);
        QCOMPARE(ws.applications().first().id, id);
        const QString applicantId = ws.application(id)->applicants.first().id;

        // C1: a code invitation; its secret comes once, with invitationIssued.
        QSignalSpy issued(&ws, &Workspace::invitationIssued);
        QVERIFY(ws.createInvitation(id, applicantId, InvitationKind::Code));
        QVERIFY(issued.wait(5000));
        const QString code = issued.first().at(4).toString();
        QVERIFY(!code.isEmpty());
        QTRY_COMPARE(invitationOf(ws, id)->state, InvitationState::Active);

        // C3-C5: the customer types a wrong date of birth four times.
        auto customer = f.http();
        const QStringList expected{"login.incorrect_details", "login.incorrect_details",
                                   "login.warning_last_attempt", "login.locked"};
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto refused = customerLogin(*customer, code, "1999-01-01");
            QCOMPARE(refused.status, 401);
            QCOMPARE(refused.errorCode(), expected.at(attempt));
        }
        QTRY_COMPARE_WITH_TIMEOUT(invitationOf(ws, id)->failedAttempts, 3, 2000);
        const int noticesBefore = ws.pushClient()->noticesReceived();
        QElapsedTimer sinceLock;
        sinceLock.start();
        const auto locked = customerLogin(*customer, code, "1999-01-01");
        QCOMPARE(locked.errorCode(), QStringLiteral("login.locked"));
        QTRY_VERIFY_WITH_TIMEOUT(invitationOf(ws, id)->state == InvitationState::Locked, 1000);
        const qint64 elapsed = sinceLock.elapsed();
        qInfo("the desktop showed the lock %lld ms after the fourth attempt was sent", elapsed);
        QVERIFY2(elapsed < 1000, "the desktop must show the lock within a second");
        QVERIFY(ws.pushClient()->noticesReceived() > noticesBefore); // delivered by push (polling is off)
        QCOMPARE(ws.pushClient()->state(), PushClient::State::Connected);
        QCOMPARE(attentionReasons(ws.application(id)->applicants.first()),
                 QList<AttentionReason>{AttentionReason::InvitationLocked});

        // C6: delete and create new. The old code stops working, the new one logs in.
        QVERIFY(ws.replaceInvitation(id, applicantId, InvitationKind::Code));
        QVERIFY(issued.wait(5000));
        const QString newCode = issued.last().at(4).toString();
        QVERIFY(newCode != code);
        QTRY_COMPARE(invitationOf(ws, id)->state, InvitationState::Active);
        QVERIFY(attentionReasons(ws.application(id)->applicants.first()).isEmpty());
        QCOMPARE(customerLogin(*customer, code, "1980-05-17").errorCode(),
                 QStringLiteral("login.not_allowed"));
        QCOMPARE(customerLogin(*customer, newCode, "1980-05-17").status, 200);
        QVERIFY(ws.conflicts().isEmpty());
        QCOMPARE(ws.pendingCount(), 0);
    }

    void anUntrustedCertificateIsACertificateProblem()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath("cert.pem"), key = dir.filePath("key.pem");
        QProcess openssl;
        openssl.start("openssl",
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                       "/CN=localhost", "-keyout", key, "-out", cert});
        if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
            QSKIP("openssl is not available to make a test certificate");
        auto config = ServerFixture::testConfig();
        config.tlsCertificateFile = cert;
        config.tlsKeyFile = key;
        ServerFixture f(config);
        DPDESK_START_SERVER(f);
        QVERIFY(f.baseUrl().scheme() == "https");

        QNetworkAccessManager network;
        AuthClient auth(&network, f.baseUrl());
        std::optional<AuthOutcome<LoginResult>> outcome;
        auth.login("carla", "whatever", "123456", [&](const auto &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10'000);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error.kind, AuthFailure::CertificateProblem);
        QVERIFY(outcome->error.message.contains("certificate"));

        // The push socket does not ignore it either.
        WebSocketPushSocket socket;
        QSignalSpy connected(&socket, &PushSocket::connected);
        QSignalSpy disconnected(&socket, &PushSocket::disconnected);
        socket.open(PushClient::pushUrl(f.baseUrl()));
        QVERIFY(disconnected.wait(10'000));
        QVERIFY(connected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientServer)
#include "tst_client_server.moc"
