// dpdesk-server as a program: options, TLS, graceful shutdown on SIGTERM.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include "support/TestHttp.h"

class TestServerProcess : public QObject
{
    Q_OBJECT

    // Starts the server; returns its base URL once it listens (empty on failure).
    static QString start(QProcess &p, const QStringList &args, QString *output = nullptr)
    {
        p.setProgram(QStringLiteral(DPDESK_SERVER_BIN));
        p.setArguments(args);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start();
        QString seen;
        for (int i = 0; i < 100 && p.state() != QProcess::NotRunning; ++i) {
            p.waitForReadyRead(100);
            seen += QString::fromUtf8(p.readAll());
            const auto m =
                QRegularExpression(QStringLiteral("listening on (https?://[^\\s\"]+)\\n")).match(seen);
            if (m.hasMatch()) {
                if (output)
                    *output = seen;
                return m.captured(1);
            }
        }
        return {};
    }

private slots:
    void sigtermShutsDownCleanly()
    {
        QTemporaryDir dir;
        QProcess p;
        const QString url =
            start(p, {"--listen", "127.0.0.1:0", "--database", "sqlite:" + dir.filePath("p.db")});
        QVERIFY(!url.isEmpty());
        dpdesk::test::TestHttp http{QUrl(url)};
        QCOMPARE(http.get("/api/v1/health").status, 200);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAll()).contains("shutdown requested"));
        // The database was closed cleanly: no WAL left to replay.
        QVERIFY(!QFileInfo::exists(dir.filePath("p.db-wal"))
                || QFileInfo(dir.filePath("p.db-wal")).size() == 0);
    }

    void parallelWrongAttemptsOnTwoInstancesLockExactlyOnce()
    {
        // C4/C5 across instances: the attempt count lives in the database and
        // is bumped in one statement, so of 8 parallel wrong dates of birth
        // sent to two servers sharing one database, exactly one is the third
        // (warning) and exactly one the fourth (lock).
        QTemporaryDir dir;
        const QString db = "sqlite:" + dir.filePath("p.db");
        QProcess first, second;
        QString demo;
        const QString url1 = start(first, {"--demo", "--listen", "127.0.0.1:0", "--database", db}, &demo);
        const QString url2 = start(second, {"--listen", "127.0.0.1:0", "--database", db});
        QVERIFY(!url1.isEmpty() && !url2.isEmpty());
        const auto code = QRegularExpression(QStringLiteral("code: +(\\S+)")).match(demo);
        QVERIFY2(code.hasMatch(), qPrintable(demo));

        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        const QByteArray body =
            QJsonDocument(QJsonObject{{"code", code.captured(1)}, {"dateOfBirth", "1901-01-01"}})
                .toJson(QJsonDocument::Compact);
        for (int i = 0; i < 8; ++i) {
            QNetworkRequest req(QUrl((i % 2 ? url2 : url1) + "/api/v1/customer/login"));
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            replies.append(network.post(req, body));
        }
        QMap<QString, int> outcomes;
        for (QNetworkReply *r : replies) {
            if (!r->isFinished())
                QSignalSpy(r, &QNetworkReply::finished).wait(10'000);
            const auto error = QJsonDocument::fromJson(r->readAll()).object().value("error").toObject();
            ++outcomes[error.value("code").toString()];
            r->deleteLater();
        }
        first.terminate();
        second.terminate();
        first.waitForFinished(5000);
        second.waitForFinished(5000);
        QCOMPARE(outcomes.value("login.incorrect_details"), 2);
        QCOMPARE(outcomes.value("login.warning_last_attempt"), 1);
        QCOMPARE(outcomes.value("login.locked"), 1);
        QCOMPARE(outcomes.value("login.not_allowed"), 4);
    }

    void badOptionsExplainThemselves_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("listen") << QStringList{"--listen", "nonsense"} << "--listen wants ADDRESS:PORT";
        QTest::newRow("database") << QStringList{"--database", "mysql://x"} << "--database wants";
        QTest::newRow("unknown") << QStringList{"--frobnicate", "1"} << "Unknown option --frobnicate";
        QTest::newRow("half tls") << QStringList{"--tls-cert", "x.pem"}
                                  << "Give both --tls-cert and --tls-key";
    }
    void badOptionsExplainThemselves()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(DPDESK_SERVER_BIN), args);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(QString::fromUtf8(p.readAll()).contains(message), qPrintable(message));
    }

    void plainHttpOnAPublicAddressIsRefused()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(DPDESK_SERVER_BIN),
                {"--listen", "0.0.0.0:0", "--database", "sqlite:" + dir.filePath("p.db")});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAll()).contains("Plain HTTP is only allowed on a loopback address"));
    }

    void servesHttpsWithTls12OrLater()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath("cert.pem"), key = dir.filePath("key.pem");
        const int rc = QProcess::execute("openssl",
                                         {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                          "-subj", "/CN=localhost", "-keyout", key, "-out", cert});
        if (rc != 0)
            QSKIP("openssl is not available to make a test certificate");
        QProcess p;
        const QString url = start(p,
                                  {"--listen", "127.0.0.1:0", "--database", "sqlite:" + dir.filePath("p.db"),
                                   "--tls-cert", cert, "--tls-key", key});
        QVERIFY(url.startsWith("https://"));
        const quint16 port = QUrl(url).port();

        QSslSocket tls12;
        QSslConfiguration c = tls12.sslConfiguration();
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
        c.setProtocol(QSsl::TlsV1_2);
        tls12.setSslConfiguration(c);
        tls12.connectToHostEncrypted("127.0.0.1", port);
        QVERIFY(tls12.waitForEncrypted(5000));
        tls12.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (tls12.waitForReadyRead(3000))
            answer += tls12.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());

        QTcpSocket plain; // plain HTTP to the TLS port gets no answer
        plain.connectToHost("127.0.0.1", port);
        QVERIFY(plain.waitForConnected(3000));
        plain.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        plain.waitForReadyRead(1000);
        QVERIFY(!plain.readAll().startsWith("HTTP/1.1 200"));
        p.terminate();
        p.waitForFinished(5000);
    }

    void demoSecretsAreShownOnceAndNeverLogged()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setProgram(QStringLiteral(DPDESK_SERVER_BIN));
        p.setArguments({"--demo", "--listen", "127.0.0.1:0", "--database", "sqlite:" + dir.filePath("p.db"),
                        "--log-level", "debug"});
        p.start();
        QString out, err;
        for (int i = 0; i < 100 && !out.contains("listening on"); ++i) {
            p.waitForReadyRead(100);
            out += QString::fromUtf8(p.readAllStandardOutput());
            err += QString::fromUtf8(p.readAllStandardError());
        }
        p.terminate();
        p.waitForFinished(5000);
        err += QString::fromUtf8(p.readAllStandardError());
        const auto m = QRegularExpression(QStringLiteral("TOTP secret: (\\S+)")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QVERIFY(!err.contains(m.captured(1))); // the log (stderr) never carries the secret
        const auto pw = QRegularExpression(QStringLiteral("password: +(\\S+)")).match(out);
        QVERIFY(pw.hasMatch());
        QVERIFY(!err.contains(pw.captured(1)));
        // Second start on the same database: no new secrets printed.
        QProcess again;
        const QString url = start(
            again, {"--demo", "--listen", "127.0.0.1:0", "--database", "sqlite:" + dir.filePath("p.db")});
        QVERIFY(!url.isEmpty());
        const QString out2 = QString::fromUtf8(again.readAll());
        again.terminate();
        again.waitForFinished(5000);
        QVERIFY(!out2.contains("TOTP secret"));
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
