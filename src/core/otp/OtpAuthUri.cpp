#include "core/otp/OtpAuthUri.h"

#include "core/otp/Base32.h"

#include <QHash>
#include <QUrl>

#include <algorithm>

namespace dpdesk {

namespace {
constexpr int kMinSecretBytes = 16;
constexpr int kMaxPeriodSecs = 3600;

Error err(const char *code, const QString &message, const char *field = "")
{
    return Error{QString::fromLatin1(code), message, QString::fromLatin1(field)};
}

QString percentEncode(const QString &text)
{
    // Everything but RFC 3986 unreserved characters: a space becomes %20.
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString percentDecode(QStringView text, bool plusIsSpace)
{
    QByteArray bytes = text.toUtf8();
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}
} // namespace

Status OtpAuthUri::validate() const
{
    if (account.trimmed().isEmpty())
        return err("otpauth.label", QStringLiteral("The account name is empty."), "account");
    if (account.contains(QLatin1Char(':')))
        return err("otpauth.label", QStringLiteral("The account name may not contain ':'."), "account");
    if (account != account.trimmed())
        return err("otpauth.label", QStringLiteral("The account name may not start or end with spaces."),
                   "account");
    if (issuer.contains(QLatin1Char(':')))
        return err("otpauth.label", QStringLiteral("The issuer may not contain ':'."), "issuer");
    if (secret.size() < kMinSecretBytes)
        return err("otpauth.secret_invalid",
                   QStringLiteral("The secret must be at least %1 bytes.").arg(kMinSecretBytes), "secret");
    if (params.digits != 6 && params.digits != 8)
        return err("otpauth.digits", QStringLiteral("A code has 6 or 8 digits."), "digits");
    if (params.periodSecs <= 0 || params.periodSecs > kMaxPeriodSecs)
        return err("otpauth.period",
                   QStringLiteral("The period must be 1 to %1 seconds.").arg(kMaxPeriodSecs), "period");
    return Status::success();
}

Result<QString> OtpAuthUri::toUri() const
{
    if (const Status s = validate(); !s)
        return s.error();

    QString label = percentEncode(account);
    if (!issuer.isEmpty())
        label = percentEncode(issuer) + QLatin1Char(':') + label;

    QString uri =
        QStringLiteral("otpauth://totp/") + label + QStringLiteral("?secret=") + Base32::encode(secret);
    if (!issuer.isEmpty())
        uri += QStringLiteral("&issuer=") + percentEncode(issuer);
    uri += QStringLiteral("&algorithm=") + otpAlgorithmName(params.algorithm);
    uri += QStringLiteral("&digits=") + QString::number(params.digits);
    uri += QStringLiteral("&period=") + QString::number(params.periodSecs);
    return uri;
}

Result<OtpAuthUri> OtpAuthUri::parse(const QString &uri)
{
    const QStringView view(uri);
    const QLatin1String scheme("otpauth://");
    if (!view.startsWith(scheme, Qt::CaseInsensitive))
        return err("otpauth.scheme", QStringLiteral("The URI does not start with otpauth://."));

    const QStringView rest = view.mid(scheme.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QStringView type = slash < 0 ? rest : rest.left(slash);
    if (type.compare(QLatin1String("totp"), Qt::CaseInsensitive) != 0)
        return err("otpauth.type", QStringLiteral("Only time-based (totp) codes are supported."));
    if (slash < 0)
        return err("otpauth.label", QStringLiteral("The URI has no account label."), "account");

    const QStringView afterType = rest.mid(slash + 1);
    const qsizetype question = afterType.indexOf(QLatin1Char('?'));
    const QStringView rawLabel = question < 0 ? afterType : afterType.left(question);
    const QStringView rawQuery = question < 0 ? QStringView() : afterType.mid(question + 1);

    OtpAuthUri out;

    // Label: "Issuer:account" or "account"; the colon may be encoded (%3A)
    // and spaces may precede the account.
    const QString label = percentDecode(rawLabel, false);
    const qsizetype colon = label.indexOf(QLatin1Char(':'));
    QString labelIssuer;
    if (colon >= 0) {
        labelIssuer = label.left(colon);
        out.account = label.mid(colon + 1);
        while (out.account.startsWith(QLatin1Char(' ')))
            out.account.remove(0, 1);
    } else {
        out.account = label;
    }
    if (out.account.trimmed().isEmpty())
        return err("otpauth.label", QStringLiteral("The URI has no account name."), "account");
    if (out.account.contains(QLatin1Char(':')))
        return err("otpauth.label", QStringLiteral("The account name may not contain ':'."), "account");

    // Query parameters (keys case-insensitive, each at most once).
    QHash<QString, QString> query;
    if (!rawQuery.isEmpty()) {
        for (const QStringView pair : rawQuery.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = percentDecode(eq < 0 ? pair : pair.left(eq), true).toLower();
            const QString value = eq < 0 ? QString() : percentDecode(pair.mid(eq + 1), true);
            if (query.contains(key))
                return err("otpauth.parameter", QStringLiteral("The parameter '%1' appears twice.").arg(key));
            query.insert(key, value);
        }
    }

    // Secret.
    if (!query.contains(QStringLiteral("secret"))
        || query.value(QStringLiteral("secret")).trimmed().isEmpty())
        return err("otpauth.secret_missing", QStringLiteral("The URI has no secret."), "secret");
    const Result<QByteArray> secret = Base32::decode(query.value(QStringLiteral("secret")));
    if (!secret)
        return err("otpauth.secret_invalid", QStringLiteral("The secret is not valid base32."), "secret");
    out.secret = secret.value();
    if (out.secret.size() < kMinSecretBytes)
        return err("otpauth.secret_invalid",
                   QStringLiteral("The secret must be at least %1 bytes.").arg(kMinSecretBytes), "secret");

    // Issuer: label prefix and parameter must agree when both are present.
    const auto issuerParam = query.constFind(QStringLiteral("issuer"));
    if (issuerParam != query.cend()) {
        if (colon >= 0 && labelIssuer != *issuerParam)
            return err("otpauth.issuer_mismatch",
                       QStringLiteral("The issuer in the label (%1) differs from the issuer parameter (%2).")
                           .arg(labelIssuer, *issuerParam),
                       "issuer");
        out.issuer = *issuerParam;
    } else {
        out.issuer = labelIssuer;
    }
    if (out.issuer.contains(QLatin1Char(':')))
        return err("otpauth.label", QStringLiteral("The issuer may not contain ':'."), "issuer");

    // Algorithm, digits, period: optional, with the TOTP defaults.
    if (const auto it = query.constFind(QStringLiteral("algorithm")); it != query.cend()) {
        const std::optional<OtpAlgorithm> algorithm = otpAlgorithmFromName(*it);
        if (!algorithm)
            return err("otpauth.algorithm",
                       QStringLiteral("The algorithm '%1' is not supported (SHA1, SHA256, SHA512).").arg(*it),
                       "algorithm");
        out.params.algorithm = *algorithm;
    }
    if (const auto it = query.constFind(QStringLiteral("digits")); it != query.cend()) {
        if (*it == QLatin1String("6"))
            out.params.digits = 6;
        else if (*it == QLatin1String("8"))
            out.params.digits = 8;
        else
            return err("otpauth.digits", QStringLiteral("A code has 6 or 8 digits."), "digits");
    }
    if (const auto it = query.constFind(QStringLiteral("period")); it != query.cend()) {
        bool isNumber = false;
        const int period = it->toInt(&isNumber);
        const bool plainDigits = !it->isEmpty()
            && std::all_of(it->cbegin(), it->cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!isNumber || !plainDigits || period <= 0 || period > kMaxPeriodSecs)
            return err("otpauth.period",
                       QStringLiteral("The period must be 1 to %1 seconds.").arg(kMaxPeriodSecs), "period");
        out.params.periodSecs = period;
    }

    return out;
}

} // namespace dpdesk
