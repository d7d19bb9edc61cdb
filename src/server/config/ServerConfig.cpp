#include "server/config/ServerConfig.h"

#include <QHash>

#include <cmath>

namespace dpdesk::server {

namespace {
Error configError(const QString &field, const QString &message)
{
    return Error{QStringLiteral("config.invalid"), message, field};
}

bool parseListen(const QString &value, QHostAddress *address, quint16 *port)
{
    const int colon = value.lastIndexOf(':');
    if (colon <= 0)
        return false;
    QString host = value.left(colon);
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = value.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    QHostAddress a;
    if (host == QLatin1String("localhost"))
        a = QHostAddress::LocalHost;
    else if (!a.setAddress(host))
        return false;
    *address = a;
    *port = quint16(p);
    return true;
}
} // namespace

Result<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments, const QStringList &environment)
{
    ServerConfig c;
    QHash<QString, QString> env;
    for (const QString &kv : environment) {
        const int eq = kv.indexOf('=');
        if (eq > 0)
            env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    QHash<QString, QString> opts; // option name -> value, arguments win over environment
    const QHash<QString, QString> envNames{
        {"listen", "DPDESK_LISTEN"},
        {"database", "DPDESK_DATABASE"},
        {"tls-cert", "DPDESK_TLS_CERT"},
        {"tls-key", "DPDESK_TLS_KEY"},
        {"log-level", "DPDESK_LOG_LEVEL"},
        {"public-url", "DPDESK_PUBLIC_URL"},
        {"secret-key-file", "DPDESK_SECRET_KEY_FILE"},
        {"lender-name", "DPDESK_LENDER_NAME"},
        {"annual-rate", "DPDESK_ANNUAL_RATE"},
        {"mail-outbox", "DPDESK_MAIL_OUTBOX"},
    };
    for (auto it = envNames.cbegin(); it != envNames.cend(); ++it) {
        if (env.contains(it.value()))
            opts.insert(it.key(), env.value(it.value()));
    }

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (arg == QLatin1String("--demo")) {
            c.demo = true;
            continue;
        }
        if (arg == QLatin1String("--allow-insecure-remote")) {
            c.allowInsecureRemote = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return configError(arg, QStringLiteral("Unexpected argument '%1'.").arg(arg));
        QString name = arg.mid(2);
        QString value;
        const int eq = name.indexOf('=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else {
            if (i + 1 >= arguments.size())
                return configError(name, QStringLiteral("Option --%1 needs a value.").arg(name));
            value = arguments.at(++i);
        }
        if (!envNames.contains(name) && name != QLatin1String("max-body-bytes")
            && name != QLatin1String("sqlite-sync") && name != QLatin1String("customer-logins-per-minute"))
            return configError(name, QStringLiteral("Unknown option --%1.").arg(name));
        opts.insert(name, value);
    }

    if (opts.contains("listen") && !parseListen(opts.value("listen"), &c.listenAddress, &c.listenPort))
        return configError("listen", QStringLiteral("--listen wants ADDRESS:PORT, e.g. 127.0.0.1:8080."));
    if (opts.contains("database"))
        c.database = opts.value("database");
    if (!c.database.startsWith(QLatin1String("sqlite:"))
        && !c.database.startsWith(QLatin1String("postgresql://"))
        && !c.database.startsWith(QLatin1String("postgres://")))
        return configError("database",
                           QStringLiteral("--database wants sqlite:PATH or postgresql://user@host:port/db."));
    c.tlsCertificateFile = opts.value("tls-cert");
    c.tlsKeyFile = opts.value("tls-key");
    if (c.tlsCertificateFile.isEmpty() != c.tlsKeyFile.isEmpty())
        return configError("tls-key", QStringLiteral("Give both --tls-cert and --tls-key, or neither."));
    if (opts.contains("log-level")) {
        c.logLevel = opts.value("log-level").toLower();
        if (!QStringList{"debug", "info", "warning"}.contains(c.logLevel))
            return configError("log-level", QStringLiteral("--log-level is one of debug, info, warning."));
    }
    if (opts.contains("sqlite-sync")) {
        const QString v = opts.value("sqlite-sync");
        if (v != QLatin1String("full") && v != QLatin1String("normal"))
            return configError("sqlite-sync", QStringLiteral("--sqlite-sync is full or normal."));
        c.sqliteSyncNormal = v == QLatin1String("normal");
    }
    c.publicBaseUrl = opts.value("public-url");
    c.secretKeyFile = opts.value("secret-key-file");
    c.mailOutbox = opts.value("mail-outbox");
    if (opts.contains("max-body-bytes")) {
        bool ok = false;
        c.maxBodyBytes = opts.value("max-body-bytes").toLongLong(&ok);
        if (!ok || c.maxBodyBytes < 1024)
            return configError("max-body-bytes", QStringLiteral("--max-body-bytes must be at least 1024."));
    }
    if (opts.contains("customer-logins-per-minute")) {
        bool ok = false;
        c.customerLoginsPerIpPerMinute = opts.value("customer-logins-per-minute").toInt(&ok);
        if (!ok || c.customerLoginsPerIpPerMinute < 1)
            return configError("customer-logins-per-minute",
                               QStringLiteral("--customer-logins-per-minute must be at least 1."));
    }
    if (opts.contains("lender-name")) {
        c.lender.name = opts.value("lender-name").trimmed();
        if (c.lender.name.isEmpty() || c.lender.name.size() > 100)
            return configError("lender-name",
                               QStringLiteral("--lender-name wants a name of 1 to 100 characters."));
    }
    if (opts.contains("annual-rate")) {
        // Percent with a point: 7.9 -> 790 basis points.
        bool ok = false;
        const double percent = opts.value("annual-rate").toDouble(&ok);
        if (!ok || percent < 0 || percent > 50)
            return configError("annual-rate",
                               QStringLiteral("--annual-rate wants a percentage from 0 to 50, e.g. 7.9."));
        c.lender.annualRateBasisPoints = int(std::lround(percent * 100));
    }
    return c;
}

QString ServerConfig::mailOutboxFolder() const
{
    if (!mailOutbox.isEmpty())
        return mailOutbox;
    if (database.startsWith(QLatin1String("sqlite:")))
        return database.mid(7) + QStringLiteral(".outbox");
    return QStringLiteral("dpdesk-outbox");
}

Status ServerConfig::validate() const
{
    if (!tlsEnabled() && !listenAddress.isLoopback() && !allowInsecureRemote)
        return configError(
            "listen",
            QStringLiteral("Plain HTTP is only allowed on a loopback address. Give --tls-cert and "
                           "--tls-key, or --allow-insecure-remote behind a TLS proxy."));
    return Status::success();
}

QString ServerConfig::usage()
{
    return QStringLiteral(
        "Usage: dpdesk-server [options]\n"
        "  --listen ADDR:PORT         address to listen on (default 127.0.0.1:8080; env DPDESK_LISTEN)\n"
        "  --database URL             sqlite:PATH (default sqlite:dpdesk-server.db) or\n"
        "                             postgresql://user:password@host:port/dbname (env DPDESK_DATABASE)\n"
        "  --tls-cert FILE            PEM certificate; enables HTTPS (TLS 1.2+) (env DPDESK_TLS_CERT)\n"
        "  --tls-key FILE             PEM private key (env DPDESK_TLS_KEY)\n"
        "  --allow-insecure-remote    allow plain HTTP on a non-loopback address (behind a TLS proxy)\n"
        "  --public-url URL           base URL customers use (for invitation links) (env DPDESK_PUBLIC_URL)\n"
        "  --secret-key-file FILE     server key for hashing codes and tokens (env DPDESK_SECRET_KEY_FILE)\n"
        "  --mail-outbox DIR          folder for e-mail to customers as .eml files (default: beside\n"
        "                             the SQLite file, DB.outbox) (env DPDESK_MAIL_OUTBOX)\n"
        "  --log-level LEVEL          debug, info or warning (env DPDESK_LOG_LEVEL)\n"
        "  --max-body-bytes N         largest accepted request body (default 1048576)\n"
        "  --sqlite-sync full|normal  full (default): every acknowledged write survives power loss;\n"
        "                             normal: survives a crash of the process, ~10x faster commits\n"
        "  --customer-logins-per-minute N\n"
        "                             customer logins allowed per IP address per minute (default 120;\n"
        "                             raised for benchmarks only)\n"
        "  --lender-name NAME         the lender named on the documents (default: Sandbox Krediet B.V.;\n"
        "                             env DPDESK_LENDER_NAME)\n"
        "  --annual-rate PERCENT      the yearly percentage rate (JKP) of new applications' documents\n"
        "                             (default 7.9, a demo value; env DPDESK_ANNUAL_RATE)\n"
        "  --demo                     seed a demo office and print its users' passwords and TOTP secrets\n");
}

} // namespace dpdesk::server
