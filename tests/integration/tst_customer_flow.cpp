// The customer's flow for one applicant through the JSON API: every step
// (D1-D2, S1-S9, I1-I6) with its failures, steps out of order, and what the
// office sees in the record, the audit trail and the changes feed.
#include "core/wire/WireTime.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QUrlQuery>

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

QStringList mailFiles(ServerFixture &f)
{
    return QDir(f.server().mailOutbox()).entryList({"*.eml"}, QDir::Files, QDir::Name);
}

QByteArray readMail(ServerFixture &f, const QString &name)
{
    QFile file(QDir(f.server().mailOutbox()).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestCustomerFlow : public QObject
{
    Q_OBJECT

    struct Scene
    {
        OfficeDesk office;
        QJsonObject application;
        Customer customer;
        QString appId() const { return application.value("id").toString(); }
        QJsonObject record() { return office.applicant(appId(), 0); }
    };

    static Scene scene(ServerFixture &f, const QJsonObject &body = newApplicationBody("REF-1"))
    {
        Scene s;
        s.office = openOffice(f, "Kantoor");
        const auto created = s.office.http->post("/api/v1/applications", body, idempotencyKey());
        if (created.status != 201)
            QTest::qFail(qPrintable("create: " + created.body), __FILE__, __LINE__);
        s.application = created.json();
        s.customer = loginCustomer(f, s.office, s.application, 0);
        return s;
    }

private slots:
    void oneApplicantWalksEveryStepAndTheOfficeSeesEach()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        QVERIFY(!QTest::currentTestFailed());
        Customer &c = s.customer;

        auto o = c.overview();
        QCOMPARE(o.status, 200);
        QCOMPARE(currentStep(o), QStringLiteral("documents"));
        QCOMPARE(o.json().value("applicant").toObject().value("fullName").toString(),
                 QStringLiteral("Jan de Boer"));
        QCOMPARE(o.json().value("reference").toString(), QStringLiteral("REF-1"));
        QVERIFY(o.json().value("coApplicant").isNull());
        QVERIFY(!ticked(o, "documents") && !ticked(o, "signing") && !ticked(o, "identification"));
        const qsizetype feedBefore = s.office.changes().size();

        // D1, D2
        const auto docs = c.http->get("/api/v1/customer/documents").json();
        QCOMPARE(docs.value("documents").toArray().size(), 3);
        QCOMPARE(docs.value("accepted").toBool(), false);
        o = acceptDocuments(c);
        QCOMPARE(o.status, 200);
        QVERIFY(ticked(o, "documents"));
        QCOMPARE(currentStep(o), QStringLiteral("questions"));
        QCOMPARE(s.record().value("documents").toString(), QStringLiteral("accepted"));

        // S1-S3
        const auto q = c.http->get("/api/v1/customer/questions").json();
        QCOMPARE(q.value("questions").toArray().size(), 4);
        QCOMPARE(q.value("details").toObject().value("dateOfBirth").toString(), QStringLiteral("1980-05-17"));
        QVERIFY(q.value("sectors").toArray().size() >= 5);
        QVERIFY(q.value("answers").isNull());
        o = answerQuestions(c);
        QCOMPARE(o.status, 200);
        QCOMPARE(currentStep(o), QStringLiteral("iban"));
        QCOMPARE(s.record().value("answers").toObject().value("detailsCorrect").toBool(), true);

        // S4
        const auto iban = c.http->get("/api/v1/customer/iban").json();
        QCOMPARE(iban.value("filledIn").toBool(), true);
        QCOMPARE(iban.value("formatted").toString(), QStringLiteral("NL91 ABNA 0417 1643 00"));
        QCOMPARE(iban.value("bankName").toString(), QStringLiteral("ABN AMRO"));
        o = confirmIban(c, "NL91 ABNA 0417 1643 00"); // the print form, as shown
        QCOMPARE(o.status, 200);
        QCOMPARE(currentStep(o), QStringLiteral("contract"));
        QCOMPARE(s.record().value("ibanConfirmed").toBool(), true);
        QCOMPARE(c.http->get("/api/v1/customer/documents").json().value("documents").toArray().size(), 4);

        // S6, S7
        const auto contract = c.http->get("/api/v1/customer/contract").json();
        QCOMPARE(contract.value("loanAmountCents").toInteger(), 1500000);
        QCOMPARE(contract.value("contractVersion").toInt(), 1);
        const auto banks = c.http->get("/api/v1/customer/idin/banks").json().value("banks").toArray();
        QVERIFY(banks.size() >= 5);
        o = passIdin(c);
        QCOMPARE(o.status, 200);
        QCOMPARE(o.json().value("status").toString(), QStringLiteral("success"));
        QCOMPARE(o.json().value("overview").toObject().value("currentStep").toString(),
                 QStringLiteral("signing"));
        QCOMPARE(s.record().value("idinVerified").toBool(), true);
        QCOMPARE(s.record().value("idinStatus").toString(), QStringLiteral("success"));

        // S8, S9: one applicant, so signing is done at once.
        o = sign(c);
        QCOMPARE(o.status, 200);
        QVERIFY(ticked(o, "signing"));
        QCOMPARE(currentStep(o), QStringLiteral("identification"));
        QCOMPARE(s.record().value("signing").toString(), QStringLiteral("signed"));
        QCOMPARE(s.record().value("signedContractVersion").toInt(), 1);
        QVERIFY(mailFiles(f).isEmpty()); // not complete yet

        // I1-I4
        o = identify(c);
        QCOMPARE(o.status, 200);
        QCOMPARE(o.json().value("state").toString(), QStringLiteral("done"));
        const auto overview = o.json().value("overview").toObject();
        QCOMPARE(overview.value("currentStep").toString(), QStringLiteral("finished"));
        QCOMPARE(overview.value("complete").toBool(), true);
        const auto record = s.record();
        QCOMPARE(record.value("identification").toString(), QStringLiteral("done"));
        QCOMPARE(record.value("identificationDocument").toString(), QStringLiteral("passport"));
        QCOMPARE(record.value("invitation").toObject().value("state").toString(),
                 QStringLiteral("completed"));

        // I5: all ticks; the session still works after the invitation completed.
        o = c.overview();
        QVERIFY(ticked(o, "documents") && ticked(o, "signing") && ticked(o, "identification"));
        QCOMPARE(noticeCodes(o), QStringList{"application_complete"});
        QCOMPARE(c.http->get("/api/v1/customer/documents").json().value("documents").toArray().size(), 4);

        // I6: one confirmation mail in the outbox folder.
        const QStringList mails = mailFiles(f);
        QCOMPARE(mails.size(), 1);
        const QByteArray mail = readMail(f, mails.first());
        QVERIFY2(mail.contains("To: \"Jan de Boer\" <jan@example.nl>\r\n"), mail.constData());
        QVERIFY(mail.contains("Subject: Uw kredietovereenkomst is ondertekend\r\n"));
        QVERIFY(mail.contains("referentie REF-1"));
        QVERIFY(mail.contains("Content-Type: text/plain; charset=UTF-8\r\n"));

        // Every step reached the office: audit trail and changes feed.
        QCOMPARE(
            s.office.auditActions(s.appId()),
            (QStringList{"application.created", "invitation.created", "customer.documents_accepted",
                         "customer.questions_answered", "customer.iban_confirmed", "customer.idin_started",
                         "customer.idin_success", "customer.signed", "customer.identification_started",
                         "identification.done", "application.completed"}));
        const auto audit = s.office.audit(s.appId());
        const auto idDone = audit.at(audit.size() - 2).toObject();
        QCOMPARE(idDone.value("actor").toObject().value("kind").toString(), QStringLiteral("provider"));
        QCOMPARE(idDone.value("details").toObject().value("method").toString(), QStringLiteral("nfc"));
        QCOMPARE(audit.at(2).toObject().value("actor").toObject().value("kind").toString(),
                 QStringLiteral("customer"));
        QCOMPARE(audit.at(2).toObject().value("actor").toObject().value("id").toString(), c.applicantId);
        // One feed record per application: the latest, with the final state.
        const auto feed = s.office.changes();
        QCOMPARE(feed.size(), feedBefore);
        QCOMPARE(feed.last()
                     .toObject()
                     .value("data")
                     .toObject()
                     .value("applicants")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("identification")
                     .toString(),
                 QStringLiteral("done"));
    }

    void everyStepAnswers409OutOfOrderNamingTheCurrentStep_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        const QByteArray answers = QJsonDocument(plainAnswers()).toJson(QJsonDocument::Compact);
        const QByteArray iban = R"({"iban":"NL91ABNA0417164300"})";
        QTest::newRow("questions before documents")
            << "documents"
            << "POST"
            << "/api/v1/customer/questions" << answers << "checklist.out_of_order";
        QTest::newRow("iban before questions")
            << "questions"
            << "POST"
            << "/api/v1/customer/iban/confirm" << iban << "checklist.out_of_order";
        QTest::newRow("refuse before iban")
            << "iban"
            << "POST"
            << "/api/v1/customer/contract/refuse" << QByteArray(R"({"reason":"Te duur."})")
            << "checklist.out_of_order";
        QTest::newRow("idin before iban")
            << "iban"
            << "POST"
            << "/api/v1/customer/idin/start" << QByteArray(R"({"bankId":"INGBNL2A"})")
            << "checklist.out_of_order";
        QTest::newRow("sign before idin")
            << "contract"
            << "POST"
            << "/api/v1/customer/sign" << QByteArray("{}") << "checklist.out_of_order";
        QTest::newRow("identification before signing")
            << "signing"
            << "POST"
            << "/api/v1/customer/identification/start" << QByteArray("{}") << "checklist.out_of_order";
        QTest::newRow("documents twice")
            << "questions"
            << "POST"
            << "/api/v1/customer/documents/accept" << QByteArray("{}") << "checklist.already_done";
        QTest::newRow("questions twice")
            << "iban"
            << "POST"
            << "/api/v1/customer/questions" << answers << "checklist.already_done";
        QTest::newRow("iban twice") << "contract"
                                    << "POST"
                                    << "/api/v1/customer/iban/confirm" << iban << "checklist.already_done";
        QTest::newRow("idin after signing")
            << "identification"
            << "POST"
            << "/api/v1/customer/idin/start" << QByteArray(R"({"bankId":"INGBNL2A"})")
            << "checklist.already_done";
        QTest::newRow("refuse after idin")
            << "signing"
            << "POST"
            << "/api/v1/customer/contract/refuse" << QByteArray(R"({"reason":"Te duur."})")
            << "checklist.already_done";
        QTest::newRow("sign twice") << "identification"
                                    << "POST"
                                    << "/api/v1/customer/sign" << QByteArray("{}")
                                    << "checklist.already_done";
        QTest::newRow("identification after done")
            << "finished"
            << "POST"
            << "/api/v1/customer/identification/start" << QByteArray("{}") << "checklist.already_done";
    }
    void everyStepAnswers409OutOfOrderNamingTheCurrentStep()
    {
        QFETCH(QString, point);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, point);
        QVERIFY(!QTest::currentTestFailed());
        const QJsonObject before = s.office.application(s.appId());
        const auto r = s.customer.http->request(method.toLatin1(), path, body);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.json().value("currentStep").toString(), point);
        QVERIFY(!r.json().value("error").toObject().value("message").toString().isEmpty());
        QCOMPARE(compact(s.office.application(s.appId())), compact(before)); // nothing changed
    }

    void invalidAnswersAre400WithTheField_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("S1 high-risk yes without explanation")
            << QJsonObject{{"highRiskSector", true}, {"highRiskSectors", QJsonArray{"gambling"}}}
            << "answers.explanation_required"
            << "highRiskExplanation";
        QTest::newRow("S1 high-risk yes without a sector")
            << QJsonObject{{"highRiskSector", true}, {"highRiskExplanation", "Eigen casino."}}
            << "answers.sector_required"
            << "highRiskSectors";
        QTest::newRow("S1 a sector not on the list")
            << QJsonObject{{"highRiskSector", true},
                           {"highRiskExplanation", "Handel."},
                           {"highRiskSectors", QJsonArray{"gambling", "piracy"}}}
            << "answers.unknown_sector"
            << "highRiskSectors[1]";
        QTest::newRow("S1 a sector twice")
            << QJsonObject{{"highRiskSector", true},
                           {"highRiskExplanation", "Handel."},
                           {"highRiskSectors", QJsonArray{"gambling", "gambling"}}}
            << "answers.duplicate_sector"
            << "highRiskSectors[1]";
        QTest::newRow("S1 explanation with no")
            << QJsonObject{{"highRiskExplanation", "Toch iets."}} << "answers.not_expected"
            << "highRiskExplanation";
        QTest::newRow("S1 PEP yes without explanation")
            << QJsonObject{{"politicallyExposed", true}} << "answers.explanation_required"
            << "politicallyExposedExplanation";
        QTest::newRow("missing answer")
            << QJsonObject{{"livesInNetherlands", "<remove>"}} << "json.missing_field"
            << "livesInNetherlands";
        QTest::newRow("wrong type") << QJsonObject{{"detailsCorrect", "ja"}} << "json.wrong_type"
                                    << "detailsCorrect";
        QTest::newRow("unknown field") << QJsonObject{{"income", 5000}} << "json.unknown_field"
                                       << "income";
    }
    void invalidAnswersAre400WithTheField()
    {
        QFETCH(QJsonObject, change);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "questions");
        QJsonObject answers = plainAnswers();
        for (auto it = change.begin(); it != change.end(); ++it) {
            if (it.value() == QJsonValue("<remove>"))
                answers.remove(it.key());
            else
                answers.insert(it.key(), it.value());
        }
        const QJsonObject before = s.office.application(s.appId());
        const auto r = answerQuestions(s.customer, answers);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
        QCOMPARE(compact(s.office.application(s.appId())), compact(before));
        QCOMPARE(currentStep(s.customer.overview()), QStringLiteral("questions"));
    }

    void detailsWrongStopsTheFlowAndIsAnActionForTheOffice()
    {
        // S2
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "questions");
        QJsonObject answers = plainAnswers();
        answers.insert("detailsCorrect", false);
        const auto o = answerQuestions(s.customer, answers);
        QCOMPARE(o.status, 200);
        QCOMPARE(currentStep(o), QStringLiteral("waiting_for_office"));
        QCOMPARE(noticeCodes(o), QStringList{"details_wrong"});
        QVERIFY(!o.json().value("notices").toArray().at(0).toObject().value("message").toString().isEmpty());
        const auto record = s.record();
        QCOMPARE(record.value("signing").toString(), QStringLiteral("questions_blocked"));
        QCOMPARE(record.value("answers").toObject().value("detailsCorrect").toBool(), false);
        QCOMPARE(s.office.auditActions(s.appId()).last(), QStringLiteral("customer.details_wrong"));
        // The customer cannot go on.
        const auto next = confirmIban(s.customer);
        QCOMPARE(next.status, 409);
        QCOMPARE(next.errorCode(), QStringLiteral("checklist.waiting_for_office"));
        QCOMPARE(next.json().value("currentStep").toString(), QStringLiteral("waiting_for_office"));
    }

    void livingAbroadAndHighRiskAnswersAreRecordedAndTheFlowGoesOn()
    {
        // S3: "no" on living in the Netherlands changes nothing; S1: yes with explanations.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "questions");
        const QJsonObject answers{{"detailsCorrect", true},
                                  {"livesInNetherlands", false},
                                  {"highRiskSector", true},
                                  {"highRiskExplanation", "Eigen autobedrijf."},
                                  {"highRiskSectors", QJsonArray{"car_trade", "cash_intensive"}},
                                  {"politicallyExposed", true},
                                  {"politicallyExposedExplanation", "Wethouder in Utrecht."}};
        const auto o = answerQuestions(s.customer, answers);
        QCOMPARE(o.status, 200);
        QCOMPARE(currentStep(o), QStringLiteral("iban"));
        const auto stored = s.record().value("answers").toObject();
        QCOMPARE(stored.value("livesInNetherlands").toBool(), false);
        QCOMPARE(stored.value("highRiskSectors").toArray(), (QJsonArray{"car_trade", "cash_intensive"}));
        QCOMPARE(stored.value("politicallyExposedExplanation").toString(),
                 QStringLiteral("Wethouder in Utrecht."));
        QCOMPARE(s.customer.http->get("/api/v1/customer/questions").json().value("answers").toObject(),
                 stored);
    }

    void ibanIsOnlyConfirmedAsTheOfficeFilledItIn()
    {
        // S4
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "iban");
        const auto other = confirmIban(s.customer, "NL02ABNA0123456789");
        QCOMPARE(other.status, 409);
        QCOMPARE(other.errorCode(), QStringLiteral("conflict.iban_changed"));
        const auto typo = confirmIban(s.customer, "NL91ABNA0417164301");
        QCOMPARE(typo.status, 400);
        QCOMPARE(typo.errorCode(), QStringLiteral("iban.checksum"));
        QCOMPARE(confirmIban(s.customer, "nl91abna0417164300").status, 200); // any print form
    }

    void withoutAnIbanThereIsNothingToConfirm()
    {
        // S4: the office has not filled it in.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        QJsonObject body = newApplicationBody("REF-1");
        body.insert("iban", QJsonValue());
        body.insert("accountHolder", QJsonValue());
        Scene s = scene(f, body);
        bringTo(s.customer, "iban");
        const auto view = s.customer.http->get("/api/v1/customer/iban").json();
        QCOMPARE(view.value("filledIn").toBool(), false);
        QVERIFY(view.value("iban").isNull());
        const auto r = confirmIban(s.customer);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("checklist.iban_missing"));
        QCOMPARE(r.json().value("currentStep").toString(), QStringLiteral("iban"));
    }

    void refusingTheContractNeedsAReasonThatTheOfficeSees()
    {
        // S6
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "contract");
        for (const QByteArray &bad :
             {QByteArray("{}"), QByteArray(R"({"reason":""})"), QByteArray(R"({"reason":"   "})")}) {
            const auto r = s.customer.http->request("POST", "/api/v1/customer/contract/refuse", bad);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorField(), QStringLiteral("reason"));
        }
        const auto o = s.customer.http->post("/api/v1/customer/contract/refuse",
                                             QJsonObject{{"reason", "Het rentepercentage klopt niet."}});
        QCOMPARE(o.status, 200);
        QCOMPARE(currentStep(o), QStringLiteral("waiting_for_office"));
        QCOMPARE(noticeCodes(o), QStringList{"contract_refused"});
        const auto record = s.record();
        QCOMPARE(record.value("signing").toString(), QStringLiteral("refused"));
        QCOMPARE(record.value("refusalReason").toString(), QStringLiteral("Het rentepercentage klopt niet."));
        const auto audit = s.office.audit(s.appId());
        QCOMPARE(audit.last().toObject().value("action").toString(),
                 QStringLiteral("customer.contract_refused"));
        QCOMPARE(audit.last().toObject().value("details").toObject().value("reason").toString(),
                 QStringLiteral("Het rentepercentage klopt niet."));
        QCOMPARE(passIdin(s.customer).errorCode(), QStringLiteral("checklist.waiting_for_office"));
    }

    void idinAtTheBankFailsAndIsTriedAgain_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::newRow("S7 cancelled at the bank") << "cancelled";
        QTest::newRow("S7 expired at the bank") << "expired";
        QTest::newRow("S7 failure at the bank") << "failure";
    }
    void idinAtTheBankFailsAndIsTriedAgain()
    {
        QFETCH(QString, outcome);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "contract");
        const auto started =
            s.customer.http->post("/api/v1/customer/idin/start",
                                  QJsonObject{{"bankId", "RABONL2U"}, {"returnPath", "/klant/idin"}});
        QCOMPARE(started.status, 200);
        QCOMPARE(s.record().value("idinStatus").toString(), QStringLiteral("open"));
        const QString tx = started.json().value("transactionId").toString();
        const QString bankPage = sandboxApiOf(started.json().value("redirectUrl").toString());
        const auto bank = s.customer.http->get(bankPage).json();
        QCOMPARE(bank.value("bank").toObject().value("name").toString(), QStringLiteral("Rabobank"));
        QCOMPARE(bank.value("status").toString(), QStringLiteral("open"));
        const auto decided = s.customer.http->post(bankPage, QJsonObject{{"outcome", outcome}});
        QCOMPARE(decided.status, 200);
        const QUrl back(decided.json().value("redirectUrl").toString());
        QCOMPARE(back.path(), QStringLiteral("/klant/idin"));
        QCOMPARE(QUrlQuery(back).queryItemValue("trxid"), tx);
        // The bank decides once.
        QCOMPARE(s.customer.http->post(bankPage, QJsonObject{{"outcome", "success"}}).status, 409);

        const auto returned =
            s.customer.http->post("/api/v1/customer/idin/return", QJsonObject{{"transactionId", tx}});
        QCOMPARE(returned.status, 200);
        QCOMPARE(returned.json().value("status").toString(), outcome);
        const auto overview = returned.json().value("overview").toObject();
        QCOMPARE(overview.value("currentStep").toString(), QStringLiteral("contract"));
        QCOMPARE(overview.value("notices").toArray().at(0).toObject().value("code").toString(),
                 outcome == "failure" ? QStringLiteral("idin_failed") : "idin_" + outcome);
        QCOMPARE(s.record().value("idinStatus").toString(), outcome); // the office sees it
        QCOMPARE(s.record().value("idinVerified").toBool(), false);
        QCOMPARE(s.office.auditActions(s.appId()).last(), "customer.idin_" + outcome);
        // Coming back again changes nothing.
        const int version = s.office.application(s.appId()).value("version").toInt();
        QCOMPARE(
            s.customer.http->post("/api/v1/customer/idin/return", QJsonObject{{"transactionId", tx}}).status,
            200);
        QCOMPARE(s.office.application(s.appId()).value("version").toInt(), version);
        // A new bank choice works.
        const auto again = passIdin(s.customer);
        QCOMPARE(again.json().value("status").toString(), QStringLiteral("success"));
        QCOMPARE(s.record().value("idinVerified").toBool(), true);
    }

    void idinStillOpenOrPendingChangesNothing()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "contract");
        const auto started =
            s.customer.http->post("/api/v1/customer/idin/start", QJsonObject{{"bankId", "INGBNL2A"}});
        const QString tx = started.json().value("transactionId").toString();
        const QString bankPage = sandboxApiOf(started.json().value("redirectUrl").toString());
        auto back = s.customer.http->post("/api/v1/customer/idin/return", QJsonObject{{"transactionId", tx}});
        QCOMPARE(back.status, 200);
        QCOMPARE(back.json().value("status").toString(), QStringLiteral("open"));
        QCOMPARE(s.customer.http->post(bankPage, QJsonObject{{"outcome", "pending"}}).status, 200);
        back = s.customer.http->post("/api/v1/customer/idin/return", QJsonObject{{"transactionId", tx}});
        QCOMPARE(back.json().value("status").toString(), QStringLiteral("pending"));
        QCOMPARE(s.record().value("idinStatus").toString(), QStringLiteral("pending"));
        QCOMPARE(s.customer.http->post(bankPage, QJsonObject{{"outcome", "success"}}).status, 200);
        back = s.customer.http->post("/api/v1/customer/idin/return", QJsonObject{{"transactionId", tx}});
        QCOMPARE(back.json().value("status").toString(), QStringLiteral("success"));
        QCOMPARE(currentStep(s.customer.overview()), QStringLiteral("signing"));
    }

    void idinUndecidedExpiresAtTheBankAfterFiveMinutes()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "contract");
        const auto started =
            s.customer.http->post("/api/v1/customer/idin/start", QJsonObject{{"bankId", "INGBNL2A"}});
        const QString tx = started.json().value("transactionId").toString();
        f.clock().advanceSecs(5 * 60);
        const auto back =
            s.customer.http->post("/api/v1/customer/idin/return", QJsonObject{{"transactionId", tx}});
        QCOMPARE(back.json().value("status").toString(), QStringLiteral("expired"));
        QCOMPARE(s.customer.http
                     ->post(sandboxApiOf(started.json().value("redirectUrl").toString()),
                            QJsonObject{{"outcome", "success"}})
                     .errorCode(),
                 QStringLiteral("sandbox.transaction_closed"));
    }

    void idinRefusesUnknownBanksAndTransactions()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "contract");
        const auto bank =
            s.customer.http->post("/api/v1/customer/idin/start", QJsonObject{{"bankId", "FAKEBANK"}});
        QCOMPARE(bank.status, 400);
        QCOMPARE(bank.errorCode(), QStringLiteral("idin.unknown_bank"));
        QCOMPARE(bank.errorField(), QStringLiteral("bankId"));
        const auto away =
            s.customer.http->post("/api/v1/customer/idin/start",
                                  QJsonObject{{"bankId", "INGBNL2A"}, {"returnPath", "//evil.example/x"}});
        QCOMPARE(away.status, 400);
        QCOMPARE(away.errorField(), QStringLiteral("returnPath"));
        const auto unknown = s.customer.http->post("/api/v1/customer/idin/return",
                                                   QJsonObject{{"transactionId", "no-such-transaction"}});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("idin.unknown_transaction"));
        QCOMPARE(s.customer.http->get("/api/v1/sandbox/idin/no-such-transaction").status, 404);
    }

    void identificationAcceptsOnlyIdentityDocumentsAndCountsChipSearches()
    {
        // I1, I3, I4
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "identification");
        const auto started = s.customer.http->post("/api/v1/customer/identification/start", QJsonObject());
        QCOMPARE(started.status, 200);
        QCOMPARE(started.json().value("state").toString(), QStringLiteral("open"));
        QCOMPARE(started.json().value("expiresAt").toString(),
                 formatWireTime(f.clock().nowUtc().addSecs(15 * 60)));
        QCOMPARE(s.record().value("identification").toString(), QStringLiteral("in_progress"));
        const QString app = sandboxApiOf(started.json().value("appUrl").toString());
        auto &http = *s.customer.http;

        QCOMPARE(http.post(app + "/chip", QJsonObject{{"found", false}}).errorCode(),
                 QStringLiteral("identification.document_first"));
        const auto licence = http.post(app + "/document", QJsonObject{{"documentType", "driving_licence"}});
        QCOMPARE(licence.status, 400); // I1
        QCOMPARE(licence.errorCode(), QStringLiteral("identification.document_not_accepted"));
        QCOMPARE(http.post(app + "/document", QJsonObject{{"documentType", "residence_permit"}}).status, 200);
        QCOMPARE(http.post(app + "/photo", QJsonObject()).errorCode(),
                 QStringLiteral("identification.photo_not_yet"));
        for (int i = 1; i <= 3; ++i) {
            const auto search = http.post(app + "/chip", QJsonObject{{"found", false}});
            QCOMPARE(search.status, 200);
            QCOMPARE(search.json().value("progress").toObject().value("chipAttempts").toInt(), i);
        }
        const auto fourth = http.post(app + "/chip", QJsonObject{{"found", true}});
        QCOMPARE(fourth.status, 409); // I3: three searches, then the photo
        QCOMPARE(fourth.errorCode(), QStringLiteral("identification.chip_attempts_used"));
        const auto customerView = http.get("/api/v1/customer/identification").json();
        QCOMPARE(customerView.value("state").toString(), QStringLiteral("open"));
        QCOMPARE(customerView.value("progress").toObject().value("chipAttempts").toInt(), 3);
        QCOMPARE(http.post(app + "/finish", QJsonObject{{"result", "done"}}).errorCode(),
                 QStringLiteral("identification.nothing_read"));
        const auto photo = http.post(app + "/photo", QJsonObject());
        QCOMPARE(photo.status, 200);
        QCOMPARE(photo.json().value("progress").toObject().value("chipRead").toBool(), false);
        const auto done = http.post(app + "/finish", QJsonObject{{"result", "done"}});
        QCOMPARE(done.status, 200);
        // The result reached the applicant at once (the provider's webhook), before the page asks.
        const auto record = s.record();
        QCOMPARE(record.value("identification").toString(), QStringLiteral("done"));
        QCOMPARE(record.value("identificationDocument").toString(), QStringLiteral("residence_permit"));
        QCOMPARE(s.office.audit(s.appId())
                     .at(s.office.audit(s.appId()).size() - 2)
                     .toObject()
                     .value("details")
                     .toObject()
                     .value("method")
                     .toString(),
                 QStringLiteral("photo"));
        QCOMPARE(http.post(app + "/finish", QJsonObject{{"result", "done"}}).errorCode(),
                 QStringLiteral("identification.finished"));
        QCOMPARE(http.get("/api/v1/customer/identification").json().value("state").toString(),
                 QStringLiteral("done"));
    }

    void failedIdentificationIsAnActionForTheOfficeAndCanBeRetried()
    {
        // I4
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "identification");
        const auto missingReason = identify(s.customer, false);
        QCOMPARE(missingReason.status, 400);
        QCOMPARE(missingReason.errorCode(), QStringLiteral("identification.reason_required"));
        const auto failed = identify(s.customer, false, "Foto komt niet overeen met de houder.");
        QCOMPARE(failed.status, 200);
        QCOMPARE(failed.json().value("state").toString(), QStringLiteral("failed"));
        const auto overview = failed.json().value("overview").toObject();
        QCOMPARE(overview.value("identificationFailureReason").toString(),
                 QStringLiteral("Foto komt niet overeen met de houder."));
        QCOMPARE(overview.value("notices").toArray().at(0).toObject().value("code").toString(),
                 QStringLiteral("identification_failed"));
        auto record = s.record();
        QCOMPARE(record.value("identification").toString(), QStringLiteral("failed"));
        QCOMPARE(record.value("identificationFailureReason").toString(),
                 QStringLiteral("Foto komt niet overeen met de houder."));
        QCOMPARE(s.office.auditActions(s.appId()).last(), QStringLiteral("identification.failed"));
        QVERIFY(mailFiles(f).isEmpty());
        // A new attempt.
        const auto again = identify(s.customer);
        QCOMPARE(again.json().value("state").toString(), QStringLiteral("done"));
        record = s.record();
        QCOMPARE(record.value("identification").toString(), QStringLiteral("done"));
        QVERIFY(record.value("identificationFailureReason").isNull());
        QCOMPARE(mailFiles(f).size(), 1);
    }

    void identificationSessionExpiresAfterFifteenMinutes()
    {
        // I2, with the Clock seam.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "identification");
        auto &http = *s.customer.http;
        const auto started = http.post("/api/v1/customer/identification/start", QJsonObject());
        const QString app = sandboxApiOf(started.json().value("appUrl").toString());
        QCOMPARE(http.post(app + "/document", QJsonObject{{"documentType", "passport"}}).status, 200);

        f.clock().advanceSecs(15 * 60 - 1); // one second left: the phone may still act
        QCOMPARE(http.post(app + "/chip", QJsonObject{{"found", false}}).status, 200);
        QCOMPARE(http.get("/api/v1/customer/identification").json().value("state").toString(),
                 QStringLiteral("open"));

        f.clock().advanceSecs(1); // 15 minutes
        const auto late = http.post(app + "/chip", QJsonObject{{"found", true}});
        QCOMPARE(late.status, 410);
        QCOMPARE(late.errorCode(), QStringLiteral("identification.session_expired"));
        QCOMPARE(http.get(app).json().value("expired").toBool(), true);
        const auto view = http.get("/api/v1/customer/identification");
        QCOMPARE(view.status, 200);
        QCOMPARE(view.json().value("state").toString(), QStringLiteral("expired"));
        QCOMPARE(view.json()
                     .value("overview")
                     .toObject()
                     .value("steps")
                     .toArray()
                     .at(2)
                     .toObject()
                     .value("state")
                     .toString(),
                 QStringLiteral("open"));
        s.office.relogin(f);
        QCOMPARE(s.record().value("identification").toString(), QStringLiteral("open"));
        QCOMPARE(s.office.auditActions(s.appId()).last(), QStringLiteral("identification.expired"));
        QCOMPARE(
            s.office.audit(s.appId()).last().toObject().value("actor").toObject().value("kind").toString(),
            QStringLiteral("system"));
        // A new session works.
        QCOMPARE(identify(s.customer).json().value("state").toString(), QStringLiteral("done"));
    }

    void aNewIdentificationSessionReplacesTheOpenOne()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "identification");
        auto &http = *s.customer.http;
        const QString first = sandboxApiOf(http.post("/api/v1/customer/identification/start", QJsonObject())
                                               .json()
                                               .value("appUrl")
                                               .toString());
        const QString second = sandboxApiOf(http.post("/api/v1/customer/identification/start", QJsonObject())
                                                .json()
                                                .value("appUrl")
                                                .toString());
        QVERIFY(first != second);
        // The old session's result no longer counts.
        QCOMPARE(http.post(first + "/document", QJsonObject{{"documentType", "passport"}}).status, 200);
        QCOMPARE(http.post(first + "/chip", QJsonObject{{"found", true}}).status, 200);
        QCOMPARE(http.post(first + "/finish", QJsonObject{{"result", "failed"}, {"reason", "Oud."}}).status,
                 200);
        QCOMPARE(s.record().value("identification").toString(), QStringLiteral("in_progress"));
        QCOMPARE(http.get("/api/v1/customer/identification").json().value("state").toString(),
                 QStringLiteral("open"));
    }

    void documentsStayListedAndAreServedWhenTheyExist()
    {
        // D1, D2: the ESIC, privacy statement and provisional agreement are the
        // portal's generated PDFs (issue 5); the contract only from the contract
        // step on (S6), and a kind that does not exist is not found.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        const auto list =
            s.customer.http->get("/api/v1/customer/documents").json().value("documents").toArray();
        QStringList kinds;
        for (const auto &d : list) {
            kinds << d.toObject().value("kind").toString();
            QCOMPARE(d.toObject().value("href").toString(), "/api/v1/customer/documents/" + kinds.last());
            QCOMPARE(d.toObject().value("available").toBool(), true);
        }
        QCOMPARE(kinds, (QStringList{"esic", "privacy_statement", "provisional_agreement"}));
        const auto esic = s.customer.http->get("/api/v1/customer/documents/esic");
        QCOMPARE(esic.status, 200);
        QVERIFY(esic.body.startsWith("%PDF-"));
        QVERIFY(esic.header("Content-Disposition").contains("esic-"));
        // The same bytes again: generated once, then served as stored.
        QCOMPARE(s.customer.http->get("/api/v1/customer/documents/esic").body, esic.body);
        QCOMPARE(s.customer.http->get("/api/v1/customer/documents/contract").errorCode(),
                 QStringLiteral("document.not_available"));
        QCOMPARE(s.customer.http->get("/api/v1/customer/documents/passport").errorCode(),
                 QStringLiteral("not_found"));
        acceptDocuments(s.customer);
        QCOMPARE(s.customer.http->get("/api/v1/customer/documents").json().value("accepted").toBool(), true);
        QVERIFY(
            s.customer.http->get("/api/v1/customer/documents/privacy_statement").body.startsWith("%PDF-"));
    }

    void aNewLoginContinuesWhereTheCustomerWas()
    {
        // C7, and C6: the replaced invitation's session ends at once.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        bringTo(s.customer, "contract");
        const auto replaced = s.office.http->post(invitationsPath(s.application, 0) + "/replace",
                                                  QJsonObject{{"kind", "code"}}, idempotencyKey());
        QCOMPARE(replaced.status, 201);
        const auto old = s.customer.overview();
        QCOMPARE(old.status, 401);
        QCOMPARE(old.errorCode(), QStringLiteral("auth.session_ended"));
        auto http = f.http();
        const auto login = http->post(
            "/api/v1/customer/login",
            QJsonObject{{"code", replaced.json().value("code").toString()}, {"dateOfBirth", "1980-05-17"}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value("expiresIn").toInt(), 15 * 60);
        http->setBearer(login.json().value("sessionToken").toString());
        QCOMPARE(currentStep(http->get("/api/v1/customer/overview")), QStringLiteral("contract"));
    }
};

// QTEST_MAIN with Qt Gui: the server renders the documents in-process.
QTEST_MAIN(TestCustomerFlow)
#include "tst_customer_flow.moc"
