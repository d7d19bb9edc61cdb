#include "server/store/ChangeLog.h"

#include "server/db/Database.h"

#include <QVariant>

namespace dpdesk::server {

ChangeLog::ChangeLog(Database &db)
    : m_db(db)
{ }

Result<qint64> ChangeLog::record(qint64 officeId, const QString &entity, qint64 entityId, const QString &op,
                                 qint64 advisorId, qint64 nowMs, const QByteArray &data)
{
    QSqlQuery &bump = m_db.prepared(
        QStringLiteral("UPDATE offices SET change_seq = change_seq + 1 WHERE id = ? RETURNING change_seq"));
    bump.addBindValue(officeId);
    if (!bump.exec() || !bump.next())
        return Database::errorFrom(bump);
    const qint64 seq = bump.value(0).toLongLong();
    bump.finish();

    QSqlQuery &up = m_db.prepared(QStringLiteral(
        "INSERT INTO changes (office_id, seq, entity, entity_id, op, advisor_id, data, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (office_id, entity, entity_id) DO UPDATE SET seq = excluded.seq, op = excluded.op, "
        "advisor_id = excluded.advisor_id, data = excluded.data, created_at = excluded.created_at"));
    up.addBindValue(officeId);
    up.addBindValue(seq);
    up.addBindValue(entity);
    up.addBindValue(entityId);
    up.addBindValue(op);
    up.addBindValue(advisorId);
    up.addBindValue(data.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                   : QVariant(QString::fromUtf8(data)));
    up.addBindValue(nowMs);
    if (!up.exec())
        return Database::errorFrom(up);
    return seq;
}

} // namespace dpdesk::server
