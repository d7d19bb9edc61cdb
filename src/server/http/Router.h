#pragma once

#include "server/http/HttpTypes.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace dpdesk::server {

using Handler = std::function<HttpResponse(HttpRequest &)>;

// Method + path-pattern routing. Patterns are literal segments and {name}
// captures: "/api/v1/applications/{id}/invitations". A path that matches a
// pattern under another method answers 405 with an Allow header (QtHttpServer
// 6.4 would say 404); a path matching nothing answers 404.
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler);

    HttpResponse dispatch(HttpRequest &request) const;

    // For the documentation test: every registered "METHOD pattern".
    QStringList routes() const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };
    static bool match(const Route &route, const QStringList &pathSegments, QHash<QString, QString> *params);

    std::vector<Route> m_routes;
};

} // namespace dpdesk::server
