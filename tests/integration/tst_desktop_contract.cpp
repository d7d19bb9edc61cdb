// S5 through the desktop: the office changes the bank account in the
// Workspace (outbox, If-Match, local effect at once), the real portal
// service puts a new contract in place, the customer still logs in with the
// same code, and the documents the desktop lists and downloads show a new
// contract version with the new IBAN, the old one superseded. PDF text is
// read with Qt PDF (QPdfDocument::getAllText).
#include "client/credentials/InMemoryCredentialStore.h"
#include "client/workspace/Workspace.h"
#include "core/domain/ChecklistRules.h"
#include "server/store/ApplicationStore.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "support/Accounts.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::client;
using namespace dpdesk::test;

namespace {

const QString kOldIban = QStringLiteral("NL91ABNA0417164300");
const QString kNewIban = QStringLiteral("NL20INGB0001234567");

NewApplicationRequest newApplication(const QString &reference)
{
    NewApplicationRequest request;
    request.reference = reference;
    request.loanAmountCents = 2'500'000;
    request.loanKind = LoanKind::PersonalLoan;
    request.termMonths = 72;
    request.iban = kOldIban;
    request.accountHolder = QStringLiteral("J. de Boer");
    request.applicants = {NewApplicantRequest{"Jan de Boer", QDate(1980, 5, 17), "jan@example.nl", {}}};
    return request;
}

TestResponse customerLogin(TestHttp &http, const QString &code, const QString &dateOfBirth)
{
    return http.post("/api/v1/customer/login", QJsonObject{{"code", code}, {"dateOfBirth", dateOfBirth}});
}

// The PDF's text without whitespace, so an IBAN in groups of four is found.
QString squeezedText(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() == QPdfDocument::Status::Loading) {
        QSignalSpy status(&document, &QPdfDocument::statusChanged);
        status.wait(10'000);
    }
    QString out;
    for (int page = 0; page < document.pageCount(); ++page)
        for (const QChar c : document.getAllText(page).text())
            if (!c.isSpace())
                out += c;
    return out;
}

Result<QList<DocumentVersion>> documentsOf(Workspace &ws, const QString &id)
{
    std::optional<Result<QList<DocumentVersion>>> out;
    ws.fetchDocuments(id, [&](const Result<QList<DocumentVersion>> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000))
        return Error{"test.timeout", "no answer", {}};
    return *out;
}

Result<QByteArray> pdfOf(Workspace &ws, const QString &id, const QString &documentId)
{
    std::optional<Result<QByteArray>> out;
    ws.fetchDocument(id, documentId, [&](const Result<QByteArray> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30'000))
        return Error{"test.timeout", "no answer", {}};
    return *out;
}

} // namespace

class TestDesktopContract : public QObject
{
    Q_OBJECT

private slots:
    void aNewBankAccountFromTheDesktopPutsANewContractInPlace()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const TestUser carla = createUser(f, createOffice(f, "Utrecht"), "carla", UserRole::Advisor);
        QTemporaryDir dir;
        QNetworkAccessManager network;
        InMemoryCredentialStore credentials;
        Workspace::Options options;
        options.cacheDirectory = dir.path();
        options.pollIntervalMSecs = 0;
        options.syncRetryFirstMSecs = -1;
        Workspace ws(&network, f.baseUrl(), &credentials, f.clock(), options);
        QSignalSpy loggedIn(&ws, &Workspace::loggedIn);
        f.clock().advanceSecs(30);
        ws.login(carla.username, carla.password, currentCode(f, carla));
        QVERIFY(loggedIn.wait(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(!ws.syncEngine()->isBusy(), 5000);

        // An application with a code invitation (C1); the customer logs in.
        QSignalSpy confirmed(&ws, &Workspace::applicationConfirmed);
        QVERIFY(ws.createApplication(newApplication("REF-S5")));
        QVERIFY(confirmed.wait(5000));
        const QString id = confirmed.first().at(1).toString();
        QTRY_VERIFY(!ws.syncEngine()->isBusy());
        QSignalSpy issued(&ws, &Workspace::invitationIssued);
        QVERIFY(ws.createInvitation(id, ws.application(id)->applicants.first().id, InvitationKind::Code));
        QVERIFY(issued.wait(5000));
        const QString code = issued.first().at(4).toString();
        auto customer = f.http();
        QCOMPARE(customerLogin(*customer, code, "1980-05-17").status, 200);
        // The office acts on what it sees: wait until push brought the
        // server's current version (otherwise If-Match is refused, 412).
        const auto stored = f.server().applications().load(id.toLongLong());
        QVERIFY(stored);
        const qint64 versionBefore = stored->application.version;
        QTRY_COMPARE_WITH_TIMEOUT(ws.application(id)->version, versionBefore, 5000);
        QTRY_VERIFY(!ws.syncEngine()->isBusy());

        // The contract before: version 1 with the old IBAN.
        auto before = documentsOf(ws, id);
        QVERIFY(before.ok());
        QString oldContractId;
        for (const DocumentVersion &d : before.value())
            if (d.kind == DocumentKind::Contract)
                oldContractId = d.id;
        QVERIFY(!oldContractId.isEmpty());

        // S5 from the desktop: shown at once, then sent with If-Match.
        const auto entry = ws.changeBankAccount(id, "NL20 INGB 0001 2345 67", "J. de Boer-Jansen");
        QVERIFY2(entry.ok(), entry.ok() ? "" : qPrintable(entry.error().message));
        QCOMPARE(ws.application(id)->iban, kNewIban);
        QCOMPARE(ws.application(id)->contractVersion, 2);
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 10'000);
        QTRY_VERIFY(!ws.syncEngine()->isBusy());
        QVERIFY2(ws.conflicts().isEmpty(), qPrintable(ws.conflicts().value(0).explanation));
        const Application synced = *ws.application(id);
        QCOMPARE(synced.version, versionBefore + 1); // the server's record
        QCOMPARE(synced.contractVersion, 2);
        QCOMPARE(synced.iban, kNewIban);
        QCOMPARE(synced.accountHolder, QStringLiteral("J. de Boer-Jansen"));
        QCOMPARE(currentStep(synced.applicants.first()), FlowStep::Documents); // all steps again

        // Link and code stay the same: the customer logs in with the SAME code.
        QCOMPARE(customerLogin(*customer, code, "1980-05-17").status, 200);

        // The documents: a new contract version with the new IBAN; the old one superseded.
        auto after = documentsOf(ws, id);
        QVERIFY(after.ok());
        QList<DocumentVersion> contracts;
        for (const DocumentVersion &d : after.value())
            if (d.kind == DocumentKind::Contract)
                contracts << d;
        QCOMPARE(contracts.size(), 2);
        std::sort(contracts.begin(), contracts.end(), [](auto &a, auto &b) { return a.version < b.version; });
        QCOMPARE(contracts.at(0).id, oldContractId);
        QVERIFY(contracts.at(0).superseded());
        QCOMPARE(contracts.at(1).version, 2);
        QCOMPARE(contracts.at(1).contractVersion, 2);
        QVERIFY(!contracts.at(1).superseded());

        const auto newPdf = pdfOf(ws, id, contracts.at(1).id);
        QVERIFY2(newPdf.ok(), newPdf.ok() ? "" : qPrintable(newPdf.error().message));
        const QString newText = squeezedText(newPdf.value());
        QVERIFY2(newText.contains(kNewIban), qPrintable(newText.left(400)));
        QVERIFY(!newText.contains(kOldIban));
        const auto oldPdf = pdfOf(ws, id, contracts.at(0).id);
        QVERIFY(oldPdf.ok());
        const QString oldText = squeezedText(oldPdf.value());
        QVERIFY(oldText.contains(kOldIban));
        QVERIFY(!oldText.contains(kNewIban));
    }
};

QTEST_MAIN(TestDesktopContract)
#include "tst_desktop_contract.moc"
