#include "support/WebBrowser.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace dpdesk::test {

QByteArray WebPage::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString WebPage::inputValue(const QString &name) const
{
    const QRegularExpression re(QStringLiteral("<input[^>]*name=\"%1\"[^>]*value=\"([^\"]*)\"")
                                    .arg(QRegularExpression::escape(name)));
    const auto m = re.match(html());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString WebPage::csrf() const
{
    return inputValue(QStringLiteral("csrf"));
}

QString WebPage::messages() const
{
    static const QRegularExpression re(
        QStringLiteral("(?:role=\"(?:alert|status)\"><p>|class=\"field-error\"[^>]*>)([^<]*)<"));
    QStringList out;
    for (auto it = re.globalMatch(html()); it.hasNext();)
        out << it.next().captured(1);
    return out.join(QLatin1Char('\n'));
}

WebBrowser::WebBrowser(QUrl base)
    : m_base(std::move(base))
    , m_jar(new QNetworkCookieJar(&m_network))
{
    m_network.setCookieJar(m_jar);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl WebBrowser::resolve(const QString &pathOrUrl) const
{
    return m_base.resolved(QUrl(pathOrUrl));
}

WebPage WebBrowser::get(const QString &pathOrUrl)
{
    return send("GET", resolve(pathOrUrl), {});
}

WebPage WebBrowser::post(const QString &pathOrUrl, const Fields &fields)
{
    QUrlQuery q;
    for (const auto &[name, value] : fields)
        q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                       QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return send("POST", resolve(pathOrUrl), q.query(QUrl::FullyEncoded).toLatin1());
}

WebPage WebBrowser::follow(WebPage page, int hops)
{
    while (hops-- > 0 && (page.status == 301 || page.status == 302 || page.status == 303))
        page = send("GET", page.url.resolved(QUrl(page.location())), {});
    return page;
}

WebPage WebBrowser::submit(const WebPage &from, const QString &action, Fields fields)
{
    fields.prepend({QStringLiteral("csrf"), from.csrf()});
    return follow(post(action, fields));
}

QString WebBrowser::cookie(const QString &name) const
{
    for (const QNetworkCookie &c : m_jar->cookiesForUrl(m_base)) {
        if (c.name() == name.toLatin1())
            return QString::fromLatin1(c.value());
    }
    return {};
}

void WebBrowser::clearCookies()
{
    for (const QNetworkCookie &c : m_jar->cookiesForUrl(m_base))
        m_jar->deleteCookie(c);
}

WebPage WebBrowser::send(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest req(url);
    if (method == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_network.sendCustomRequest(req, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    WebPage page;
    page.url = url;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    page.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return page;
}

} // namespace dpdesk::test
