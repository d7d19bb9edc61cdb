#include "server/http/Router.h"

namespace dpdesk::server {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.segments = pattern.split('/', Qt::SkipEmptyParts);
    r.handler = std::move(handler);
    m_routes.push_back(std::move(r));
}

bool Router::match(const Route &route, const QStringList &pathSegments, QHash<QString, QString> *params)
{
    if (route.segments.size() != pathSegments.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < pathSegments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith('{') && want.endsWith('}')) {
            if (pathSegments.at(i).isEmpty())
                return false;
            captured.insert(want.mid(1, want.size() - 2), pathSegments.at(i));
        } else if (want != pathSegments.at(i)) {
            return false;
        }
    }
    if (params)
        *params = std::move(captured);
    return true;
}

HttpResponse Router::dispatch(HttpRequest &request) const
{
    const QStringList segments = request.path.split('/', Qt::SkipEmptyParts);
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!match(route, segments, &params))
            continue;
        const bool headAsGet = request.method == "HEAD" && route.method == "GET";
        if (route.method == request.method || headAsGet) {
            request.pathParams = std::move(params);
            HttpResponse response = route.handler(request);
            if (headAsGet)
                response.body.clear();
            return response;
        }
        if (!allowed.contains(route.method))
            allowed.append(route.method);
    }
    if (!allowed.isEmpty()) {
        if (allowed.contains("GET"))
            allowed.append("HEAD");
        HttpResponse r = HttpResponse::error(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed here. Allowed: %2.")
                .arg(QString::fromLatin1(request.method), QString::fromLatin1(allowed.join(", "))));
        r.setHeader("Allow", allowed.join(", "));
        return r;
    }
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QStringLiteral("There is nothing at this address."));
}

QStringList Router::routes() const
{
    QStringList out;
    for (const Route &r : m_routes)
        out << QString::fromLatin1(r.method) + ' ' + r.pattern;
    return out;
}

} // namespace dpdesk::server
