// Crash durability: dpdesk-server is SIGKILLed in the middle of a burst of
// application creations and restarted on the same SQLite file. Every write
// that got a 2xx answer must be there (same id, same reference), nothing may
// be half written (every application has both applicants, its change-feed
// entry and its idempotency record), and replaying an unanswered request with
// its Idempotency-Key must give the stored answer or create exactly one record.
#include "core/otp/Base32.h"
#include "core/otp/Totp.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <optional>
#include <vector>

#include "support/Requests.h"
#include "support/TestHttp.h"

#ifndef DPDESK_SERVER_BIN
#error "DPDESK_SERVER_BIN must name the dpdesk-server program"
#endif

using namespace dpdesk;
using namespace dpdesk::test;

namespace {

constexpr int kBurst = 40; // creations per run
constexpr int kInFlight = 6; // at most this many sent and unanswered at once

// dpdesk-server as a child process; reads its stdout up to "listening on".
class ServerProcess
{
public:
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &arguments)
    {
        m_output.clear();
        m_process.setProgram(QStringLiteral(DPDESK_SERVER_BIN));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10'000))
            return false;
        static const QRegularExpression listening(QStringLiteral("listening on (http://[0-9.]+:\\d+)"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15'000 && m_process.state() == QProcess::Running) {
            m_output += m_process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(m_output));
            if (m.hasMatch()) {
                m_baseUrl = QUrl(m.captured(1));
                return true;
            }
            m_process.waitForReadyRead(200);
        }
        return false;
    }

    void killHard() { m_process.kill(); } // SIGKILL on Unix
    // The event loop may already have seen the exit; waitForFinished() is false then.
    bool waitDead() { return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(5000); }
    bool stop()
    {
        m_process.terminate();
        return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(10'000);
    }

    QString output() const { return QString::fromUtf8(m_output); }
    QUrl baseUrl() const { return m_baseUrl; }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

private:
    QProcess m_process;
    QByteArray m_output;
    QUrl m_baseUrl;
};

struct Credentials
{
    QString password;
    QByteArray totpSecret;
};

// One user from the demo text printed by DemoSeeder::describe().
std::optional<Credentials> demoUser(const QString &text, const QString &username)
{
    static const QRegularExpression block(
        QStringLiteral("^  (\\S+) \\([^\\n]*\\n    password:\\s+(\\S+)\\n    TOTP secret:\\s+(\\S+)"),
        QRegularExpression::MultilineOption);
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1) != username)
            continue;
        auto secret = Base32::decode(m.captured(3));
        if (!secret)
            return std::nullopt;
        return Credentials{m.captured(2), secret.value()};
    }
    return std::nullopt;
}

// One creation of the burst, on its own connection.
struct Attempt
{
    enum State { NotSent, InFlight, Acknowledged, Lost };

    QString reference;
    QByteArray key;
    QByteArray body;
    State state = NotSent;
    int status = 0;
    QJsonObject answer;
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
};

// Parses a complete Content-Length framed response off the buffer.
bool parseResponse(const QByteArray &buffer, int *status, QByteArray *body)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    qint64 length = 0;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return false;
    *status = statusLine.value(1).toInt();
    *body = buffer.mid(headerEnd + 4, length);
    return true;
}

} // namespace

class TestKillDurability : public QObject
{
    Q_OBJECT

private slots:
    void killMidBurst_data()
    {
        QTest::addColumn<quint32>("seed");
        // Seeds chosen so K spreads over the burst: 4, 18 and 30.
        QTest::newRow("seed 8") << quint32(8);
        QTest::newRow("seed 2024") << quint32(2024);
        QTest::newRow("seed 5") << quint32(5);
    }

    void killMidBurst()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const int killAfter = 1 + int(random.bounded(kBurst - kInFlight - 1)); // K acknowledged answers
        qInfo("seed %u: SIGKILL after %d acknowledged creations", seed, killAfter);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dbPath = dir.filePath(QStringLiteral("portal.db"));
        const QStringList args{"--listen",          "127.0.0.1:0",
                               "--database",        QStringLiteral("sqlite:") + dbPath,
                               "--secret-key-file", dir.filePath(QStringLiteral("server.key")),
                               "--log-level",       "warning"};

        ServerProcess server;
        QVERIFY2(server.start(args + QStringList{"--demo"}), qPrintable(server.output()));
        const auto anna = demoUser(server.output(), QStringLiteral("anna"));
        QVERIFY2(anna, qPrintable(server.output()));

        TestHttp login(server.baseUrl());
        const auto loggedIn =
            login.post("/api/v1/auth/login",
                       QJsonObject{{"username", "anna"},
                                   {"password", anna->password},
                                   {"code", totp(anna->totpSecret, QDateTime::currentSecsSinceEpoch())}});
        QCOMPARE(loggedIn.status, 200);
        const QByteArray token = loggedIn.json().value("accessToken").toString().toLatin1();
        QVERIFY(!token.isEmpty());

        // The burst: kBurst creations, kInFlight at a time, each on its own
        // connection with its own Idempotency-Key; SIGKILL after killAfter 2xx.
        std::vector<Attempt> attempts(kBurst);
        for (int i = 0; i < kBurst; ++i) {
            Attempt &a = attempts[size_t(i)];
            a.reference = QStringLiteral("KILL-%1-%2").arg(seed).arg(i);
            a.key = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
            a.body = QJsonDocument(newApplicationBody(a.reference, 2)).toJson(QJsonDocument::Compact);
        }
        const quint16 port = quint16(server.baseUrl().port());
        int acknowledged = 0;
        int refused = 0;
        bool killed = false;
        int next = 0;
        int inFlight = 0;
        QEventLoop loop;

        std::function<void()> fill;
        auto settle = [&](Attempt &a, Attempt::State state) {
            if (a.state != Attempt::InFlight)
                return;
            a.state = state;
            --inFlight;
            a.socket->disconnect();
            a.socket->deleteLater();
            a.socket = nullptr;
            if (state == Attempt::Acknowledged && ++acknowledged == killAfter && !killed) {
                killed = true;
                server.killHard();
            }
            fill();
        };
        fill = [&] {
            while (!killed && next < kBurst && inFlight < kInFlight) {
                Attempt &a = attempts[size_t(next++)];
                a.state = Attempt::InFlight;
                ++inFlight;
                a.socket = new QTcpSocket;
                QObject::connect(a.socket, &QTcpSocket::connected, [&a, token, port] {
                    a.socket->write("POST /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1:"
                                    + QByteArray::number(port) + "\r\nAuthorization: Bearer " + token
                                    + "\r\nIdempotency-Key: " + a.key
                                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                                    + QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body);
                });
                QObject::connect(a.socket, &QTcpSocket::readyRead, [&a, &settle, &refused] {
                    a.buffer += a.socket->readAll();
                    QByteArray body;
                    if (!parseResponse(a.buffer, &a.status, &body))
                        return;
                    a.answer = QJsonDocument::fromJson(body).object();
                    if (a.status < 200 || a.status >= 300)
                        ++refused;
                    settle(a, a.status >= 200 && a.status < 300 ? Attempt::Acknowledged : Attempt::Lost);
                });
                QObject::connect(a.socket, &QTcpSocket::errorOccurred,
                                 [&a, &settle](QAbstractSocket::SocketError) { settle(a, Attempt::Lost); });
                a.socket->connectToHost(QStringLiteral("127.0.0.1"), port);
            }
            if (inFlight == 0)
                loop.quit();
        };
        QTimer::singleShot(0, [&] { fill(); });
        QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
        loop.exec();
        for (Attempt &a : attempts) { // only after a timeout
            if (a.socket) {
                a.socket->disconnect();
                delete a.socket;
                a.socket = nullptr;
            }
        }
        QVERIFY(killed);
        QVERIFY(server.waitDead());
        QCOMPARE(server.exitStatus(), QProcess::CrashExit);
        QCOMPARE(refused, 0); // no answer but 2xx before the kill

        QList<int> lost; // sent, never answered
        for (int i = 0; i < kBurst; ++i) {
            QVERIFY2(attempts[size_t(i)].state != Attempt::InFlight, "a request never settled");
            if (attempts[size_t(i)].state == Attempt::Lost)
                lost.append(i);
        }
        QVERIFY(acknowledged >= killAfter);
        QVERIFY(lost.size() <= kInFlight);
        qInfo("seed %u: %d acknowledged, %lld in flight at the kill", seed, acknowledged,
              qlonglong(lost.size()));

        // Restart on the same file; the access token is stored there too.
        QVERIFY2(server.start(args), qPrintable(server.output()));
        TestHttp http(server.baseUrl());
        http.setBearer(QString::fromLatin1(token));

        // This run's applications (the demo office has its own as well).
        const QString prefix = QStringLiteral("KILL-%1-").arg(seed);
        auto listAll = [&http, &prefix]() {
            QHash<QString, QJsonObject> byReference;
            QStringList duplicates;
            const auto list = http.get("/api/v1/applications?limit=500");
            for (const QJsonValue &v : list.json().value("items").toArray()) {
                const QJsonObject o = v.toObject();
                const QString ref = o.value("reference").toString();
                if (!ref.startsWith(prefix))
                    continue;
                if (byReference.contains(ref))
                    duplicates.append(ref);
                byReference.insert(ref, o);
            }
            return std::make_pair(byReference, duplicates);
        };

        // Every acknowledged write is there, the same as answered.
        for (const Attempt &a : attempts) {
            if (a.state != Attempt::Acknowledged)
                continue;
            const QString id = a.answer.value("id").toString();
            const auto read = http.get("/api/v1/applications/" + id);
            QVERIFY2(read.status == 200, qPrintable(a.reference + " is missing after the crash"));
            QCOMPARE(read.json().value("reference").toString(), a.reference);
            QCOMPARE(read.json().value("id").toString(), id);
            QCOMPARE(read.json().value("applicants").toArray().size(), 2);
        }
        const auto [before, duplicatesBefore] = listAll();
        QVERIFY2(duplicatesBefore.isEmpty(), qPrintable(duplicatesBefore.join(", ")));
        QSet<QString> survivedUnanswered;
        for (const Attempt &a : attempts) {
            if (a.state == Attempt::Lost && before.contains(a.reference))
                survivedUnanswered.insert(a.reference);
            if (a.state == Attempt::NotSent)
                QVERIFY2(!before.contains(a.reference), qPrintable(a.reference));
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(it.value().value("applicants").toArray().size(), 2);
        QCOMPARE(int(before.size()), acknowledged + int(survivedUnanswered.size()));
        qInfo("seed %u: %lld of them committed without an answer", seed,
              qlonglong(survivedUnanswered.size()));

        // The changes feed has one entry per application.
        const auto feed = http.get("/api/v1/changes?after=0&limit=1000");
        QCOMPARE(feed.status, 200);
        QVERIFY(!feed.json().value("hasMore").toBool());
        QSet<QString> ids;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            ids.insert(it.value().value("id").toString());
        int inFeed = 0;
        for (const QJsonValue &v : feed.json().value("changes").toArray()) {
            const QJsonObject change = v.toObject();
            if (change.value("entity").toString() == QLatin1String("application")
                && ids.contains(change.value("id").toString()))
                ++inFeed;
        }
        QCOMPARE(inFeed, int(before.size()));

        // Replays with the same Idempotency-Key: the stored answer, or exactly one new record.
        for (int i : lost) {
            const Attempt &a = attempts[size_t(i)];
            const auto replay =
                http.request("POST", "/api/v1/applications", a.body,
                             {{"Idempotency-Key", a.key}, {"Content-Type", "application/json"}});
            QCOMPARE(replay.status, 201);
            QCOMPARE(replay.json().value("reference").toString(), a.reference);
            const bool replayed = replay.header("Idempotent-Replayed") == "true";
            QVERIFY2(replayed == survivedUnanswered.contains(a.reference), qPrintable(a.reference));
            if (replayed)
                QCOMPARE(replay.json().value("id").toString(),
                         before.value(a.reference).value("id").toString());
        }
        // And an acknowledged one gives back its stored answer.
        for (const Attempt &a : attempts) {
            if (a.state != Attempt::Acknowledged)
                continue;
            const auto replay =
                http.request("POST", "/api/v1/applications", a.body,
                             {{"Idempotency-Key", a.key}, {"Content-Type", "application/json"}});
            QCOMPARE(replay.status, 201);
            QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
            QCOMPARE(replay.json(), a.answer);
            break;
        }
        const auto [after, duplicatesAfter] = listAll();
        QVERIFY2(duplicatesAfter.isEmpty(), qPrintable(duplicatesAfter.join(", ")));
        const int total = int(after.size());
        QCOMPARE(total, acknowledged + int(lost.size()));
        QVERIFY(server.stop());

        // Straight from the file: nothing half written, the file is sound.
        const QString connection = QStringLiteral("kill-check-%1").arg(seed);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(dbPath);
            QVERIFY(db.open());
            auto scalar = [&db](const QString &sql, const QVariant &first = {}, const QVariant &second = {}) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant &v : {first, second}) {
                    if (v.isValid())
                        q.addBindValue(v);
                }
                return q.exec() && q.next() ? q.value(0) : QVariant();
            };
            QCOMPARE(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            const QString ours = prefix + '%';
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications WHERE reference LIKE ?"), ours)
                         .toInt(),
                     total);
            QCOMPARE(scalar(QStringLiteral(
                                "SELECT COUNT(*) FROM applications a WHERE a.reference LIKE ? AND "
                                "(SELECT COUNT(*) FROM applicants p WHERE p.application_id = a.id) <> 2"),
                            ours)
                         .toInt(),
                     0);
            QCOMPARE(
                scalar(QStringLiteral("SELECT COUNT(*) FROM applicants p WHERE NOT EXISTS (SELECT 1 FROM "
                                      "applications a WHERE a.id = p.application_id)"))
                    .toInt(),
                0);
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM changes c JOIN applications a ON a.id = "
                                           "c.entity_id WHERE c.entity = ? AND a.reference LIKE ?"),
                            QStringLiteral("application"), ours)
                         .toInt(),
                     total);
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit d JOIN applications a ON a.id = "
                                           "d.application_id WHERE a.reference LIKE ?"),
                            ours)
                         .toInt(),
                     total);
            int stored = 0; // every request sent has its stored answer
            for (const Attempt &a : attempts) {
                if (a.state != Attempt::NotSent)
                    stored += scalar(QStringLiteral("SELECT COUNT(*) FROM idempotency WHERE idem_key = ?"),
                                     QString::fromLatin1(a.key))
                                  .toInt();
            }
            QCOMPARE(stored, total);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

QTEST_GUILESS_MAIN(TestKillDurability)
#include "tst_kill_durability.moc"
