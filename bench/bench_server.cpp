// bench_server: request rates and latencies of the portal service on loopback.
//
// Starts dpdesk-server (found beside this program) as a child process with a
// fresh database (a temporary SQLite file, or a new database on the
// PostgreSQL server given by --database, dropped again afterwards), logs in
// as the demo admin, seeds --size applications through the API and drives
// keep-alive HTTP/1.1 connections (one request in flight per connection, no
// pipelining) against: the health route (baseline), creating applications
// (the seeding), creating invitations, customer login and paging through
// the changes feed, then changing bank accounts (a new contract PDF each) and
// downloading documents. Prints one "name: value unit" line per figure on stdout,
// progress on stderr. Every phase is bounded by a request count and a time
// limit.
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

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "support/BenchOutput.h"
#include "support/DemoLogin.h"
#include "support/LoadClient.h"
#include "support/ServerProcess.h"

using namespace bench_support;

namespace {

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

void report(const char *prefix, const Stats &s, double count, const char *unit)
{
    const QByteArray p(prefix);
    figure((p + "_throughput").constData(), s.perSecond(count), unit);
    figure((p + "_latency_p50").constData(), s.percentileMs(50), "ms");
    figure((p + "_latency_p99").constData(), s.percentileMs(99), "ms");
    figure((p + "_errors").constData(), double(s.failed), "requests");
    if (s.serverCpuMs >= 0 && s.ok + s.failed > 0)
        figure((p + "_server_cpu").constData(), s.serverCpuMs / double(s.ok + s.failed), "ms/request");
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
            m_bankPage = "/api/v1/sandbox/idin/" + m_transaction; // the bank page's JSON twin
            break;
        }
        case 9:
            m_app = QUrl(r.json().value("appUrl").toString())
                        .path()
                        .replace("/sandbox/app/", "/api/v1/sandbox/identification/")
                        .toLatin1(); // the app page's JSON twin
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
    const QCommandLineOption bankOpt(
        QStringLiteral("bank-account-changes"),
        QStringLiteral("bank-account changes (each a new contract PDF) and first document downloads, at "
                       "most --size (default 200; 0 skips)"),
        QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({sizeOpt, connectionsOpt, requestsOpt, invitationsOpt, journeysOpt, secondsOpt,
                       databaseOpt, tempOpt, serverOpt, logOpt, syncOpt, bankOpt});
    parser.process(app);

    const int size = qMax(1, parser.value(sizeOpt).toInt());
    const int connections = qBound(1, parser.value(connectionsOpt).toInt(), 256);
    const qint64 requests = qMax(1, parser.value(requestsOpt).toInt());
    const int invitations = qBound(1, parser.value(invitationsOpt).toInt(), size);
    const qint64 phaseMs = qint64(qMax(1, parser.value(secondsOpt).toInt())) * 1000;
    const int bankChanges = qBound(0, parser.value(bankOpt).toInt(), size);
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
    const auto token = logIn(client, *anna);
    if (!token)
        return 1;
    client.setBearer(*token);
    progress(QStringLiteral("server pid %1 on port %2").arg(server.pid()).arg(server.port()));
    client.setServerPid(server.pid());

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
        if (s.serverCpuMs > 0 && completed > 0)
            figure("customer_journey_server_cpu", s.serverCpuMs / double(completed), "ms/journey");
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

    // 6. Documents (S5, D1): change the bank account of the first
    //    --bank-account-changes applications (each a new contract version,
    //    its PDF rendered inside the request), then download each one's ESIC
    //    twice: the first download renders and stores it, the second serves
    //    the stored PDF. One connection, one request at a time, so the
    //    latencies are each request's own time end to end, not queueing.
    if (bankChanges > 0) {
        progress(QStringLiteral("documents: %1 bank-account changes and ESIC downloads").arg(bankChanges));
        std::vector<qint64> version(size_t(bankChanges), 0);
        std::vector<QByteArray> esic(static_cast<size_t>(bankChanges));
        const auto prefetch = [&](const QByteArray &suffix,
                                  const std::function<void(size_t, const QJsonObject &)> &take) {
            size_t n = 0;
            std::vector<size_t> pending(static_cast<size_t>(connections));
            client.run(
                connections, bankChanges, 600'000,
                [&](int conn) -> std::optional<Request> {
                    if (n >= size_t(bankChanges))
                        return std::nullopt;
                    pending[size_t(conn)] = n;
                    return Request{"GET",
                                   "/api/v1/applications/" + QByteArray::number(seeded[n++].applicationId)
                                       + suffix,
                                   {},
                                   {},
                                   true};
                },
                [&](int conn, const Response &r) {
                    take(pending[size_t(conn)], r.json());
                    return r.status == 200;
                });
        };
        prefetch({}, [&](size_t i, const QJsonObject &o) { version[i] = o.value("version").toInteger(); });
        {
            size_t n = 0;
            const Stats s = client.run(
                1, bankChanges, 600'000,
                [&](int) -> std::optional<Request> {
                    if (n >= size_t(bankChanges))
                        return std::nullopt;
                    const size_t i = n++;
                    return Request{
                        "PUT",
                        "/api/v1/applications/" + QByteArray::number(seeded[i].applicationId)
                            + "/bank-account",
                        R"({"iban":"NL20INGB0001234567","accountHolder":"J. de Boer-Jansen"})",
                        {freshIdempotencyKey(), {"If-Match", '"' + QByteArray::number(version[i]) + '"'}}};
                },
                [](int, const Response &r) { return r.status == 200; });
            report("change_bank_account", s, double(s.ok), "req/s");
        }
        prefetch("/documents", [&](size_t i, const QJsonObject &o) {
            for (const auto &d : o.value("items").toArray()) {
                if (d.toObject().value("kind").toString() == QLatin1String("esic"))
                    esic[i] = d.toObject().value("id").toString().toLatin1();
            }
        });
        for (const char *phase : {"document_first_download", "document_download"}) {
            size_t n = 0;
            const Stats s = client.run(
                1, bankChanges, 600'000,
                [&](int) -> std::optional<Request> {
                    if (n >= size_t(bankChanges))
                        return std::nullopt;
                    const size_t i = n++;
                    return Request{"GET",
                                   "/api/v1/applications/" + QByteArray::number(seeded[i].applicationId)
                                       + "/documents/" + esic[i],
                                   {},
                                   {},
                                   true};
                },
                [](int, const Response &r) { return r.status == 200 && r.body.startsWith("%PDF-"); });
            report(phase, s, double(s.ok), "req/s");
        }
    }

    server.stop();
    return 0;
}
