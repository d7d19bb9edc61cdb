// The desk as a whole against the real portal service on loopback: login
// with password and authenticator code, the list filled by the first sync,
// search and quick filters, the detail pane, an invitation issued through
// the dialog, and a lockout (C5) by a customer showing in the needs-attention
// panel within a second, through push.
#include "client/credentials/InMemoryCredentialStore.h"
#include "client/workspace/CachePath.h"
#include "core/domain/Enums.h"
#include "gui/detail/ApplicationDetailView.h"
#include "gui/dialogs/InvitationDialog.h"
#include "gui/models/ApplicationFilterProxy.h"
#include "gui/models/ApplicationListModel.h"
#include "gui/models/NeedsAttentionModel.h"
#include "gui/window/DeskController.h"
#include "gui/window/MainWindow.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "ListSamples.h"
#include "support/Accounts.h"
#include "support/Requests.h"
#include "support/ServerFixture.h"

using namespace dpdesk;

namespace {

QString statusText(gui::MainWindow &window, const char *accessibleName)
{
    for (auto *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->accessibleName() == QLatin1String(accessibleName))
            return label->text();
    }
    return {};
}

} // namespace

class TestDeskWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void officeDayFromLoginToLockout()
    {
        test::ServerFixture f;
        DPDESK_START_SERVER(f);
        auto http = f.http();
        const qint64 office = test::createOffice(f, QStringLiteral("Van Dijk Financieel Advies"));
        const auto advisor = test::createUser(f, office, QStringLiteral("bram"), UserRole::Advisor);
        http->setBearer(test::loginToken(f, *http, advisor));
        const QJsonObject first = test::createApplication(*http, QStringLiteral("DVA-0001"), 1);
        const QJsonObject second = test::createApplication(*http, QStringLiteral("DVA-0002"), 2);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        // The customer's own login goes without the office's token.
        auto customer = f.http();

        QTemporaryDir cacheDir;
        QNetworkAccessManager network;
        client::InMemoryCredentialStore credentials;
        gui::MainWindow window(f.clock());
        gui::DeskController::Options options;
        options.serverUrl = f.baseUrl();
        options.notifications = false;
        options.workspace.cacheDirectory = cacheDir.path();
        options.workspace.pollIntervalMSecs = 0; // only push brings news
        options.workspace.keepAliveMSecs = 0;
        gui::DeskController desk(&network, &credentials, f.clock(), options, &window);
        window.show();

        // The next TOTP step: the fixture's login above used the current one.
        f.clock().advanceSecs(30);
        desk.loginWithSecret(advisor.username, advisor.password, advisor.totpSecret);
        QTRY_VERIFY_WITH_TIMEOUT(window.listModel() && window.listModel()->rowCount() == 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(window, "Connection state"), QStringLiteral("● Online"), 5000);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("Van Dijk")), qPrintable(window.windowTitle()));
        // Who logged in is kept with the cache for the next (offline) start; no secret in it.
        const QString remembered = desk.workspace()->cache()->metaValue(QStringLiteral("session_user"));
        QVERIFY2(remembered.contains(QStringLiteral("\"username\":\"bram\"")), qPrintable(remembered));
        QVERIFY2(!remembered.contains(QStringLiteral("oken")) && !remembered.contains(advisor.password),
                 qPrintable(remembered));

        // The newest application is selected and shown.
        QTRY_VERIFY(!window.currentApplicationId().isEmpty());
        QCOMPARE(window.detailView()->applicationId().value_or(QString()), window.currentApplicationId());

        // Search as you type, and a quick filter.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("0002"));
        QCOMPARE(window.filterProxy()->rowCount(), 1);
        search->clear();
        QCOMPARE(window.filterProxy()->rowCount(), 2);
        auto *needsAction = window.findChild<QToolButton *>(QStringLiteral("filterNeedsAction"));
        needsAction->click();
        QCOMPARE(window.filterProxy()->rowCount(), 0);
        window.findChild<QToolButton *>(QStringLiteral("filterAll"))->click();
        QCOMPARE(window.filterProxy()->rowCount(), 2);

        // C1: invite the applicant of DVA-0001 with a code, through the dialog.
        const QString applicationId = first.value("id").toString();
        desk.createInvitation(applicationId, test::applicantId(first));
        auto *dialog = window.findChild<gui::InvitationDialog *>();
        QVERIFY(dialog);
        emit dialog->invitationRequested(CreateInvitationRequest{InvitationKind::Code, 30});
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), gui::InvitationDialog::Step::Issued, 5000);
        const QString code = dialog->issued().secret;
        QVERIFY(!code.isEmpty());

        // C3-C5: the customer types a wrong date of birth four times; the
        // desk shows the lock in the needs-attention panel within a second.
        QCOMPARE(window.attentionModel()->rowCount(), 0);
        test::TestResponse last;
        for (int attempt = 0; attempt < 4; ++attempt)
            last = customer->post("/api/v1/customer/login",
                                  QJsonObject{{"code", code}, {"dateOfBirth", "1901-01-01"}});
        QVERIFY2(last.status >= 400, qPrintable(QString::number(last.status)));
        QElapsedTimer shown;
        shown.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.attentionModel()->rowCount(), 1, 1000);
        qInfo("lock shown in the needs-attention panel after %lld ms", shown.elapsed());
        const QModelIndex row = window.attentionModel()->index(0, 0);
        QCOMPARE(row.data(gui::NeedsAttentionModel::ApplicationIdRole).toString(), applicationId);
        QCOMPARE(row.data(gui::NeedsAttentionModel::ReasonRole).toInt(),
                 int(AttentionReason::InvitationLocked));
        needsAction->click();
        QCOMPARE(window.filterProxy()->rowCount(), 1);

        // One click from the panel to the application.
        window.findChild<QToolButton *>(QStringLiteral("filterAll"))->click();
        window.openApplication(second.value("id").toString());
        QCOMPARE(window.currentApplicationId(), second.value("id").toString());
        window.openApplication(applicationId);
        QCOMPARE(window.detailView()->applicationId().value_or(QString()), applicationId);

        // A bulk of changes (a first sync arrives as pages of 1,000) reloads the
        // list once when the sync ends, not once per page; a single change
        // afterwards shows at once again.
        QTRY_VERIFY_WITH_TIMEOUT(!desk.workspace()->isSyncing(), 5000);
        QSignalSpy resets(window.listModel(), &QAbstractItemModel::modelReset);
        QStringList bulk;
        for (int i = 0; i < 600; ++i)
            bulk << QStringLiteral("bulk-%1").arg(i); // unknown ids: what matters is the count
        emit desk.workspace()->syncingChanged(true);
        for (int page = 0; page < 5; ++page)
            emit desk.workspace()->applicationsChanged(bulk);
        QCoreApplication::processEvents();
        QCOMPARE(resets.count(), 0); // nothing yet: one reload is due
        emit desk.workspace()->syncingChanged(false);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(window.listModel()->rowCount(), 2);
        QCOMPARE(window.detailView()->applicationId().value_or(QString()), applicationId);
        emit desk.workspace()->applicationsChanged({applicationId});
        QCOMPARE(resets.count(), 1); // a small change is a row update, no reset
    }

    // The window opens from a large cache with its newest rows at once (the
    // rest read on a thread meanwhile, the count saying so), offline: no
    // server answers, and nothing waits for one.
    void aLargeCacheOpensWithTheNewestRowsAtOnce()
    {
        const QUrl server(QStringLiteral("http://127.0.0.1:9")); // nothing listens there
        QTemporaryDir cacheDir;
        constexpr int kApplications = 450;
        {
            client::LocalCache cache(client::cacheFilePath(server, QStringLiteral("sanne"), cacheDir.path()));
            QVERIFY(cache.open());
            QList<ChangeRecord> changes;
            for (int n = 1; n <= kApplications; ++n) {
                Application a = list_samples::application(
                    QString::number(n), QStringLiteral("L-%1").arg(n, 4, 10, QLatin1Char('0')),
                    {list_samples::person(1, QStringLiteral("Klant %1").arg(n),
                                          QStringLiteral("k@example.nl"))});
                a.createdAt = list_samples::at(1).addSecs(60 * n); // L-0450 is the newest
                ChangeRecord change;
                change.seq = n;
                change.id = a.id;
                change.data = a;
                changes << change;
            }
            QVERIFY(cache.applyPage(changes, kApplications));
            // Who logged in last time (Workspace keeps it): no secret in it.
            QVERIFY(cache.setMetaValue(
                QStringLiteral("session_user"),
                QStringLiteral(
                    R"({"id":"7","username":"sanne","displayName":"Sanne de Vries","role":"advisor",)"
                    R"("officeId":"3","officeName":"Van Dijk Financieel Advies"})")));
        }
        QNetworkAccessManager network;
        client::InMemoryCredentialStore credentials;
        ManualClock clock(list_samples::now());
        gui::MainWindow window(clock);
        gui::DeskController::Options options;
        options.serverUrl = server;
        options.notifications = false;
        options.workspace.cacheDirectory = cacheDir.path();
        options.workspace.pollIntervalMSecs = 0;
        gui::DeskController desk(&network, &credentials, clock, options, &window);
        window.resize(1280, 800);
        window.show();
        desk.workspace()->resume(QStringLiteral("sanne"));

        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(window.listModel() && count);
        QCOMPARE(window.listModel()->rowCount(), gui::ApplicationListModel::kFirstRows);
        QCOMPARE(count->text(), QStringLiteral("Loading the list… (200 shown)"));
        QCOMPARE(window.filterProxy()->index(0, gui::ApplicationListModel::ReferenceColumn).data().toString(),
                 QStringLiteral("L-0450"));
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("DP Desk — Van Dijk Financieel Advies — Sanne de Vries"));
        if (const QString shots = qEnvironmentVariable("DPDESK_SCREENSHOTS"); !shots.isEmpty()) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // laid out, still loading
            window.grab().save(shots + QStringLiteral("/desk-loading.png"));
        }

        QTRY_COMPARE_WITH_TIMEOUT(window.listModel()->rowCount(), kApplications, 5000);
        QTRY_VERIFY2(count->text().startsWith(QStringLiteral("450 application")), qPrintable(count->text()));
        QCOMPARE(window.filterProxy()->index(0, gui::ApplicationListModel::ReferenceColumn).data().toString(),
                 QStringLiteral("L-0450"));
        // The oldest, read by the thread, is searchable.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("L-0001"));
        QCOMPARE(window.filterProxy()->rowCount(), 1);
        if (const QString shots = qEnvironmentVariable("DPDESK_SCREENSHOTS"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/desk-loaded.png"));

        // Someone else on this computer: their own (empty) cache, none of Sanne's rows.
        desk.workspace()->resume(QStringLiteral("kees"));
        QVERIFY(window.listModel());
        QCOMPARE(window.listModel()->cache(), desk.workspace()->cache());
        QTRY_VERIFY(!window.listModel()->isLoading());
        QCOMPARE(window.listModel()->rowCount(), 0);
        QVERIFY2(!window.windowTitle().contains(QStringLiteral("Sanne")), qPrintable(window.windowTitle()));
    }

    void keyboardReachesEveryAction()
    {
        gui::MainWindow window;
        const QList<std::pair<const char *, QKeySequence>> shortcuts = {
            {"actionNewApplication", QKeySequence(QStringLiteral("Ctrl+N"))},
            {"actionCreateInvitation", QKeySequence(QStringLiteral("Ctrl+I"))},
            {"actionReplaceInvitation", QKeySequence(QStringLiteral("Ctrl+Shift+I"))},
            {"actionSync", QKeySequence(Qt::Key_F5)},
            {"actionFind", QKeySequence(QStringLiteral("Ctrl+F"))},
            {"actionQuit", QKeySequence(QStringLiteral("Ctrl+Q"))},
        };
        for (const auto &[name, keys] : shortcuts) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QCOMPARE(action->shortcut(), keys);
        }
        // Signed out: nothing to act on yet.
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionNewApplication"))->isEnabled());
        QCOMPARE(statusText(window, "Connection state"), QStringLiteral("○ Signed out"));
    }
};

QTEST_MAIN(TestDeskWindow)
#include "tst_desk_window.moc"
