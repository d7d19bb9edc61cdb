#include "support/CustomerJourney.h"

#include <QTest>
#include <QUrl>

#include <functional>

#include "support/Requests.h"

namespace dpdesk::test {

void OfficeDesk::relogin(ServerFixture &f)
{
    http->setBearer(loginToken(f, *http, user));
}

QJsonObject OfficeDesk::application(const QString &applicationId)
{
    return http->get("/api/v1/applications/" + applicationId).json();
}

QJsonObject OfficeDesk::applicant(const QString &applicationId, int index)
{
    return application(applicationId).value("applicants").toArray().at(index).toObject();
}

QJsonArray OfficeDesk::audit(const QString &applicationId)
{
    return http->get("/api/v1/applications/" + applicationId + "/audit").json().value("items").toArray();
}

QStringList OfficeDesk::auditActions(const QString &applicationId)
{
    QStringList out;
    for (const auto &item : audit(applicationId))
        out << item.toObject().value("action").toString();
    return out;
}

QJsonArray OfficeDesk::changes()
{
    return http->get("/api/v1/changes?after=0&limit=1000").json().value("changes").toArray();
}

OfficeDesk openOffice(ServerFixture &f, const QString &name)
{
    OfficeDesk o;
    o.user = createUser(f, createOffice(f, name), name.toLower() + "-backoffice", UserRole::BackOffice);
    o.http = f.http();
    o.relogin(f);
    return o;
}

Customer loginCustomer(ServerFixture &f, OfficeDesk &office, const QJsonObject &application, int index)
{
    Customer c;
    c.http = f.http();
    c.applicationId = application.value("id").toString();
    const auto invited = office.http->post(invitationsPath(application, index), QJsonObject{{"kind", "code"}},
                                           idempotencyKey());
    if (invited.status != 201) {
        QTest::qFail(qPrintable("invitation refused: " + invited.body), __FILE__, __LINE__);
        return c;
    }
    const QString dob = index == 0 ? QStringLiteral("1980-05-17") : QStringLiteral("1982-11-02");
    const auto login =
        c.http->post("/api/v1/customer/login",
                     QJsonObject{{"code", invited.json().value("code").toString()}, {"dateOfBirth", dob}});
    if (login.status != 200) {
        QTest::qFail(qPrintable("customer login refused: " + login.body), __FILE__, __LINE__);
        return c;
    }
    c.http->setBearer(login.json().value("sessionToken").toString());
    c.applicantId = login.json().value("applicantId").toString();
    return c;
}

QJsonObject plainAnswers()
{
    return QJsonObject{{"detailsCorrect", true},
                       {"livesInNetherlands", true},
                       {"highRiskSector", false},
                       {"highRiskSectors", QJsonArray()},
                       {"politicallyExposed", false}};
}

TestResponse acceptDocuments(Customer &c)
{
    return c.http->post("/api/v1/customer/documents/accept", QJsonObject());
}

TestResponse answerQuestions(Customer &c, const QJsonObject &answers)
{
    return c.http->post("/api/v1/customer/questions", answers);
}

TestResponse confirmIban(Customer &c, const QString &iban)
{
    return c.http->post("/api/v1/customer/iban/confirm", QJsonObject{{"iban", iban}});
}

QString sandboxApiOf(const QString &url)
{
    // The sandbox bank's and app's pages (/sandbox/bank/{id}, /sandbox/app/{id})
    // are played here through their JSON twins.
    QString path = QUrl(url).path();
    path.replace(QLatin1String("/sandbox/bank/"), QLatin1String("/api/v1/sandbox/idin/"));
    path.replace(QLatin1String("/sandbox/app/"), QLatin1String("/api/v1/sandbox/identification/"));
    return path;
}

TestResponse passIdin(Customer &c, const QString &outcome)
{
    const auto started = c.http->post("/api/v1/customer/idin/start", QJsonObject{{"bankId", "INGBNL2A"}});
    if (started.status != 200)
        return started;
    const QString tx = started.json().value("transactionId").toString();
    const auto decided = c.http->post(sandboxApiOf(started.json().value("redirectUrl").toString()),
                                      QJsonObject{{"outcome", outcome}});
    if (decided.status != 200)
        return decided;
    return c.http->post("/api/v1/customer/idin/return", QJsonObject{{"transactionId", tx}});
}

TestResponse sign(Customer &c)
{
    return c.http->post("/api/v1/customer/sign", QJsonObject());
}

TestResponse identify(Customer &c, bool success, const QString &reason)
{
    const auto started = c.http->post("/api/v1/customer/identification/start", QJsonObject());
    if (started.status != 200)
        return started;
    const QString app = sandboxApiOf(started.json().value("appUrl").toString());
    for (const auto &[path, body] :
         QList<QPair<QString, QJsonObject>>{{app + "/document", QJsonObject{{"documentType", "passport"}}},
                                            {app + "/chip", QJsonObject{{"found", true}}}}) {
        const auto r = c.http->post(path, body);
        if (r.status != 200)
            return r;
    }
    QJsonObject finish{{"result", success ? "done" : "failed"}};
    if (!reason.isEmpty())
        finish.insert("reason", reason);
    const auto finished = c.http->post(app + "/finish", finish);
    if (finished.status != 200)
        return finished;
    return c.http->get("/api/v1/customer/identification");
}

void bringTo(Customer &c, const QString &point)
{
    const QStringList order{"documents", "questions",      "iban",    "contract",
                            "signing",   "identification", "finished"};
    const qsizetype target = order.indexOf(point);
    if (target < 0) {
        QTest::qFail(qPrintable("unknown point " + point), __FILE__, __LINE__);
        return;
    }
    const std::function<TestResponse()> steps[] = {
        [&] { return acceptDocuments(c); },
        [&] { return answerQuestions(c); },
        [&] { return confirmIban(c); },
        [&] { return passIdin(c); },
        [&] { return sign(c); },
        [&] { return identify(c); },
    };
    for (qsizetype i = 0; i < target; ++i) {
        const auto r = steps[i]();
        if (r.status != 200) {
            QTest::qFail(qPrintable(QStringLiteral("step to %1 refused: %2 %3")
                                        .arg(order.at(i + 1))
                                        .arg(r.status)
                                        .arg(QString::fromUtf8(r.body))),
                         __FILE__, __LINE__);
            return;
        }
    }
}

QString currentStep(const TestResponse &overview)
{
    return overview.json().value("currentStep").toString();
}

bool ticked(const TestResponse &overview, const QString &step)
{
    for (const auto &s : overview.json().value("steps").toArray()) {
        if (s.toObject().value("step").toString() == step)
            return s.toObject().value("done").toBool();
    }
    return false;
}

QStringList noticeCodes(const TestResponse &overview)
{
    QStringList out;
    for (const auto &n : overview.json().value("notices").toArray())
        out << n.toObject().value("code").toString();
    return out;
}

} // namespace dpdesk::test
