// The main window shell: shows the server and the connection state, keeps
// its actions reachable from the keyboard.
#include "client/net/ServerProbe.h"
#include "gui/window/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTest>

#include "FakeNetwork.h"

using namespace dpdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QString statusText(gui::MainWindow &w)
    {
        for (auto *label : w.statusBar()->findChildren<QLabel *>()) {
            if (label->accessibleName() == QLatin1String("Connection state"))
                return label->text();
        }
        return {};
    }

private slots:
    void showsOnlineWhenTheHealthCheckAnswers()
    {
        FakeNetwork network;
        int calls = 0;
        network.setHandler([&](const FakeRequest &r) {
            ++calls;
            if (r.path() != QLatin1String("/api/v1/health"))
                return FakeResponse::apiError(404, "not_found", "no");
            return FakeResponse::json(200, QJsonObject{{"status", "ok"}});
        });
        client::ServerProbe probe(&network, QUrl("http://portal.test"));
        gui::MainWindow window(&probe);
        window.show();
        QCOMPARE(statusText(window), QStringLiteral("Connecting…"));
        probe.probe();
        QTRY_COMPARE(statusText(window), QStringLiteral("● Online"));
        QCOMPARE(calls, 1);
        QVERIFY(window.findChild<QLabel *>("serverLabel")->text().contains("http://portal.test"));
    }

    void showsOfflineWithTheReasonAndRechecksOnF5()
    {
        FakeNetwork network;
        bool up = false;
        network.setHandler([&](const FakeRequest &) {
            return up ? FakeResponse::json(200, QJsonObject{{"status", "ok"}})
                      : FakeResponse::networkError(QNetworkReply::ConnectionRefusedError);
        });
        client::ServerProbe probe(&network, QUrl("http://portal.test"));
        gui::MainWindow window(&probe);
        window.show();
        probe.probe();
        QTRY_VERIFY(statusText(window).startsWith(QStringLiteral("○ Offline")));

        up = true;
        QAction *recheck = window.findChild<QAction *>("actionReconnect");
        QVERIFY(recheck);
        QCOMPARE(recheck->shortcut(), QKeySequence(Qt::Key_F5));
        recheck->trigger();
        QTRY_COMPARE(statusText(window), QStringLiteral("● Online"));
    }

    void quitIsOnTheKeyboard()
    {
        FakeNetwork network;
        client::ServerProbe probe(&network, QUrl("http://portal.test"));
        gui::MainWindow window(&probe);
        QAction *quit = window.findChild<QAction *>("actionQuit");
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
