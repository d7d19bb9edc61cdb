#include "client/sync/OutboxRequests.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace dpdesk;
using namespace dpdesk::client;

class TestOutboxRequests : public QObject
{
    Q_OBJECT

private slots:
    void keysAreFreshAndMatchTheApiPattern()
    {
        const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:~-]{8,100}$"));
        const QString first = outbox_requests::newIdempotencyKey();
        const QString second = outbox_requests::newIdempotencyKey();
        QVERIFY(pattern.match(first).hasMatch());
        QVERIFY(first != second);
    }

    void createApplicationIsAPostWithoutIfMatch()
    {
        ManualClock clock;
        NewApplicationRequest request;
        request.reference = QStringLiteral("REF-1");
        request.loanAmountCents = 1'000'000;
        request.termMonths = 48;
        request.applicants = {NewApplicantRequest{
            QStringLiteral("Jan de Vries"), QDate(1980, 4, 23), QStringLiteral("jan@example.nl"), {}}};
        const auto entry = outbox_requests::createApplication(request, clock);
        QCOMPARE(entry.method, QByteArray("POST"));
        QCOMPARE(entry.path, QStringLiteral("/api/v1/applications"));
        QVERIFY(entry.baseEtag.isEmpty());
        QCOMPARE(entry.createdAt, clock.nowUtc());
        QCOMPARE(QJsonDocument::fromJson(entry.body).object(), toJson(request));
        QCOMPARE(entry.state, OutboxEntry::State::Pending);
    }

    void updateApplicationCarriesTheEditedVersion()
    {
        ManualClock clock;
        ApplicationPatch patch;
        patch.reference = QStringLiteral("REF-2");
        const auto entry = outbox_requests::updateApplication(QStringLiteral("42"), 7, patch, clock);
        QCOMPARE(entry.method, QByteArray("PATCH"));
        QCOMPARE(entry.path, QStringLiteral("/api/v1/applications/42"));
        QCOMPARE(entry.baseEtag, QStringLiteral("7"));
        QCOMPARE(QJsonDocument::fromJson(entry.body).object(), toJson(patch));
    }

    void invitationsCreateAndReplace()
    {
        ManualClock clock;
        CreateInvitationRequest request;
        request.kind = InvitationKind::Link;
        const auto created = outbox_requests::createInvitation("42", "7", 0, request, clock);
        QCOMPARE(created.method, QByteArray("POST"));
        QCOMPARE(created.path, QStringLiteral("/api/v1/applications/42/applicants/7/invitations"));
        QVERIFY(created.baseEtag.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(created.body).object(), toJson(request));

        const auto replaced = outbox_requests::replaceInvitation("42", "7", 3, request, clock);
        QCOMPARE(replaced.path, QStringLiteral("/api/v1/applications/42/applicants/7/invitations/replace"));
        QCOMPARE(replaced.baseEtag, QStringLiteral("3"));
        QVERIFY(replaced.idempotencyKey != created.idempotencyKey);
    }

    void idsAreEscapedInThePath()
    {
        ManualClock clock;
        const auto entry = outbox_requests::updateApplication(QStringLiteral("a/b"), 1, {}, clock);
        QCOMPARE(entry.path, QStringLiteral("/api/v1/applications/a%2Fb"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxRequests)
#include "tst_outbox_requests.moc"
