#include "server/api/ChangesApi.h"

#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/auth/TokenService.h"
#include "server/db/Database.h"
#include "server/http/Router.h"

#include <QVariant>

namespace dpdesk::server {

namespace {
constexpr int kDefaultLimit = 500;
constexpr int kMaxLimit = 1000;

// One page of the feed. Each record was rendered when it was written
// (ChangeLog::record), so the page is assembled from stored bytes.
HttpResponse changesPage(ApiDeps &deps, const AuthContext &auth, qint64 after, int limit)
{
    QSqlQuery floor = deps.db.query(QStringLiteral("SELECT feed_floor FROM offices WHERE id = ?"));
    floor.addBindValue(auth.officeId);
    if (!floor.exec() || !floor.next())
        return api::fail(Database::errorFrom(floor));
    if (after > 0 && after < floor.value(0).toLongLong())
        return HttpResponse::error(410, QStringLiteral("changes.cursor_expired"),
                                   QStringLiteral("This cursor is too old. Fetch everything again from 0."),
                                   QStringLiteral("after"));
    floor.finish();

    // SQLite hands a TEXT column over as a QString (UTF-8 to UTF-16, and
    // back to UTF-8 for the body); read as a blob, the record's bytes come as
    // they are stored.
    QString sql = deps.db.isPostgres()
        ? QStringLiteral(
            "SELECT seq, entity, entity_id, op, data FROM changes WHERE office_id = ? AND seq > ?")
        : QStringLiteral("SELECT seq, entity, entity_id, op, CAST(data AS BLOB) FROM changes"
                         " WHERE office_id = ? AND seq > ?");
    if (!auth.seesWholeOffice())
        sql += QStringLiteral(" AND advisor_id = ?"); // advisors see their own applications only
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    QSqlQuery q = deps.db.query(sql);
    q.setForwardOnly(true);
    q.addBindValue(auth.officeId);
    q.addBindValue(after);
    if (!auth.seesWholeOffice())
        q.addBindValue(auth.userId);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return api::fail(Database::errorFrom(q));

    QByteArray body;
    body.reserve(limit * 1024);
    body += "{\"changes\":[";
    int count = 0;
    qint64 next = after;
    bool hasMore = false;
    while (q.next()) {
        if (count == limit) {
            hasMore = true;
            break;
        }
        const qint64 seq = q.value(0).toLongLong();
        const bool upsert = q.value(3).toString() == QLatin1String("upsert") && !q.value(4).isNull();
        if (count++)
            body += ',';
        body += "{\"seq\":" + QByteArray::number(seq) + ",\"entity\":\"" + q.value(1).toString().toLatin1()
            + "\",\"id\":\"" + QByteArray::number(q.value(2).toLongLong()) + "\",\"op\":\""
            + (upsert ? QByteArray("upsert") : QByteArray("delete"))
            + "\",\"data\":" + (upsert ? q.value(4).toByteArray() : QByteArray("null")) + '}';
        next = seq;
    }
    body +=
        "],\"nextCursor\":" + QByteArray::number(next) + ",\"hasMore\":" + (hasMore ? "true" : "false") + '}';
    HttpResponse r;
    r.status = 200;
    r.body = std::move(body);
    r.setHeader("Content-Type", "application/json");
    return r;
}
} // namespace

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
            const int limit = req.query.hasQueryItem("limit") ? req.query.queryItemValue("limit").toInt(&ok)
                                                              : kDefaultLimit;
            if (!ok || limit < 1 || limit > kMaxLimit)
                return api::fail(Error{"json.out_of_range",
                                       QStringLiteral("limit must be 1 to %1.").arg(kMaxLimit), "limit"});
            return changesPage(deps, auth, after, limit);
        }));
}

} // namespace dpdesk::server
