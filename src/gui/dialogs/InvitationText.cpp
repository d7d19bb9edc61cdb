#include "gui/dialogs/InvitationText.h"

#include <QLocale>

namespace dpdesk::gui {

QString InvitationText::dateAndTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return tr("%1 at %2")
        .arg(locale.toString(local.date(), QStringLiteral("d MMMM yyyy")),
             locale.toString(local.time(), QStringLiteral("HH:mm")));
}

QString InvitationText::subject(const IssuedInvitation &invitation)
{
    return tr("Finish your credit application with %1").arg(invitation.officeName);
}

QString InvitationText::mailBody(const IssuedInvitation &invitation)
{
    QStringList lines;
    lines << tr("Dear %1,").arg(invitation.applicantName) << QString();
    lines << tr("%1 has prepared your credit application. Please finish it online: read and accept the "
                "documents, sign, and confirm your identity.")
                 .arg(invitation.officeName)
          << QString();
    if (invitation.kind == InvitationKind::Code) {
        if (invitation.link.isEmpty())
            lines << tr(
                "Go to the application page and log in with this personal code and your date of birth:");
        else
            lines << tr("Go to %1 and log in with this personal code and your date of birth:")
                         .arg(invitation.link.toString());
        lines << QString() << QStringLiteral("    ") + invitation.secret << QString();
    } else {
        lines << tr("Open this personal link and log in with your date of birth:") << QString()
              << invitation.link.toString(QUrl::FullyEncoded) << QString();
    }
    lines << tr("This invitation is valid until %1.").arg(dateAndTime(invitation.expiresAt));
    lines << tr("It is personal: do not pass it on. We will never ask you for it by phone.");
    lines << tr("After four wrong dates of birth the invitation is blocked; we will then send you a new one.")
          << QString();
    lines << tr("Kind regards,") << invitation.officeName;
    return lines.join(QLatin1Char('\n'));
}

QUrl InvitationText::mailtoUrl(const IssuedInvitation &invitation)
{
    const auto encode = [](const QString &text) {
        QString crlf = text;
        crlf.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        return QUrl::toPercentEncoding(crlf);
    };
    QByteArray url = "mailto:" + QUrl::toPercentEncoding(invitation.applicantEmail, "@");
    url += "?subject=" + encode(subject(invitation));
    url += "&body=" + encode(mailBody(invitation));
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

} // namespace dpdesk::gui
