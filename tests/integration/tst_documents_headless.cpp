// A server process without a QGuiApplication (like every other integration
// test here) cannot render PDFs. It must still work: applications and new
// contracts are made (their PDFs left for later), and a download answers
// 503 documents.renderer_unavailable instead of aborting the process.
#include <QTest>

#include "support/Accounts.h"
#include "support/Requests.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

class TestDocumentsHeadless : public QObject
{
    Q_OBJECT

private slots:
    void withoutARendererDownloadsAre503AndNothingElseBreaks()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto user = createUser(f, createOffice(f, "A"), "carla", UserRole::BackOffice);
        auto http = f.http();
        http->setBearer(loginToken(f, *http, user));
        const auto app = createApplication(*http, "REF-1");
        QVERIFY(!app.isEmpty());
        const QString path = "/api/v1/applications/" + app.value("id").toString();

        auto headers = idempotencyKey();
        headers.append({"If-Match", http->get(path).header("ETag")});
        const auto changed = http->request(
            "PUT", path + "/bank-account",
            QJsonDocument(QJsonObject{{"iban", "NL20INGB0001234567"}, {"accountHolder", "J. de Boer"}})
                .toJson(),
            headers);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value("contractVersion").toInt(), 2);

        const QJsonArray items = http->get(path + "/documents").json().value("items").toArray();
        QCOMPARE(items.size(), 5);
        const QJsonObject contract = items.last().toObject();
        QCOMPARE(contract.value("version").toInt(), 2);
        QVERIFY(contract.value("sha256").isNull()); // left for the first download
        const auto download = http->get(path + "/documents/" + contract.value("id").toString());
        QCOMPARE(download.status, 503);
        QCOMPARE(download.errorCode(), QStringLiteral("documents.renderer_unavailable"));
        QCOMPARE(http->get("/api/v1/health").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestDocumentsHeadless)
#include "tst_documents_headless.moc"
