#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include "support/TestHttp.h"

namespace dpdesk::test {

inline QList<QPair<QByteArray, QByteArray>> idempotencyKey(const QString &key = {})
{
    return {{"Idempotency-Key",
             (key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key).toLatin1()}};
}

inline QJsonObject newApplicationBody(const QString &reference, int applicants = 1)
{
    QJsonArray people{QJsonObject{{"fullName", "Jan de Boer"},
                                  {"dateOfBirth", "1980-05-17"},
                                  {"email", "jan@example.nl"},
                                  {"phone", "+31612345678"}}};
    if (applicants == 2)
        people.append(QJsonObject{{"fullName", "Els de Boer"},
                                  {"dateOfBirth", "1982-11-02"},
                                  {"email", "els@example.nl"},
                                  {"phone", QJsonValue()}});
    return QJsonObject{{"reference", reference},       {"loanAmountCents", 1500000},
                       {"loanKind", "personal_loan"},  {"termMonths", 60},
                       {"iban", "NL91ABNA0417164300"}, {"accountHolder", "J. de Boer"},
                       {"applicants", people}};
}

// Creates an application; returns its JSON (empty on failure).
inline QJsonObject createApplication(TestHttp &http, const QString &reference, int applicants = 1)
{
    const auto r =
        http.post("/api/v1/applications", newApplicationBody(reference, applicants), idempotencyKey());
    return r.status == 201 ? r.json() : QJsonObject();
}

inline QString applicantId(const QJsonObject &application, int index = 0)
{
    return application.value("applicants").toArray().at(index).toObject().value("id").toString();
}

inline QString invitationsPath(const QJsonObject &application, int index = 0)
{
    return QStringLiteral("/api/v1/applications/%1/applicants/%2/invitations")
        .arg(application.value("id").toString(), applicantId(application, index));
}

} // namespace dpdesk::test
