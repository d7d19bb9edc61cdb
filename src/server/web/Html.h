#pragma once

#include <QString>

namespace dpdesk::server::web {

// HTML text: every value from outside (names, reasons, codes) goes through
// escape() before it reaches a page.
QString escape(const QString &text);

// What every customer page shares (Dutch, usable on a 375-px phone and a
// desktop browser, no external assets): the document with its language, the
// viewport, the style sheet and script of this service (/static/...), a
// skip link to the main content, the header and, when logged in, the logout
// form.
struct PageFrame
{
    QString title; // the <title> and, unless heading is set, the <h1>
    QString heading;
    QString body; // HTML inside <main>, after the <h1>
    QString logoutCsrf; // non-empty: logged in, a logout button with this token
    QString refresh; // non-empty: <meta http-equiv="refresh" content="...">
};
QByteArray renderPage(const PageFrame &frame);

// Small builders for the pages.
QString paragraph(const QString &text); // escaped
QString notice(const QString &text, const QString &kind = QStringLiteral("info")); // role=status/alert
QString hiddenField(const QString &name, const QString &value);
// The opening of a POST form with its CSRF token (web/WebSupport.h); every
// form of the pages starts here. novalidate: the server checks and explains
// (the browser's own bubbles are not translated and not read out well).
QString formStart(const QString &action, const QString &csrf, bool novalidate = false);
QString button(const QString &label, const QString &name = {}, const QString &value = {},
               const QString &kind = QStringLiteral("primary"));
QString linkButton(const QString &label, const QString &href,
                   const QString &kind = QStringLiteral("primary"));

} // namespace dpdesk::server::web
