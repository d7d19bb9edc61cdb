// The desk for the end-to-end test of the customer's web pages
// (customer_web_e2e.py): the real main window and controller, offscreen,
// logged in as the demo user from the environment (DPDESK_DEMO_USER,
// DPDESK_DEMO_PASSWORD, DPDESK_DEMO_TOTP_SECRET, as scripts/run-demo.sh
// does), connected to the portal service by push. It prints one JSON line
// to stdout whenever what the desk shows of the application with the given
// reference changes: the first applicant's checklist lines in the desk's own
// words (ChecklistTexts), their marks, and the needs-attention rows.
// Commands on stdin: "shot FILE" saves a picture of the window with that
// application open; "quit" ends.
#include "client/credentials/InMemoryCredentialStore.h"
#include "client/workspace/Workspace.h"
#include "core/domain/NamedEnum.h"
#include "core/otp/Base32.h"
#include "gui/models/NeedsAttentionModel.h"
#include "gui/text/ChecklistTexts.h"
#include "gui/window/DeskController.h"
#include "gui/window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace dpdesk;

namespace {

QString markName(gui::CheckMark mark)
{
    switch (mark) {
    case gui::CheckMark::Open:
        return QStringLiteral("open");
    case gui::CheckMark::Busy:
        return QStringLiteral("busy");
    case gui::CheckMark::Done:
        return QStringLiteral("done");
    case gui::CheckMark::Action:
        return QStringLiteral("action");
    }
    return {};
}

QJsonObject line(const gui::CheckLine &l)
{
    return QJsonObject{{"mark", markName(l.mark)}, {"text", l.text}};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dpdesk-e2e-probe"));
    QCommandLineParser parser;
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Portal service URL."),
                                          QStringLiteral("url"));
    const QCommandLineOption referenceOption(QStringLiteral("reference"),
                                             QStringLiteral("The application to report on."),
                                             QStringLiteral("reference"));
    parser.addOptions({serverOption, referenceOption});
    parser.process(app);
    const QString reference = parser.value(referenceOption);

    QTemporaryDir cacheDir;
    QNetworkAccessManager network;
    client::InMemoryCredentialStore credentials;
    gui::MainWindow window;
    gui::DeskController::Options options;
    options.serverUrl = QUrl(parser.value(serverOption));
    options.notifications = false;
    options.workspace.cacheDirectory = cacheDir.path();
    options.workspace.pollIntervalMSecs = 0; // only push brings news, as the issue asks
    gui::DeskController desk(&network, &credentials, Clock::system(), options, &window);
    window.resize(1280, 800);
    window.show();

    const auto secret = Base32::decode(qEnvironmentVariable("DPDESK_DEMO_TOTP_SECRET"));
    if (!secret) {
        std::fprintf(stderr, "desk_probe: DPDESK_DEMO_TOTP_SECRET is not base32\n");
        return 2;
    }
    desk.loginWithSecret(qEnvironmentVariable("DPDESK_DEMO_USER"),
                         qEnvironmentVariable("DPDESK_DEMO_PASSWORD"), *secret);

    QTextStream out(stdout);
    QString last;
    QString applicationId;
    const auto report = [&] {
        client::Workspace *ws = desk.workspace();
        if (!ws || !ws->isOpen())
            return;
        if (applicationId.isEmpty()) {
            for (const Application &a : ws->applications()) {
                if (a.reference == reference)
                    applicationId = a.id;
            }
            if (applicationId.isEmpty())
                return;
        }
        const auto application = ws->application(applicationId);
        if (!application || application->applicants.isEmpty())
            return;
        const Applicant &a = application->applicants.first();
        QJsonArray attention;
        const auto *model = window.attentionModel();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, gui::NeedsAttentionModel::WhatColumn);
            if (index.data(gui::NeedsAttentionModel::ApplicationIdRole).toString() == applicationId)
                attention.append(index.data(Qt::DisplayRole).toString());
        }
        QJsonObject state{{"reference", reference},
                          {"documents", line(gui::ChecklistTexts::documents(a))},
                          {"signing", line(gui::ChecklistTexts::signing(a))},
                          {"identification", line(gui::ChecklistTexts::identification(a))},
                          {"step", gui::ChecklistTexts::currentStep(a)},
                          {"attention", attention}};
        if (a.invitation) {
            state.insert(
                "invitation",
                line(gui::ChecklistTexts::invitation(*a.invitation, QDateTime::currentDateTimeUtc())));
            state.insert("attempts", gui::ChecklistTexts::attemptsUsed(a.invitation->failedAttempts));
        }
        const QString text = QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
        if (text == last)
            return;
        last = text;
        out << text << Qt::endl;
    };
    // The workspace exists from the login on; look each time it says something changed.
    QTimer poll; // only reads the desk's own models and cache, never the network
    QObject::connect(&poll, &QTimer::timeout, &app, report);
    poll.start(20);

    QSocketNotifier input(fileno(stdin), QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        if (!std::fgets(buffer, sizeof buffer, stdin)) {
            QApplication::quit();
            return;
        }
        const QString command = QString::fromUtf8(buffer).trimmed();
        if (command.startsWith(QLatin1String("shot "))) {
            if (!applicationId.isEmpty())
                window.openApplication(applicationId);
            QApplication::processEvents();
            const bool saved = window.grab().save(command.mid(5));
            out << QJsonDocument(QJsonObject{{"shot", command.mid(5)}, {"saved", saved}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        } else if (command == QLatin1String("quit")) {
            QApplication::quit();
        }
    });
    return app.exec();
}
