#pragma once

#include "client/cache/OutboxEntry.h"
#include "core/domain/Application.h"
#include "core/wire/ChangeRecord.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

// Sample records for the client tests. Names and numbers are made up.
namespace client_samples {

using namespace dpdesk;

inline QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, 0), Qt::UTC);
}

inline Application application(const QString &id, const QString &reference, qint64 version = 1, int day = 1)
{
    Application a;
    a.id = id;
    a.officeId = QStringLiteral("office-1");
    a.advisorId = QStringLiteral("user-1");
    a.reference = reference;
    a.loanAmountCents = 1'500'000;
    a.loanKind = LoanKind::PersonalLoan;
    a.termMonths = 60;
    Applicant applicant;
    applicant.id = id + QStringLiteral("-ap1");
    applicant.position = 1;
    applicant.fullName = QStringLiteral("Klant ") + reference;
    applicant.dateOfBirth = QDate(1980, 4, 23);
    applicant.email = QStringLiteral("klant@example.nl");
    a.applicants = {applicant};
    a.createdAt = at(day);
    a.updatedAt = at(day, 10);
    a.version = version;
    return a;
}

inline ChangeRecord upsert(qint64 seq, const Application &application)
{
    ChangeRecord change;
    change.seq = seq;
    change.entity = ChangeEntity::Application;
    change.id = application.id;
    change.op = ChangeOp::Upsert;
    change.data = application;
    return change;
}

inline ChangeRecord removal(qint64 seq, const QString &id)
{
    ChangeRecord change;
    change.seq = seq;
    change.entity = ChangeEntity::Application;
    change.id = id;
    change.op = ChangeOp::Delete;
    return change;
}

inline client::OutboxEntry entry(const QString &key, const QByteArray &method, const QString &path,
                                 const QJsonObject &body = {}, const QString &baseEtag = {})
{
    client::OutboxEntry e;
    e.idempotencyKey = key;
    e.method = method;
    e.path = path;
    e.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    e.baseEtag = baseEtag;
    e.createdAt = at(2);
    return e;
}

} // namespace client_samples
