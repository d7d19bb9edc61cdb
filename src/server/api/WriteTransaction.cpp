#include "server/api/WriteTransaction.h"

#include "core/crypto/Digest.h"
#include "core/wire/StrictJson.h"
#include "server/db/Database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QVariant>

namespace dpdesk::server {

namespace {
HttpResponse unavailable()
{
    return HttpResponse::error(503, QStringLiteral("db.unavailable"),
                               QStringLiteral("The service is busy. Please try again."));
}

QByteArray envelope(const HttpResponse &r)
{
    QJsonArray headers;
    for (const auto &h : r.headers)
        headers.append(QJsonArray{QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    return toCompactJson(QJsonObject{
        {"status", r.status}, {"headers", headers}, {"body", QString::fromLatin1(r.body.toBase64())}});
}

HttpResponse fromEnvelope(const QByteArray &stored)
{
    HttpResponse r;
    const auto o = parseJsonObject(stored);
    if (!o)
        return unavailable();
    r.status = o->value("status").toInt();
    for (const auto &h : o->value("headers").toArray())
        r.headers.append({h.toArray().at(0).toString().toLatin1(), h.toArray().at(1).toString().toLatin1()});
    r.body = QByteArray::fromBase64(o->value("body").toString().toLatin1());
    r.setHeader("Idempotent-Replayed", "true");
    return r;
}
} // namespace

HttpResponse runWrite(Database &db, const CommitListener &listener, const WriteWork &work, CommitWhen when)
{
    if (!db.beginWrite())
        return unavailable();
    WriteEffects effects;
    HttpResponse response = work(effects);
    const int firstRefused = when == CommitWhen::Success ? 300 : 500;
    if (response.status >= firstRefused) {
        db.rollback();
        return response;
    }
    if (!db.commit()) {
        db.rollback();
        return unavailable();
    }
    if (listener)
        listener(effects);
    return response;
}

HttpResponse runIdempotentWrite(Database &db, const CommitListener &listener, const HttpRequest &request,
                                qint64 userId, qint64 nowMs, const WriteWork &work)
{
    static const QRegularExpression keyShape(QStringLiteral("^[A-Za-z0-9._:~-]{8,100}$"));
    const QString key = QString::fromLatin1(request.header("Idempotency-Key"));
    if (!keyShape.match(key).hasMatch())
        return HttpResponse::error(
            400, QStringLiteral("idempotency.key_required"),
            QStringLiteral("Send an Idempotency-Key header (8 to 100 letters, digits or . _ : ~ -) "
                           "with every change."),
            QStringLiteral("Idempotency-Key"));
    const QString requestHash = QString::fromLatin1(
        Digest::sha256(request.method + ' ' + request.path.toUtf8() + '\n' + request.body).toHex());

    if (!db.beginWrite())
        return unavailable();
    QSqlQuery find = db.query(
        QStringLiteral("SELECT request_hash, response FROM idempotency WHERE user_id = ? AND idem_key = ?"));
    find.addBindValue(userId);
    find.addBindValue(key);
    if (!find.exec()) {
        db.rollback();
        return unavailable();
    }
    if (find.next()) {
        const QString storedHash = find.value(0).toString();
        const QByteArray stored = find.value(1).toByteArray();
        find.finish();
        db.rollback();
        if (storedHash != requestHash)
            return HttpResponse::error(
                422, QStringLiteral("idempotency.key_reused"),
                QStringLiteral("This Idempotency-Key was used for a different request."),
                QStringLiteral("Idempotency-Key"));
        return fromEnvelope(stored);
    }
    find.finish();

    WriteEffects effects;
    HttpResponse response = work(effects);
    if (response.status >= 300) {
        db.rollback();
        return response;
    }
    QSqlQuery save =
        db.query(QStringLiteral("INSERT INTO idempotency (user_id, idem_key, request_hash, status, response, "
                                "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    save.addBindValue(userId);
    save.addBindValue(key);
    save.addBindValue(requestHash);
    save.addBindValue(response.status);
    save.addBindValue(envelope(response));
    save.addBindValue(nowMs);
    if (!save.exec() || !db.commit()) {
        db.rollback();
        return unavailable();
    }
    if (listener)
        listener(effects);
    return response;
}

} // namespace dpdesk::server
