#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>

#include "support/Accounts.h"
#include "support/ServerFixture.h"
#include "support/TestHttp.h"

namespace dpdesk::test {

// The back office during a customer test: creates applications and reads
// the record DP Desk would show.
struct OfficeDesk
{
    TestUser user;
    std::unique_ptr<TestHttp> http;

    // Logs in again: the office access token lasts 15 minutes, and some
    // tests move the clock further.
    void relogin(ServerFixture &f);
    QJsonObject application(const QString &applicationId);
    QJsonObject applicant(const QString &applicationId, int index);
    // The audit actions of the application, oldest first.
    QStringList auditActions(const QString &applicationId);
    QJsonArray audit(const QString &applicationId);
    // The office's whole changes feed.
    QJsonArray changes();
};
OfficeDesk openOffice(ServerFixture &f, const QString &name);

// One applicant logged in to the customer flow.
struct Customer
{
    std::unique_ptr<TestHttp> http;
    QString applicantId;
    QString applicationId;

    TestResponse overview() { return http->get("/api/v1/customer/overview"); }
};

// Invites applicant `index` with a code and logs them in with the right
// date of birth (those of newApplicationBody). Fails the test on error.
Customer loginCustomer(ServerFixture &f, OfficeDesk &office, const QJsonObject &application, int index);

// "Details correct, lives in the Netherlands, no, no" (S1).
QJsonObject plainAnswers();

TestResponse acceptDocuments(Customer &c);
TestResponse answerQuestions(Customer &c, const QJsonObject &answers = plainAnswers());
TestResponse confirmIban(Customer &c, const QString &iban = QStringLiteral("NL91ABNA0417164300"));
// S7 through the sandbox bank: start at ING, the bank decides outcome, back.
// Returns the answer of POST /customer/idin/return.
TestResponse passIdin(Customer &c, const QString &outcome = QStringLiteral("success"));
TestResponse sign(Customer &c);
// I1-I4 through the sandbox phone: start, passport, chip read, finish.
// Returns GET /customer/identification afterwards.
TestResponse identify(Customer &c, bool success = true, const QString &reason = {});
// The JSON API path of a sandbox page's URL (the bank of iDIN, S7, or the
// identification app, I1-I4): "/api/v1/sandbox/idin/{id}" for
// "http://host/sandbox/bank/{id}", "/api/v1/sandbox/identification/{id}" for
// "http://host/sandbox/app/{id}".
QString sandboxApiOf(const QString &url);

// Brings the customer to the start of a step with the steps above:
// "documents", "questions", "iban", "contract", "signing", "identification",
// "finished". Fails the test if a step is refused.
void bringTo(Customer &c, const QString &point);

// The current step and the ticks of an overview answer.
QString currentStep(const TestResponse &overview);
bool ticked(const TestResponse &overview, const QString &step);
QStringList noticeCodes(const TestResponse &overview);

} // namespace dpdesk::test
