#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QPair>
#include <QString>
#include <QUrl>

namespace dpdesk::test {

// One answer of the customer's web pages.
struct WebPage
{
    int status = 0;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
    QString html() const { return QString::fromUtf8(body); }
    QString location() const { return QString::fromUtf8(header("Location")); }
    // The CSRF token of the first form on the page; empty when there is none.
    QString csrf() const;
    // The value of a (hidden) input, by name.
    QString inputValue(const QString &name) const;
    // The text of role="alert" and role="status" notices and field errors.
    QString messages() const;
};

// A browser without JavaScript for the customer pages: keeps cookies (Qt's
// cookie jar honours Max-Age, Path and HttpOnly as a browser does), does not
// follow redirects by itself (follow() does, so tests can look at a 303),
// and posts forms as application/x-www-form-urlencoded. It spins the event
// loop while waiting, so an in-process server answers.
class WebBrowser
{
public:
    explicit WebBrowser(QUrl base);

    using Fields = QList<QPair<QString, QString>>;
    WebPage get(const QString &pathOrUrl);
    WebPage post(const QString &pathOrUrl, const Fields &fields);
    // Follows redirects (GET) from page, at most `hops` of them.
    WebPage follow(WebPage page, int hops = 5);
    // Posts a form with the CSRF token of `from` added, and follows.
    WebPage submit(const WebPage &from, const QString &action, Fields fields = {});

    QString cookie(const QString &name) const;
    void clearCookies();

private:
    QUrl resolve(const QString &pathOrUrl) const;
    WebPage send(const QByteArray &method, const QUrl &url, const QByteArray &body);

    QUrl m_base;
    QNetworkAccessManager m_network;
    QNetworkCookieJar *m_jar;
};

} // namespace dpdesk::test
