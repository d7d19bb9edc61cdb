#include "server/api/ChangesApi.h"

#include "core/wire/ApplicationJson.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/auth/TokenService.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/store/ApplicationStore.h"

#include <QJsonArray>
#include <QVariant>

namespace dpdesk::server {

void registerChangesApi(Router &router, ApiDeps &deps)
{
    router.add(
        "GET", QStringLiteral("/api/v1/changes"),
        api::authenticated(deps.tokens, [&deps](HttpRequest &req, const AuthContext &auth) {
            bool ok = true;
            const qint64 after =
                req.query.hasQueryItem("after") ? req.query.queryItemValue("after").toLongLong(&ok) : 0;
            if (!ok || after < 0)
                return api::fail(Error{"json.out_of_range",
                                       QStringLiteral("after must be a cursor of 0 or more."), "after"});
            const int limit =
                req.query.hasQueryItem("limit") ? req.query.queryItemValue("limit").toInt(&ok) : 500;
            if (!ok || limit < 1 || limit > 1000)
                return api::fail(
                    Error{"json.out_of_range", QStringLiteral("limit must be 1 to 1000."), "limit"});

            QSqlQuery floor = deps.db.query(QStringLiteral("SELECT feed_floor FROM offices WHERE id = ?"));
            floor.addBindValue(auth.officeId);
            if (!floor.exec() || !floor.next())
                return api::fail(Database::errorFrom(floor));
            if (after > 0 && after < floor.value(0).toLongLong())
                return HttpResponse::error(
                    410, QStringLiteral("changes.cursor_expired"),
                    QStringLiteral("This cursor is too old. Fetch everything again from 0."),
                    QStringLiteral("after"));
            floor.finish();

            QString sql = QStringLiteral(
                "SELECT seq, entity, entity_id, op FROM changes WHERE office_id = ? AND seq > ?");
            if (!auth.seesWholeOffice())
                sql += QStringLiteral(" AND advisor_id = ?");
            sql += QStringLiteral(" ORDER BY seq LIMIT ?");
            QSqlQuery q = deps.db.query(sql);
            q.addBindValue(auth.officeId);
            q.addBindValue(after);
            if (!auth.seesWholeOffice())
                q.addBindValue(auth.userId);
            q.addBindValue(limit + 1);
            if (!q.exec())
                return api::fail(Database::errorFrom(q));
            struct Row
            {
                qint64 seq;
                QString entity;
                qint64 id;
                QString op;
            };
            QList<Row> rows;
            while (q.next())
                rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                             q.value(3).toString()});
            q.finish();
            const bool hasMore = rows.size() > limit;
            if (hasMore)
                rows.removeLast();

            QList<qint64> upserts;
            for (const Row &r : rows) {
                if (r.op == QLatin1String("upsert"))
                    upserts.append(r.id);
            }
            const auto loaded = deps.applications.loadMany(upserts);
            if (!loaded)
                return api::fail(loaded.error());
            QJsonArray changes;
            qint64 next = after;
            for (const Row &r : rows) {
                QJsonObject change{
                    {"seq", r.seq}, {"entity", r.entity}, {"id", QString::number(r.id)}, {"op", r.op}};
                if (r.op == QLatin1String("upsert")) {
                    const auto stored = loaded->constFind(r.id);
                    const bool present = stored != loaded->cend();
                    change.insert("data", present ? QJsonValue(toJson(stored->application)) : QJsonValue());
                    if (!present)
                        change.insert("op", QStringLiteral("delete"));
                } else {
                    change.insert("data", QJsonValue());
                }
                changes.append(change);
                next = r.seq;
            }
            return HttpResponse::json(
                200, QJsonObject{{"changes", changes}, {"nextCursor", next}, {"hasMore", hasMore}});
        }));
}

} // namespace dpdesk::server
