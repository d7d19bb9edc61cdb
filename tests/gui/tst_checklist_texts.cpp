// The checklist states in words (ChecklistTexts) and the audit trail in words
// (AuditTexts): what the office reads for every state of DOMAIN.md's
// back-office checklist. Runs with TZ=UTC, dates in the Dutch short format.
#include "core/time/Clock.h"
#include "gui/text/AuditTexts.h"
#include "gui/text/ChecklistTexts.h"

#include <QJsonArray>
#include <QTest>

#include "unit/core/domain/ChecklistSamples.h"

using namespace dpdesk;
using namespace dpdesk::gui;
using namespace checklist_samples;

Q_DECLARE_METATYPE(dpdesk::gui::CheckMark)
Q_DECLARE_METATYPE(dpdesk::Application)

namespace {

const QLocale kDutch(QLocale::Dutch, QLocale::Netherlands);

Applicant first(const Application &a)
{
    return a.applicants.at(0);
}

AuditEntry audit(const QString &action, const QJsonObject &details,
                 AuditActorKind kind = AuditActorKind::Customer, const QString &name = {})
{
    AuditEntry e;
    e.at = at(12, 14, 3);
    e.actorKind = kind;
    e.actorName = name;
    e.action = action;
    e.details = details;
    return e;
}

} // namespace

class TestChecklistTexts : public QObject
{
    Q_OBJECT

private slots:
    void documents()
    {
        // D1, D2
        const Application a = application(1);
        QCOMPARE(ChecklistTexts::documents(first(a)), (CheckLine{CheckMark::Open, "Not accepted yet"}));
        QCOMPARE(ChecklistTexts::documents(first(documentsAccepted(a, 0))),
                 (CheckLine{CheckMark::Done, "Accepted"}));
    }

    void identification_data()
    {
        QTest::addColumn<Application>("application");
        QTest::addColumn<CheckMark>("mark");
        QTest::addColumn<QString>("text");
        const Application a = application(1);
        const Application signedUp = signedBy(a, 0);
        QTest::newRow("before signing") << a << CheckMark::Open << "Not started (comes after signing)";
        QTest::newRow("after signing") << signedUp << CheckMark::Open << "Not started yet";
        QTest::newRow("in progress") << step(signedUp, 0, startIdentification) << CheckMark::Busy
                                     << "In progress on the smartphone";
        QTest::newRow("done") << identified(signedUp, 0) << CheckMark::Done << "Done with passport";
        QTest::newRow("failed with reason")
            << identified(signedUp, 0, false, QStringLiteral("Chip niet leesbaar")) << CheckMark::Action
            << "ID check failed: Chip niet leesbaar";
        QTest::newRow("failed without reason")
            << identified(signedUp, 0, false) << CheckMark::Action << "ID check failed (no reason given)";
    }

    void identification()
    {
        // I1-I4
        QFETCH(Application, application);
        QFETCH(CheckMark, mark);
        QFETCH(QString, text);
        QCOMPARE(ChecklistTexts::identification(first(application)), (CheckLine{mark, text}));
    }

    void signing_data()
    {
        QTest::addColumn<Application>("application");
        QTest::addColumn<int>("index");
        QTest::addColumn<CheckMark>("mark");
        QTest::addColumn<QString>("text");
        const Application a = application(2);
        QTest::newRow("open") << a << 0 << CheckMark::Open << "Not signed yet";
        QTest::newRow("under way") << ibanConfirmed(a, 0) << 0 << CheckMark::Busy
                                   << "Under way, not signed yet";
        // S7: why it waits, after an attempt at the bank.
        for (const auto &[status, text] :
             {std::pair{IdinStatus::Cancelled, "Under way: iDIN cancelled at the bank"},
              std::pair{IdinStatus::Expired, "Under way: iDIN expired at the bank"},
              std::pair{IdinStatus::Failure, "Under way: iDIN failed at the bank"},
              std::pair{IdinStatus::Success, "Under way: confirmed with iDIN, not signed yet"}}) {
            Application atBank = ibanConfirmed(a, 0);
            atBank.applicants[0].idinStatus = status;
            QTest::newRow(qPrintable(QStringLiteral("iDIN ") + enumToString(status)))
                << atBank << 0 << CheckMark::Busy << QString::fromLatin1(text);
        }
        QTest::newRow("details wrong") << detailsWrong(a, 0) << 0 << CheckMark::Action
                                       << QString::fromUtf8("Details are wrong (answered no to "
                                                            "\u201care your details correct?\u201d)");
        QTest::newRow("refused") << refused(a, 0, QStringLiteral("Rente is hoger dan besproken")) << 0
                                 << CheckMark::Action << "Refused the contract: Rente is hoger dan besproken";
        const Application one = signedBy(a, 1);
        QTest::newRow("waiting for co-applicant")
            << one << 1 << CheckMark::Busy << "Signed; waiting for the co-applicant to sign";
        QTest::newRow("co-applicant still open") << one << 0 << CheckMark::Open << "Not signed yet";
        const Application both = signedBy(one, 0);
        QTest::newRow("signed first") << both << 0 << CheckMark::Done << "Signed";
        QTest::newRow("signed second") << both << 1 << CheckMark::Done << "Signed";
    }

    void signing()
    {
        // S1-S9
        QFETCH(Application, application);
        QFETCH(int, index);
        QFETCH(CheckMark, mark);
        QFETCH(QString, text);
        QCOMPARE(ChecklistTexts::signing(application.applicants.at(index)), (CheckLine{mark, text}));
    }

    void invitation()
    {
        // C1-C6; expiry is derived with the clock's now (LoginRules isExpired).
        const Invitation active = *first(application(1)).invitation; // created 2-11 10:15, 30 days
        const QDateTime before = active.expiresAt.addSecs(-60);
        QCOMPARE(ChecklistTexts::invitation(active, before, kDutch),
                 (CheckLine{CheckMark::Busy, "Active until 02-12-2026 10:15"}));
        QCOMPARE(ChecklistTexts::invitationStateName(active, before), QStringLiteral("Active"));
        QCOMPARE(ChecklistTexts::invitation(active, active.expiresAt, kDutch),
                 (CheckLine{CheckMark::Action, "Expired on 02-12-2026 10:15"}));
        QCOMPARE(ChecklistTexts::invitationStateName(active, active.expiresAt), QStringLiteral("Expired"));

        const Invitation locked = *first(lockedOut(application(1), 0, at(12, 14, 3))).invitation;
        QCOMPARE(ChecklistTexts::invitation(locked, at(13), kDutch),
                 (CheckLine{CheckMark::Action, "Locked after 4 wrong dates of birth on 12-11-2026 14:03"}));
        QCOMPARE(ChecklistTexts::invitationStateName(locked, at(13)), QStringLiteral("Locked"));

        Invitation revoked = locked;
        revoked.state = InvitationState::Revoked;
        revoked.revokedAt = at(13, 8, 30);
        QCOMPARE(ChecklistTexts::invitation(revoked, at(14), kDutch).text,
                 QStringLiteral("Deleted on 13-11-2026 08:30; the link or code no longer works"));
        QCOMPARE(ChecklistTexts::invitationStateName(revoked, at(14)), QStringLiteral("Deleted"));

        Invitation completed = active;
        completed.state = InvitationState::Completed;
        // A completed invitation past its date is completed, not expired.
        QCOMPARE(ChecklistTexts::invitation(completed, completed.expiresAt.addDays(1), kDutch),
                 (CheckLine{CheckMark::Done, "Completed: every step is done"}));
    }

    void attemptsAndKinds()
    {
        QCOMPARE(ChecklistTexts::attemptsUsed(0), QStringLiteral("0 of 4 attempts used"));
        QCOMPARE(ChecklistTexts::attemptsUsed(3), QStringLiteral("3 of 4 attempts used"));
        QCOMPARE(ChecklistTexts::invitationKind(InvitationKind::Code), QStringLiteral("Code"));
        QCOMPARE(ChecklistTexts::invitationKind(InvitationKind::Link), QStringLiteral("Link"));
    }

    void currentStep()
    {
        Application a = application(1, false);
        QCOMPARE(ChecklistTexts::currentStep(first(a)), QStringLiteral("Not invited yet"));
        a = application(1);
        QCOMPARE(ChecklistTexts::currentStep(first(a)), QStringLiteral("Accepting the documents"));
        QCOMPARE(ChecklistTexts::currentStep(first(documentsAccepted(a, 0))),
                 QStringLiteral("Answering the four questions"));
        QCOMPARE(ChecklistTexts::currentStep(first(questionsAnswered(a, 0))),
                 QStringLiteral("Confirming the bank account"));
        QCOMPARE(ChecklistTexts::currentStep(first(ibanConfirmed(a, 0))),
                 QStringLiteral("Reading the contract and iDIN"));
        QCOMPARE(ChecklistTexts::currentStep(first(refused(a, 0, QStringLiteral("x")))),
                 QStringLiteral("Waiting for the office"));
        QCOMPARE(ChecklistTexts::currentStep(first(signedBy(a, 0))),
                 QStringLiteral("Identifying with the ID app"));
        QCOMPARE(ChecklistTexts::currentStep(first(complete(1))), QStringLiteral("Finished"));
        // Every step has words.
        for (const QString &name : enumNames<FlowStep>())
            QVERIFY(!ChecklistTexts::flowStep(*enumFromString<FlowStep>(name)).isEmpty());
    }

    void pendingChanges()
    {
        QCOMPARE(ChecklistTexts::pendingChanges(0), QString());
        QCOMPARE(ChecklistTexts::pendingChanges(1), QStringLiteral("1 change waiting to be sent"));
        QCOMPARE(ChecklistTexts::pendingChanges(3), QStringLiteral("3 changes waiting to be sent"));
    }

    void datesInTheLocalesShortFormat()
    {
        QCOMPARE(ChecklistTexts::shortDate(QDate(1980, 4, 23), kDutch), QStringLiteral("23-04-1980"));
        QCOMPARE(
            ChecklistTexts::shortDateTime(at(12, 14, 3), QLocale(QLocale::English, QLocale::UnitedStates)),
            QStringLiteral("11/12/26 2:03 PM"));
        QCOMPARE(ChecklistTexts::shortDateTime(QDateTime(), kDutch), QString());
    }

    void auditActionsInWords_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("details");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("attention");
        const QJsonObject ap2{{"applicantId", "ap-2"}};
        auto with = [&](QJsonObject o, const char *key, const QJsonValue &v) {
            o.insert(QLatin1String(key), v);
            return o;
        };
        QTest::newRow("created") << "application.created" << QJsonObject() << "Application created" << false;
        QTest::newRow("updated")
            << "application.updated"
            << QJsonObject{{"fields", QJsonArray{QStringLiteral("iban"), QStringLiteral("termMonths")}}}
            << "Application changed: bank account, term" << false;
        QTest::newRow("invited") << "invitation.created" << with(ap2, "kind", "code")
                                 << "Invitation created for Anna de Vries-Bakker (code)" << false;
        QTest::newRow("replaced")
            << "invitation.replaced" << with(with(ap2, "kind", "link"), "previousState", "locked")
            << "Invitation for Anna de Vries-Bakker deleted and a new one created (link) "
               "(the old one was locked)"
            << false;
        QTest::newRow("wrong date") << "customer.login_failed" << with(ap2, "failedAttempts", 3)
                                    << "Wrong date of birth (3 of 4)" << false;
        QTest::newRow("locked") << "invitation.locked" << with(ap2, "failedAttempts", 4)
                                << "Locked after 4 wrong dates of birth" << true;
        QTest::newRow("documents") << "customer.documents_accepted" << ap2 << "Accepted the documents"
                                   << false;
        QTest::newRow("details wrong")
            << "customer.questions_answered" << with(ap2, "detailsCorrect", false)
            << QString::fromUtf8("Answered no to \u201care your details correct?\u201d") << true;
        QTest::newRow("answered") << "customer.questions_answered" << with(ap2, "detailsCorrect", true)
                                  << "Answered the four questions" << false;
        QTest::newRow("refused") << "customer.contract_refused" << with(ap2, "reason", "Te duur")
                                 << "Refused the contract: Te duur" << true;
        QTest::newRow("signed") << "customer.signed" << with(ap2, "contractVersion", 2)
                                << "Signed contract version 2" << false;
        QTest::newRow("id failed") << "identification.failed"
                                   << with(with(ap2, "documentType", "passport"), "reason", "Foto onscherp")
                                   << "ID check failed: Foto onscherp" << true;
        QTest::newRow("id done") << "identification.done" << with(ap2, "documentType", "identity_card")
                                 << "Identified with identity card" << false;
        QTest::newRow("renewed") << "contract.renewed" << QJsonObject{{"contractVersion", 2}}
                                 << "New contract put in place (version 2)" << false;
        QTest::newRow("bank account")
            << "bank_account.changed"
            << QJsonObject{{"oldIban", "NL91 **** **** **43 00"},
                           {"newIban", "NL20 **** **** **45 67"},
                           {"contractVersion", 2}}
            << "Bank account changed from NL91 **** **** **43 00 to NL20 **** **** **45 67; new contract "
               "version 2"
            << false;
        QTest::newRow("new signing") << "contract.new_signing" << QJsonObject{{"contractVersion", 3}}
                                     << "New signing with new invitations; new contract version 3" << false;
        QTest::newRow("generated") << "document.generated"
                                   << QJsonObject{{"kind", "contract"}, {"version", 2}, {"sha256", "ab"}}
                                   << "Contract version 2 generated" << false;
        QTest::newRow("unknown") << "office.moved" << QJsonObject() << "office.moved" << false;
    }

    void auditActionsInWords()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, details);
        QFETCH(QString, text);
        QFETCH(bool, attention);
        const AuditTexts::Names names{{"ap-1", "Jan de Vries"}, {"ap-2", "Anna de Vries-Bakker"}};
        const AuditEntry e = audit(action, details);
        QCOMPARE(AuditTexts::action(e, names), text);
        QCOMPARE(AuditTexts::isAttention(e), attention);
    }

    void auditActors()
    {
        const AuditTexts::Names names{{"ap-1", "Jan de Vries"}};
        QCOMPARE(AuditTexts::actor(audit("customer.signed", {{"applicantId", "ap-1"}}), names),
                 QStringLiteral("Jan de Vries"));
        QCOMPARE(AuditTexts::actor(audit("customer.signed", {{"applicantId", "ap-9"}}), names),
                 QStringLiteral("Customer"));
        QCOMPARE(
            AuditTexts::actor(audit("application.created", {}, AuditActorKind::User, "Sanne Bos"), names),
            QStringLiteral("Sanne Bos"));
        QCOMPARE(AuditTexts::actor(audit("application.created", {}, AuditActorKind::User), names),
                 QStringLiteral("Office"));
    }
};

QTEST_GUILESS_MAIN(TestChecklistTexts)
#include "tst_checklist_texts.moc"
