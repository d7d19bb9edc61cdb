#include "server/web/Html.h"

namespace dpdesk::server::web {

QString escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

QByteArray renderPage(const PageFrame &frame)
{
    const QString heading = frame.heading.isEmpty() ? frame.title : frame.heading;
    QString html;
    html.reserve(4096 + frame.body.size());
    html += QLatin1String("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    if (!frame.refresh.isEmpty())
        html += QStringLiteral("<meta http-equiv=\"refresh\" content=\"%1\">\n").arg(escape(frame.refresh));
    html += QStringLiteral("<title>%1 - Kredietaanvraag afronden</title>\n").arg(escape(frame.title));
    html += QLatin1String("<link rel=\"stylesheet\" href=\"/static/klant.css\">\n"
                          "<script src=\"/static/klant.js\" defer></script>\n</head>\n<body>\n"
                          "<a class=\"skip\" href=\"#inhoud\">Naar de inhoud</a>\n"
                          "<header><p class=\"brand\">Kredietaanvraag afronden</p>");
    if (!frame.logoutCsrf.isEmpty())
        html += QStringLiteral("<form method=\"post\" action=\"/uitloggen\" class=\"logout\">%1"
                               "<button type=\"submit\" class=\"secondary\">Uitloggen</button></form>")
                    .arg(hiddenField(QStringLiteral("csrf"), frame.logoutCsrf));
    html += QLatin1String("</header>\n<main id=\"inhoud\" tabindex=\"-1\">\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(escape(heading));
    html += frame.body;
    html += QLatin1String("\n</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>\n").arg(escape(text));
}

QString notice(const QString &text, const QString &kind)
{
    // Errors interrupt (alert); other notices are read when convenient.
    const bool error = kind == QLatin1String("error");
    return QStringLiteral("<div class=\"notice %1\" role=\"%2\"><p>%3</p></div>\n")
        .arg(escape(kind), error ? QStringLiteral("alert") : QStringLiteral("status"), escape(text));
}

QString hiddenField(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
        .arg(escape(name), escape(value));
}

QString formStart(const QString &action, const QString &csrf, bool novalidate)
{
    return QStringLiteral("<form method=\"post\" action=\"%1\"%2>\n")
               .arg(escape(action), novalidate ? QStringLiteral(" novalidate") : QString())
        + hiddenField(QStringLiteral("csrf"), csrf);
}

QString button(const QString &label, const QString &name, const QString &value, const QString &kind)
{
    QString attrs;
    if (!name.isEmpty())
        attrs = QStringLiteral(" name=\"%1\" value=\"%2\"").arg(escape(name), escape(value));
    return QStringLiteral("<button type=\"submit\" class=\"%1\"%2>%3</button>")
        .arg(escape(kind), attrs, escape(label));
}

QString linkButton(const QString &label, const QString &href, const QString &kind)
{
    return QStringLiteral("<a class=\"button %1\" href=\"%2\">%3</a>")
        .arg(escape(kind), escape(href), escape(label));
}

} // namespace dpdesk::server::web
