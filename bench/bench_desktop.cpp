// bench_desktop: the desktop client at office scale (issue 4, "Desktop client").
//
// 1. Seeds --size applications with two applicants each, in every checklist
//    state, straight into a fresh dpdesk-server database (through the
//    server's own stores, with a changes-feed row each), then starts the
//    real dpdesk-server (found beside this program) on loopback.
// 2. Initial sync: ApiClient and SyncEngine pull the whole changes feed into
//    a fresh LocalCache, as the desktop does on first start.
// 3. Starts itself again as a fresh process (--cold-start) on that cache:
//    open the cache, load the list rows into ApplicationListModel, put the
//    ApplicationFilterProxy on top, show a QTableView (offscreen), then type
//    a name letter by letter, switch each quick filter, sort, refresh one
//    changed application, and read the RSS.
//
// Prints one "name: value unit" line per figure on stdout, progress on stderr.
#include "client/cache/LocalCache.h"
#include "client/net/ApiClient.h"
#include "client/push/PushClient.h"
#include "client/sync/SyncEngine.h"
#include "core/domain/ChecklistRules.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/StrictJson.h"
#include "gui/models/ApplicationFilterProxy.h"
#include "gui/models/ApplicationListModel.h"
#include "gui/models/StepMarkDelegate.h"
#include "server/db/Database.h"
#include "server/store/ApplicationStore.h"
#include "server/store/ChangeLog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <time.h>
#include <unistd.h>
#include <vector>

#include "support/BenchOutput.h"
#include "support/DemoLogin.h"
#include "support/LoadClient.h"
#include "support/ServerProcess.h"

using namespace bench_support;
using namespace dpdesk;

namespace {

const char *const kFirstNames[] = {
    "Jan",  "Sanne",  "Piet",  "Emma",  "Kees",  "Lotte", "Bram",    "Eva",    "Noah",  "Julia",
    "Daan", "Sophie", "Lucas", "Fleur", "Milan", "Anouk", "Thijs",   "Iris",   "Ruben", "Lisa",
    "Sem",  "Tess",   "Finn",  "Sara",  "Jesse", "Noor",  "Mohamed", "Fatima", "Özlem", "Yusuf",
    "Bas",  "Femke",  "Tom",   "Mila",  "Lars",  "Zoë",   "Stijn",   "Roos",   "Joris", "Esther"};
const char *const kLastNames[] = {
    "de Jong",         "Jansen",       "de Vries",      "van den Berg", "van Dijk",
    "Bakker",          "Janssen",      "Visser",        "Smit",         "Meijer",
    "de Boer",         "Mulder",       "de Groot",      "Bos",          "Vos",
    "Peters",          "Hendriks",     "van Leeuwen",   "Dekker",       "Brouwer",
    "de Wit",          "Dijkstra",     "Smits",         "de Graaf",     "van der Meer",
    "van der Linden",  "Kok",          "Jacobs",        "de Haan",      "Vermeulen",
    "van den Heuvel",  "van der Veen", "van den Broek", "de Bruijn",    "de Bruin",
    "van der Heijden", "Schouten",     "van Beek",      "Willems",      "van Vliet",
    "van de Ven",      "Hoekstra",     "Maas",          "Verhoeven",    "Koster",
    "van Dam",         "van der Wal",  "Prins",         "Blom",         "Huisman"};
constexpr int kFirstCount = int(std::size(kFirstNames));
constexpr int kLastCount = int(std::size(kLastNames));

QString personName(int n)
{
    return QString::fromUtf8(kFirstNames[n % kFirstCount]) + QLatin1Char(' ')
        + QString::fromUtf8(kLastNames[(n / kFirstCount) % kLastCount]);
}

// Linux only: CPU seconds (user + system) a process has used so far.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line.
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double maximum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

// The value below which p % of the values lie (nearest rank).
double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

// Linux only, like the rest of the measuring in here: the resident set size.
double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Linux only: how long ago (ms) the kernel started this process, from
// /proc/self/stat (field 22, clock ticks since boot) and /proc/uptime.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

// --- Seeding -------------------------------------------------------------------

struct Seeded
{
    qint64 officeId = 0;
    QList<qint64> advisors;
};

// The checklist state of application n, one of twenty, through the real
// rules (ChecklistRules.h) so every stored state is one the flow can reach.
Result<Application> playScenario(Application app, int n)
{
    auto step = [&app](int i, const std::function<Result<Applicant>(const Applicant &)> &f) -> Status {
        auto next = updateApplicant(app, app.applicants[i].id, f);
        if (!next)
            return next.error();
        app = std::move(next).value();
        return Status::success();
    };
    auto signUp = [&](int i) -> Status {
        SigningAnswers yes;
        for (const auto &f : std::initializer_list<std::function<Result<Applicant>(const Applicant &)>>{
                 [](const Applicant &a) { return acceptDocuments(a); },
                 [&](const Applicant &a) { return answerQuestions(a, yes); },
                 [&](const Applicant &a) { return confirmIban(a, app.iban); },
                 [](const Applicant &a) {
                     return verifyIdin(a, true);
                 }}) {
            if (Status s = step(i, f); !s)
                return s;
        }
        auto signedApp = sign(app, app.applicants[i].id);
        if (!signedApp)
            return signedApp.error();
        app = std::move(signedApp).value();
        return Status::success();
    };
    auto identify = [&](int i, bool success, const QString &reason = {}) -> Status {
        if (Status s = step(i, [](const Applicant &a) { return startIdentification(a); }); !s)
            return s;
        return step(i, [&](const Applicant &a) {
            return identificationResult(a, IdDocumentType::Passport, success, reason);
        });
    };
    Status s;
    switch (n % 20) {
    case 6:
    case 7: // both accepted the documents
        s = step(0, [](const Applicant &a) { return acceptDocuments(a); });
        if (s)
            s = step(1, [](const Applicant &a) { return acceptDocuments(a); });
        break;
    case 9: { // S2
        SigningAnswers no;
        no.detailsCorrect = false;
        s = step(0, [](const Applicant &a) { return acceptDocuments(a); });
        if (s)
            s = step(0, [&](const Applicant &a) { return answerQuestions(a, no); });
        break;
    }
    case 10: // S6
        s = step(0, [](const Applicant &a) { return acceptDocuments(a); });
        if (s)
            s = step(0, [](const Applicant &a) { return answerQuestions(a, SigningAnswers{}); });
        if (s)
            s = step(0, [&](const Applicant &a) { return confirmIban(a, app.iban); });
        if (s)
            s = step(0,
                     [](const Applicant &a) { return refuseContract(a, QStringLiteral("Rente te hoog")); });
        break;
    case 11: // both signed, identification under way
        s = signUp(0);
        if (s)
            s = signUp(1);
        if (s)
            s = step(0, [](const Applicant &a) { return startIdentification(a); });
        break;
    case 12: // I4
        s = signUp(0);
        if (s)
            s = signUp(1);
        if (s)
            s = identify(0, false, QStringLiteral("Foto onscherp"));
        break;
    case 13:
    case 14:
    case 15:
    case 16: // complete (I5)
        for (int i = 0; i < 2 && s; ++i)
            s = signUp(i);
        for (int i = 0; i < 2 && s; ++i)
            s = identify(i, true);
        break;
    case 18:
    case 19: // one signed, waiting for the co-applicant (S9)
        s = signUp(0);
        break;
    default: // 0-5, 8, 17: nothing done yet
        break;
    }
    if (!s)
        return s.error();
    return app;
}

Status seedOne(server::ApplicationStore &store, server::ChangeLog &changes, const Seeded &office, int n,
               int size, qint64 nowMs)
{
    NewApplicationRequest request;
    request.reference = QStringLiteral("DPD-%1").arg(n, 7, 10, QLatin1Char('0'));
    request.loanAmountCents = (5'000 + qint64(n) * 7'919 % 45'000) * 100;
    request.loanKind = LoanKind::PersonalLoan;
    request.termMonths = 60;
    request.iban = QStringLiteral("NL91ABNA0417164300");
    request.accountHolder = QStringLiteral("Rekeninghouder");
    for (int i = 0; i < 2; ++i) {
        const QString name = personName(2 * n + i);
        NewApplicantRequest applicant;
        applicant.fullName = name;
        applicant.dateOfBirth = QDate(1960 + (n + i) % 40, 1 + n % 12, 1 + n % 28);
        applicant.email = QString::fromUtf8(client::foldForSearch(name)).remove(QLatin1Char(' '))
            + QString::number(n) + QStringLiteral("@example.nl");
        request.applicants << applicant;
    }
    const qint64 advisor = office.advisors.at(n % office.advisors.size());
    const qint64 created = nowMs - qint64(size - n) * 60'000; // one a minute
    auto id = store.insert(request, office.officeId, advisor, created);
    if (!id)
        return id.error();
    auto loaded = store.loadMany({*id});
    if (!loaded)
        return loaded.error();
    auto stored = std::optional(loaded->value(*id));
    auto played = playScenario(stored->application, n);
    if (!played)
        return played.error();
    Application app = std::move(played).value();
    app.version = 2;
    if (Status s = store.save(app, 1, created + 60'000); !s)
        return s;
    const int kind = n % 20;
    if (kind != 5) { // 5: not invited yet
        for (int i = 0; i < 2; ++i) {
            const Applicant &applicant = app.applicants[i];
            const qint64 expires = kind == 17 ? created + 3'600'000 : nowMs + 30LL * 86'400'000;
            auto invitation = store.insertInvitation(
                applicant.id.toLongLong(),
                (kind == 6 || kind == 7) ? InvitationKind::Link : InvitationKind::Code,
                QStringLiteral("bench-%1-%2").arg(n).arg(i), created, expires, advisor);
            if (!invitation)
                return invitation.error();
            Invitation inv;
            inv.id = QString::number(*invitation);
            inv.state = InvitationState::Active;
            if (kind == 8 && i == 0) { // C5
                inv.state = InvitationState::Locked;
                inv.failedAttempts = 4;
                inv.lockedAt = QDateTime::fromMSecsSinceEpoch(created + 7'200'000, Qt::UTC);
            } else if (currentStep(applicant) == FlowStep::Finished) {
                inv.state = InvitationState::Completed;
            }
            if (inv.state != InvitationState::Active) {
                if (Status s = store.saveInvitation(inv); !s)
                    return s;
            }
        }
    }
    stored = store.load(*id);
    if (!stored)
        return Error{"bench.seed", "application not found", {}};
    auto seq = changes.record(office.officeId, QStringLiteral("application"), *id, QStringLiteral("upsert"),
                              advisor, created, toCompactJson(toJson(stored->application)));
    if (!seq)
        return seq.error();
    return Status::success();
}

std::unique_ptr<server::Database> openServerDatabase(const QString &databaseFile)
{
    auto opened = server::Database::open(QStringLiteral("sqlite:") + databaseFile,
                                         QStringLiteral("bench-seed"), server::Database::SqliteSync::Normal);
    if (!opened) {
        progress(QStringLiteral("cannot open the server database: %1").arg(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

// anna's office and its users.
std::optional<Seeded> officeOf(server::Database &db)
{
    Seeded office;
    {
        QSqlQuery q = db.query(QStringLiteral("SELECT office_id FROM users WHERE username = 'anna'"));
        if (!q.exec() || !q.next())
            return std::nullopt;
        office.officeId = q.value(0).toLongLong();
    }
    {
        QSqlQuery q = db.query(QStringLiteral("SELECT id FROM users WHERE office_id = ? ORDER BY id"));
        q.addBindValue(office.officeId);
        if (!q.exec())
            return std::nullopt;
        while (q.next())
            office.advisors << q.value(0).toLongLong();
    }
    return office;
}

// The office of a database seeded earlier (--reuse).
std::optional<Seeded> seededOffice(const QString &databaseFile)
{
    std::unique_ptr<server::Database> db = openServerDatabase(databaseFile);
    if (!db)
        return std::nullopt;
    auto office = officeOf(*db);
    db->close();
    return office;
}

std::optional<Seeded> seed(const QString &databaseFile, int size)
{
    std::unique_ptr<server::Database> db = openServerDatabase(databaseFile);
    if (!db)
        return std::nullopt;
    const std::optional<Seeded> found = officeOf(*db);
    if (!found)
        return std::nullopt;
    const Seeded &office = *found;
    server::ApplicationStore store(*db);
    server::ChangeLog changes(*db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr int kBatch = 5'000;
    for (int start = 0; start < size; start += kBatch) {
        if (!db->beginWrite())
            return std::nullopt;
        for (int n = start; n < std::min(size, start + kBatch); ++n) {
            if (Status s = seedOne(store, changes, office, n, size, now); !s) {
                progress(
                    QStringLiteral("seeding %1 failed: %2 %3").arg(n).arg(s.error().code, s.error().message));
                db->rollback();
                return std::nullopt;
            }
        }
        if (!db->commit())
            return std::nullopt;
        db->finishPrepared();
        if ((start / kBatch) % 4 == 3)
            progress(QStringLiteral("seeded %1").arg(std::min(size, start + kBatch)));
    }
    db->close();
    return office;
}

// --- Initial sync ----------------------------------------------------------------

struct SyncFigures
{
    bool ok = false;
    double seconds = 0;
    double threadCpuSeconds = 0; // of the thread that ran the sync (the GUI thread in the app)
    int applications = 0;
};

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

SyncFigures initialSync(const QString &baseUrl, const QString &token, const QString &cacheFile, int pageSize)
{
    SyncFigures figures;
    client::LocalCache cache(cacheFile);
    if (!cache.open())
        return figures;
    QNetworkAccessManager network;
    client::ApiClient api(&network, QUrl(baseUrl), [token] { return token; });
    client::SyncEngine engine(&cache, &api);
    engine.setPageSize(pageSize);
    engine.setRetryDelays(-1, 0);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &client::SyncEngine::finished, &loop, [&](bool done) {
        ok = done;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = threadCpuSeconds();
    engine.pull();
    QTimer::singleShot(30 * 60'000, &loop, &QEventLoop::quit); // a hung server
    loop.exec();
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    figures.threadCpuSeconds = threadCpuSeconds() - cpuBefore;
    figures.ok = ok;
    figures.applications = int(cache.applicationIds().size());
    return figures;
}

// --- Cold start and filtering (a fresh process) ----------------------------------------

// Brings the view up to date after a change: the view's own deferred work
// (layout, scroll bars, update requests) and then one full synchronous
// repaint of the visible rows, so every figure includes a whole frame even
// when the change would have repainted less (an upper bound).
void paintNow(QAbstractItemView &view)
{
    QCoreApplication::processEvents();
    view.viewport()->repaint();
}

struct ColdStartOptions
{
    QString cacheFile;
    QString userId;
    QString typed; // a name typed letter by letter
    int pushSamples = 200;
};

// The server the cache was synced from, for the push-to-screen samples:
// passed to the cold-start process in the environment.
constexpr char kServerUrlVariable[] = "BENCH_DESKTOP_SERVER_URL";
constexpr char kTokenVariable[] = "BENCH_DESKTOP_TOKEN";

// Wall-clock and CPU time of this thread since start(). The machine the
// figures come from is shared, so wall time includes waiting for a core; the
// CPU time is what the work itself took.
class Stopwatch
{
public:
    Stopwatch() { start(); }
    void start()
    {
        m_wall.start();
        m_cpu = threadCpuNs();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(threadCpuNs() - m_cpu) / 1e6; }

    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

// A figure as wall time and, as name_cpu, CPU time.
void timeFigure(const QByteArray &name, double wallMs, double cpuMs)
{
    figure(name.constData(), wallMs, "ms");
    figure((name + "_cpu").constData(), cpuMs, "ms");
}

struct PushRig
{
    client::LocalCache &cache;
    gui::ApplicationListModel &model;
    QTableView &view;
    QUrl serverUrl;
    QString token;
    QStringList targets; // applications to change, in turn
    int samples = 200;
};

// Push to screen: another client changes an application on the server (a
// PATCH of its reference, sent from here), and the desktop's path runs as in
// the app: the push notice, SyncEngine pulling the feed into the cache,
// ApplicationListModel::refresh, and a repaint of the list. One sample is
// from sending the PATCH until the row shows the new reference and the view
// is painted; samples run one after the other.
bool pushToScreen(const PushRig &rig)
{
    using gui::ApplicationListModel;
    QNetworkAccessManager network;
    const auto token = [t = rig.token] {
        return t;
    };
    client::ApiClient api(&network, rig.serverUrl, token);
    client::SyncEngine engine(&rig.cache, &api);
    engine.setRetryDelays(-1, 0);
    client::PushClient push(&engine, rig.serverUrl, token);
    push.setPollInterval(0); // only push notices bring changes
    push.setKeepAlive(0, 10'000);
    // As the desktop: what the feed brings goes to the list model.
    QObject::connect(&engine, &client::SyncEngine::applicationsChanged, &rig.model,
                     &ApplicationListModel::refresh);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    bool waiting = true;
    // Connected and the first pull (on the server's hello) done.
    QObject::connect(&engine, &client::SyncEngine::finished, &loop, [&] {
        if (waiting && push.state() == client::PushClient::State::Connected) {
            waiting = false;
            loop.quit();
        }
    });
    push.start();
    timeout.start(10'000);
    loop.exec();
    if (waiting) {
        progress(QStringLiteral("push-to-screen: the push socket did not connect"));
        return false;
    }

    std::vector<double> latencies;
    int failed = 0;
    QString targetId;
    QString expected;
    Stopwatch sample;
    QObject::connect(&rig.model, &ApplicationListModel::rowsRefreshed, &loop, [&] {
        if (expected.isEmpty())
            return;
        const int row = rig.model.rowOf(targetId);
        if (row < 0 || rig.model.rowAt(row).reference != expected)
            return;
        rig.view.viewport()->repaint();
        latencies.push_back(sample.wallMs());
        expected.clear();
        loop.quit();
    });
    for (int n = 0; n < rig.samples && !rig.targets.isEmpty(); ++n) {
        targetId = rig.targets.at(n % rig.targets.size());
        const int row = rig.model.rowOf(targetId);
        if (row < 0) {
            ++failed;
            continue;
        }
        const qint64 version = rig.model.rowAt(row).version;
        expected = QStringLiteral("PUSH-%1-%2").arg(QCoreApplication::applicationPid()).arg(n);
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("reference"), expected}})
                                    .toJson(QJsonDocument::Compact);
        sample.start();
        api.request("PATCH", QStringLiteral("/api/v1/applications/") + targetId, body,
                    {{"If-Match", '"' + QByteArray::number(version) + '"'},
                     {"Idempotency-Key", "bench-push-" + expected.toLatin1()}},
                    [&, sent = expected](const client::ApiResult &result) {
                        if (!result.isSuccess() && expected == sent) {
                            progress(QStringLiteral("push-to-screen: the PATCH failed: %1 %2")
                                         .arg(result.status)
                                         .arg(result.errorCode));
                            expected.clear();
                            ++failed;
                            loop.quit();
                        }
                    });
        timeout.start(10'000);
        loop.exec();
        if (!expected.isEmpty()) { // not shown within 10 s
            ++failed;
            expected.clear();
        }
    }
    push.stop();
    figure("push_to_screen_samples", double(latencies.size()), "changes");
    figure("push_to_screen_failed", failed, "changes");
    figure("push_to_screen_median", median(latencies), "ms");
    figure("push_to_screen_p95", percentile(latencies, 95), "ms");
    figure("push_to_screen_max", maximum(latencies), "ms");
    return failed == 0;
}

// Everything measured in the fresh process, from main() on.
int coldStart(const ColdStartOptions &options, const Stopwatch &sinceMain, double execToMainMs)
{
    using gui::ApplicationFilterProxy;
    using gui::ApplicationListModel;
    const double appWall = sinceMain.wallMs();
    const double appCpu = sinceMain.cpuMs();

    Stopwatch phase;
    client::LocalCache cache(options.cacheFile);
    if (!cache.open()) {
        progress(QStringLiteral("cannot open the cache"));
        return 1;
    }
    timeFigure("cold_start_open_cache", phase.wallMs(), phase.cpuMs());
    // As the window opens (MainWindow::buildModels): the newest rows at
    // once, the rest read on a thread of its own while the window is up.
    phase.start();
    const double processCpuBefore = cpuSeconds(QCoreApplication::applicationPid());
    ApplicationListModel model(&cache);
    QElapsedTimer sinceLoad;
    sinceLoad.start();
    double allRowsMs = -1;
    QObject::connect(&model, &ApplicationListModel::loadingFinished,
                     [&] { allRowsMs = sinceLoad.nsecsElapsed() / 1e6; });
    model.reloadInBackground();
    timeFigure("cold_start_load_first_rows", phase.wallMs(), phase.cpuMs());
    phase.start();
    ApplicationFilterProxy proxy(&model);
    proxy.setCurrentUserId(options.userId);
    proxy.rowCount(); // builds the proxy's mapping
    timeFigure("cold_start_proxy", phase.wallMs(), phase.cpuMs());
    timeFigure("cold_start_model_ready", sinceMain.wallMs() - appWall, sinceMain.cpuMs() - appCpu);

    phase.start();
    QTableView view;
    gui::StepMarkDelegate marks;
    for (int c : {ApplicationListModel::DocumentsColumn, ApplicationListModel::IdentificationColumn,
                  ApplicationListModel::SigningColumn})
        view.setItemDelegateForColumn(c, &marks);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setModel(&proxy);
    view.horizontalHeader()->setSortIndicator(ApplicationListModel::CreatedColumn, Qt::DescendingOrder);
    view.setSortingEnabled(true); // the model is in this order already: no sorting
    view.resize(1400, 900);
    view.show();
    paintNow(view);
    timeFigure("cold_start_show_view", phase.wallMs(), phase.cpuMs());

    figure("cold_start_first_rows", proxy.rowCount(), "applications");
    figure("cold_start_exec_to_main", execToMainMs, "ms");
    timeFigure("cold_start_qapplication", appWall, appCpu);
    timeFigure("cold_start_main_to_window", sinceMain.wallMs(), sinceMain.cpuMs());
    figure("cold_start_exec_to_window", execToMainMs + sinceMain.wallMs(), "ms");

    // The rest of the rows, read meanwhile, inserted below the first ones.
    if (model.isLoading()) {
        QEventLoop loop;
        QObject::connect(&model, &ApplicationListModel::loadingFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    paintNow(view);
    const int rows = proxy.rowCount();
    figure("cold_start_rows", rows, "applications");
    figure("cold_start_load_all_rows", allRowsMs, "ms");
    figure("cold_start_exec_to_all_rows", execToMainMs + sinceMain.wallMs(), "ms");
    // The rows are decoded on every core: the work of all threads.
    figure("cold_start_load_rows_process_cpu",
           (cpuSeconds(QCoreApplication::applicationPid()) - processCpuBefore) * 1000.0, "ms");
    figure("rss_after_load", rssMb(), "MB");

    // One keystroke: the proxy filtered (model) and the view painted again (screen).
    struct Sample
    {
        double modelWall, modelCpu, screenWall, screenCpu;
    };
    std::vector<Sample> samples;
    auto keystroke = [&](const std::function<void()> &change) {
        Stopwatch k;
        change();
        proxy.rowCount();
        const double modelWall = k.wallMs();
        const double modelCpu = k.cpuMs();
        paintNow(view);
        samples.push_back({modelWall, modelCpu, k.wallMs(), k.cpuMs()});
    };
    auto series = [&](double Sample::*field) {
        std::vector<double> values;
        for (const Sample &s : samples)
            values.push_back(s.*field);
        return values;
    };
    auto report = [&](const QByteArray &name) {
        figure((name + "_model_median").constData(), median(series(&Sample::modelWall)), "ms");
        figure((name + "_model_max").constData(), maximum(series(&Sample::modelWall)), "ms");
        figure((name + "_model_cpu_median").constData(), median(series(&Sample::modelCpu)), "ms");
        figure((name + "_model_cpu_max").constData(), maximum(series(&Sample::modelCpu)), "ms");
        figure((name + "_screen_median").constData(), median(series(&Sample::screenWall)), "ms");
        figure((name + "_screen_max").constData(), maximum(series(&Sample::screenWall)), "ms");
        figure((name + "_screen_cpu_median").constData(), median(series(&Sample::screenCpu)), "ms");
        figure((name + "_screen_cpu_max").constData(), maximum(series(&Sample::screenCpu)), "ms");
        samples.clear();
    };

    for (qsizetype n = 1; n <= options.typed.size(); ++n)
        keystroke([&] { proxy.setSearchText(options.typed.left(n)); });
    figure("filter_typed_letters", double(options.typed.size()), "keystrokes");
    figure("filter_rows_matching_name", proxy.rowCount(), "applications");
    report("filter_keystroke");
    for (qsizetype n = options.typed.size() - 1; n >= 0; --n)
        keystroke([&] { proxy.setSearchText(options.typed.left(n)); });
    report("filter_backspace");

    const std::pair<const char *, ApplicationFilterProxy::QuickFilter> quick[] = {
        {"quick_filter_needs_action", ApplicationFilterProxy::NeedsAction},
        {"quick_filter_waiting_for_customer", ApplicationFilterProxy::WaitingForCustomer},
        {"quick_filter_complete", ApplicationFilterProxy::Complete},
        {"quick_filter_mine", ApplicationFilterProxy::Mine},
    };
    for (const auto &[name, filter] : quick) {
        keystroke([&, filter = filter] { proxy.setQuickFilters(filter); });
        figure((QByteArray(name) + "_rows").constData(), proxy.rowCount(), "applications");
        keystroke([&] { proxy.setQuickFilters(ApplicationFilterProxy::NoQuickFilter); });
        // Switching the filter on, and off again.
        timeFigure(QByteArray(name) + "_model", samples.front().modelWall, samples.front().modelCpu);
        timeFigure(QByteArray(name) + "_screen", samples.front().screenWall, samples.front().screenCpu);
        timeFigure(QByteArray(name) + "_off_screen", samples.back().screenWall, samples.back().screenCpu);
        samples.clear();
    }

    // A click on a column header (the source model sorts on typed keys).
    keystroke([&] { view.sortByColumn(ApplicationListModel::ApplicantsColumn, Qt::AscendingOrder); });
    timeFigure("sort_applicants_column_screen", samples.back().screenWall, samples.back().screenCpu);
    keystroke([&] { view.sortByColumn(ApplicationListModel::AmountColumn, Qt::DescendingOrder); });
    timeFigure("sort_amount_column_screen", samples.back().screenWall, samples.back().screenCpu);
    samples.clear();

    // One application changed (what a push notice leads to, without the
    // network): written to the cache like a feed page, then refresh(id).
    const QString id = model.rowAt(rows / 2).id;
    auto changed = cache.application(id);
    if (changed) {
        changed->loanAmountCents += 100;
        ++changed->version;
        ChangeRecord change;
        change.seq = cache.cursor() + 1;
        change.id = id;
        change.data = *changed;
        Stopwatch r;
        // The feed cursor stays where the server's feed is (the push samples pull from it).
        cache.applyPage({change}, cache.cursor());
        timeFigure("refresh_one_application_write", r.wallMs(), r.cpuMs());
        r.start();
        model.refresh({id});
        timeFigure("refresh_one_application_model", r.wallMs(), r.cpuMs());
        paintNow(view);
        timeFigure("refresh_one_application_screen", r.wallMs(), r.cpuMs());
        // Again: the first refresh built the id index; this is the steady state.
        changed->loanAmountCents += 100;
        ++changed->version;
        change.seq = cache.cursor() + 1;
        change.data = *changed;
        cache.applyPage({change}, cache.cursor());
        r.start();
        model.refresh({id});
        timeFigure("refresh_another_change_model", r.wallMs(), r.cpuMs());
        paintNow(view);
        timeFigure("refresh_another_change_screen", r.wallMs(), r.cpuMs());
    }
    figure("rss_after_filtering", rssMb(), "MB");

    const QString serverUrl = qEnvironmentVariable(kServerUrlVariable);
    const QString token = qEnvironmentVariable(kTokenVariable);
    if (serverUrl.isEmpty() || token.isEmpty())
        return 0;
    QStringList targets; // rows on screen, not the one changed locally above
    for (int row = 0; row < rows && targets.size() < 20; ++row) {
        if (model.rowAt(row).id != id)
            targets << model.rowAt(row).id;
    }
    return pushToScreen({cache, model, view, QUrl(serverUrl), token, targets, options.pushSamples}) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    const Stopwatch sinceMain;
    const double execToMain = msSinceProcessStart();

    // The cold-start half runs in a fresh process with a QApplication.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--cold-start") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            QLoggingCategory::setFilterRules(QStringLiteral("dpdesk.*.info=false"));
            QCommandLineParser parser;
            const QCommandLineOption coldOpt(QStringLiteral("cold-start"), QStringLiteral("cache file"),
                                             QStringLiteral("FILE"));
            const QCommandLineOption userOpt(QStringLiteral("user-id"), QStringLiteral("user"),
                                             QStringLiteral("ID"));
            const QCommandLineOption typeOpt(QStringLiteral("type"), QStringLiteral("name"),
                                             QStringLiteral("TEXT"));
            const QCommandLineOption pushOpt(QStringLiteral("push-samples"), QStringLiteral("changes"),
                                             QStringLiteral("N"), QStringLiteral("200"));
            parser.addOptions({coldOpt, userOpt, typeOpt, pushOpt});
            parser.process(app);
            return coldStart({parser.value(coldOpt), parser.value(userOpt), parser.value(typeOpt),
                              parser.value(pushOpt).toInt()},
                             sinceMain, execToMain);
        }
    }

    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dpdesk.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Figures of the desktop client at office scale."));
    parser.addHelpOption();
    const QCommandLineOption sizeOpt(QStringLiteral("size"),
                                     QStringLiteral("applications, two applicants each (default 100000)"),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption pageOpt(
        QStringLiteral("page-size"),
        QStringLiteral("changes-feed page size of the sync (default: the client's, "
                       "which is the server's maximum, 1000)"),
        QStringLiteral("N"));
    const QCommandLineOption tempOpt(QStringLiteral("temp-dir"),
                                     QStringLiteral("folder for the databases (default: the system's)"),
                                     QStringLiteral("DIR"));
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       QStringLiteral("dpdesk-server program (default: beside this one)"),
                                       QStringLiteral("PATH"));
    const QCommandLineOption typeOpt(
        QStringLiteral("type"), QStringLiteral("the name typed letter by letter (default \"Sanne Visser\")"),
        QStringLiteral("TEXT"), QStringLiteral("Sanne Visser"));
    const QCommandLineOption keepOpt(
        QStringLiteral("keep"),
        QStringLiteral("keep the temporary folder (to rerun --cold-start FILE on the cache)"));
    const QCommandLineOption reuseOpt(
        QStringLiteral("reuse"),
        QStringLiteral("a folder kept by an earlier --keep run: its seeded server database is used again "
                       "(no seeding; --size is ignored) and a fresh cache is synced"),
        QStringLiteral("DIR"));
    const QCommandLineOption pushOpt(
        QStringLiteral("push-samples"),
        QStringLiteral("server-side changes timed until the list shows them (default 200)"),
        QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({sizeOpt, pageOpt, tempOpt, serverOpt, typeOpt, keepOpt, reuseOpt, pushOpt});
    parser.process(app);
    const int size = qMax(1, parser.value(sizeOpt).toInt());
    const QString serverBin = parser.isSet(serverOpt)
        ? parser.value(serverOpt)
        : QCoreApplication::applicationDirPath() + QStringLiteral("/dpdesk-server");

    // The folder of the databases: a fresh temporary one, or an earlier run's (--reuse).
    const bool reuse = parser.isSet(reuseOpt);
    std::unique_ptr<QTemporaryDir> temporary;
    QDir dir(parser.value(reuseOpt));
    if (reuse) {
        if (!dir.exists(QStringLiteral("server.db"))) {
            progress(QStringLiteral("no server.db in %1").arg(dir.path()));
            return 1;
        }
        for (const char *name : {"cache.db", "cache.db-wal", "cache.db-shm", "apply.db"})
            QFile::remove(dir.filePath(QLatin1String(name)));
    } else {
        temporary = parser.isSet(tempOpt)
            ? std::make_unique<QTemporaryDir>(parser.value(tempOpt) + QStringLiteral("/bench_desktop-XXXXXX"))
            : std::make_unique<QTemporaryDir>();
        if (!temporary->isValid()) {
            progress(QStringLiteral("cannot create a temporary folder"));
            return 1;
        }
        dir.setPath(temporary->path());
        if (parser.isSet(keepOpt)) {
            temporary->setAutoRemove(false);
            progress(QStringLiteral("keeping %1").arg(dir.path()));
        }
    }
    const QString serverDb = dir.filePath(QStringLiteral("server.db"));
    const QStringList serverArgs{"--listen",
                                 "127.0.0.1:0",
                                 "--database",
                                 QStringLiteral("sqlite:") + serverDb,
                                 "--secret-key-file",
                                 dir.filePath(QStringLiteral("server.key")),
                                 "--log-level",
                                 "warning",
                                 "--sqlite-sync",
                                 "normal",
                                 "--demo"};

    // 1. The demo office and its users, then the applications (or those of
    // an earlier run, --reuse: the demo text was kept beside its database).
    QString why;
    std::optional<DemoUser> anna;
    std::optional<Seeded> office;
    QFile demoText(dir.filePath(QStringLiteral("demo.txt")));
    if (reuse) {
        if (!demoText.open(QIODevice::ReadOnly)) {
            progress(QStringLiteral("no demo.txt in %1").arg(dir.path()));
            return 1;
        }
        anna = demoUser(QString::fromUtf8(demoText.readAll()), QStringLiteral("anna"));
        office = seededOffice(serverDb);
    } else {
        {
            ServerProcess first;
            if (!first.start(serverBin, serverArgs, &why)) {
                progress(why);
                return 1;
            }
            anna = demoUser(first.output(), QStringLiteral("anna"));
            if (demoText.open(QIODevice::WriteOnly))
                demoText.write(first.output().toUtf8());
            demoText.close();
        }
        if (anna) {
            progress(QStringLiteral("seeding %1 applications with 2 applicants each").arg(size));
            QElapsedTimer seeding;
            seeding.start();
            office = seed(serverDb, size);
            progress(QStringLiteral("seeded in %1 s").arg(double(seeding.elapsed()) / 1000.0, 0, 'f', 1));
        }
    }
    if (!anna) {
        progress(QStringLiteral("no demo user in the server output"));
        return 1;
    }
    if (!office)
        return 1;

    // 2. Initial sync from the real server on loopback.
    ServerProcess server;
    if (!server.start(serverBin, serverArgs, &why)) {
        progress(why);
        return 1;
    }
    const QString baseUrl = QStringLiteral("http://%1:%2").arg(server.host()).arg(server.port());
    LoadClient http(server.host(), server.port());
    const auto token = logIn(http, *anna);
    if (!token)
        return 1;
    const int pageSize =
        parser.isSet(pageOpt) ? parser.value(pageOpt).toInt() : client::SyncEngine::kDefaultPageSize;
    progress(QStringLiteral("initial sync, pages of %1").arg(pageSize));
    const QString cacheFile = dir.filePath(QStringLiteral("cache.db"));
    const double clientCpuBefore = cpuSeconds(QCoreApplication::applicationPid());
    const double serverCpuBefore = cpuSeconds(server.pid());
    const SyncFigures sync = initialSync(baseUrl, *token, cacheFile, pageSize);
    const double clientCpu = cpuSeconds(QCoreApplication::applicationPid()) - clientCpuBefore;
    const double serverCpu = cpuSeconds(server.pid()) - serverCpuBefore;
    if (!sync.ok || (!reuse && sync.applications < size)) { // the demo office has its own few besides
        progress(QStringLiteral("the sync did not finish: %1 of %2 applications")
                     .arg(sync.applications)
                     .arg(size));
        return 1;
    }
    figure("applications", sync.applications, "applications (seeded and the demo's)");
    figure("initial_sync_page_size", pageSize, "applications");
    figure("initial_sync_seconds", sync.seconds, "s");
    figure("initial_sync_throughput", sync.applications / sync.seconds, "applications/s");
    // If the client and the server took turns, the rate on a quiet machine
    // would be about applications / (client CPU + server CPU).
    figure("initial_sync_client_cpu", clientCpu, "s");
    figure("initial_sync_server_cpu", serverCpu, "s");
    figure("initial_sync_throughput_cpu_bound", sync.applications / std::max(0.001, clientCpu + serverCpu),
           "applications/s");
    // The sync is a pipeline: the server reads page N+1, a worker decodes
    // it and the GUI thread writes page N. The GUI thread's share bounds it.
    figure("initial_sync_gui_thread_cpu", sync.threadCpuSeconds, "s");
    figure("initial_sync_throughput_gui_thread_bound",
           sync.applications / std::max(0.001, sync.threadCpuSeconds), "applications/s");
    figure("cache_file_size", double(QFileInfo(cacheFile).size()) / 1048576.0, "MB");
    {
        // The cache's own share: the same applications written again into a
        // fresh cache with applyPage, pages of pageSize (at most 20,000 of them).
        QList<Application> applications;
        {
            client::LocalCache synced(cacheFile);
            if (synced.open())
                applications = synced.applications().mid(0, 20'000);
        }
        client::LocalCache fresh(dir.filePath(QStringLiteral("apply.db")));
        if (fresh.open() && !applications.isEmpty()) {
            // With each record's JSON as it arrived, as the sync passes it (rawChangeData).
            QList<QList<ChangeRecord>> pages;
            QList<QList<QByteArray>> rawPages;
            qint64 seq = 0;
            for (qsizetype start = 0; start < applications.size(); start += pageSize) {
                QList<ChangeRecord> page;
                QList<QByteArray> raw;
                for (const Application &a : applications.mid(start, pageSize)) {
                    ChangeRecord change;
                    change.seq = ++seq;
                    change.id = a.id;
                    change.data = a;
                    page << change;
                    raw << toCompactJson(toJson(a));
                }
                pages << page;
                rawPages << raw;
            }
            const double cpuBefore = cpuSeconds(QCoreApplication::applicationPid());
            QElapsedTimer t;
            t.start();
            qint64 cursor = 0;
            for (qsizetype p = 0; p < pages.size(); ++p)
                fresh.applyPage(pages[p], cursor += pages[p].size(), rawPages[p]);
            const double seconds = double(t.nsecsElapsed()) / 1e9;
            const double cpu = cpuSeconds(QCoreApplication::applicationPid()) - cpuBefore;
            figure("cache_apply_page_throughput", double(applications.size()) / seconds, "applications/s");
            figure("cache_apply_page_throughput_cpu_bound",
                   double(applications.size()) / std::max(0.001, cpu), "applications/s");
        }
    }

    // 3. Cold start in a fresh process.
    progress(QStringLiteral("cold start in a fresh process"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path()); // private (0700): quiets Qt
    // For the push-to-screen samples (the server keeps running until then).
    environment.insert(QLatin1String(kServerUrlVariable), baseUrl);
    environment.insert(QLatin1String(kTokenVariable), *token);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {"--cold-start", cacheFile, "--user-id", QString::number(office->advisors.value(0)), "--type",
                 parser.value(typeOpt), "--push-samples", parser.value(pushOpt)});
    if (!child.waitForFinished(10 * 60'000) || child.exitCode() != 0) {
        progress(QStringLiteral("the cold-start run failed"));
        return 1;
    }
    std::fputs(child.readAllStandardOutput().constData(), stdout);
    server.stop();
    return 0;
}
