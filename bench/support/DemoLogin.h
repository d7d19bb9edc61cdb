#pragma once

#include "core/otp/Base32.h"
#include "core/otp/Totp.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <optional>

#include "support/LoadClient.h"

namespace bench_support {

struct DemoUser
{
    QString username;
    QString password;
    QByteArray totpSecret;
};

// Reads one user from the demo text (DemoSeeder::describe()).
inline std::optional<DemoUser> demoUser(const QString &text, const QString &username)
{
    static const QRegularExpression block(
        QStringLiteral("^  (\\S+) \\([^\\n]*\\n    password:\\s+(\\S+)\\n    TOTP secret:\\s+(\\S+)"),
        QRegularExpression::MultilineOption);
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1) != username)
            continue;
        auto secret = dpdesk::Base32::decode(m.captured(3));
        if (!secret)
            return std::nullopt;
        return DemoUser{username, m.captured(2), secret.value()};
    }
    return std::nullopt;
}

// Logs in as the user (password and the current TOTP code); returns the access token.
inline std::optional<QString> logIn(LoadClient &client, const DemoUser &user)
{
    const Response login = client.call(
        Request{"POST",
                "/api/v1/auth/login",
                QJsonDocument(
                    QJsonObject{{"username", user.username},
                                {"password", user.password},
                                {"code", dpdesk::totp(user.totpSecret, QDateTime::currentSecsSinceEpoch())}})
                    .toJson(QJsonDocument::Compact),
                {},
                false});
    if (login.status != 200) {
        progress(QStringLiteral("login failed: %1 %2").arg(login.status).arg(QString::fromUtf8(login.body)));
        return std::nullopt;
    }
    return login.json().value("accessToken").toString();
}

} // namespace bench_support
