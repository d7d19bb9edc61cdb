#pragma once

#include "server/http/HttpTypes.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace dpdesk::server::web {

// The fields of a posted HTML form (application/x-www-form-urlencoded; "+"
// is a space). Anything else is empty.
QUrlQuery formFields(const HttpRequest &request);
QString field(const QUrlQuery &form, const QString &name);

// The value of a cookie the browser sent; empty when absent.
QString cookie(const HttpRequest &request, const QString &name);

// Set-Cookie for a session-long cookie: HttpOnly, SameSite=Lax (the bank's
// return after iDIN is a top-level navigation that must carry it), Path=/,
// and Secure when the service runs with TLS. An empty value deletes it.
QByteArray setCookie(const QString &name, const QString &value, bool secure);

// Answers.
HttpResponse html(int status, const QByteArray &page);
HttpResponse seeOther(const QString &location); // 303 after a form, or to the login
HttpResponse staticFile(const QByteArray &body, const QByteArray &contentType);

// CSRF protection of every form: a token bound to what the browser holds
// (the session token, or before the login a random cookie), made with the
// service's secret key (HMAC-SHA256). A cross-site page cannot read either.
class CsrfTokens
{
public:
    explicit CsrfTokens(QByteArray key);
    QString tokenFor(const QString &bound) const;
    bool check(const QString &bound, const QString &sent) const;

private:
    QByteArray m_key;
};

} // namespace dpdesk::server::web
