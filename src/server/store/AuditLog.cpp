#include "server/store/AuditLog.h"

#include "core/wire/StrictJson.h"
#include "core/wire/WireTime.h"
#include "server/db/Database.h"

#include <QVariant>

namespace dpdesk::server {

AuditLog::AuditLog(Database &db)
    : m_db(db)
{ }

Status AuditLog::record(qint64 officeId, qint64 applicationId, const QString &actorKind, qint64 actorId,
                        const QString &action, const QJsonObject &details, qint64 nowMs)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO audit (office_id, application_id, actor_kind, actor_id, action, details, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(officeId);
    q.addBindValue(applicationId);
    q.addBindValue(actorKind);
    q.addBindValue(actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(action);
    q.addBindValue(QString::fromUtf8(toCompactJson(details)));
    q.addBindValue(nowMs);
    if (!q.exec())
        return Database::errorFrom(q);
    return Status::success();
}

Result<QJsonArray> AuditLog::forApplication(qint64 applicationId)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT a.created_at, a.actor_kind, a.actor_id, u.display_name, a.action, a.details FROM audit a "
        "LEFT JOIN users u ON a.actor_kind = 'user' AND u.id = a.actor_id WHERE a.application_id = ? ORDER "
        "BY a.id"));
    q.addBindValue(applicationId);
    if (!q.exec())
        return Database::errorFrom(q);
    QJsonArray out;
    while (q.next()) {
        QJsonObject actor{{"kind", q.value(1).toString()}};
        if (!q.value(2).isNull())
            actor.insert("id", QString::number(q.value(2).toLongLong()));
        if (!q.value(3).isNull())
            actor.insert("name", q.value(3).toString());
        const auto details = parseJsonObject(q.value(5).toString().toUtf8());
        out.append(QJsonObject{
            {"at", formatWireTime(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC))},
            {"actor", actor},
            {"action", q.value(4).toString()},
            {"details", details.ok() ? details.value() : QJsonObject()}});
    }
    return out;
}

} // namespace dpdesk::server
