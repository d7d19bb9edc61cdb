#include "core/wire/ApplicantJson.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/InvitationJson.h"
#include "core/wire/StrictJson.h"

#include <QTest>

#include "WireSamples.h"

using namespace dpdesk;

namespace {

// value -> JSON object -> bytes -> strict parse -> decode: the same value.
template<typename T, typename Decode>
void checkRoundTrip(const T &value, Decode decode)
{
    const QByteArray bytes = toCompactJson(toJson(value));
    const Result<QJsonObject> parsed = parseJsonObject(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const Result<T> decoded = decode(parsed.value());
    QVERIFY2(decoded.ok(),
             qPrintable(decoded.ok() ? QString() : decoded.error().code + u' ' + decoded.error().field));
    QVERIFY(decoded.value() == value);
    // And the encoding is stable: encoding the decoded value gives the same bytes.
    QCOMPARE(toCompactJson(toJson(decoded.value())), bytes);
}

template<typename T, typename Change>
T changed(T value, Change change)
{
    change(value);
    return value;
}

} // namespace

Q_DECLARE_METATYPE(dpdesk::Invitation)
Q_DECLARE_METATYPE(dpdesk::Applicant)
Q_DECLARE_METATYPE(dpdesk::Application)
Q_DECLARE_METATYPE(dpdesk::NewApplicationRequest)
Q_DECLARE_METATYPE(dpdesk::ApplicationPatch)
Q_DECLARE_METATYPE(dpdesk::CreateInvitationRequest)
Q_DECLARE_METATYPE(dpdesk::CustomerLoginRequest)
Q_DECLARE_METATYPE(dpdesk::ChangeRecord)
Q_DECLARE_METATYPE(dpdesk::ApiError)

class TestWireRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void invitation_data()
    {
        QTest::addColumn<Invitation>("value");
        QTest::newRow("C1 active link") << samples::invitation(QStringLiteral("ap-1"));
        QTest::newRow("C1 code with two wrong attempts")
            << changed(samples::invitation(QStringLiteral("ap-1")), [](Invitation &i) {
                   i.kind = InvitationKind::Code;
                   i.failedAttempts = 2;
               });
        QTest::newRow("C5 locked") << samples::invitation(QStringLiteral("ap-1"), InvitationState::Locked);
        QTest::newRow("C6 revoked after a lock")
            << samples::invitation(QStringLiteral("ap-1"), InvitationState::Revoked);
        QTest::newRow("completed") << samples::invitation(QStringLiteral("ap-1"), InvitationState::Completed);
    }

    void invitation()
    {
        QFETCH(Invitation, value);
        checkRoundTrip(value, [](const QJsonObject &o) { return invitationFromJson(o); });
    }

    void applicant_data()
    {
        QTest::addColumn<Applicant>("value");
        QTest::newRow("all optional fields set, S1 yes answers, I4 failed") << samples::applicant(1);
        QTest::newRow("S6 refused, no phone, non-ASCII name") << samples::applicant(2);
        QTest::newRow("fresh: no answers, no invitation") << changed(samples::applicant(1), [](Applicant &a) {
            a = Applicant{};
            a.id = QStringLiteral("ap-9");
            a.fullName = QStringLiteral("Piet");
            a.dateOfBirth = QDate(1970, 1, 1);
            a.email = QStringLiteral("p@example.com");
        });
        QTest::newRow("S2 details wrong") << changed(samples::applicant(1), [](Applicant &a) {
            a.answers = SigningAnswers{};
            a.answers->detailsCorrect = false;
            a.signing = SigningState::QuestionsBlocked;
        });
        QTest::newRow("SQL-looking text is plain data") << changed(samples::applicant(1), [](Applicant &a) {
            a.fullName = QStringLiteral("Robert'); DROP TABLE applicants;--");
            a.identificationFailureReason = QStringLiteral("\" OR 1=1 --");
        });
    }

    void applicant()
    {
        QFETCH(Applicant, value);
        checkRoundTrip(value, [](const QJsonObject &o) { return applicantFromJson(o); });
    }

    void application_data()
    {
        QTest::addColumn<Application>("value");
        QTest::newRow("two applicants") << samples::application();
        QTest::newRow("one applicant, no IBAN yet (S4)")
            << changed(samples::application(), [](Application &a) {
                   a.applicants.removeLast();
                   a.iban.clear();
                   a.accountHolder.clear();
               });
        QTest::newRow("largest counters") << changed(samples::application(), [](Application &a) {
            a.version = (qint64(1) << 53) - 1;
            a.loanAmountCents = 100'000'000;
        });
    }

    void application()
    {
        QFETCH(Application, value);
        checkRoundTrip(value, [](const QJsonObject &o) { return applicationFromJson(o); });
    }

    void newApplication_data()
    {
        QTest::addColumn<NewApplicationRequest>("value");
        QTest::newRow("two applicants") << samples::newApplication();
        QTest::newRow("one applicant, no IBAN, no phone")
            << changed(samples::newApplication(), [](NewApplicationRequest &r) {
                   r.applicants.removeLast();
                   r.applicants.first().phone.clear();
                   r.iban.clear();
                   r.accountHolder.clear();
               });
    }

    void newApplication()
    {
        QFETCH(NewApplicationRequest, value);
        checkRoundTrip(
            value, [](const QJsonObject &o) { return newApplicationRequestFromJson(o, samples::kToday); });
    }

    void patch_data()
    {
        QTest::addColumn<ApplicationPatch>("value");
        QTest::newRow("every field, with clears") << samples::patch();
        QTest::newRow("empty patch") << ApplicationPatch{};
        QTest::newRow("IBAN only (S5 starts here)") << changed(
            ApplicationPatch{}, [](ApplicationPatch &p) { p.iban = QStringLiteral("NL44RABO0123456789"); });
    }

    void patch()
    {
        QFETCH(ApplicationPatch, value);
        checkRoundTrip(value,
                       [](const QJsonObject &o) { return applicationPatchFromJson(o, samples::kToday); });
    }

    void createInvitation_data()
    {
        QTest::addColumn<CreateInvitationRequest>("value");
        QTest::newRow("C1 code, default expiry") << CreateInvitationRequest{};
        QTest::newRow("C1 link, 90 days") << CreateInvitationRequest{InvitationKind::Link, 90};
    }

    void createInvitation()
    {
        QFETCH(CreateInvitationRequest, value);
        checkRoundTrip(value, [](const QJsonObject &o) { return createInvitationRequestFromJson(o); });
    }

    void customerLogin_data()
    {
        QTest::addColumn<CustomerLoginRequest>("value");
        QTest::newRow("C2 code and date of birth")
            << CustomerLoginRequest{InvitationKind::Code, QStringLiteral("k7qm-2xd9 3"), QDate(1980, 4, 23)};
        QTest::newRow("C2 link token and date of birth")
            << CustomerLoginRequest{InvitationKind::Link, QStringLiteral("q2Fx_9-Zk1"), QDate(1984, 2, 29)};
    }

    void customerLogin()
    {
        QFETCH(CustomerLoginRequest, value);
        checkRoundTrip(value, [](const QJsonObject &o) { return customerLoginRequestFromJson(o); });
    }

    void changeRecord_data()
    {
        QTest::addColumn<ChangeRecord>("value");
        QTest::newRow("upsert application") << samples::applicationChange();
        QTest::newRow("upsert invitation") << changed(ChangeRecord{}, [](ChangeRecord &c) {
            c.seq = 7;
            c.entity = ChangeEntity::Invitation;
            c.id = QStringLiteral("ap-1-inv");
            c.data = samples::invitation(QStringLiteral("ap-1"), InvitationState::Locked);
        });
        QTest::newRow("delete") << changed(ChangeRecord{}, [](ChangeRecord &c) {
            c.seq = 8;
            c.id = QStringLiteral("app-1");
            c.op = ChangeOp::Delete;
        });
    }

    void changeRecord()
    {
        QFETCH(ChangeRecord, value);
        checkRoundTrip(value, [](const QJsonObject &o) { return changeRecordFromJson(o); });
    }

    void apiError_data()
    {
        QTest::addColumn<ApiError>("value");
        QTest::newRow("with field") << ApiError{Error{QStringLiteral("json.invalid_date"),
                                                      QStringLiteral("Must be a date as YYYY-MM-DD."),
                                                      QStringLiteral("applicants[1].dateOfBirth")}};
        QTest::newRow("without field") << ApiError{
            Error{QStringLiteral("login.not_allowed"), QStringLiteral("Ask for a new invitation."), {}}};
    }

    void apiError()
    {
        QFETCH(ApiError, value);
        checkRoundTrip(value, [](const QJsonObject &o) { return apiErrorFromJson(o); });
    }

    // The exact bytes of the contract for the small bodies (keys sorted, as Qt writes them).
    void goldenBytes_data()
    {
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("invitation") << toCompactJson(toJson(samples::invitation(QStringLiteral("ap-1"))))
                                    << QByteArray(
                                           R"({"applicantId":"ap-1","createdAt":"2026-06-01T09:30:00.125Z",)"
                                           R"("expiresAt":"2026-07-01T09:30:00.125Z","failedAttempts":0,)"
                                           R"("id":"ap-1-inv","kind":"link","lockedAt":null,)"
                                           R"("revokedAt":null,"state":"active"})");
        QTest::newRow("api error")
            << toCompactJson(
                   toJson(ApiError{Error{QStringLiteral("json.missing_field"), QStringLiteral("Required."),
                                         QStringLiteral("applicants[0].email")}}))
            << QByteArray(
                   R"({"error":{"code":"json.missing_field","field":"applicants[0].email","message":"Required."}})");
        QTest::newRow("api error without field")
            << toCompactJson(
                   toJson(ApiError{Error{QStringLiteral("json.too_large"), QStringLiteral("Too big."), {}}}))
            << QByteArray(R"({"error":{"code":"json.too_large","message":"Too big."}})");
        QTest::newRow("create invitation") << toCompactJson(toJson(CreateInvitationRequest{}))
                                           << QByteArray(R"({"expiresInDays":30,"kind":"code"})");
        QTest::newRow("login with link") << toCompactJson(
            toJson(CustomerLoginRequest{InvitationKind::Link, QStringLiteral("abc"), QDate(1980, 4, 23)}))
                                         << QByteArray(R"({"dateOfBirth":"1980-04-23","linkToken":"abc"})");
        QTest::newRow("delete change") << toCompactJson(toJson(changed(ChangeRecord{}, [](ChangeRecord &c) {
            c.seq = 8;
            c.id = QStringLiteral("app-1");
            c.op = ChangeOp::Delete;
        }))) << QByteArray(R"({"data":null,"entity":"application","id":"app-1","op":"delete","seq":8})");
        QTest::newRow("patch: absent fields left out, clears as null") << toCompactJson(
            toJson(changed(ApplicationPatch{}, [](ApplicationPatch &p) {
                p.iban = QString();
                p.termMonths = 36;
            }))) << QByteArray(R"({"iban":null,"termMonths":36})");
    }

    void goldenBytes()
    {
        QFETCH(QByteArray, actual);
        QFETCH(QByteArray, expected);
        QCOMPARE(actual, expected);
    }

    void createInvitationDefaultsTo30Days()
    {
        const Result<CreateInvitationRequest> r =
            createInvitationRequestFromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("link")}});
        QVERIFY(r.ok());
        QCOMPARE(r->expiresInDays, 30);
        QCOMPARE(r->kind, InvitationKind::Link);
    }

    void timesAreReadWithOrWithoutFraction()
    {
        QJsonObject o = toJson(samples::invitation(QStringLiteral("ap-1")));
        o.insert(QStringLiteral("createdAt"), QStringLiteral("2026-06-01T09:30:00Z"));
        o.insert(QStringLiteral("expiresAt"), QStringLiteral("2026-07-01T09:30:00.123456789Z"));
        const Result<Invitation> r = invitationFromJson(o);
        QVERIFY(r.ok());
        QCOMPARE(r->createdAt, QDateTime(QDate(2026, 6, 1), QTime(9, 30), Qt::UTC));
        QCOMPARE(r->expiresAt, QDateTime(QDate(2026, 7, 1), QTime(9, 30, 0, 123), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestWireRoundTrip)
#include "tst_wire_roundtrip.moc"
