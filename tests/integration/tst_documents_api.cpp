// Documents and the bank-account change (D1, S4, S5, I5): versioned PDFs,
// the new contract on a new IBAN with the customer's link and code still
// working, the Maex variant with new invitations, refusal on a complete
// application, idempotency and lost-update protection. The PDFs' text is
// read back with pdftotext (poppler-utils).
//
// Runs with a QGuiApplication (QTEST_MAIN with Qt Gui): the server renders
// the PDFs in-process, as dpdesk-server does under the offscreen platform.
#include "core/crypto/Digest.h"
#include "core/domain/ChecklistRules.h"
#include "server/store/ApplicationStore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include "support/Accounts.h"
#include "support/Requests.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

namespace {

const QString kOldIban = QStringLiteral("NL91ABNA0417164300"); // newApplicationBody's
const QString kNewIban = QStringLiteral("NL20INGB0001234567");
const QString kThirdIban = QStringLiteral("NL39RABO0300065264");

struct Office
{
    TestUser user;
    std::unique_ptr<TestHttp> http;
};

Office officeWith(ServerFixture &f, const QString &name, UserRole role = UserRole::BackOffice)
{
    Office o;
    o.user = createUser(f, createOffice(f, name), name.toLower() + "-user", role);
    o.http = f.http();
    o.http->setBearer(loginToken(f, *o.http, o.user));
    return o;
}

QString appPath(const QJsonObject &app)
{
    return "/api/v1/applications/" + app.value("id").toString();
}

QByteArray etagOf(TestHttp &http, const QJsonObject &app)
{
    return http.get(appPath(app)).header("ETag");
}

TestResponse putBankAccount(TestHttp &http, const QJsonObject &app, const QJsonObject &body,
                            const QByteArray &ifMatch, const QString &key = {})
{
    auto headers = idempotencyKey(key);
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    return http.request("PUT", appPath(app) + "/bank-account",
                        QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QJsonObject bankAccount(const QString &iban, const QString &holder = QStringLiteral("J. de Boer"))
{
    return QJsonObject{{"iban", iban}, {"accountHolder", holder}};
}

QJsonArray documents(TestHttp &http, const QJsonObject &app)
{
    return http.get(appPath(app) + "/documents").json().value("items").toArray();
}

// The versions of one kind, oldest first.
QList<QJsonObject> versionsOf(const QJsonArray &items, const QString &kind)
{
    QList<QJsonObject> out;
    for (const auto &v : items) {
        if (v.toObject().value("kind").toString() == kind)
            out.append(v.toObject());
    }
    return out;
}

TestResponse download(TestHttp &http, const QJsonObject &app, const QJsonObject &document)
{
    return http.get(appPath(app) + "/documents/" + document.value("id").toString());
}

// The text of a PDF, whitespace as pdftotext gives it.
QString pdfText(const QByteArray &pdf)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(pdf);
    file.flush();
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file.fileName(), QStringLiteral("-")});
    if (!p.waitForFinished(30'000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Without any whitespace, so an IBAN split over a line or into groups of
// four is still found.
QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

TestResponse customerLogin(TestHttp &http, const QString &code, const QString &dob)
{
    return http.post("/api/v1/customer/login", QJsonObject{{"code", code}, {"dateOfBirth", dob}});
}

QString inviteWithCode(TestHttp &http, const QJsonObject &app, int index)
{
    return http.post(invitationsPath(app, index), QJsonObject{{"kind", "code"}}, idempotencyKey())
        .json()
        .value("code")
        .toString();
}

// The customer's steps, played with the core rules straight on the store
// (the customer's own API is another part of the service). finish: also
// sign and identify.
void walkApplicant(ServerFixture &f, const QJsonObject &app, int index, bool finish)
{
    server::ApplicationStore &store = f.server().applications();
    const qint64 id = app.value("id").toString().toLongLong();
    auto stored = store.load(id);
    QVERIFY(stored);
    const Application before = stored->application;
    const QString applicant = before.applicants.at(index).id;
    const auto step = [&](const Application &a,
                          const std::function<Result<Applicant>(const Applicant &)> &s) {
        auto next = updateApplicant(a, applicant, s);
        if (!next)
            qWarning() << next.error().code << next.error().message;
        return next.value();
    };
    Application a = step(before, [](const Applicant &x) { return acceptDocuments(x); });
    a = step(a, [](const Applicant &x) { return answerQuestions(x, SigningAnswers{}); });
    a = step(a, [&](const Applicant &x) { return confirmIban(x, a.iban); });
    a = step(a, [](const Applicant &x) { return verifyIdin(x, true); });
    if (finish) {
        auto signedApp = sign(a, applicant);
        QVERIFY(signedApp);
        a = signedApp.value();
        a = step(a, [](const Applicant &x) { return startIdentification(x); });
        a = step(a,
                 [](const Applicant &x) { return identificationResult(x, IdDocumentType::Passport, true); });
    }
    a.version = before.version + 1;
    QVERIFY(store.save(a, before.version, f.clock().nowMSecs()).ok());
}

} // namespace

class TestDocumentsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is missing: scripts/setup-debian.sh test installs poppler-utils");
    }

    void aNewApplicationHasVersionOneOfEachDocument()
    {
        // D1: ESIC, privacy statement, provisional agreement, and the contract (S6).
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "Advies Noord");
        const auto app = createApplication(*o.http, "REF-1", 2);
        const QJsonArray items = documents(*o.http, app);
        QCOMPARE(items.size(), 4);
        const QStringList kinds{"esic", "privacy_statement", "provisional_agreement", "contract"};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject d = items.at(i).toObject();
            QCOMPARE(d.value("kind").toString(), kinds.at(i));
            QCOMPARE(d.value("version").toInt(), 1);
            QCOMPARE(d.value("contractVersion").toInt(), 1);
            QCOMPARE(d.value("superseded").toBool(), false);
            QVERIFY(d.value("supersededAt").isNull());
            QVERIFY(d.value("sha256").isNull()); // generated on the first download
            QCOMPARE(d.value("contentType").toString(), QStringLiteral("application/pdf"));
        }

        // Each downloads as a PDF; its SHA-256 is then listed and in the audit trail.
        QHash<QString, QString> hashes;
        QHash<QString, QString> texts;
        for (const auto &v : items) {
            const auto r = download(*o.http, app, v.toObject());
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/pdf"));
            QVERIFY(r.body.startsWith("%PDF-"));
            const QString sha = QString::fromLatin1(Digest::sha256(r.body).toHex());
            QCOMPARE(QString::fromLatin1(r.header("X-Content-SHA256")), sha);
            hashes.insert(v.toObject().value("id").toString(), sha);
            texts.insert(v.toObject().value("kind").toString(), pdfText(r.body));
            // The stored PDF again, not a new rendering.
            QCOMPARE(download(*o.http, app, v.toObject()).body, r.body);
        }
        for (const auto &v : documents(*o.http, app)) {
            const QJsonObject d = v.toObject();
            QCOMPARE(d.value("sha256").toString(), hashes.value(d.value("id").toString()));
            QVERIFY(d.value("sizeBytes").toInteger() > 1000);
            QVERIFY(d.value("generatedAt").isString());
        }
        QHash<QString, QString> audited;
        for (const auto &e : o.http->get(appPath(app) + "/audit").json().value("items").toArray()) {
            const QJsonObject entry = e.toObject();
            if (entry.value("action").toString() == QLatin1String("document.generated"))
                audited.insert(entry.value("details").toObject().value("documentId").toString(),
                               entry.value("details").toObject().value("sha256").toString());
        }
        QCOMPARE(audited, hashes);

        // In Dutch, with the lender, the office, the version and the data.
        const QString esic = texts.value("esic");
        QVERIFY2(esic.contains("Let op! Geld lenen kost geld."), qPrintable(esic));
        QVERIFY(esic.contains("Sandbox Krediet B.V."));
        QVERIFY(esic.contains("Advies Noord"));
        QVERIFY(esic.contains("Versie 1"));
        QVERIFY(esic.contains("Jaarlijks kostenpercentage"));
        QVERIFY(esic.contains(QString::fromUtf8("15.000,00"))); // loanAmountCents 1500000
        QVERIFY(esic.contains("60 maanden"));
        QVERIFY(texts.value("privacy_statement").contains("Privacyverklaring"));
        QVERIFY(texts.value("provisional_agreement").contains("Voorlopige overeenkomst"));
        const QString contract = texts.value("contract");
        QVERIFY2(contract.contains("Kredietovereenkomst"), qPrintable(contract));
        QVERIFY(contract.contains("Jan de Boer"));
        QVERIFY(contract.contains("Els de Boer"));
        QVERIFY(contract.contains("17 mei 1980"));
        QVERIFY(contract.contains("J. de Boer"));
        QVERIFY(squeezed(contract).contains(kOldIban));
        QVERIFY(contract.contains("versie 1")); // the footer
    }

    void changingTheBankAccountPutsANewContractInPlace()
    {
        // S5 (DP Portaal): new IBAN -> new contract, every applicant starts
        // over, link and code stay the same.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1", 2);
        const QString code = inviteWithCode(*o.http, app, 0);
        QVERIFY(!code.isEmpty());
        auto customer = f.http();
        QCOMPARE(customerLogin(*customer, code, "1980-05-17").status, 200);
        walkApplicant(f, app, 0, false); // documents accepted, questions, IBAN confirmed, iDIN
        walkApplicant(f, app, 1, false);
        const QJsonObject v1contract = versionsOf(documents(*o.http, app), "contract").value(0);
        const auto oldPdf = download(*o.http, app, v1contract);
        QCOMPARE(oldPdf.status, 200);
        const QJsonObject before = o.http->get(appPath(app)).json();
        const QByteArray etag = etagOf(*o.http, app);
        const qint64 cursor = o.http->get("/api/v1/changes").json().value("nextCursor").toInteger();

        const auto r = putBankAccount(*o.http, app, bankAccount(kNewIban, "J. de Boer-Jansen"), etag);
        QCOMPARE(r.status, 200);
        const QJsonObject after = r.json();
        QCOMPARE(after.value("iban").toString(), kNewIban);
        QCOMPARE(after.value("accountHolder").toString(), QStringLiteral("J. de Boer-Jansen"));
        QCOMPARE(after.value("contractVersion").toInt(), 2);
        QCOMPARE(r.header("ETag"), '"' + QByteArray::number(before.value("version").toInteger() + 1) + '"');
        for (const auto &v : after.value("applicants").toArray()) { // S5: all steps again
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value("documents").toString(), QStringLiteral("open"));
            QCOMPARE(a.value("signing").toString(), QStringLiteral("open"));
            QCOMPARE(a.value("ibanConfirmed").toBool(), false);
            QCOMPARE(a.value("idinVerified").toBool(), false);
            QVERIFY(a.value("answers").isNull());
        }
        // The invitation is the same one and the same code still logs in.
        const QJsonObject invitationBefore =
            before.value("applicants").toArray().at(0).toObject().value("invitation").toObject();
        const QJsonObject invitationAfter =
            after.value("applicants").toArray().at(0).toObject().value("invitation").toObject();
        QCOMPARE(invitationAfter.value("id"), invitationBefore.value("id"));
        QCOMPARE(invitationAfter.value("state").toString(), QStringLiteral("active"));
        QCOMPARE(customerLogin(*customer, code, "1980-05-17").status, 200);

        // Versioning: contract v1 superseded, v2 current; both downloadable.
        const QJsonArray items = documents(*o.http, app);
        QCOMPARE(items.size(), 5); // only the contract changed
        const auto contracts = versionsOf(items, "contract");
        QCOMPARE(contracts.size(), 2);
        QCOMPARE(contracts.at(0).value("version").toInt(), 1);
        QCOMPARE(contracts.at(0).value("superseded").toBool(), true);
        QVERIFY(contracts.at(0).value("supersededAt").isString());
        QCOMPARE(contracts.at(1).value("version").toInt(), 2);
        QCOMPARE(contracts.at(1).value("contractVersion").toInt(), 2);
        QCOMPARE(contracts.at(1).value("superseded").toBool(), false);
        QVERIFY(contracts.at(1).value("sha256").isString()); // generated inside the change
        for (const QString kind : {"esic", "privacy_statement", "provisional_agreement"}) {
            QCOMPARE(versionsOf(items, kind).size(), 1);
            QCOMPARE(versionsOf(items, kind).at(0).value("superseded").toBool(), false);
        }

        const auto oldAgain = download(*o.http, app, contracts.at(0));
        QCOMPARE(oldAgain.status, 200);
        QCOMPARE(oldAgain.body, oldPdf.body); // an old version never changes
        const auto newPdf = download(*o.http, app, contracts.at(1));
        QCOMPARE(newPdf.status, 200);
        QCOMPARE(QString::fromLatin1(Digest::sha256(newPdf.body).toHex()),
                 contracts.at(1).value("sha256").toString());
        const QString newText = squeezed(pdfText(newPdf.body));
        QVERIFY2(newText.contains(kNewIban), qPrintable(newText));
        QVERIFY(!newText.contains(kOldIban));
        QVERIFY(newText.contains("J.deBoer-Jansen"));
        QVERIFY(newText.contains("Versie2"));
        const QString oldText = squeezed(pdfText(oldAgain.body));
        QVERIFY(oldText.contains(kOldIban));
        QVERIFY(!oldText.contains(kNewIban));

        // The audit trail: who, old and new IBAN masked, and the new contract's hash.
        const QJsonArray audit = o.http->get(appPath(app) + "/audit").json().value("items").toArray();
        QJsonObject changed, generated;
        for (const auto &e : audit) {
            const QString action = e.toObject().value("action").toString();
            if (action == QLatin1String("bank_account.changed"))
                changed = e.toObject();
            if (action == QLatin1String("document.generated")
                && e.toObject().value("details").toObject().value("documentId")
                    == contracts.at(1).value("id"))
                generated = e.toObject();
        }
        QCOMPARE(changed.value("actor").toObject().value("id").toString(), QString::number(o.user.id));
        const QJsonObject details = changed.value("details").toObject();
        QCOMPARE(details.value("oldIban").toString(), QStringLiteral("NL91 **** **** **43 00"));
        QCOMPARE(details.value("newIban").toString(), QStringLiteral("NL20 **** **** **45 67"));
        QCOMPARE(details.value("contractVersion").toInt(), 2);
        QCOMPARE(details.value("accountHolderChanged").toBool(), true);
        QCOMPARE(generated.value("details").toObject().value("sha256"), contracts.at(1).value("sha256"));
        const QByteArray auditBytes = QJsonDocument(audit).toJson();
        QVERIFY(!auditBytes.contains(kOldIban.toLatin1()));
        QVERIFY(!auditBytes.contains(kNewIban.toLatin1()));

        // The changes feed carries the new state (desktops hear it by push).
        const auto feed = o.http->get("/api/v1/changes?after=" + QString::number(cursor)).json();
        const QJsonArray changes = feed.value("changes").toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value("data").toObject().value("contractVersion").toInt(), 2);
    }

    void everyNewContractIsANewVersionAndOldOnesStay()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        QCOMPARE(putBankAccount(*o.http, app, bankAccount(kNewIban), etagOf(*o.http, app)).status, 200);
        QCOMPARE(putBankAccount(*o.http, app, bankAccount(kThirdIban), etagOf(*o.http, app)).status, 200);
        const auto contracts = versionsOf(documents(*o.http, app), "contract");
        QCOMPARE(contracts.size(), 3);
        const QStringList ibans{kOldIban, kNewIban, kThirdIban};
        QSet<QByteArray> bodies;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(contracts.at(i).value("version").toInt(), i + 1);
            QCOMPARE(contracts.at(i).value("superseded").toBool(), i < 2);
            const auto pdf = download(*o.http, app, contracts.at(i));
            QCOMPARE(pdf.status, 200);
            bodies.insert(pdf.body);
            const QString text = squeezed(pdfText(pdf.body));
            for (int j = 0; j < 3; ++j)
                QCOMPARE(text.contains(ibans.at(j)), i == j);
        }
        QCOMPARE(bodies.size(), 3);
    }

    void theSameRequestAgainIsReplayedAndAStaleOneRefused()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        const QByteArray etag = etagOf(*o.http, app);
        const auto first = putBankAccount(*o.http, app, bankAccount(kNewIban), etag, "bank-account-key-1");
        QCOMPARE(first.status, 200);
        const auto again = putBankAccount(*o.http, app, bankAccount(kNewIban), etag, "bank-account-key-1");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.body, first.body);
        QCOMPARE(versionsOf(documents(*o.http, app), "contract").size(), 2); // once, not twice
        QCOMPARE(o.http->get(appPath(app)).json().value("contractVersion").toInt(), 2);

        // The same key for another body.
        QCOMPARE(putBankAccount(*o.http, app, bankAccount(kThirdIban), etag, "bank-account-key-1").status,
                 422);
        // A stale version: 412 with the current record, nothing changed.
        const auto stale = putBankAccount(*o.http, app, bankAccount(kThirdIban), etag);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.errorCode(), QStringLiteral("precondition_failed"));
        QCOMPARE(stale.json().value("current").toObject().value("iban").toString(), kNewIban);
        // Without If-Match: 428.
        const auto blind = putBankAccount(*o.http, app, bankAccount(kThirdIban), {});
        QCOMPARE(blind.status, 428);
        QCOMPARE(blind.errorCode(), QStringLiteral("precondition_required"));
        QCOMPARE(blind.errorField(), QStringLiteral("If-Match"));
        // Without Idempotency-Key: 400.
        const auto keyless = o.http->request("PUT", appPath(app) + "/bank-account",
                                             QJsonDocument(bankAccount(kThirdIban)).toJson(),
                                             {{"If-Match", etagOf(*o.http, app)}});
        QCOMPARE(keyless.status, 400);
        QCOMPARE(keyless.errorCode(), QStringLiteral("idempotency.key_required"));
        QCOMPARE(o.http->get(appPath(app)).json().value("iban").toString(), kNewIban);
        QCOMPARE(versionsOf(documents(*o.http, app), "contract").size(), 2);
    }

    void badBankAccountsAreRefusedWithTheField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("check digits") << bankAccount("NL91ABNA0417164301") << "iban.checksum"
                                      << "iban"
                                      << "";
        QTest::newRow("too short") << bankAccount("NL91ABNA041716430") << "iban.length"
                                   << "iban"
                                   << "";
        QTest::newRow("unknown country") << bankAccount("XX91ABNA0417164300") << "iban.country_unknown"
                                         << "iban"
                                         << "";
        QTest::newRow("print form") << bankAccount("NL91 ABNA 0417 1643 00") << "json.invalid_value"
                                    << "iban"
                                    << "NL91ABNA0417164300";
        QTest::newRow("empty") << bankAccount("") << "json.invalid_value"
                               << "iban"
                               << "";
        QTest::newRow("no holder") << QJsonObject{{"iban", kNewIban}} << "json.missing_field"
                                   << "accountHolder"
                                   << "";
        QTest::newRow("blank holder") << bankAccount(kNewIban, " ") << "json.invalid_value"
                                      << "accountHolder"
                                      << "";
        QTest::newRow("iban a number")
            << QJsonObject{{"iban", 42}, {"accountHolder", "J"}} << "json.wrong_type"
            << "iban"
            << "";
        QTest::newRow("extra field") << QJsonObject{{"iban", kNewIban},
                                                    {"accountHolder", "J"},
                                                    {"bic", "INGBNL2A"}}
                                     << "json.unknown_field"
                                     << "bic"
                                     << "";
    }
    void badBankAccountsAreRefusedWithTheField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        const auto r = putBankAccount(*o.http, app, body, etagOf(*o.http, app));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
        const QString message = r.json().value("error").toObject().value("message").toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QCOMPARE(o.http->get(appPath(app)).json().value("contractVersion").toInt(), 1);
        QCOMPARE(documents(*o.http, app).size(), 4);
    }

    void theSameBankAccountAgainIsNotANewContract()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        const auto r = putBankAccount(*o.http, app, bankAccount(kOldIban), etagOf(*o.http, app));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("conflict.bank_account_unchanged"));
        QCOMPARE(o.http->get(appPath(app)).json().value("contractVersion").toInt(), 1);
    }

    void aCompleteApplicationCannotGetANewContract()
    {
        // I5: every applicant signed and identified: the contract is final.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1", 2);
        walkApplicant(f, app, 0, true);
        walkApplicant(f, app, 1, true);
        const QJsonObject before = o.http->get(appPath(app)).json();
        QCOMPARE(before.value("applicants").toArray().at(1).toObject().value("signing").toString(),
                 QStringLiteral("signed"));
        const QByteArray etag = etagOf(*o.http, app);

        const auto r = putBankAccount(*o.http, app, bankAccount(kNewIban), etag);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("conflict.application_complete"));
        QVERIFY(r.json().value("error").toObject().value("message").toString().contains("complete"));
        const auto maex = o.http->request("POST", appPath(app) + "/new-signing",
                                          QJsonDocument(QJsonObject{{"kind", "code"}}).toJson(),
                                          {idempotencyKey().first(), {"If-Match", etag}});
        QCOMPARE(maex.status, 409);
        QCOMPARE(maex.errorCode(), QStringLiteral("conflict.application_complete"));
        auto patch = idempotencyKey();
        patch.append({"If-Match", etag});
        const auto patched = o.http->request("PATCH", appPath(app),
                                             QJsonDocument(QJsonObject{{"iban", kNewIban}}).toJson(), patch);
        QCOMPARE(patched.status, 409);
        QCOMPARE(patched.errorCode(), QStringLiteral("conflict.application_complete"));

        QCOMPARE(o.http->get(appPath(app)).json(), before);
        QCOMPARE(documents(*o.http, app).size(), 4);
    }

    void aFinishedApplicantsInvitationIsReopened()
    {
        // The first of two applicants had finished (their invitation
        // completed); after the new contract they must redo the steps with
        // the same code.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1", 2);
        const QString code = inviteWithCode(*o.http, app, 0);
        walkApplicant(f, app, 0, true); // signed (waiting for the other) and identified
        auto invitation = f.server().applications().currentInvitation(applicantId(app, 0).toLongLong());
        QVERIFY(invitation);
        invitation->state = InvitationState::Completed;
        QVERIFY(f.server().applications().saveInvitation(*invitation).ok());
        QCOMPARE(customerLogin(*f.http(), code, "1980-05-17").errorCode(),
                 QStringLiteral("login.not_allowed"));

        const auto r = putBankAccount(*o.http, app, bankAccount(kNewIban), etagOf(*o.http, app));
        QCOMPARE(r.status, 200);
        const QJsonObject first = r.json().value("applicants").toArray().at(0).toObject();
        QCOMPARE(first.value("signing").toString(), QStringLiteral("open"));
        QCOMPARE(first.value("identification").toString(), QStringLiteral("done")); // kept (ChecklistRules.h)
        QCOMPARE(first.value("invitation").toObject().value("state").toString(), QStringLiteral("active"));
        QCOMPARE(customerLogin(*f.http(), code, "1980-05-17").status, 200);
    }

    void aNewSigningIssuesNewInvitations()
    {
        // S5, the Maex way: a new contract and new invitations; the old code stops.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1", 2);
        const QString oldCode = inviteWithCode(*o.http, app, 0);
        walkApplicant(f, app, 0, false);
        const QByteArray etag = etagOf(*o.http, app);
        const QByteArray body = QJsonDocument(QJsonObject{{"kind", "code"}, {"expiresInDays", 14}}).toJson();
        auto headers = idempotencyKey("new-signing-key-1");
        headers.append({"If-Match", etag});

        const auto r = o.http->request("POST", appPath(app) + "/new-signing", body, headers);
        QCOMPARE(r.status, 201);
        const QJsonObject application = r.json().value("application").toObject();
        QCOMPARE(application.value("contractVersion").toInt(), 2);
        QCOMPARE(r.header("ETag"), '"' + QByteArray::number(application.value("version").toInteger()) + '"');
        QCOMPARE(application.value("applicants").toArray().at(0).toObject().value("documents").toString(),
                 QStringLiteral("open"));
        const QJsonArray invitations = r.json().value("invitations").toArray();
        QCOMPARE(invitations.size(), 2);
        QStringList codes;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject item = invitations.at(i).toObject();
            QCOMPARE(item.value("applicantId").toString(), applicantId(app, i));
            QCOMPARE(item.value("invitation").toObject().value("state").toString(), QStringLiteral("active"));
            QCOMPARE(item.value("invitation").toObject().value("kind").toString(), QStringLiteral("code"));
            codes << item.value("code").toString();
            QCOMPARE(codes.last().size(), 11);
        }
        QVERIFY(codes.at(0) != oldCode);
        // The secrets are in this answer only.
        QVERIFY(!o.http->get(appPath(app)).body.contains(codes.at(0).toLatin1()));
        auto customer = f.http();
        QCOMPARE(customerLogin(*customer, oldCode, "1980-05-17").errorCode(),
                 QStringLiteral("login.not_allowed"));
        QCOMPARE(customerLogin(*customer, codes.at(0), "1980-05-17").status, 200);
        QCOMPARE(customerLogin(*customer, codes.at(1), "1982-11-02").status, 200);
        QCOMPARE(versionsOf(documents(*o.http, app), "contract").size(), 2);

        // Replayed, not repeated.
        const auto again = o.http->request("POST", appPath(app) + "/new-signing", body, headers);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(versionsOf(documents(*o.http, app), "contract").size(), 2);
        // Stale and blind.
        auto stale = idempotencyKey();
        stale.append({"If-Match", etag});
        QCOMPARE(o.http->request("POST", appPath(app) + "/new-signing", body, stale).status, 412);
        QCOMPARE(o.http->request("POST", appPath(app) + "/new-signing", body, idempotencyKey()).status, 428);

        bool audited = false;
        for (const auto &e : o.http->get(appPath(app) + "/audit").json().value("items").toArray())
            audited =
                audited || e.toObject().value("action").toString() == QLatin1String("contract.new_signing");
        QVERIFY(audited);
    }

    void aPatchOfTheContractTermsIsANewContractToo()
    {
        // S2, S5: the details and the bank account feed the contract.
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto app = createApplication(*o.http, "REF-1");
        walkApplicant(f, app, 0, false);
        auto patch = [&](const QJsonObject &body) {
            auto headers = idempotencyKey();
            headers.append({"If-Match", etagOf(*o.http, app)});
            return o.http->request("PATCH", appPath(app), QJsonDocument(body).toJson(), headers);
        };
        // Not in the contract: no new contract, progress kept.
        const auto reference = patch(QJsonObject{{"reference", "REF-1b"}});
        QCOMPARE(reference.status, 200);
        QCOMPARE(reference.json().value("contractVersion").toInt(), 1);
        QCOMPARE(
            reference.json().value("applicants").toArray().at(0).toObject().value("ibanConfirmed").toBool(),
            true);
        QCOMPARE(documents(*o.http, app).size(), 4);

        const auto iban = patch(QJsonObject{{"iban", kNewIban}});
        QCOMPARE(iban.status, 200);
        QCOMPARE(iban.json().value("contractVersion").toInt(), 2);
        QCOMPARE(iban.json().value("applicants").toArray().at(0).toObject().value("ibanConfirmed").toBool(),
                 false);
        auto items = documents(*o.http, app);
        QCOMPARE(versionsOf(items, "contract").size(), 2);
        QCOMPARE(versionsOf(items, "esic").size(), 1); // the loan did not change
        const QString text =
            squeezed(pdfText(download(*o.http, app, versionsOf(items, "contract").at(1)).body));
        QVERIFY(text.contains(kNewIban));

        // A new amount changes the ESIC and the provisional agreement as well.
        const auto amount = patch(QJsonObject{{"loanAmountCents", 2000000}});
        QCOMPARE(amount.status, 200);
        QCOMPARE(amount.json().value("contractVersion").toInt(), 3);
        items = documents(*o.http, app);
        QCOMPARE(versionsOf(items, "esic").size(), 2);
        QCOMPARE(versionsOf(items, "provisional_agreement").size(), 2);
        QCOMPARE(versionsOf(items, "privacy_statement").size(), 1);
        const QString esic = pdfText(download(*o.http, app, versionsOf(items, "esic").at(1)).body);
        QVERIFY2(esic.contains("20.000,00"), qPrintable(esic));
    }

    void aDocumentIsOnlyFoundUnderItsOwnApplication()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto o = officeWith(f, "A");
        const auto first = createApplication(*o.http, "REF-1");
        const auto second = createApplication(*o.http, "REF-2");
        const QJsonObject document = documents(*o.http, first).at(0).toObject();
        const auto wrong = download(*o.http, second, document);
        QCOMPARE(wrong.status, 404);
        QCOMPARE(wrong.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(o.http->get(appPath(first) + "/documents/999999").status, 404);
        QCOMPARE(o.http->get(appPath(first) + "/documents/abc").status, 404);
        QCOMPARE(download(*o.http, first, document).status, 200);
    }
};

QTEST_MAIN(TestDocumentsApi)
#include "tst_documents_api.moc"
