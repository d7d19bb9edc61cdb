#include "core/domain/Attention.h"
#include "core/domain/ChecklistRules.h"

#include <QTest>

using namespace dpdesk;

namespace {

const QString kIban = QStringLiteral("NL91ABNA0417164300");

template<typename T>
T must(const Result<T> &result)
{
    if (!result)
        qFatal("fixture step failed: %s", qPrintable(result.error().code));
    return result.value();
}

SigningAnswers plainAnswers()
{
    return SigningAnswers{}; // details correct, lives in NL, no high-risk sector, not a PEP
}

Applicant freshApplicant(int position)
{
    Applicant a;
    a.id = QStringLiteral("applicant-%1").arg(position);
    a.position = position;
    a.fullName = position == 1 ? QStringLiteral("Jan de Vries") : QStringLiteral("Anna de Vries-Bakker");
    a.dateOfBirth = QDate(1980, 4, 23);
    a.email = QStringLiteral("jan@example.nl");
    Invitation invitation;
    invitation.id = QStringLiteral("inv-%1").arg(position);
    invitation.applicantId = a.id;
    invitation.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    invitation.expiresAt = invitation.createdAt.addDays(30);
    a.invitation = invitation;
    return a;
}

Application applicationWith(const QList<Applicant> &applicants)
{
    Application app;
    app.id = QStringLiteral("application-1");
    app.reference = QStringLiteral("DV-2026-001");
    app.loanAmountCents = 1'500'000;
    app.termMonths = 60;
    app.iban = kIban;
    app.accountHolder = QStringLiteral("J. de Vries");
    app.applicants = applicants;
    return app;
}

// An applicant brought to a named point of the flow by the rules themselves.
Applicant at(const QString &point)
{
    Applicant a = freshApplicant(1);
    if (point == QLatin1String("documents"))
        return a;
    a = must(acceptDocuments(a));
    if (point == QLatin1String("questions"))
        return a;
    if (point == QLatin1String("details_wrong")) {
        SigningAnswers answers;
        answers.detailsCorrect = false;
        return must(answerQuestions(a, answers));
    }
    a = must(answerQuestions(a, plainAnswers()));
    if (point == QLatin1String("iban"))
        return a;
    a = must(confirmIban(a, kIban));
    if (point == QLatin1String("contract"))
        return a;
    if (point == QLatin1String("refused"))
        return must(refuseContract(a, QStringLiteral("Het rentepercentage klopt niet.")));
    a = must(verifyIdin(a, true));
    if (point == QLatin1String("signing"))
        return a;
    a = must(sign(applicationWith({a}), a.id)).applicants.first();
    if (point == QLatin1String("identification"))
        return a;
    a = must(startIdentification(a));
    if (point == QLatin1String("identifying"))
        return a;
    a = must(identificationResult(a, IdDocumentType::Passport, true));
    if (point == QLatin1String("finished"))
        return a;
    qFatal("unknown fixture point %s", qPrintable(point));
}

Result<Applicant> act(const QString &action, const Applicant &a)
{
    if (action == QLatin1String("acceptDocuments"))
        return acceptDocuments(a);
    if (action == QLatin1String("answerQuestions"))
        return answerQuestions(a, plainAnswers());
    if (action == QLatin1String("confirmIban"))
        return confirmIban(a, kIban);
    if (action == QLatin1String("refuseContract"))
        return refuseContract(a, QStringLiteral("Te duur."));
    if (action == QLatin1String("verifyIdin"))
        return verifyIdin(a, true);
    if (action == QLatin1String("sign")) {
        const Result<Application> signedApp = sign(applicationWith({a}), a.id);
        if (!signedApp)
            return signedApp.error();
        return signedApp->applicants.first();
    }
    if (action == QLatin1String("startIdentification"))
        return startIdentification(a);
    if (action == QLatin1String("identificationResult"))
        return identificationResult(a, IdDocumentType::Passport, true);
    qFatal("unknown action %s", qPrintable(action));
}

QStringList reasonNames(const QList<AttentionReason> &reasons)
{
    QStringList names;
    for (const AttentionReason r : reasons)
        names.append(enumToString(r));
    return names;
}

} // namespace

Q_DECLARE_METATYPE(dpdesk::SigningAnswers)
Q_DECLARE_METATYPE(dpdesk::Applicant)

class TestChecklistRules : public QObject
{
    Q_OBJECT

private slots:
    void currentStep_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("step");

        QTest::newRow("D1 new applicant starts with documents") << "documents"
                                                                << "documents";
        QTest::newRow("S1 after documents: questions") << "questions"
                                                       << "questions";
        QTest::newRow("S4 after questions: bank account") << "iban"
                                                          << "iban";
        QTest::newRow("S6 after IBAN: contract") << "contract"
                                                 << "contract";
        QTest::newRow("S8 after iDIN: signing") << "signing"
                                                << "signing";
        QTest::newRow("I1 after signing: identification") << "identification"
                                                          << "identification";
        QTest::newRow("I2 identification in progress") << "identifying"
                                                       << "identification";
        QTest::newRow("I5 everything done") << "finished"
                                            << "finished";
        QTest::newRow("S2 details wrong: waiting for office") << "details_wrong"
                                                              << "waiting_for_office";
        QTest::newRow("S6 refused: waiting for office") << "refused"
                                                        << "waiting_for_office";
    }

    void currentStep()
    {
        QFETCH(QString, point);
        QFETCH(QString, step);
        QCOMPARE(enumToString(dpdesk::currentStep(at(point))), step);
    }

    // The step order of the flow (seed 003): each transition only at its step.
    void stepOrder_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("code"); // empty: allowed

        QTest::newRow("D1 accept documents first") << "documents"
                                                   << "acceptDocuments"
                                                   << "";
        QTest::newRow("D2 documents accepted twice") << "questions"
                                                     << "acceptDocuments"
                                                     << "checklist.already_done";
        QTest::newRow("S1 questions before documents") << "documents"
                                                       << "answerQuestions"
                                                       << "checklist.out_of_order";
        QTest::newRow("S1 questions answered twice") << "iban"
                                                     << "answerQuestions"
                                                     << "checklist.already_done";
        QTest::newRow("S4 IBAN before questions") << "questions"
                                                  << "confirmIban"
                                                  << "checklist.out_of_order";
        QTest::newRow("S4 IBAN before documents") << "documents"
                                                  << "confirmIban"
                                                  << "checklist.out_of_order";
        QTest::newRow("S4 IBAN confirmed twice") << "contract"
                                                 << "confirmIban"
                                                 << "checklist.already_done";
        QTest::newRow("S6 refuse before IBAN") << "iban"
                                               << "refuseContract"
                                               << "checklist.out_of_order";
        QTest::newRow("S6 refuse at the contract") << "contract"
                                                   << "refuseContract"
                                                   << "";
        QTest::newRow("S6 refuse after iDIN") << "signing"
                                              << "refuseContract"
                                              << "checklist.already_done";
        QTest::newRow("S7 iDIN before IBAN") << "iban"
                                             << "verifyIdin"
                                             << "checklist.out_of_order";
        QTest::newRow("S7 iDIN at the contract") << "contract"
                                                 << "verifyIdin"
                                                 << "";
        QTest::newRow("S8 sign before iDIN") << "contract"
                                             << "sign"
                                             << "checklist.out_of_order";
        QTest::newRow("S8 sign before documents") << "documents"
                                                  << "sign"
                                                  << "checklist.out_of_order";
        QTest::newRow("S8 sign after iDIN") << "signing"
                                            << "sign"
                                            << "";
        QTest::newRow("S9 signed twice") << "identification"
                                         << "sign"
                                         << "checklist.already_done";
        QTest::newRow("I1 identification before signing") << "signing"
                                                          << "startIdentification"
                                                          << "checklist.out_of_order";
        QTest::newRow("I1 identification after signing") << "identification"
                                                         << "startIdentification"
                                                         << "";
        QTest::newRow("I2 restart an open session") << "identifying"
                                                    << "startIdentification"
                                                    << "";
        QTest::newRow("I4 result without a session") << "identification"
                                                     << "identificationResult"
                                                     << "checklist.out_of_order";
        QTest::newRow("I4 identified twice") << "finished"
                                             << "startIdentification"
                                             << "checklist.already_done";
        QTest::newRow("S2 blocked: no IBAN") << "details_wrong"
                                             << "confirmIban"
                                             << "checklist.waiting_for_office";
        QTest::newRow("S2 blocked: no new answers") << "details_wrong"
                                                    << "answerQuestions"
                                                    << "checklist.waiting_for_office";
        QTest::newRow("S6 refused: no iDIN") << "refused"
                                             << "verifyIdin"
                                             << "checklist.waiting_for_office";
        QTest::newRow("S6 refused: no signing") << "refused"
                                                << "sign"
                                                << "checklist.waiting_for_office";
        QTest::newRow("S6 refused: no second refusal") << "refused"
                                                       << "refuseContract"
                                                       << "checklist.waiting_for_office";
    }

    void stepOrder()
    {
        QFETCH(QString, point);
        QFETCH(QString, action);
        QFETCH(QString, code);
        const Applicant before = at(point);
        const Result<Applicant> result = act(action, before);
        QCOMPARE(result.ok(), code.isEmpty());
        if (!result.ok())
            QCOMPARE(result.error().code, code);
        else if (point != QLatin1String("identifying")) // restarting a session (I2) changes no field
            QVERIFY(result.value() != before);
    }

    void answerQuestions_data()
    {
        QTest::addColumn<SigningAnswers>("answers");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("signing");
        QTest::addColumn<QString>("nextStep");

        const auto with = [](auto change) {
            SigningAnswers a;
            change(a);
            return a;
        };
        QTest::newRow("S1 all plain answers") << SigningAnswers{} << ""
                                              << ""
                                              << "open"
                                              << "iban";
        QTest::newRow("S1 high-risk yes with explanation and a sector") << with([](SigningAnswers &a) {
            a.highRiskSector = true;
            a.highRiskExplanation = QStringLiteral("Eigen handelsbedrijf in edelmetalen.");
            a.highRiskSectors = {QStringLiteral("precious_metals")};
        }) << ""
                                                                        << ""
                                                                        << "open"
                                                                        << "iban";
        QTest::newRow("S1 high-risk yes without explanation") << with([](SigningAnswers &a) {
            a.highRiskSector = true;
            a.highRiskSectors = {QStringLiteral("gambling")};
        }) << "answers.explanation_required"
                                                              << "highRiskExplanation"
                                                              << "open"
                                                              << "questions";
        QTest::newRow("S1 high-risk yes with a blank explanation") << with([](SigningAnswers &a) {
            a.highRiskSector = true;
            a.highRiskExplanation = QStringLiteral(" \n\t ");
            a.highRiskSectors = {QStringLiteral("gambling")};
        }) << "answers.explanation_required"
                                                                   << "highRiskExplanation"
                                                                   << "open"
                                                                   << "questions";
        QTest::newRow("S1 high-risk yes without a sector") << with([](SigningAnswers &a) {
            a.highRiskSector = true;
            a.highRiskExplanation = QStringLiteral("Casino.");
        }) << "answers.sector_required"
                                                           << "highRiskSectors"
                                                           << "open"
                                                           << "questions";
        QTest::newRow("S1 PEP yes with explanation") << with([](SigningAnswers &a) {
            a.politicallyExposed = true;
            a.politicallyExposedExplanation = QStringLiteral("Wethouder in Utrecht.");
        }) << ""
                                                     << ""
                                                     << "open"
                                                     << "iban";
        QTest::newRow("S1 PEP yes without explanation")
            << with([](SigningAnswers &a) { a.politicallyExposed = true; }) << "answers.explanation_required"
            << "politicallyExposedExplanation"
            << "open"
            << "questions";
        QTest::newRow("S1 explanation with a high-risk no")
            << with([](SigningAnswers &a) { a.highRiskExplanation = QStringLiteral("Niets."); })
            << "answers.not_expected"
            << "highRiskExplanation"
            << "open"
            << "questions";
        QTest::newRow("S1 sector with a high-risk no")
            << with([](SigningAnswers &a) { a.highRiskSectors = {QStringLiteral("gambling")}; })
            << "answers.not_expected"
            << "highRiskSectors"
            << "open"
            << "questions";
        QTest::newRow("S1 explanation with a PEP no")
            << with([](SigningAnswers &a) { a.politicallyExposedExplanation = QStringLiteral("Niets."); })
            << "answers.not_expected"
            << "politicallyExposedExplanation"
            << "open"
            << "questions";
        QTest::newRow("S2 details wrong blocks signing")
            << with([](SigningAnswers &a) { a.detailsCorrect = false; }) << ""
            << ""
            << "questions_blocked"
            << "waiting_for_office";
        QTest::newRow("S3 not living in the Netherlands changes nothing")
            << with([](SigningAnswers &a) { a.livesInNetherlands = false; }) << ""
            << ""
            << "open"
            << "iban";
    }

    void answerQuestions()
    {
        QFETCH(SigningAnswers, answers);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QString, signing);
        QFETCH(QString, nextStep);

        const Applicant before = at(QStringLiteral("questions"));
        const Result<Applicant> result = dpdesk::answerQuestions(before, answers);
        QCOMPARE(result.ok(), code.isEmpty());
        const Applicant after = result.ok() ? result.value() : before;
        if (!result.ok()) {
            QCOMPARE(result.error().code, code);
            QCOMPARE(result.error().field, field);
        } else {
            QCOMPARE(*after.answers, answers); // recorded as given (S3 too)
        }
        QCOMPARE(enumToString(after.signing), signing);
        QCOMPARE(enumToString(dpdesk::currentStep(after)), nextStep);
        QCOMPARE(attentionReasons(after).contains(AttentionReason::DetailsWrong),
                 signing == "questions_blocked");
    }

    void confirmIban_data()
    {
        QTest::addColumn<QString>("applicationIban");
        QTest::addColumn<QString>("code");

        QTest::newRow("S4 the office filled in the IBAN") << kIban << "";
        QTest::newRow("S4 no IBAN filled in: nothing to confirm") << QString() << "checklist.iban_missing";
    }

    void confirmIban()
    {
        QFETCH(QString, applicationIban);
        QFETCH(QString, code);
        const Result<Applicant> result = dpdesk::confirmIban(at(QStringLiteral("iban")), applicationIban);
        QCOMPARE(result.ok(), code.isEmpty());
        if (result.ok()) {
            QVERIFY(result->ibanConfirmed);
        } else {
            QCOMPARE(result.error().code, code);
            QCOMPARE(result.error().field, QStringLiteral("iban"));
        }
    }

    void refuseContract_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code");

        QTest::newRow("S6 refused with a reason") << "Het IBAN is niet van mij."
                                                  << "";
        QTest::newRow("S6 a multi-line reason") << "Bedrag klopt niet.\nGraag bellen."
                                                << "";
        QTest::newRow("S6 refused without a reason") << ""
                                                     << "checklist.reason_required";
        QTest::newRow("S6 refused with a blank reason") << " \t\n "
                                                        << "checklist.reason_required";
    }

    void refuseContract()
    {
        QFETCH(QString, reason);
        QFETCH(QString, code);
        const Applicant before = at(QStringLiteral("contract"));
        const Result<Applicant> result = dpdesk::refuseContract(before, reason);
        QCOMPARE(result.ok(), code.isEmpty());
        if (!result.ok()) {
            QCOMPARE(result.error().code, code);
            QCOMPARE(result.error().field, QStringLiteral("reason"));
            return;
        }
        QCOMPARE(result->signing, SigningState::Refused);
        QCOMPARE(result->refusalReason, reason);
        // S6: the intermediary must see the refusal and its reason.
        QCOMPARE(attentionReasons(result.value()), QList<AttentionReason>{AttentionReason::ContractRefused});
    }

    void verifyIdin_data()
    {
        QTest::addColumn<bool>("verified");
        QTest::newRow("S7 iDIN confirmed at the bank") << true;
        QTest::newRow("S7 iDIN not confirmed: try again") << false;
    }

    void verifyIdin()
    {
        QFETCH(bool, verified);
        const Applicant before = at(QStringLiteral("contract"));
        const Result<Applicant> result = dpdesk::verifyIdin(before, verified);
        QCOMPARE(result.ok(), verified);
        if (verified) {
            QVERIFY(result->idinVerified);
            QCOMPARE(dpdesk::currentStep(result.value()), FlowStep::Signing);
        } else {
            QCOMPARE(result.error().code, QStringLiteral("checklist.idin_not_verified"));
            QCOMPARE(dpdesk::currentStep(before), FlowStep::Contract); // still at the contract, may retry
        }
    }

    void recordIdinStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<QString>("stepAfter");
        QTest::newRow("S7 success verifies") << "success" << true << "signing";
        QTest::newRow("S7 open: still at the bank") << "open" << false << "contract";
        QTest::newRow("S7 pending: the bank has not decided") << "pending" << false << "contract";
        QTest::newRow("S7 cancelled at the bank: choose again") << "cancelled" << false << "contract";
        QTest::newRow("S7 expired at the bank") << "expired" << false << "contract";
        QTest::newRow("S7 failure at the bank") << "failure" << false << "contract";
    }

    void recordIdinStatus()
    {
        QFETCH(QString, status);
        QFETCH(bool, verified);
        QFETCH(QString, stepAfter);
        const Applicant before = at(QStringLiteral("contract"));
        const Applicant after = must(dpdesk::recordIdinStatus(before, *enumFromString<IdinStatus>(status)));
        QCOMPARE(after.idinVerified, verified);
        QCOMPARE(enumToString(*after.idinStatus), status); // the office sees every attempt
        QCOMPARE(enumToString(dpdesk::currentStep(after)), stepAfter);
        QVERIFY(attentionReasons(after).isEmpty()); // the customer may try again: no office action
        if (verified) {
            QCOMPARE(dpdesk::recordIdinStatus(after, IdinStatus::Success).error().code,
                     QStringLiteral("checklist.already_done"));
        } else { // another attempt at the bank
            const Applicant retried = must(dpdesk::recordIdinStatus(after, IdinStatus::Success));
            QVERIFY(retried.idinVerified);
        }
    }

    void recordIdinStatusOnlyAtTheContract_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("code");
        QTest::newRow("before the IBAN") << "iban"
                                         << "checklist.out_of_order";
        QTest::newRow("after iDIN") << "signing"
                                    << "checklist.already_done";
        QTest::newRow("refused (S6)") << "refused"
                                      << "checklist.waiting_for_office";
    }

    void recordIdinStatusOnlyAtTheContract()
    {
        QFETCH(QString, point);
        QFETCH(QString, code);
        const Result<Applicant> result = dpdesk::recordIdinStatus(at(point), IdinStatus::Success);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
    }

    void expireIdentification()
    {
        // I2: the 15-minute session ran out: back to open, and a new one may start.
        const Applicant running = at(QStringLiteral("identifying"));
        const Applicant expired = must(dpdesk::expireIdentification(running));
        QCOMPARE(expired.identification, IdentificationState::Open);
        QCOMPARE(dpdesk::currentStep(expired), FlowStep::Identification);
        QCOMPARE(must(startIdentification(expired)).identification, IdentificationState::InProgress);
        // Only a running session expires.
        QCOMPARE(dpdesk::expireIdentification(expired).error().code,
                 QStringLiteral("checklist.out_of_order"));
        QCOMPARE(dpdesk::expireIdentification(at(QStringLiteral("signing"))).error().code,
                 QStringLiteral("checklist.out_of_order"));
        QCOMPARE(dpdesk::expireIdentification(at(QStringLiteral("finished"))).error().code,
                 QStringLiteral("checklist.already_done"));
    }

    void twoApplicantSigning_data()
    {
        QTest::addColumn<int>("applicantCount");
        QTest::addColumn<int>("firstSigner"); // index

        QTest::newRow("S9 a single applicant signs: done at once") << 1 << 0;
        QTest::newRow("S9 two applicants, first then second") << 2 << 0;
        QTest::newRow("S9 two applicants, second then first") << 2 << 1;
    }

    void twoApplicantSigning()
    {
        QFETCH(int, applicantCount);
        QFETCH(int, firstSigner);

        QList<Applicant> applicants;
        for (int p = 1; p <= applicantCount; ++p) {
            Applicant a = at(QStringLiteral("signing"));
            a.id = QStringLiteral("applicant-%1").arg(p);
            a.position = p;
            applicants.append(a);
        }
        Application app = applicationWith(applicants);
        app.contractVersion = 3;

        const QString firstId = app.applicants.at(firstSigner).id;
        app = must(sign(app, firstId));
        const Applicant &first = app.applicants.at(firstSigner);
        QCOMPARE(first.signedContractVersion, 3);
        if (applicantCount == 1) {
            QCOMPARE(first.signing, SigningState::Signed);
            return;
        }
        // S9: the first signer waits until everyone has signed.
        QCOMPARE(first.signing, SigningState::WaitingForCoApplicant);
        const int secondSigner = 1 - firstSigner;
        QCOMPARE(app.applicants.at(secondSigner).signing, SigningState::Open);
        QVERIFY(!dpdesk::isComplete(app));
        const Result<Application> again = sign(app, firstId);
        QCOMPARE(again.error().code, QStringLiteral("checklist.already_done"));

        // The first signer may already identify (own signature placed).
        QVERIFY(startIdentification(app.applicants.at(firstSigner)).ok());

        app = must(sign(app, app.applicants.at(secondSigner).id));
        for (const Applicant &a : std::as_const(app.applicants)) {
            QCOMPARE(a.signing, SigningState::Signed); // S9: done when the last one signs
            QCOMPARE(a.signedContractVersion, 3);
        }
    }

    void signingWhileTheCoApplicantIsBlocked()
    {
        // S2 + S9: one applicant signs, the other reported wrong details.
        Applicant blocked = at(QStringLiteral("details_wrong"));
        blocked.id = QStringLiteral("applicant-2");
        blocked.position = 2;
        Application app = applicationWith({at(QStringLiteral("signing")), blocked});
        app = must(sign(app, QStringLiteral("applicant-1")));
        QCOMPARE(app.applicants.at(0).signing, SigningState::WaitingForCoApplicant);
        QCOMPARE(app.applicants.at(1).signing, SigningState::QuestionsBlocked);
        QVERIFY(needsAttention(app));
    }

    void unknownApplicant()
    {
        const Application app = applicationWith({at(QStringLiteral("signing"))});
        QCOMPARE(sign(app, QStringLiteral("nobody")).error().code,
                 QStringLiteral("checklist.unknown_applicant"));
        QCOMPARE(updateApplicant(app, QStringLiteral("nobody"), acceptDocuments).error().code,
                 QStringLiteral("checklist.unknown_applicant"));
    }

    void updateApplicantAppliesAStep()
    {
        const Application app = applicationWith({freshApplicant(1), freshApplicant(2)});
        const Application next = must(updateApplicant(app, QStringLiteral("applicant-2"), acceptDocuments));
        QCOMPARE(next.applicants.at(0), app.applicants.at(0));
        QCOMPARE(next.applicants.at(1).documents, DocumentsState::Accepted);
        const Result<Application> refused =
            updateApplicant(next, QStringLiteral("applicant-2"), acceptDocuments);
        QCOMPARE(refused.error().code, QStringLiteral("checklist.already_done"));
    }

    void identification_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<bool>("success");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("state");

        QTest::newRow("I1 passport, I4 green") << "passport" << true << ""
                                               << ""
                                               << "done";
        QTest::newRow("I1 identity card, I4 green") << "identity_card" << true << ""
                                                    << ""
                                                    << "done";
        QTest::newRow("I1 residence permit, I4 green") << "residence_permit" << true << ""
                                                       << ""
                                                       << "done";
        QTest::newRow("I4 red with a reason") << "passport" << false << "Chip niet leesbaar."
                                              << ""
                                              << "failed";
        QTest::newRow("I4 red without a reason") << "identity_card" << false << ""
                                                 << ""
                                                 << "failed";
        QTest::newRow("I1 driving licence refused") << "driving_licence" << true << ""
                                                    << "checklist.document_not_accepted"
                                                    << "in_progress";
        QTest::newRow("I4 green with a failure reason") << "passport" << true << "Chip niet leesbaar."
                                                        << "checklist.reason_not_expected"
                                                        << "in_progress";
    }

    void identification()
    {
        QFETCH(QString, document);
        QFETCH(bool, success);
        QFETCH(QString, reason);
        QFETCH(QString, code);
        QFETCH(QString, state);

        const Applicant before = at(QStringLiteral("identifying"));
        const Result<Applicant> result =
            identificationResult(before, *enumFromString<IdDocumentType>(document), success, reason);
        QCOMPARE(result.ok(), code.isEmpty());
        const Applicant after = result.ok() ? result.value() : before;
        if (!result.ok())
            QCOMPARE(result.error().code, code);
        else
            QCOMPARE(enumToString(*after.identificationDocument), document);
        QCOMPARE(enumToString(after.identification), state);
        QCOMPARE(after.identificationFailureReason, state == "failed" ? reason : QString());
        // I4: a failed ID&V is an action for the office.
        QCOMPARE(attentionReasons(after).contains(AttentionReason::IdentificationFailed), state == "failed");
    }

    void identificationRetryAfterFailure()
    {
        Applicant a = at(QStringLiteral("identifying"));
        a = must(identificationResult(a, IdDocumentType::Passport, false, QStringLiteral("Foto onscherp.")));
        a = must(startIdentification(a)); // assumed: a new attempt after a red result
        QCOMPARE(a.identification, IdentificationState::InProgress);
        QVERIFY(a.identificationFailureReason.isEmpty());
        QVERIFY(attentionReasons(a).isEmpty());
        a = must(identificationResult(a, IdDocumentType::IdentityCard, true));
        QCOMPARE(dpdesk::currentStep(a), FlowStep::Finished);
    }

    void resetForNewContract_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("identificationAfter");

        QTest::newRow("S5 after details wrong (S2)") << "details_wrong"
                                                     << "open";
        QTest::newRow("S5 after a refusal (S6)") << "refused"
                                                 << "open";
        QTest::newRow("S5 mid-flow, at signing") << "signing"
                                                 << "open";
        QTest::newRow("S5 after signing, before identification") << "identification"
                                                                 << "open";
        QTest::newRow("S5 identification in progress goes back to open") << "identifying"
                                                                         << "open";
        QTest::newRow("S5 identification done is kept") << "finished"
                                                        << "done";
    }

    void resetForNewContract()
    {
        QFETCH(QString, point);
        QFETCH(QString, identificationAfter);

        // The second applicant is still at the start, so the application is not complete.
        Application app = applicationWith({at(point), freshApplicant(2)});
        app.contractVersion = 2;
        const Application reset = must(dpdesk::resetForNewContract(app));

        QCOMPARE(reset.contractVersion, 3);
        QCOMPARE(reset.iban, app.iban);
        for (int i = 0; i < reset.applicants.size(); ++i) {
            const Applicant &a = reset.applicants.at(i);
            QCOMPARE(a.documents, DocumentsState::Open); // all steps again
            QCOMPARE(a.signing, SigningState::Open);
            QVERIFY(!a.answers.has_value());
            QVERIFY(!a.ibanConfirmed);
            QVERIFY(!a.idinVerified);
            QVERIFY(!a.idinStatus.has_value());
            QVERIFY(a.refusalReason.isEmpty());
            QCOMPARE(a.signedContractVersion, 0);
            QCOMPARE(a.invitation, app.applicants.at(i).invitation); // S5: link and code stay the same
            QCOMPARE(a.fullName, app.applicants.at(i).fullName);
            QVERIFY(attentionReasons(a).isEmpty());
            QCOMPARE(dpdesk::currentStep(a), FlowStep::Documents);
        }
        QCOMPARE(enumToString(reset.applicants.at(0).identification), identificationAfter);
    }

    void resetKeepsAFailedIdentification()
    {
        Applicant a = at(QStringLiteral("identifying"));
        a = must(
            identificationResult(a, IdDocumentType::Passport, false, QStringLiteral("Verlopen paspoort.")));
        const Application reset = must(dpdesk::resetForNewContract(applicationWith({a})));
        QCOMPARE(reset.applicants.first().identification, IdentificationState::Failed);
        QCOMPARE(attentionReasons(reset.applicants.first()),
                 QList<AttentionReason>{AttentionReason::IdentificationFailed});
    }

    void resetRefusedWhenComplete()
    {
        const Application app = applicationWith({at(QStringLiteral("finished"))});
        QVERIFY(dpdesk::isComplete(app));
        QCOMPARE(dpdesk::resetForNewContract(app).error().code,
                 QStringLiteral("checklist.application_complete"));
    }

    void isComplete_data()
    {
        QTest::addColumn<QStringList>("points");
        QTest::addColumn<bool>("complete");

        QTest::newRow("I5 one applicant, all three ticked") << QStringList{"finished"} << true;
        QTest::newRow("I5 two applicants, all ticked") << QStringList{"finished", "finished"} << true;
        QTest::newRow("I5 identification missing") << QStringList{"identification"} << false;
        QTest::newRow("I5 identification in progress") << QStringList{"identifying"} << false;
        QTest::newRow("I5 one of two not done") << QStringList{"finished", "signing"} << false;
        QTest::newRow("I5 no applicants") << QStringList{} << false;
        QTest::newRow("I5 refused") << QStringList{"refused"} << false;
    }

    void isComplete()
    {
        QFETCH(QStringList, points);
        QFETCH(bool, complete);
        QList<Applicant> applicants;
        for (const QString &p : std::as_const(points))
            applicants.append(at(p));
        QCOMPARE(dpdesk::isComplete(applicationWith(applicants)), complete);
    }

    void identificationDoneButSigningWaitingIsNotComplete()
    {
        // I5 needs signing "signed", not "waiting_for_co_applicant".
        Applicant a = at(QStringLiteral("finished"));
        a.signing = SigningState::WaitingForCoApplicant;
        QVERIFY(!dpdesk::isComplete(applicationWith({a})));
    }

    void attention_data()
    {
        QTest::addColumn<Applicant>("applicant");
        QTest::addColumn<QStringList>("reasons");

        QTest::newRow("nothing to do") << at(QStringLiteral("signing")) << QStringList{};
        QTest::newRow("C5 invitation locked") << [] {
            Applicant a = at(QStringLiteral("documents"));
            a.invitation->state = InvitationState::Locked;
            return a;
        }() << QStringList{"invitation_locked"};
        QTest::newRow("S2 details wrong")
            << at(QStringLiteral("details_wrong")) << QStringList{"details_wrong"};
        QTest::newRow("S6 contract refused")
            << at(QStringLiteral("refused")) << QStringList{"contract_refused"};
        QTest::newRow("I4 identification failed") << [] {
            Applicant a = at(QStringLiteral("identifying"));
            return must(identificationResult(a, IdDocumentType::Passport, false));
        }() << QStringList{"identification_failed"};
        QTest::newRow("C5 + I4 together, in enum order") << [] {
            Applicant a = must(
                identificationResult(at(QStringLiteral("identifying")), IdDocumentType::Passport, false));
            a.invitation->state = InvitationState::Locked;
            return a;
        }() << QStringList{"invitation_locked", "identification_failed"};
        QTest::newRow("a revoked invitation is no action") << [] {
            Applicant a = at(QStringLiteral("documents"));
            a.invitation->state = InvitationState::Revoked;
            return a;
        }() << QStringList{};
    }

    void attention()
    {
        QFETCH(Applicant, applicant);
        QFETCH(QStringList, reasons);
        QCOMPARE(reasonNames(attentionReasons(applicant)), reasons);
        QCOMPARE(needsAttention(applicationWith({applicant})), !reasons.isEmpty());
    }

    void fullFlowTwoApplicants()
    {
        Application app = applicationWith({freshApplicant(1), freshApplicant(2)});
        const QStringList ids{QStringLiteral("applicant-1"), QStringLiteral("applicant-2")};
        for (const QString &id : ids) {
            app = must(updateApplicant(app, id, acceptDocuments)); // D1, D2
            app = must(updateApplicant(
                app, id, [](const Applicant &a) { return dpdesk::answerQuestions(a, {}); })); // S1
            app = must(updateApplicant(
                app, id, [&](const Applicant &a) { return dpdesk::confirmIban(a, app.iban); })); // S4
            app = must(updateApplicant(app, id,
                                       [](const Applicant &a) { return dpdesk::verifyIdin(a, true); })); // S7
        }
        app = must(sign(app, ids.at(1))); // S8, S9
        app = must(sign(app, ids.at(0)));
        QVERIFY(!dpdesk::isComplete(app));
        for (const QString &id : ids) {
            app = must(updateApplicant(app, id, startIdentification)); // I1, I2
            app = must(updateApplicant(app, id, [](const Applicant &a) {
                return identificationResult(a, IdDocumentType::IdentityCard, true); // I4
            }));
        }
        QVERIFY(dpdesk::isComplete(app)); // I5
        QVERIFY(!needsAttention(app));
    }
};

QTEST_GUILESS_MAIN(TestChecklistRules)
#include "tst_checklist_rules.moc"
