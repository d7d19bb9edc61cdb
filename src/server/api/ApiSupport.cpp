#include "server/api/ApiSupport.h"

#include "core/wire/StrictJson.h"
#include "server/auth/TokenService.h"
#include "server/config/ServerConfig.h"

namespace dpdesk::server::api {

Body jsonBody(const HttpRequest &request, qint64 maxBytes)
{
    Body b;
    JsonLimits limits;
    limits.maxBytes = maxBytes;
    auto parsed = parseJsonObject(request.body, limits);
    if (!parsed) {
        b.refusal = fail(parsed.error());
        return b;
    }
    b.object = std::move(parsed).value();
    return b;
}

Caller authenticate(const HttpRequest &request, TokenService &tokens)
{
    Caller c;
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer ")) {
        c.refusal =
            HttpResponse::error(401, QStringLiteral("auth.required"), QStringLiteral("Please log in first."));
        c.refusal->setHeader("WWW-Authenticate", "Bearer");
        return c;
    }
    const auto auth = tokens.authenticate(QString::fromLatin1(header.mid(7).trimmed()));
    if (!auth) {
        c.refusal = HttpResponse::error(401, QStringLiteral("auth.invalid_token"),
                                        QStringLiteral("Your session has ended. Please log in again."));
        c.refusal->setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return c;
    }
    c.auth = *auth;
    return c;
}

std::function<HttpResponse(HttpRequest &)> authenticated(TokenService &tokens, AuthedHandler handler)
{
    return [&tokens, handler = std::move(handler)](HttpRequest &request) {
        const Caller caller = authenticate(request, tokens);
        if (caller.refusal)
            return *caller.refusal;
        return handler(request, caller.auth);
    };
}

int statusFor(const Error &error)
{
    const QString &c = error.code;
    if (c == QLatin1String("not_found"))
        return 404;
    if (c == QLatin1String("precondition_failed"))
        return 412;
    if (c == QLatin1String("precondition_required"))
        return 428;
    if (c.endsWith(QLatin1String(".throttled")) || c == QLatin1String("auth.account_locked"))
        return 429;
    if (c.startsWith(QLatin1String("auth.")))
        return 401;
    if (c.startsWith(QLatin1String("forbidden")))
        return 403;
    if (c.startsWith(QLatin1String("conflict.")))
        return 409;
    if (c.startsWith(QLatin1String("db.")))
        return 503;
    if (c == QLatin1String("json.too_large"))
        return 413;
    return 400;
}

HttpResponse fail(const Error &error)
{
    return HttpResponse::error(statusFor(error), error);
}

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QStringLiteral("There is nothing at this address."));
}

QByteArray etag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

std::optional<qint64> ifMatch(const HttpRequest &request)
{
    QByteArray v = request.header("If-Match").trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok && n > 0 ? n : -1;
}

QString customerBaseUrl(const ServerConfig &config, const HttpRequest &request)
{
    if (!config.publicBaseUrl.isEmpty())
        return config.publicBaseUrl;
    const QByteArray host = request.header("Host");
    return (config.tlsEnabled() ? QStringLiteral("https://") : QStringLiteral("http://"))
        + QString::fromLatin1(host.isEmpty() ? QByteArray("localhost") : host);
}

} // namespace dpdesk::server::api
