// bench_server: request rates and latencies of the portal service on loopback.
//
// Starts dpdesk-server (found beside this program) as a child process with a
// fresh database (a temporary SQLite file, or a new database on the
// PostgreSQL server given by --database, dropped again afterwards), logs in
// as the demo admin, seeds --size applications through the API and drives
// keep-alive HTTP/1.1 connections (one request in flight per connection, no
// pipelining) against: the health route (baseline), creating applications
// (the seeding), creating invitations, customer login and paging through
// the changes feed. Prints one "name: value unit" line per figure on stdout,
// progress on stderr. Every phase is bounded by a request count and a time
// limit.
#include "core/otp/Base32.h"
#include "core/otp/Totp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace {

void progress(const QString &text)
{
    std::fprintf(stderr, "bench_server: %s\n", qPrintable(text));
    std::fflush(stderr);
}

void figure(const char *name, double value, const char *unit)
{
    const bool whole = value >= 100 || value == double(qint64(value));
    std::printf("%s: %.*f %s\n", name, whole ? 0 : 2, value, unit);
    std::fflush(stdout);
}

struct Request
{
    QByteArray method;
    QByteArray target; // path and query
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authorized = true; // send the bearer token
};

struct Response
{
    int status = 0; // 0: the connection failed before an answer
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct Stats
{
    qint64 ok = 0;
    qint64 failed = 0;
    qint64 elapsedNs = 0;
    std::vector<qint64> latenciesNs;

    double perSecond(double count) const { return elapsedNs > 0 ? count * 1e9 / double(elapsedNs) : 0; }
    double percentileMs(double p) const
    {
        if (latenciesNs.empty())
            return 0;
        std::vector<qint64> sorted = latenciesNs;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
        return double(sorted[rank]) / 1e6;
    }
};

// A small HTTP/1.1 load client: `connections` keep-alive sockets, each with
// one request in flight. next(conn) gives the connection's next request (or
// nothing when it has no more work); done(conn, response) says whether the
// answer counts as a success.
class LoadClient
{
public:
    using Next = std::function<std::optional<Request>(int conn)>;
    using Done = std::function<bool(int conn, const Response &)>;

    LoadClient(QString host, quint16 port)
        : m_host(std::move(host))
        , m_port(port)
    { }

    void setBearer(const QString &token) { m_bearer = token.toLatin1(); }

    Stats run(int connections, qint64 maxRequests, qint64 maxMs, const Next &next, const Done &done)
    {
        Stats stats;
        QEventLoop loop;
        qint64 issued = 0;
        int active = connections;
        QElapsedTimer clock;
        std::vector<std::unique_ptr<Conn>> conns;

        std::function<void(Conn &)> issue;
        std::function<void(Conn &)> open;
        auto finish = [&](Conn &c) {
            if (c.finished)
                return;
            c.finished = true;
            if (--active == 0)
                loop.quit();
        };
        issue = [&](Conn &c) {
            c.busy = false;
            if (issued >= maxRequests || clock.elapsed() >= maxMs)
                return finish(c);
            std::optional<Request> r = next(c.index);
            if (!r)
                return finish(c);
            ++issued;
            c.busy = true;
            c.sent.start();
            c.socket->write(encode(*r));
        };
        open = [&](Conn &c) {
            c.buffer.clear();
            if (c.socket) {
                c.socket->disconnect();
                c.socket->abort();
                c.socket->deleteLater();
            }
            c.socket = new QTcpSocket;
            c.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            QObject::connect(c.socket, &QTcpSocket::connected, [&c, &issue] { issue(c); });
            QObject::connect(c.socket, &QTcpSocket::readyRead, [&] {
                c.buffer += c.socket->readAll();
                for (;;) {
                    bool closeAfter = false;
                    std::optional<Response> resp = takeResponse(c.buffer, &closeAfter);
                    if (!resp)
                        return;
                    stats.latenciesNs.push_back(c.sent.nsecsElapsed());
                    if (done(c.index, *resp))
                        ++stats.ok;
                    else
                        ++stats.failed;
                    if (closeAfter) {
                        open(c);
                        return;
                    }
                    issue(c);
                    if (!c.busy)
                        return;
                }
            });
            QObject::connect(c.socket, &QTcpSocket::errorOccurred, [&](QAbstractSocket::SocketError) {
                if (c.finished)
                    return;
                ++stats.failed;
                if (++c.reconnects > 5) { // the server went away: stop this connection
                    progress(
                        QStringLiteral("connection %1 failed: %2").arg(c.index).arg(c.socket->errorString()));
                    return finish(c);
                }
                QTimer::singleShot(0, c.socket, [&] { open(c); });
            });
            c.socket->connectToHost(m_host, m_port);
        };

        clock.start();
        for (int i = 0; i < connections; ++i) {
            conns.push_back(std::make_unique<Conn>());
            conns.back()->index = i;
        }
        for (auto &c : conns)
            open(*c);
        QTimer::singleShot(maxMs + 60'000, &loop, &QEventLoop::quit); // a hung server
        if (active > 0)
            loop.exec();
        stats.elapsedNs = clock.nsecsElapsed();
        for (auto &c : conns) {
            if (c->socket) {
                c->socket->disconnect();
                c->socket->abort();
                delete c->socket;
            }
        }
        return stats;
    }

    // One request on a fresh connection.
    Response call(const Request &request)
    {
        Response out;
        bool sent = false;
        run(
            1, 1, 120'000,
            [&](int) -> std::optional<Request> {
                if (sent)
                    return std::nullopt;
                sent = true;
                return request;
            },
            [&](int, const Response &r) {
                out = r;
                return true;
            });
        return out;
    }

private:
    struct Conn
    {
        int index = 0;
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        QElapsedTimer sent;
        bool busy = false;
        bool finished = false;
        int reconnects = 0;
    };

    QByteArray encode(const Request &r) const
    {
        QByteArray out;
        out.reserve(256 + r.body.size());
        out += r.method + ' ' + r.target + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':'
            + QByteArray::number(m_port) + "\r\n";
        if (r.authorized && !m_bearer.isEmpty())
            out += "Authorization: Bearer " + m_bearer + "\r\n";
        for (const auto &h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        if (!r.body.isEmpty() || r.method == "POST")
            out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(r.body.size())
                + "\r\n";
        out += "\r\n" + r.body;
        return out;
    }

    // Takes one complete response (Content-Length framed) off the buffer.
    static std::optional<Response> takeResponse(QByteArray &buffer, bool *closeAfter)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return std::nullopt;
        Response r;
        qint64 length = 0;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (i == 0) {
                const QList<QByteArray> parts = line.split(' ');
                r.status = parts.size() > 1 ? parts.at(1).toInt() : 0;
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "connection" && value.toLower() == "close")
                *closeAfter = true;
            else if (name == "transfer-encoding")
                qFatal("bench_server: chunked responses are not supported");
        }
        const qsizetype total = headerEnd + 4 + length;
        if (buffer.size() < total)
            return std::nullopt;
        r.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, total);
        return r;
    }

    QString m_host;
    quint16 m_port;
    QByteArray m_bearer;
};

// dpdesk-server as a child process.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    bool start(const QString &program, const QStringList &arguments, QString *why)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10'000)) {
            *why = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("listening on http://([0-9.]+):(\\d+)"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120'000) {
            m_output += m_process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(m_output));
            if (m.hasMatch()) {
                m_host = m.captured(1);
                m_port = quint16(m.captured(2).toUInt());
                return true;
            }
            if (m_process.state() != QProcess::Running) {
                *why = QStringLiteral("dpdesk-server exited (%1)").arg(m_process.exitCode());
                return false;
            }
            m_process.waitForReadyRead(1000);
        }
        *why = QStringLiteral("dpdesk-server did not start listening");
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString output() const { return QString::fromUtf8(m_output); }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QByteArray m_output;
    QString m_host;
    quint16 m_port = 0;
};

struct DemoUser
{
    QString username;
    QString password;
    QByteArray totpSecret;
};

// Reads one user from the demo text (DemoSeeder::describe()).
std::optional<DemoUser> demoUser(const QString &text, const QString &username)
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

QJsonObject applicationBody(int n)
{
    return QJsonObject{{"reference", QStringLiteral("BENCH-%1").arg(n, 6, 10, QLatin1Char('0'))},
                       {"loanAmountCents", 1500000},
                       {"loanKind", "personal_loan"},
                       {"termMonths", 60},
                       {"iban", "NL91ABNA0417164300"},
                       {"accountHolder", "J. de Boer"},
                       {"applicants",
                        QJsonArray{QJsonObject{{"fullName", "Jan de Boer"},
                                               {"dateOfBirth", "1980-05-17"},
                                               {"email", "jan@example.nl"},
                                               {"phone", "+31612345678"}}}}};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QPair<QByteArray, QByteArray> freshIdempotencyKey()
{
    return {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()};
}

// CPU seconds (user + system) the process has used so far; Linux only (0 elsewhere).
double cpuSeconds(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name in parentheses: state is field 3, utime 14, stime 15.
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 13)
        return 0;
    return double(f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
#else
    Q_UNUSED(pid);
    return 0;
#endif
}

void report(const char *prefix, const Stats &s, double count, const char *unit)
{
    const QByteArray p(prefix);
    figure((p + "_throughput").constData(), s.perSecond(count), unit);
    figure((p + "_latency_p50").constData(), s.percentileMs(50), "ms");
    figure((p + "_latency_p99").constData(), s.percentileMs(99), "ms");
    figure((p + "_errors").constData(), double(s.failed), "requests");
}

// A fresh database on the PostgreSQL server of adminUrl, dropped in the destructor.
class PostgresDatabase
{
public:
    explicit PostgresDatabase(QString adminUrl)
        : m_adminUrl(std::move(adminUrl))
        , m_name(QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128))
    { }
    ~PostgresDatabase()
    {
        if (m_created)
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    bool create()
    {
        m_created = admin(QStringLiteral("CREATE DATABASE ") + m_name);
        return m_created;
    }
    QString url() const
    {
        QUrl u(m_adminUrl);
        u.setPath('/' + m_name);
        return u.toString();
    }

private:
    bool admin(const QString &sql)
    {
        const QUrl u(m_adminUrl);
        const QString connection = QStringLiteral("bench-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(u.host());
            db.setPort(u.port(5432));
            db.setDatabaseName(u.path().mid(1));
            db.setUserName(u.userName());
            db.setPassword(u.password());
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QString m_adminUrl;
    QString m_name;
    bool m_created = false;
};

struct Seeded
{
    qint64 applicationId = 0;
    qint64 applicantId = 0;
};

// One customer's whole journey through the API (issue 6), one request at a
// time: login, overview, documents, questions, IBAN, iDIN at the sandbox
// bank, signing, identification with the sandbox app, and the final check
// that the application is complete (which also writes the confirmation
// mail). Returns nothing once done or failed; the caller moves on.
class Journey
{
public:
    static constexpr int kRequests = 14;

    explicit Journey(QByteArray code)
        : m_code(std::move(code))
    { }

    bool finished() const { return m_step >= kRequests || m_failed; }
    bool complete() const { return m_complete; }

    Request next() const
    {
        const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + m_token}};
        switch (m_step) {
        case 0:
            return Request{"POST",
                           "/api/v1/customer/login",
                           R"({"code":")" + m_code + R"(","dateOfBirth":"1980-05-17"})",
                           {},
                           false};
        case 1:
            return Request{"GET", "/api/v1/customer/overview", {}, auth, false};
        case 2:
            return Request{"POST", "/api/v1/customer/documents/accept", "{}", auth, false};
        case 3:
            return Request{"POST", "/api/v1/customer/questions",
                           R"({"detailsCorrect":true,"livesInNetherlands":true,"highRiskSector":false,)"
                           R"("highRiskSectors":[],"politicallyExposed":false})",
                           auth, false};
        case 4:
            return Request{"POST", "/api/v1/customer/iban/confirm", R"({"iban":"NL91ABNA0417164300"})", auth,
                           false};
        case 5:
            return Request{"POST", "/api/v1/customer/idin/start", R"({"bankId":"INGBNL2A"})", auth, false};
        case 6:
            return Request{"POST", m_bankPage, R"({"outcome":"success"})", {}, false};
        case 7:
            return Request{"POST", "/api/v1/customer/idin/return",
                           R"({"transactionId":")" + m_transaction + R"("})", auth, false};
        case 8:
            return Request{"POST", "/api/v1/customer/sign", "{}", auth, false};
        case 9:
            return Request{"POST", "/api/v1/customer/identification/start", "{}", auth, false};
        case 10:
            return Request{"POST", m_app + "/document", R"({"documentType":"passport"})", {}, false};
        case 11:
            return Request{"POST", m_app + "/chip", R"({"found":true})", {}, false};
        case 12:
            return Request{"POST", m_app + "/finish", R"({"result":"done"})", {}, false};
        default:
            return Request{"GET", "/api/v1/customer/identification", {}, auth, false};
        }
    }

    // The answer to next(); false when the step failed (the journey stops).
    bool take(const Response &r)
    {
        if (r.status != 200) {
            m_failed = true;
            return false;
        }
        switch (m_step) {
        case 0:
            m_token = r.json().value("sessionToken").toString().toLatin1();
            break;
        case 5: {
            const QJsonObject o = r.json();
            m_transaction = o.value("transactionId").toString().toLatin1();
            m_bankPage = QUrl(o.value("redirectUrl").toString()).path().toLatin1();
            break;
        }
        case 9:
            m_app = QUrl(r.json().value("appUrl").toString()).path().toLatin1();
            break;
        case kRequests - 1:
            m_complete = r.json().value("overview").toObject().value("complete").toBool();
            if (!m_complete)
                m_failed = true;
            break;
        default:
            break;
        }
        ++m_step;
        return !m_failed;
    }

private:
    QByteArray m_code;
    QByteArray m_token;
    QByteArray m_transaction;
    QByteArray m_bankPage;
    QByteArray m_app;
    int m_step = 0;
    bool m_failed = false;
    bool m_complete = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load figures for dpdesk-server on loopback."));
    parser.addHelpOption();
    const QCommandLineOption sizeOpt(
        QStringLiteral("size"),
        QStringLiteral("applications seeded, the changes feed's size (default 10000)"), QStringLiteral("N"),
        QStringLiteral("10000"));
    const QCommandLineOption connectionsOpt(QStringLiteral("connections"),
                                            QStringLiteral("concurrent keep-alive connections (default 8)"),
                                            QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption requestsOpt(
        QStringLiteral("requests"),
        QStringLiteral("requests per phase for health and customer login (default 20000)"),
        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption invitationsOpt(
        QStringLiteral("invitations"), QStringLiteral("invitations created, at most --size (default 2000)"),
        QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption journeysOpt(
        QStringLiteral("journeys"),
        QStringLiteral(
            "full customer journeys, each on a code of its own, at most --invitations (default 2000)"),
        QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"),
                                        QStringLiteral("time limit of each measured phase (default 10)"),
                                        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption databaseOpt(
        QStringLiteral("database"),
        QStringLiteral("postgresql://user@host:port/db: run on a fresh database created on that server "
                       "(default: a temporary SQLite file)"),
        QStringLiteral("URL"));
    const QCommandLineOption tempOpt(QStringLiteral("temp-dir"),
                                     QStringLiteral("folder for the SQLite file (default: the system's)"),
                                     QStringLiteral("DIR"));
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       QStringLiteral("dpdesk-server program (default: beside this one)"),
                                       QStringLiteral("PATH"));
    const QCommandLineOption logOpt(QStringLiteral("server-log-level"),
                                    QStringLiteral("--log-level of the server (default warning)"),
                                    QStringLiteral("LEVEL"), QStringLiteral("warning"));
    const QCommandLineOption syncOpt(QStringLiteral("sqlite-sync"),
                                     QStringLiteral("--sqlite-sync of the server: full (default) or normal"),
                                     QStringLiteral("MODE"), QStringLiteral("full"));
    parser.addOptions({sizeOpt, connectionsOpt, requestsOpt, invitationsOpt, journeysOpt, secondsOpt,
                       databaseOpt, tempOpt, serverOpt, logOpt, syncOpt});
    parser.process(app);

    const int size = qMax(1, parser.value(sizeOpt).toInt());
    const int connections = qBound(1, parser.value(connectionsOpt).toInt(), 256);
    const qint64 requests = qMax(1, parser.value(requestsOpt).toInt());
    const int invitations = qBound(1, parser.value(invitationsOpt).toInt(), size);
    const qint64 phaseMs = qint64(qMax(1, parser.value(secondsOpt).toInt())) * 1000;
    const int journeys = qBound(0, parser.value(journeysOpt).toInt(), invitations);
    const QString serverBin = parser.isSet(serverOpt)
        ? parser.value(serverOpt)
        : QCoreApplication::applicationDirPath() + QStringLiteral("/dpdesk-server");

    std::unique_ptr<QTemporaryDir> dir = parser.isSet(tempOpt)
        ? std::make_unique<QTemporaryDir>(parser.value(tempOpt) + QStringLiteral("/bench_server-XXXXXX"))
        : std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        progress(QStringLiteral("cannot create a temporary folder"));
        return 1;
    }
    std::unique_ptr<PostgresDatabase> pg;
    QString database = QStringLiteral("sqlite:") + dir->filePath(QStringLiteral("bench.db"));
    if (parser.isSet(databaseOpt)) {
        pg = std::make_unique<PostgresDatabase>(parser.value(databaseOpt));
        if (!pg->create()) {
            progress(QStringLiteral("cannot create a database on %1").arg(parser.value(databaseOpt)));
            return 1;
        }
        database = pg->url();
    }

    ServerProcess server;
    QString why;
    progress(QStringLiteral("starting %1 (%2)").arg(serverBin, pg ? "postgresql" : "sqlite"));
    if (!server.start(serverBin,
                      {"--listen", "127.0.0.1:0", "--database", database, "--secret-key-file",
                       dir->filePath(QStringLiteral("server.key")), "--log-level", parser.value(logOpt),
                       "--customer-logins-per-minute", "1000000000", "--sqlite-sync", parser.value(syncOpt),
                       "--mail-outbox", dir->filePath(QStringLiteral("outbox")), "--demo"},
                      &why)) {
        progress(why);
        return 1;
    }
    const auto anna = demoUser(server.output(), QStringLiteral("anna"));
    if (!anna) {
        progress(QStringLiteral("no demo user in the server output"));
        return 1;
    }

    LoadClient client(server.host(), server.port());
    const Response login = client.call(Request{
        "POST",
        "/api/v1/auth/login",
        compact(QJsonObject{{"username", anna->username},
                            {"password", anna->password},
                            {"code", dpdesk::totp(anna->totpSecret, QDateTime::currentSecsSinceEpoch())}}),
        {},
        false});
    if (login.status != 200) {
        progress(QStringLiteral("login failed: %1 %2").arg(login.status).arg(QString::fromUtf8(login.body)));
        return 1;
    }
    client.setBearer(login.json().value("accessToken").toString());
    progress(QStringLiteral("server pid %1 on port %2").arg(server.pid()).arg(server.port()));

    // 1. Baseline: the trivial route.
    progress(QStringLiteral("health: %1 requests, %2 connections").arg(requests).arg(connections));
    {
        const Request health{"GET", "/api/v1/health", {}, {}, false};
        const Stats s = client.run(
            connections, requests, phaseMs, [&](int) { return std::optional<Request>(health); },
            [](int, const Response &r) { return r.status == 200; });
        report("health", s, double(s.ok), "req/s");
    }

    // 2. Seeding: create --size applications (one applicant each).
    progress(QStringLiteral("seeding %1 applications").arg(size));
    std::vector<Seeded> seeded;
    seeded.reserve(size_t(size));
    {
        int n = 0;
        const Stats s = client.run(
            connections, size, 600'000,
            [&](int) {
                return std::optional<Request>(Request{
                    "POST", "/api/v1/applications", compact(applicationBody(++n)), {freshIdempotencyKey()}});
            },
            [&](int, const Response &r) {
                if (r.status != 201)
                    return false;
                const QJsonObject o = r.json();
                seeded.push_back(
                    {o.value("id").toString().toLongLong(),
                     o.value("applicants").toArray().at(0).toObject().value("id").toString().toLongLong()});
                return true;
            });
        report("create_application", s, double(s.ok), "req/s");
        if (seeded.empty())
            return 1;
    }

    // 3. Create invitations (code), a fresh Idempotency-Key each.
    progress(QStringLiteral("creating up to %1 invitations").arg(invitations));
    QList<QByteArray> codes;
    {
        size_t n = 0;
        const size_t limit = std::min(seeded.size(), size_t(invitations));
        const Stats s = client.run(
            connections, qint64(limit), phaseMs,
            [&](int) -> std::optional<Request> {
                if (n >= limit)
                    return std::nullopt;
                const Seeded &t = seeded[n++];
                return Request{"POST",
                               QStringLiteral("/api/v1/applications/%1/applicants/%2/invitations")
                                   .arg(t.applicationId)
                                   .arg(t.applicantId)
                                   .toLatin1(),
                               R"({"kind":"code"})",
                               {freshIdempotencyKey()}};
            },
            [&](int, const Response &r) {
                if (r.status != 201)
                    return false;
                codes.append(r.json().value("code").toString().toLatin1());
                return true;
            });
        report("create_invitation", s, double(s.ok), "req/s");
        if (codes.isEmpty())
            return 1;
    }

    // 4. Customer login: round robin over the codes, right date of birth.
    progress(QStringLiteral("customer login: %1 requests over %2 codes").arg(requests).arg(codes.size()));
    {
        qsizetype n = 0;
        const Stats s = client.run(
            connections, requests, phaseMs,
            [&](int) {
                const QByteArray &code = codes.at(n++ % codes.size());
                return std::optional<Request>(
                    Request{"POST",
                            "/api/v1/customer/login",
                            R"({"code":")" + code + R"(","dateOfBirth":"1980-05-17"})",
                            {},
                            false});
            },
            [](int, const Response &r) { return r.status == 200; });
        report("customer_login", s, double(s.ok), "req/s");
    }

    // 5. Customer journeys: each connection walks one customer at a time
    //    through every step, on a code nobody used for a journey yet (the
    //    login phase above only logged in, which changes nothing, C7).
    progress(QStringLiteral("customer journeys: %1 over %2 connections").arg(journeys).arg(connections));
    if (journeys > 0) {
        std::vector<std::optional<Journey>> current(static_cast<size_t>(connections));
        qsizetype nextCode = 0;
        qint64 completed = 0;
        const auto advance = [&](int c) -> std::optional<Request> {
            std::optional<Journey> &j = current[size_t(c)];
            if (j && !j->finished())
                return j->next();
            if (nextCode >= qMin<qsizetype>(journeys, codes.size()))
                return std::nullopt;
            j.emplace(codes.at(nextCode++));
            return j->next();
        };
        const double cpuBefore = cpuSeconds(server.pid());
        const Stats s = client.run(connections, qint64(journeys) * Journey::kRequests,
                                   qMax<qint64>(phaseMs, 60'000), advance, [&](int c, const Response &r) {
                                       Journey &j = *current[size_t(c)];
                                       const bool ok = j.take(r);
                                       if (j.complete())
                                           ++completed;
                                       return ok;
                                   });
        figure("customer_journey_throughput", s.perSecond(double(completed)), "journeys/s");
        figure("customer_journey_completed", double(completed), "journeys");
        // The server's own CPU time per journey: what one core could do if
        // the server had it to itself (the machine may be shared).
        const double cpu = cpuSeconds(server.pid()) - cpuBefore;
        if (cpu > 0 && completed > 0)
            figure("customer_journey_server_cpu", cpu * 1000.0 / double(completed), "ms/journey");
        report("customer_journey_request", s, double(s.ok), "req/s");
    }

    // 6. Changes feed: every connection pages through the whole feed from 0
    //    (pages of 500), starting again at the end, until three full passes'
    //    worth of pages or the time limit.
    progress(QStringLiteral("changes feed: %1 records, pages of 500").arg(seeded.size()));
    {
        std::vector<qint64> cursor(size_t(connections), 0);
        qint64 records = 0;
        bool checked = false;
        const qint64 pagesPerPass = (qint64(seeded.size()) + 499) / 500;
        const Stats s = client.run(
            connections, 3 * pagesPerPass * connections, phaseMs,
            [&](int c) {
                return std::optional<Request>(
                    Request{"GET",
                            "/api/v1/changes?after=" + QByteArray::number(cursor[size_t(c)]) + "&limit=500",
                            {},
                            {},
                            true});
            },
            [&](int c, const Response &r) {
                if (r.status != 200)
                    return false;
                // Cheap scan instead of a full parse, so the client stays light:
                // the keys of a compact QJsonDocument come sorted, "hasMore" and
                // "nextCursor" after the "changes" array.
                const qsizetype more = r.body.lastIndexOf("\"hasMore\":");
                const qsizetype next = r.body.lastIndexOf("\"nextCursor\":");
                if (more < 0 || next < 0)
                    return false;
                const qint64 count = r.body.count("\"entity\":");
                if (!checked) { // once: the scan agrees with a real parse
                    checked = true;
                    const QJsonObject o = r.json();
                    if (o.value("changes").toArray().size() != count)
                        qFatal("bench_server: unexpected changes-feed shape");
                }
                records += count;
                const bool hasMore = r.body.mid(more + 10, 4) == "true";
                qsizetype end = next + 13;
                while (end < r.body.size() && r.body.at(end) >= '0' && r.body.at(end) <= '9')
                    ++end;
                cursor[size_t(c)] = hasMore ? r.body.mid(next + 13, end - next - 13).toLongLong() : 0;
                return true;
            });
        figure("changes_feed_records", s.perSecond(double(records)), "records/s");
        report("changes_feed_page", s, double(s.ok), "pages/s");
    }

    server.stop();
    return 0;
}
