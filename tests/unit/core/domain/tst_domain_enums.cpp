#include "core/domain/Age.h"
#include "core/domain/ChecklistRules.h"
#include "core/domain/Enums.h"
#include "core/domain/LoginRules.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace dpdesk;

namespace {

// One row per value: the name it has, the name the wire contract fixes, and
// whether the name reads back to the same value.
template<NamedEnum E>
void nameRow(const char *label, E value, const char *expected)
{
    const QString name = enumToString(value);
    QTest::newRow(label) << name << QString::fromLatin1(expected) << (enumFromString<E>(name) == value);
}

template<NamedEnum E>
bool namesAreUniqueSnakeCase()
{
    static const QRegularExpression snake(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    const QStringList names = enumNames<E>();
    for (const QString &name : names) {
        if (!snake.match(name).hasMatch())
            return false;
    }
    return QSet<QString>(names.cbegin(), names.cend()).size() == names.size();
}

} // namespace

class TestDomainEnums : public QObject
{
    Q_OBJECT

private slots:
    void wireNamesAreStable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("roundTrips");

        nameRow("C1 InvitationKind::Link", InvitationKind::Link, "link");
        nameRow("C1 InvitationKind::Code", InvitationKind::Code, "code");
        nameRow("InvitationState::Active", InvitationState::Active, "active");
        nameRow("C5 InvitationState::Locked", InvitationState::Locked, "locked");
        nameRow("C6 InvitationState::Revoked", InvitationState::Revoked, "revoked");
        nameRow("InvitationState::Completed", InvitationState::Completed, "completed");
        nameRow("D1 DocumentsState::Open", DocumentsState::Open, "open");
        nameRow("D2 DocumentsState::Accepted", DocumentsState::Accepted, "accepted");
        nameRow("IdentificationState::Open", IdentificationState::Open, "open");
        nameRow("I2 IdentificationState::InProgress", IdentificationState::InProgress, "in_progress");
        nameRow("I4 IdentificationState::Done", IdentificationState::Done, "done");
        nameRow("I4 IdentificationState::Failed", IdentificationState::Failed, "failed");
        nameRow("SigningState::Open", SigningState::Open, "open");
        nameRow("S2 SigningState::QuestionsBlocked", SigningState::QuestionsBlocked, "questions_blocked");
        nameRow("S6 SigningState::Refused", SigningState::Refused, "refused");
        nameRow("S9 SigningState::WaitingForCoApplicant", SigningState::WaitingForCoApplicant,
                "waiting_for_co_applicant");
        nameRow("S9 SigningState::Signed", SigningState::Signed, "signed");
        nameRow("LoanKind::PersonalLoan", LoanKind::PersonalLoan, "personal_loan");
        nameRow("LoanKind::RevolvingCredit", LoanKind::RevolvingCredit, "revolving_credit");
        nameRow("UserRole::Advisor", UserRole::Advisor, "advisor");
        nameRow("UserRole::BackOffice", UserRole::BackOffice, "back_office");
        nameRow("UserRole::Admin", UserRole::Admin, "admin");
        nameRow("I1 IdDocumentType::Passport", IdDocumentType::Passport, "passport");
        nameRow("I1 IdDocumentType::IdentityCard", IdDocumentType::IdentityCard, "identity_card");
        nameRow("I1 IdDocumentType::ResidencePermit", IdDocumentType::ResidencePermit, "residence_permit");
        nameRow("I1 IdDocumentType::DrivingLicence", IdDocumentType::DrivingLicence, "driving_licence");
        nameRow("C5 AttentionReason::InvitationLocked", AttentionReason::InvitationLocked,
                "invitation_locked");
        nameRow("S2 AttentionReason::DetailsWrong", AttentionReason::DetailsWrong, "details_wrong");
        nameRow("S6 AttentionReason::ContractRefused", AttentionReason::ContractRefused, "contract_refused");
        nameRow("I4 AttentionReason::IdentificationFailed", AttentionReason::IdentificationFailed,
                "identification_failed");
        nameRow("C3 LoginFailure::IncorrectDetails", LoginFailure::IncorrectDetails, "incorrect_details");
        nameRow("C4 LoginFailure::WarningLastAttempt", LoginFailure::WarningLastAttempt,
                "warning_last_attempt");
        nameRow("C5 LoginFailure::Locked", LoginFailure::Locked, "locked");
        nameRow("FlowStep::WaitingForOffice", FlowStep::WaitingForOffice, "waiting_for_office");
    }

    void wireNamesAreStable()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QFETCH(bool, roundTrips);
        QCOMPARE(name, expected);
        QVERIFY(roundTrips);
    }

    void everyEnumHasUniqueSnakeCaseNames()
    {
        QVERIFY(namesAreUniqueSnakeCase<InvitationKind>());
        QVERIFY(namesAreUniqueSnakeCase<InvitationState>());
        QVERIFY(namesAreUniqueSnakeCase<DocumentsState>());
        QVERIFY(namesAreUniqueSnakeCase<IdentificationState>());
        QVERIFY(namesAreUniqueSnakeCase<SigningState>());
        QVERIFY(namesAreUniqueSnakeCase<LoanKind>());
        QVERIFY(namesAreUniqueSnakeCase<UserRole>());
        QVERIFY(namesAreUniqueSnakeCase<IdDocumentType>());
        QVERIFY(namesAreUniqueSnakeCase<AttentionReason>());
        QVERIFY(namesAreUniqueSnakeCase<LoginFailure>());
        QVERIFY(namesAreUniqueSnakeCase<FlowStep>());
        QCOMPARE(enumNames<SigningState>().size(), 5);
    }

    void fromStringIsExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("upper case") << QStringLiteral("Signed");
        QTest::newRow("leading space") << QStringLiteral(" signed");
        QTest::newRow("trailing space") << QStringLiteral("signed ");
        QTest::newRow("empty") << QString();
        QTest::newRow("other enum's name") << QStringLiteral("accepted");
        QTest::newRow("camel case") << QStringLiteral("waitingForCoApplicant");
    }

    void fromStringIsExact()
    {
        QFETCH(QString, text);
        QVERIFY(!enumFromString<SigningState>(text).has_value());
    }

    void age_data()
    {
        QTest::addColumn<QDate>("dateOfBirth");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("age");
        QTest::addColumn<bool>("adult");

        QTest::newRow("18th birthday today") << QDate(2008, 6, 15) << QDate(2026, 6, 15) << 18 << true;
        QTest::newRow("day before 18th birthday") << QDate(2008, 6, 16) << QDate(2026, 6, 15) << 17 << false;
        QTest::newRow("born 29 Feb, 28 Feb in a common year")
            << QDate(2008, 2, 29) << QDate(2026, 2, 28) << 17 << false;
        QTest::newRow("born 29 Feb, 1 Mar in a common year")
            << QDate(2008, 2, 29) << QDate(2026, 3, 1) << 18 << true;
        QTest::newRow("born 29 Feb, 29 Feb in a leap year")
            << QDate(2000, 2, 29) << QDate(2020, 2, 29) << 20 << true;
        QTest::newRow("born 29 Feb, 28 Feb after a leap year")
            << QDate(2000, 2, 29) << QDate(2021, 2, 28) << 20 << true;
        QTest::newRow("born today") << QDate(2026, 6, 15) << QDate(2026, 6, 15) << 0 << false;
        QTest::newRow("born in the future") << QDate(2026, 6, 16) << QDate(2026, 6, 15) << -1 << false;
        QTest::newRow("invalid date of birth") << QDate() << QDate(2026, 6, 15) << -1 << false;
        QTest::newRow("elderly") << QDate(1930, 1, 1) << QDate(2026, 6, 15) << 96 << true;
    }

    void age()
    {
        QFETCH(QDate, dateOfBirth);
        QFETCH(QDate, day);
        QFETCH(int, age);
        QFETCH(bool, adult);
        QCOMPARE(ageOn(dateOfBirth, day), age);
        QCOMPARE(isAdultOn(dateOfBirth, day), adult);
    }
};

QTEST_GUILESS_MAIN(TestDomainEnums)
#include "tst_domain_enums.moc"
