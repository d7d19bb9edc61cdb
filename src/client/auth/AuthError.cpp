#include "client/auth/AuthError.h"

#include "client/net/ApiClient.h"

#include <QCoreApplication>

namespace dpdesk::client {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dpdesk::client", text);
}

QString waitMessage(const char *text, int retryAfterSecs)
{
    if (retryAfterSecs <= 0)
        return tr(text) + QLatin1Char(' ') + tr("Try again later.");
    const int minutes = (retryAfterSecs + 59) / 60;
    return tr(text) + QLatin1Char(' ')
        + (minutes <= 1 ? tr("Try again in a minute.") : tr("Try again in %1 minutes.").arg(minutes));
}

} // namespace

AuthError authErrorFrom(const ApiResult &result)
{
    AuthError error;
    error.code = result.errorCode;
    error.retryAfterSecs = result.retryAfterSecs;
    if (result.certificateError) {
        error.kind = AuthFailure::CertificateProblem;
        error.message =
            tr("The server's certificate is not trusted, so no connection was made. Ask your administrator.");
        if (!result.errorMessage.isEmpty())
            error.message += QStringLiteral(" (") + result.errorMessage + QLatin1Char(')');
        return error;
    }
    if (result.networkError) {
        error.kind = AuthFailure::ServerUnreachable;
        error.message = tr("The server cannot be reached. Check the network connection and try again.");
        return error;
    }
    const QString &code = result.errorCode;
    if (code == QLatin1String("auth.invalid_credentials")) {
        error.kind = AuthFailure::InvalidCredentials;
        error.message = tr("The username, password or code is not correct.");
    } else if (code == QLatin1String("auth.throttled")) {
        error.kind = AuthFailure::Throttled;
        error.message = waitMessage(
            QT_TRANSLATE_NOOP("dpdesk::client", "There were too many login attempts from this computer."),
            error.retryAfterSecs);
    } else if (code == QLatin1String("auth.account_locked")) {
        error.kind = AuthFailure::AccountLocked;
        error.message = waitMessage(
            QT_TRANSLATE_NOOP("dpdesk::client", "This account is locked after too many failed logins."),
            error.retryAfterSecs);
    } else if (code == QLatin1String("auth.invalid_token") || code == QLatin1String("auth.required")) {
        error.kind = AuthFailure::SessionEnded;
        error.message = tr("Your session has ended. Please log in again.");
    } else if (result.status >= 500) {
        error.kind = AuthFailure::ServerError;
        error.message = tr("The server has a problem (status %1). Try again in a moment.").arg(result.status);
    } else {
        error.kind = AuthFailure::UnexpectedAnswer;
        error.message = tr("The server gave an unexpected answer (status %1).").arg(result.status);
    }
    return error;
}

} // namespace dpdesk::client
