#include "server/web/WebSupport.h"

#include "core/crypto/Digest.h"

namespace dpdesk::server::web {

QUrlQuery formFields(const HttpRequest &request)
{
    const QByteArray type = request.header("Content-Type").toLower();
    if (!type.startsWith("application/x-www-form-urlencoded"))
        return {};
    QByteArray body = request.body;
    body.replace('+', ' ');
    QUrlQuery q;
    q.setQuery(QString::fromUtf8(body));
    return q;
}

QString field(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

QString cookie(const HttpRequest &request, const QString &name)
{
    const QByteArray header = request.header("Cookie");
    const QByteArray wanted = name.toLatin1();
    for (const QByteArray &part : header.split(';')) {
        const QByteArray item = part.trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq > 0 && item.left(eq) == wanted)
            return QString::fromLatin1(item.mid(eq + 1));
    }
    return {};
}

QByteArray setCookie(const QString &name, const QString &value, bool secure)
{
    QByteArray c = name.toLatin1() + '=' + value.toLatin1() + "; Path=/; HttpOnly; SameSite=Lax";
    if (value.isEmpty())
        c += "; Max-Age=0";
    if (secure)
        c += "; Secure";
    return c;
}

HttpResponse html(int status, const QByteArray &page)
{
    HttpResponse r;
    r.status = status;
    r.body = page;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    // Only this service's own style sheet and script; no frames, no other
    // form targets, no plug-ins.
    r.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    r.setHeader("Referrer-Policy", "no-referrer");
    r.setHeader("X-Frame-Options", "DENY");
    return r;
}

HttpResponse seeOther(const QString &location)
{
    HttpResponse r;
    r.status = 303;
    r.setHeader("Location", location.toUtf8());
    return r;
}

HttpResponse staticFile(const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse r;
    r.status = 200;
    r.body = body;
    r.setHeader("Content-Type", contentType);
    return r;
}

CsrfTokens::CsrfTokens(QByteArray key)
    : m_key(std::move(key))
{ }

QString CsrfTokens::tokenFor(const QString &bound) const
{
    return QString::fromLatin1(Digest::hmacSha256(m_key, "csrf:" + bound.toUtf8())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool CsrfTokens::check(const QString &bound, const QString &sent) const
{
    return !bound.isEmpty() && !sent.isEmpty()
        && Digest::constantTimeEquals(tokenFor(bound).toLatin1(), sent.toLatin1());
}

} // namespace dpdesk::server::web
