// The desktop client's sync, as a process that tst_client_kill SIGKILLs at
// seeded points. Not installed; only the test runs it.
//
//   client_kill_worker <cache-file> <base-url> <reference-prefix> <count>
//
// The access token comes from the environment (DPDESK_KILL_WORKER_TOKEN), so
// it never shows in a process list. The worker opens the cache, enqueues
// <count> new applications with the references <prefix>0 ... <prefix><count-1>
// (count 0: a restart that only resumes), then runs SyncEngine::sync() (the
// outbox in order, then the changes feed) and exits. One line per event on
// stdout, flushed at once, so the test knows what had happened when the kill
// landed:
//
//   start | opened
//   enqueue <reference>          before LocalCache::enqueue
//   queued <reference>           enqueue returned: the action is queued
//   request <verb> <path>        a request leaves
//   response <status> <verb>     its answer arrived (before the engine sees it)
//   sent <reference>             the server accepted it and the entry is gone
//   conflict <entry id>          the server refused it
//   finished <0|1>               an operation (flush or pull) ended
//   done pending=<n> outbox=<n>  before a normal exit
//
// Exit codes: 0 synced, 1 usage or cache error, 2 enqueue failed, 3 the sync
// stopped early (network error, refusal, ...).
#include "client/cache/LocalCache.h"
#include "client/net/ApiClient.h"
#include "client/sync/OutboxRequests.h"
#include "client/sync/SyncEngine.h"
#include "core/time/Clock.h"
#include "core/wire/NewApplicationRequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

using namespace dpdesk;
using namespace dpdesk::client;

namespace {

void emitLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// Reports every request as it leaves and its answer before anyone else sees it.
class TracingNetwork : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        QByteArray verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        if (op == GetOperation)
            verb = "GET";
        else if (op == PostOperation)
            verb = "POST";
        emitLine(QStringLiteral("request %1 %2").arg(QString::fromLatin1(verb), request.url().path()));
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        // Connected before ApiClient connects, so this runs first.
        connect(reply, &QNetworkReply::finished, this, [reply, verb] {
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            emitLine(QStringLiteral("response %1 %2")
                         .arg(status.isValid() ? status.toString() : QStringLiteral("none"),
                              QString::fromLatin1(verb)));
        });
        return reply;
    }
};

NewApplicationRequest newApplication(const QString &reference)
{
    NewApplicationRequest request;
    request.reference = reference;
    request.loanAmountCents = 1'500'000;
    request.loanKind = LoanKind::PersonalLoan;
    request.termMonths = 60;
    request.iban = QStringLiteral("NL91ABNA0417164300");
    request.accountHolder = QStringLiteral("J. de Boer");
    request.applicants.append(NewApplicantRequest{QStringLiteral("Jan de Boer"), QDate(1980, 5, 17),
                                                  QStringLiteral("jan@example.nl"),
                                                  QStringLiteral("+31612345678")});
    return request;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool countOk = false;
    const int count = args.value(4).toInt(&countOk);
    if (args.size() != 5 || !countOk || count < 0) {
        std::fprintf(stderr,
                     "usage: client_kill_worker <cache-file> <base-url> <reference-prefix> <count>\n");
        return 1;
    }
    const QString token = qEnvironmentVariable("DPDESK_KILL_WORKER_TOKEN");
    emitLine(QStringLiteral("start"));

    LocalCache cache(args.at(1));
    if (!cache.open())
        return 1;
    emitLine(QStringLiteral("opened"));

    for (int i = 0; i < count; ++i) {
        const QString reference = args.at(3) + QString::number(i);
        emitLine(QStringLiteral("enqueue ") + reference);
        const auto entry = outbox_requests::createApplication(newApplication(reference), Clock::system());
        if (!cache.enqueue(entry))
            return 2;
        emitLine(QStringLiteral("queued ") + reference);
    }

    TracingNetwork network;
    ApiClient api(&network, QUrl(args.at(2)), [token] { return token; });
    api.setTransferTimeout(10'000);
    SyncEngine engine(&cache, &api);
    engine.setRetryDelays(-1, 0); // one attempt; the test runs the worker again

    QObject::connect(&engine, &SyncEngine::sent, [](const OutboxEntry &, int, const QJsonValue &body) {
        emitLine(QStringLiteral("sent ") + body.toObject().value(QLatin1String("reference")).toString());
    });
    QObject::connect(&engine, &SyncEngine::conflict, [](qint64 entryId, const QString &) {
        emitLine(QStringLiteral("conflict %1").arg(entryId));
    });
    bool allOk = true;
    bool exiting = false;
    QObject::connect(&engine, &SyncEngine::finished, [&](bool ok) {
        emitLine(QStringLiteral("finished %1").arg(ok ? 1 : 0));
        allOk = allOk && ok;
        // After the flush the engine starts the pull right after this signal.
        QTimer::singleShot(0, &app, [&] {
            if (engine.isBusy() || exiting)
                return;
            exiting = true;
            emitLine(QStringLiteral("done pending=%1 outbox=%2")
                         .arg(cache.pendingCount())
                         .arg(cache.outbox().size()));
            app.exit(allOk ? 0 : 3);
        });
    });
    QTimer::singleShot(0, &engine, &SyncEngine::sync);
    return app.exec();
}
