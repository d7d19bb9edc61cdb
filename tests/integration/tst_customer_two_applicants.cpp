// The customer's flow with two applicants: signing is done only when the
// last one signs (S9), each identifies on their own (I1-I4), a refusal or
// wrong details of one is told to the other, and the application completes
// with a confirmation mail to each (I5, I6).
#include <QDir>
#include <QTest>

#include "support/CustomerJourney.h"
#include "support/Requests.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

class TestCustomerTwoApplicants : public QObject
{
    Q_OBJECT

    struct Scene
    {
        OfficeDesk office;
        QJsonObject application;
        Customer jan; // applicant 1
        Customer els; // applicant 2
        QString appId() const { return application.value("id").toString(); }
        QJsonObject record(int index) { return office.applicant(appId(), index); }
    };

    static Scene scene(ServerFixture &f)
    {
        Scene s;
        s.office = openOffice(f, "Kantoor");
        s.application = createApplication(*s.office.http, "REF-2", 2);
        s.jan = loginCustomer(f, s.office, s.application, 0);
        s.els = loginCustomer(f, s.office, s.application, 1);
        return s;
    }

    static QJsonObject coApplicant(const TestResponse &overview)
    {
        return overview.json().value("coApplicant").toObject();
    }

private slots:
    void signingIsDoneWhenTheLastSigns()
    {
        // S8, S9
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        QVERIFY(!QTest::currentTestFailed());
        auto o = s.jan.overview();
        QCOMPARE(o.json().value("applicant").toObject().value("position").toInt(), 1);
        QCOMPARE(coApplicant(o).value("fullName").toString(), QStringLiteral("Els de Boer"));
        QCOMPARE(coApplicant(o).value("status").toString(), QStringLiteral("in_progress"));

        bringTo(s.jan, "signing");
        bringTo(s.els, "signing");
        QVERIFY(!QTest::currentTestFailed());

        o = sign(s.jan);
        QCOMPARE(o.status, 200);
        QVERIFY(!ticked(o, "signing")); // not yet: Els has not signed
        QCOMPARE(o.json().value("steps").toArray().at(1).toObject().value("state").toString(),
                 QStringLiteral("waiting_for_co_applicant"));
        QVERIFY(noticeCodes(o).contains("waiting_for_co_applicant"));
        QCOMPARE(currentStep(o), QStringLiteral("identification")); // identification does not wait
        QCOMPARE(s.record(0).value("signing").toString(), QStringLiteral("waiting_for_co_applicant"));
        QCOMPARE(s.record(1).value("signing").toString(), QStringLiteral("open"));

        // Els hears that Jan signed and waits for her.
        o = s.els.overview();
        QCOMPARE(coApplicant(o).value("status").toString(), QStringLiteral("signed"));
        QVERIFY(noticeCodes(o).contains("co_applicant_signed"));

        o = sign(s.els);
        QVERIFY(ticked(o, "signing"));
        QVERIFY(!noticeCodes(o).contains("waiting_for_co_applicant"));
        QCOMPARE(s.record(0).value("signing").toString(), QStringLiteral("signed"));
        QCOMPARE(s.record(1).value("signing").toString(), QStringLiteral("signed"));
        o = s.jan.overview();
        QVERIFY(ticked(o, "signing"));
        QVERIFY(noticeCodes(o).isEmpty());
        const auto audit = s.office.audit(s.appId());
        QCOMPARE(audit.last().toObject().value("details").toObject().value("everyoneSigned").toBool(), true);

        // Both identify; complete when the second is done, one mail each.
        o = identify(s.jan);
        QCOMPARE(o.json().value("overview").toObject().value("complete").toBool(), false);
        QCOMPARE(o.json()
                     .value("overview")
                     .toObject()
                     .value("notices")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("code")
                     .toString(),
                 QStringLiteral("finished_waiting_for_co_applicant"));
        QCOMPARE(s.record(0).value("invitation").toObject().value("state").toString(),
                 QStringLiteral("completed"));
        QCOMPARE(QDir(f.server().mailOutbox()).entryList({"*.eml"}, QDir::Files).size(), 0);
        o = identify(s.els);
        QCOMPARE(o.json().value("overview").toObject().value("complete").toBool(), true);
        QCOMPARE(noticeCodes(s.jan.overview()), QStringList{"application_complete"});
        QCOMPARE(QDir(f.server().mailOutbox()).entryList({"*.eml"}, QDir::Files).size(), 2);
        QCOMPARE(s.office.auditActions(s.appId()).last(), QStringLiteral("application.completed"));
    }

    void identificationBeforeTheCoApplicantSigned()
    {
        // I1 after the own signature; the application waits for Els.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.jan, "finished");
        QVERIFY(!QTest::currentTestFailed());
        auto o = s.jan.overview();
        QCOMPARE(currentStep(o), QStringLiteral("finished"));
        QVERIFY(ticked(o, "documents") && ticked(o, "identification") && !ticked(o, "signing"));
        QCOMPARE(noticeCodes(o),
                 (QStringList{"waiting_for_co_applicant", "finished_waiting_for_co_applicant"}));
        QCOMPARE(s.record(0).value("invitation").toObject().value("state").toString(),
                 QStringLiteral("active"));
        QCOMPARE(currentStep(s.els.overview()), QStringLiteral("documents"));
    }

    void aRefusalIsToldToTheOtherApplicant()
    {
        // S6 of one applicant; the other is told (issue 6).
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.jan, "signing");
        QCOMPARE(sign(s.jan).status, 200);
        bringTo(s.els, "contract");
        const auto refused = s.els.http->post("/api/v1/customer/contract/refuse",
                                              QJsonObject{{"reason", "Ik wil een lager bedrag."}});
        QCOMPARE(refused.status, 200);
        QVERIFY(noticeCodes(refused).contains("contract_refused"));

        const auto o = s.jan.overview();
        QCOMPARE(coApplicant(o).value("status").toString(), QStringLiteral("refused"));
        QVERIFY(noticeCodes(o).contains("co_applicant_refused"));
        QVERIFY(!o.body.contains("lager bedrag")); // the reason is for the office only
        QCOMPARE(s.record(1).value("refusalReason").toString(), QStringLiteral("Ik wil een lager bedrag."));
        QCOMPARE(s.record(0).value("signing").toString(), QStringLiteral("waiting_for_co_applicant"));
    }

    void wrongDetailsOfOneAreToldToTheOther()
    {
        // S2 of one applicant.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.els, "questions");
        QJsonObject answers = plainAnswers();
        answers.insert("detailsCorrect", false);
        QCOMPARE(answerQuestions(s.els, answers).status, 200);
        const auto o = s.jan.overview();
        QCOMPARE(coApplicant(o).value("status").toString(), QStringLiteral("details_wrong"));
        QCOMPARE(noticeCodes(o), QStringList{"co_applicant_details_wrong"});
        QCOMPARE(s.record(1).value("signing").toString(), QStringLiteral("questions_blocked"));
        // Jan's own steps are not blocked by it.
        QCOMPARE(acceptDocuments(s.jan).status, 200);
    }

    void eachApplicantActsOnlyOnTheirOwnChecklist()
    {
        // Every step of Jan changes Jan's entry only (signing aside, S9).
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        const QJsonObject elsBefore = s.record(1);
        bringTo(s.jan, "signing");
        QVERIFY(passIdin(s.els).status == 409); // Els is still at the documents
        QJsonObject elsAfter = s.record(1);
        QCOMPARE(elsAfter, elsBefore);
        QCOMPARE(s.record(0).value("idinVerified").toBool(), true);
        // Jan cannot return Els's iDIN transaction.
        bringTo(s.els, "contract");
        const auto started =
            s.els.http->post("/api/v1/customer/idin/start", QJsonObject{{"bankId", "INGBNL2A"}});
        const QString tx = started.json().value("transactionId").toString();
        QCOMPARE(s.els.http
                     ->post(sandboxApiOf(started.json().value("redirectUrl").toString()),
                            QJsonObject{{"outcome", "success"}})
                     .status,
                 200);
        const auto stolen =
            s.jan.http->post("/api/v1/customer/idin/return", QJsonObject{{"transactionId", tx}});
        QCOMPARE(stolen.status, 404);
        QCOMPARE(stolen.errorCode(), QStringLiteral("idin.unknown_transaction"));
        QCOMPARE(s.record(1).value("idinVerified").toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestCustomerTwoApplicants)
#include "tst_customer_two_applicants.moc"
