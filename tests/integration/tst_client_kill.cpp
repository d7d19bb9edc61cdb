// Crash durability of the desktop client: client_kill_worker (LocalCache +
// ApiClient + SyncEngine in a process of its own) enqueues a few new
// applications and syncs them to the real portal service (in-process here),
// and is SIGKILLed at a seeded point: after its k-th event line (plus a
// seeded delay of a few milliseconds), or at the moment the server commits
// its j-th creation (the answer then never arrives). Then it runs again on
// the same cache, to the end. Every action the worker reported queued
// (enqueue returned) must be in the outbox or on the server after the kill,
// and on the server exactly once after the restart, with the outbox empty;
// an action whose enqueue was interrupted is on the server at most once, and
// exactly once when its entry had reached the outbox. The local cache ends
// with each application exactly once, under the server's id.
//
// DPDESK_KILL_POINTS raises the number of kill points (default 200),
// DPDESK_KILL_SEED picks another base seed; failures name both.
#include "client/cache/LocalCache.h"
#include "core/domain/Enums.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "support/Accounts.h"
#include "support/ServerFixture.h"
#include "support/TestHttp.h"

#ifndef DPDESK_KILL_WORKER_BIN
#error "DPDESK_KILL_WORKER_BIN must name the client_kill_worker program"
#endif

using namespace dpdesk;
using namespace dpdesk::test;

namespace {

constexpr quint32 kDefaultSeed = 20'240'611;
constexpr int kDefaultPoints = 200;
constexpr int kRoundsPerServer = 25; // kill points sharing one server and one cache file
constexpr int kServerDownRounds = 12;
constexpr int kWorkerTimeoutMs = 30'000;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

quint32 baseSeed()
{
    bool ok = false;
    const uint value = qEnvironmentVariable("DPDESK_KILL_SEED").toUInt(&ok);
    return ok ? quint32(value) : kDefaultSeed;
}

struct KillPlan
{
    enum Mode { Never, AfterLine, AtServerCommit };
    Mode mode = Never;
    int line = 0; // AfterLine: kill after this many lines (0: once started)
    int delayMs = 0; // AfterLine: and this much later
    int commit = 0; // AtServerCommit: kill inside the server's j-th commit, before it answers

    QString describe() const
    {
        switch (mode) {
        case Never:
            return QStringLiteral("no kill");
        case AfterLine:
            return QStringLiteral("kill %1 ms after line %2").arg(delayMs).arg(line);
        case AtServerCommit:
            return QStringLiteral("kill at server commit %1").arg(commit);
        }
        return {};
    }
};

struct WorkerRun
{
    QStringList lines;
    QByteArray errorOutput;
    bool timedOut = false;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    int exitCode = -1;

    bool crashed() const { return exitStatus == QProcess::CrashExit; }
    // The references of the lines "<word> <reference>".
    QStringList references(const QString &word) const
    {
        QStringList result;
        for (const QString &line : lines)
            if (line.startsWith(word + u' '))
                result << line.mid(word.size() + 1);
        return result;
    }
    QString transcript() const
    {
        return QStringLiteral("worker stdout:\n  ") + lines.join(QStringLiteral("\n  "))
            + QStringLiteral("\nworker stderr (tail):\n") + QString::fromUtf8(errorOutput.right(3000));
    }
};

// Runs the worker to its end or to the kill, spinning the event loop so that
// the in-process server answers meanwhile.
WorkerRun runWorker(const QStringList &arguments, const QString &token, const KillPlan &plan,
                    server::PortalServer &server)
{
    WorkerRun run;
    QProcess process;
    QObject guard; // ends the connections to the server with this run
    QByteArray partial;
    int lineCount = 0;
    int commits = 0;
    bool killIssued = false;

    auto killNow = [&] {
        if (!killIssued && process.state() != QProcess::NotRunning) {
            killIssued = true;
            process.kill(); // SIGKILL
        }
    };
    auto killSoon = [&] {
        if (plan.delayMs == 0)
            killNow();
        else
            QTimer::singleShot(plan.delayMs, &guard, killNow);
    };
    auto takeOutput = [&] {
        partial += process.readAllStandardOutput();
        qsizetype newline;
        while ((newline = partial.indexOf('\n')) >= 0) {
            run.lines << QString::fromUtf8(partial.left(newline));
            partial.remove(0, newline + 1);
            if (plan.mode == KillPlan::AfterLine && ++lineCount == plan.line)
                killSoon();
        }
    };

    QEventLoop loop;
    QObject::connect(&process, &QProcess::started, &guard, [&] {
        if (plan.mode == KillPlan::AfterLine && plan.line == 0)
            killSoon();
    });
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &guard, takeOutput);
    QObject::connect(&process, &QProcess::readyReadStandardError, &guard,
                     [&] { run.errorOutput += process.readAllStandardError(); });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    if (plan.mode == KillPlan::AtServerCommit) {
        // Emitted after the server's transaction committed and before it
        // writes the answer: the worker dies waiting for it.
        QObject::connect(&server, &server::PortalServer::changesCommitted, &guard, [&] {
            if (++commits == plan.commit)
                killNow();
        });
    }
    QTimer::singleShot(kWorkerTimeoutMs, &loop, [&] {
        run.timedOut = true;
        loop.quit();
    });

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DPDESK_KILL_WORKER_TOKEN"), token);
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(DPDESK_KILL_WORKER_BIN));
    process.setArguments(arguments);
    process.start();
    if (process.waitForStarted(10'000)) // does not wait for the program to do anything
        loop.exec();
    else
        run.timedOut = true;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    takeOutput();
    if (!partial.isEmpty()) // a line cut by the kill
        run.lines << QString::fromUtf8(partial) + QStringLiteral(" <cut>");
    run.errorOutput += process.readAllStandardError();
    run.exitStatus = process.exitStatus();
    run.exitCode = process.exitCode();
    return run;
}

// One moment's view of a round's references: the worker's cache and the server.
struct Snapshot
{
    QHash<QString, int> outbox; // reference -> pending entries
    QStringList outboxKeys; // idempotency keys, in outbox order
    int conflicts = 0; // entries in state Conflict
    QStringList conflictMessages; // the server's messages
    QHash<QString, int> server; // reference -> applications
    QHash<QString, QString> serverIds;
    QHash<QString, int> cached; // reference -> applications in the local cache
    QHash<QString, QString> cachedIds;
    QString error;

    QSet<QString> inBoth() const
    {
        QSet<QString> both;
        for (auto it = outbox.cbegin(); it != outbox.cend(); ++it)
            if (server.contains(it.key()))
                both.insert(it.key());
        return both;
    }
};

Snapshot snapshot(const QString &cachePath, TestHttp &http, const QString &prefix)
{
    Snapshot s;
    {
        client::LocalCache cache(cachePath);
        if (!cache.open()) {
            s.error = QStringLiteral("the cache does not open after the kill");
            return s;
        }
        for (const auto &entry : cache.outbox()) {
            if (entry.state == client::OutboxEntry::State::Conflict) {
                ++s.conflicts;
                s.conflictMessages << entry.lastError;
                continue;
            }
            const QString reference =
                QJsonDocument::fromJson(entry.body).object().value(QLatin1String("reference")).toString();
            if (reference.startsWith(prefix)) {
                ++s.outbox[reference];
                s.outboxKeys << entry.idempotencyKey;
            }
        }
        for (const auto &application : cache.applications()) {
            if (!application.reference.startsWith(prefix))
                continue;
            ++s.cached[application.reference];
            s.cachedIds.insert(application.reference, application.id);
        }
    }
    const auto list = http.get(QStringLiteral("/api/v1/applications?limit=500&search=") + prefix);
    if (list.status != 200) {
        s.error = QStringLiteral("listing the applications: %1").arg(list.status);
        return s;
    }
    for (const QJsonValue &value : list.json().value(QLatin1String("items")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString reference = o.value(QLatin1String("reference")).toString();
        if (!reference.startsWith(prefix))
            continue;
        ++s.server[reference];
        s.serverIds.insert(reference, o.value(QLatin1String("id")).toString());
    }
    return s;
}

// Where the kill landed, from the worker's last line and the state it left.
QString landing(const WorkerRun &run, const Snapshot &afterKill)
{
    if (!run.crashed())
        return QStringLiteral("9 too late: the worker had exited");
    if (!afterKill.inBoth().isEmpty())
        return QStringLiteral("5 send: committed on the server, not marked sent");
    const QString last = run.lines.isEmpty() ? QString() : run.lines.last();
    const auto finishedLines = run.lines.filter(QStringLiteral("finished")).size();
    if (last.isEmpty() || last == QLatin1String("start") || last == QLatin1String("opened"))
        return QStringLiteral("0 startup, before the first enqueue");
    if (last.startsWith(QLatin1String("enqueue ")))
        return QStringLiteral("1 inside an enqueue (its transaction)");
    if (last.startsWith(QLatin1String("queued ")))
        return QStringLiteral("2 after an enqueue, before the next step");
    if (last.startsWith(QLatin1String("request POST")))
        return QStringLiteral("3 send: request out, nothing committed");
    if (last.startsWith(QLatin1String("response")) && last.endsWith(QLatin1String("POST")))
        return QStringLiteral("4 send: answer in, entry being removed");
    if (last.startsWith(QLatin1String("sent ")))
        return QStringLiteral("6 send: after an entry was removed");
    if (finishedLines == 1 || last.startsWith(QLatin1String("request GET"))
        || (last.startsWith(QLatin1String("response")) && last.endsWith(QLatin1String("GET"))))
        return QStringLiteral("7 pull: fetching or storing the feed");
    return QStringLiteral("8 after the pull, exiting");
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QStringLiteral(", "));
}

QSet<QString> keys(const QHash<QString, int> &hash)
{
    return QSet<QString>(hash.keyBegin(), hash.keyEnd());
}

// After the kill: nothing lost, nothing twice, only what was started.
QString checkAfterKill(const WorkerRun &run, const Snapshot &s)
{
    if (!s.error.isEmpty())
        return s.error;
    const QStringList started = run.references(QStringLiteral("enqueue"));
    const QSet<QString> startedSet(started.cbegin(), started.cend());
    if (s.conflicts != 0)
        return QStringLiteral("%1 outbox entries in conflict: %2")
            .arg(s.conflicts)
            .arg(s.conflictMessages.join(QStringLiteral("; ")));
    for (auto it = s.outbox.cbegin(); it != s.outbox.cend(); ++it) {
        if (it.value() != 1)
            return QStringLiteral("%1 is %2 times in the outbox").arg(it.key()).arg(it.value());
        if (!startedSet.contains(it.key()))
            return QStringLiteral("%1 is in the outbox but was never enqueued").arg(it.key());
    }
    for (auto it = s.server.cbegin(); it != s.server.cend(); ++it) {
        if (it.value() != 1)
            return QStringLiteral("%1 is %2 times on the server").arg(it.key()).arg(it.value());
        if (!startedSet.contains(it.key()))
            return QStringLiteral("%1 is on the server but was never enqueued").arg(it.key());
    }
    for (const QString &reference : run.references(QStringLiteral("queued")))
        if (!s.outbox.contains(reference) && !s.server.contains(reference))
            return QStringLiteral("%1 was queued but is neither in the outbox nor on the server (lost)")
                .arg(reference);
    for (const QString &reference : run.references(QStringLiteral("sent")))
        if (s.outbox.contains(reference) || !s.server.contains(reference))
            return QStringLiteral("%1 was reported sent but is %2")
                .arg(reference,
                     s.outbox.contains(reference) ? QStringLiteral("still in the outbox")
                                                  : QStringLiteral("not on the server"));
    if (s.inBoth().size() > 1) // one entry is sent at a time
        return QStringLiteral("more than one entry both sent and still queued: %1").arg(sorted(s.inBoth()));
    return {};
}

// After the restart ran to its end: everything there exactly once, outbox empty.
QString checkAfterResume(const WorkerRun &resume, const WorkerRun &killed, const Snapshot &afterKill,
                         const Snapshot &s)
{
    if (!s.error.isEmpty())
        return s.error;
    if (resume.crashed() || resume.timedOut || resume.exitCode != 0)
        return QStringLiteral("the restarted worker did not finish its sync (exit code %1%2)")
            .arg(resume.exitCode)
            .arg(resume.timedOut ? QStringLiteral(", timed out") : QString());
    if (!s.outbox.isEmpty() || s.conflicts != 0)
        return QStringLiteral("the outbox is not empty after the sync: pending [%1], %2 in conflict (%3)")
            .arg(sorted(keys(s.outbox)))
            .arg(s.conflicts)
            .arg(s.conflictMessages.join(QStringLiteral("; ")));
    const QSet<QString> expected = keys(afterKill.server) | keys(afterKill.outbox);
    if (keys(s.server) != expected)
        return QStringLiteral("on the server: [%1], expected [%2]")
            .arg(sorted(keys(s.server)), sorted(expected));
    for (auto it = s.server.cbegin(); it != s.server.cend(); ++it)
        if (it.value() != 1)
            return QStringLiteral("%1 is %2 times on the server").arg(it.key()).arg(it.value());
    for (const QString &reference : killed.references(QStringLiteral("queued")))
        if (s.server.value(reference) != 1)
            return QStringLiteral("queued %1 is not on the server exactly once").arg(reference);
    for (auto it = afterKill.serverIds.cbegin(); it != afterKill.serverIds.cend(); ++it)
        if (s.serverIds.value(it.key()) != it.value())
            return QStringLiteral("%1 changed its id").arg(it.key());
    if (s.cached != s.server || s.cachedIds != s.serverIds)
        return QStringLiteral("the local cache has [%1], the server [%2]")
            .arg(sorted(keys(s.cached)), sorted(keys(s.server)));
    return {};
}

// One office, one user, one cache file on a fresh server.
struct Setup
{
    std::unique_ptr<ServerFixture> fixture;
    std::unique_ptr<TestHttp> http;
    QString token;
    QString cachePath;
};

} // namespace

class TestClientKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_seed = baseSeed();
        qInfo("base seed %u (DPDESK_KILL_SEED), %d kill points (DPDESK_KILL_POINTS)", m_seed,
              envInt("DPDESK_KILL_POINTS", kDefaultPoints));
    }

    // The main matrix: at least 200 seeded kill points.
    void killDuringSync()
    {
        const int points = envInt("DPDESK_KILL_POINTS", kDefaultPoints);
        QMap<QString, int> histogram;
        QMap<QString, int> byPlan;
        int queuedTotal = 0;
        int interruptedEnqueues = 0;
        QElapsedTimer timer;
        timer.start();
        for (int batch = 0; batch * kRoundsPerServer < points; ++batch) {
            Setup setup;
            setup.fixture = std::make_unique<ServerFixture>();
            DPDESK_START_SERVER(*setup.fixture);
            const QString setupError = prepare(setup, batch);
            QVERIFY2(setupError.isEmpty(), qPrintable(setupError));
            const int rounds = std::min(kRoundsPerServer, points - batch * kRoundsPerServer);
            for (int r = 0; r < rounds; ++r) {
                const int round = batch * kRoundsPerServer + r;
                QString where;
                runRound(setup, round, false, &where, &queuedTotal, &interruptedEnqueues, &byPlan);
                if (QTest::currentTestFailed())
                    return;
                ++histogram[where];
            }
            // The whole cache against the whole server: each reference once.
            const Snapshot all = snapshot(setup.cachePath, *setup.http, QStringLiteral("CK"));
            QVERIFY(all.error.isEmpty());
            QCOMPARE(all.cached, all.server);
            QCOMPARE(all.cachedIds, all.serverIds);
            for (auto it = all.server.cbegin(); it != all.server.cend(); ++it)
                QCOMPARE(it.value(), 1);
        }
        qInfo("%d kill points in %.1f s; %d actions reported queued, %d enqueues cut by the kill", points,
              double(timer.elapsed()) / 1000.0, queuedTotal, interruptedEnqueues);
        qInfo("where the kills landed:");
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            qInfo("  %4d  %s", it.value(), qPrintable(it.key().mid(2)));
        qInfo("kill plans:");
        for (auto it = byPlan.cbegin(); it != byPlan.cend(); ++it)
            qInfo("  %4d  %s", it.value(), qPrintable(it.key()));
        // The spread the matrix is for: before the first send, during the
        // sends (with the answer lost after the commit), and during the pull.
        if (points >= kDefaultPoints) {
            const QList<QStringList> phases{{"0", "1", "2"}, {"3", "4", "5", "6"}, {"5"}, {"7"}};
            for (const QStringList &phase : phases) {
                int hits = 0;
                for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
                    if (phase.contains(it.key().left(1)))
                        hits += it.value();
                QVERIFY2(hits >= points / 50, qPrintable(phase.join(u' ')));
            }
        }
    }

    // The restart finds the server down first: the sync stops with a network
    // error and the outbox keeps every entry; the next restart delivers them.
    void resumeWhileServerDown()
    {
        Setup setup;
        setup.fixture = std::make_unique<ServerFixture>();
        DPDESK_START_SERVER(*setup.fixture);
        const QString setupError = prepare(setup, 1000);
        QVERIFY2(setupError.isEmpty(), qPrintable(setupError));
        QMap<QString, int> histogram;
        for (int r = 0; r < kServerDownRounds; ++r) {
            QString where;
            runRound(setup, 10'000 + r, true, &where, nullptr, nullptr, nullptr);
            if (QTest::currentTestFailed())
                return;
            ++histogram[where];
        }
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            qInfo("  %4d  %s", it.value(), qPrintable(it.key().mid(2)));
    }

private:
    // Logs in a new user of a new office on setup's (started) server; an error or empty.
    QString prepare(Setup &setup, int batch)
    {
        ServerFixture &f = *setup.fixture;
        setup.http = f.http();
        const auto user = createUser(f, createOffice(f, QStringLiteral("Kill %1").arg(batch)),
                                     QStringLiteral("kill%1").arg(batch), UserRole::Advisor);
        setup.token = loginToken(f, *setup.http, user);
        if (setup.token.isEmpty())
            return QStringLiteral("cannot log in");
        setup.http->setBearer(setup.token);
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        setup.cachePath = m_dir.filePath(QStringLiteral("cache-%1.db").arg(batch));
        return {};
    }

    // One kill point: the killed run, the checks, the restart, the checks.
    void runRound(Setup &setup, int round, bool serverDownFirst, QString *where, int *queuedTotal,
                  int *interruptedEnqueues, QMap<QString, int> *byPlan)
    {
        const quint32 seed = m_seed + quint32(round) * 7919u;
        QRandomGenerator random(seed);
        const int count = 1 + int(random.bounded(4));
        // The worker's lines up to its pull's answer: start, opened, two per
        // enqueue, three per entry sent, finished, then request and response
        // of the feed (see client_kill_worker.cpp). It runs ahead of the
        // test's reading, so kills land a little later than these lines.
        const int linesToPull = 7 + 5 * count;
        KillPlan plan;
        if (random.bounded(100) < 20) {
            plan.mode = KillPlan::AtServerCommit;
            plan.commit = 1 + int(random.bounded(count));
        } else {
            plan.mode = KillPlan::AfterLine;
            plan.line = int(random.bounded(linesToPull));
            plan.delayMs = random.bounded(2) == 0 ? 0 : 1 + int(random.bounded(4));
        }
        const QString prefix = QStringLiteral("CK%1-%2-").arg(m_seed).arg(round);
        const QString context =
            QStringLiteral("base seed %1 (DPDESK_KILL_SEED), round %2: %3 creations, %4\n")
                .arg(m_seed)
                .arg(round)
                .arg(count)
                .arg(plan.describe());
        server::PortalServer &server = setup.fixture->server();
        const QString url = setup.fixture->baseUrl().toString();

        const WorkerRun killed =
            runWorker({setup.cachePath, url, prefix, QString::number(count)}, setup.token, plan, server);
        QVERIFY2(!killed.timedOut, qPrintable(context + killed.transcript()));
        const Snapshot afterKill = snapshot(setup.cachePath, *setup.http, prefix);
        const QString killError = checkAfterKill(killed, afterKill);
        QVERIFY2(killError.isEmpty(), qPrintable(context + killError + u'\n' + killed.transcript()));
        *where = landing(killed, afterKill);
        if (queuedTotal)
            *queuedTotal += int(killed.references(QStringLiteral("queued")).size());
        if (interruptedEnqueues && killed.crashed() && !killed.lines.isEmpty()
            && killed.lines.last().startsWith(QLatin1String("enqueue ")))
            ++*interruptedEnqueues;
        if (byPlan)
            ++(*byPlan)[plan.mode == KillPlan::AtServerCommit ? QStringLiteral("at a server commit")
                            : plan.delayMs == 0               ? QStringLiteral("right after a line")
                                                              : QStringLiteral("1-4 ms after a line")];

        if (serverDownFirst) {
            // A port nobody listens on: connection refused.
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            const QString deadUrl = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
            probe.close();
            const WorkerRun offline =
                runWorker({setup.cachePath, deadUrl, prefix, QStringLiteral("0")}, setup.token, {}, server);
            QVERIFY2(!offline.crashed() && !offline.timedOut && offline.exitCode == 3,
                     qPrintable(context + QStringLiteral("offline run: exit code %1\n").arg(offline.exitCode)
                                + offline.transcript()));
            QVERIFY2(offline.lines.contains(QStringLiteral("finished 0")),
                     qPrintable(context + offline.transcript()));
            const Snapshot whileDown = snapshot(setup.cachePath, *setup.http, prefix);
            QVERIFY2(whileDown.error.isEmpty(), qPrintable(context + whileDown.error));
            // Every entry kept, in order, with its key; nothing new on the server.
            QVERIFY2(whileDown.outboxKeys == afterKill.outboxKeys && whileDown.conflicts == 0,
                     qPrintable(context + QStringLiteral("the outbox changed while the server was down\n")
                                + offline.transcript()));
            QCOMPARE(whileDown.server, afterKill.server);
        }

        const WorkerRun resumed =
            runWorker({setup.cachePath, url, prefix, QStringLiteral("0")}, setup.token, {}, server);
        const Snapshot afterResume = snapshot(setup.cachePath, *setup.http, prefix);
        const QString resumeError = checkAfterResume(resumed, killed, afterKill, afterResume);
        QVERIFY2(resumeError.isEmpty(),
                 qPrintable(context + resumeError + QStringLiteral("\nkilled run:\n") + killed.transcript()
                            + QStringLiteral("\nrestarted run:\n") + resumed.transcript()));
    }

    quint32 m_seed = kDefaultSeed;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestClientKill)
#include "tst_client_kill.moc"
