// The customer's web pages (issue 6) through a browser without JavaScript:
// the whole flow by forms from the start page to the completed overview
// (C2-C5, D1-D2, S1-S9, I1-I6), what the office sees meanwhile, CSRF on every
// form, the session cookie and its expiry (Clock seam), escaping, and a
// basic accessibility check of every page (language, one heading, a label
// for every field).
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "support/CustomerJourney.h"
#include "support/Requests.h"
#include "support/ServerFixture.h"
#include "support/WebBrowser.h"

using namespace dpdesk;
using namespace dpdesk::test;

namespace {

// What a screen reader and a keyboard user need from every page.
QStringList accessibilityProblems(const WebPage &page)
{
    QStringList problems;
    const QString html = page.html();
    if (!html.contains(QLatin1String("<html lang=\"nl\">")))
        problems << QStringLiteral("no lang=nl");
    if (!html.contains(QLatin1String("name=\"viewport\" content=\"width=device-width")))
        problems << QStringLiteral("no viewport");
    if (html.count(QLatin1String("<h1>")) != 1)
        problems << QStringLiteral("%1 <h1>").arg(html.count(QLatin1String("<h1>")));
    if (!html.contains(QLatin1String("<title>")))
        problems << QStringLiteral("no title");
    QSet<QString> labelled;
    static const QRegularExpression label(QStringLiteral("<label[^>]*for=\"([^\"]+)\""));
    for (auto it = label.globalMatch(html); it.hasNext();)
        labelled.insert(it.next().captured(1));
    static const QRegularExpression field(QStringLiteral("<(input|select|textarea)([^>]*)>"));
    for (auto it = field.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString attrs = m.captured(2);
        if (attrs.contains(QLatin1String("type=\"hidden\"")))
            continue;
        static const QRegularExpression id(QStringLiteral("id=\"([^\"]+)\""));
        const auto idMatch = id.match(attrs);
        if (!idMatch.hasMatch() || !labelled.contains(idMatch.captured(1)))
            problems << QStringLiteral("unlabelled <%1%2>").arg(m.captured(1), attrs);
    }
    if (html.count(QLatin1String("<fieldset")) != html.count(QLatin1String("</fieldset>")))
        problems << QStringLiteral("unclosed <fieldset>");
    if (html.count(QLatin1String("<form")) != html.count(QLatin1String("</form>")))
        problems << QStringLiteral("unclosed <form>");
    static const QRegularExpression emptyButton(QStringLiteral("<button[^>]*>\\s*</button>"));
    if (emptyButton.match(html).hasMatch())
        problems << QStringLiteral("button without text");
    if (!page.header("Content-Security-Policy").contains("default-src 'none'"))
        problems << QStringLiteral("no Content-Security-Policy");
    return problems;
}

#define CHECK_PAGE(page, expectedStatus, title)                                                              \
    do {                                                                                                     \
        QCOMPARE((page).status, expectedStatus);                                                             \
        QVERIFY2((page).html().contains(QStringLiteral("<h1>") + title + QStringLiteral("</h1>")),           \
                 qPrintable((page).url.toString() + ": " + (page).html().left(600)));                        \
        const QStringList problems = accessibilityProblems(page);                                            \
        QVERIFY2(problems.isEmpty(), qPrintable((page).url.toString() + ": " + problems.join("; ")));        \
    } while (false)

struct Scene
{
    OfficeDesk office;
    QJsonObject application;
    QString code;
    QString appId() const { return application.value("id").toString(); }
    QJsonObject record() { return office.applicant(appId(), 0); }
};

Scene scene(ServerFixture &f, const QJsonObject &body = newApplicationBody("WEB-1"),
            const QString &kind = "code", const QString &office = "Kantoor")
{
    Scene s;
    s.office = openOffice(f, office);
    s.application = s.office.http->post("/api/v1/applications", body, idempotencyKey()).json();
    const auto invited =
        s.office.http->post(invitationsPath(s.application, 0), QJsonObject{{"kind", kind}}, idempotencyKey());
    s.code =
        kind == "code" ? invited.json().value("code").toString() : invited.json().value("link").toString();
    return s;
}

WebPage logIn(WebBrowser &b, const QString &code, const QString &dateOfBirth)
{
    const WebPage start = b.get("/");
    return b.submit(start, "/inloggen", {{"code", code}, {"geboortedatum", dateOfBirth}});
}

} // namespace

class TestCustomerPages : public QObject
{
    Q_OBJECT

private slots:
    void aCustomerWalksEveryPageToTheCompletedOverview()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        WebBrowser b(f.baseUrl());

        // C2: the start page.
        const WebPage start = b.get("/");
        CHECK_PAGE(start, 200, "Kredietaanvraag afronden");
        QVERIFY(start.html().contains("name=\"code\""));
        // C3: a wrong date of birth, in the lender's words; nothing else changes.
        const WebPage wrong =
            b.submit(start, "/inloggen", {{"code", s.code}, {"geboortedatum", "18-05-1980"}});
        CHECK_PAGE(wrong, 401, "Kredietaanvraag afronden");
        QVERIFY2(wrong.messages().contains("onjuiste gegevens ingevuld"), qPrintable(wrong.messages()));
        QVERIFY(wrong.messages().contains("nog 3 keer"));
        QCOMPARE(wrong.inputValue("code"), s.code); // what was typed stays
        QVERIFY(b.cookie("dpdesk_klant").isEmpty());

        // C2, C7: the right one, the code in lower case without hyphens.
        const WebPage in = b.post("/inloggen",
                                  {{"csrf", wrong.csrf()},
                                   {"code", s.code.toLower().remove('-')},
                                   {"geboortedatum", "17-05-1980"}});
        QCOMPARE(in.status, 303);
        QCOMPARE(in.location(), QStringLiteral("/overzicht"));
        const QByteArray setCookie = in.header("Set-Cookie");
        QVERIFY2(setCookie.contains("dpdesk_klant=") && setCookie.contains("HttpOnly")
                     && setCookie.contains("SameSite=Lax") && setCookie.contains("Path=/")
                     && !setCookie.contains("Secure"), // plain HTTP here; Secure under TLS
                 setCookie.constData());
        QVERIFY(!b.cookie("dpdesk_klant").isEmpty());

        // D1, D2
        WebPage overview = b.follow(in);
        CHECK_PAGE(overview, 200, "Overzicht");
        QVERIFY(overview.html().contains("Welkom, Jan de Boer. Aanvraag WEB-1."));
        QVERIFY(overview.html().contains("<li class=\"current\">"));
        WebPage documents = b.get("/documenten");
        CHECK_PAGE(documents, 200, "Documenten");
        for (const char *kind : {"esic", "privacy_statement", "provisional_agreement"}) {
            const WebPage pdf = b.get(QStringLiteral("/documenten/") + kind);
            QCOMPARE(pdf.status, 200);
            QVERIFY(pdf.body.startsWith("%PDF-"));
            QVERIFY(pdf.header("Content-Disposition").startsWith("attachment"));
        }
        QVERIFY(!documents.html().contains("/documenten/contract")); // S6: not before the contract step
        overview = b.submit(documents, "/documenten/akkoord");
        CHECK_PAGE(overview, 200, "Overzicht");
        QVERIFY(
            overview.html().contains("<li class=\"done\"><span class=\"mark\" aria-hidden=\"true\">✓</span>"
                                     "<span><strong>Documenten</strong>"));
        QCOMPARE(s.record().value("documents").toString(), QStringLiteral("accepted"));

        // S1-S3: every question must be answered; errors sit at their field.
        WebPage questions = b.get("/vragen");
        CHECK_PAGE(questions, 200, "Vragen");
        QVERIFY(questions.html().contains("Jan de Boer") && questions.html().contains("17-05-1980"));
        const WebPage unanswered = b.submit(questions, "/vragen");
        CHECK_PAGE(unanswered, 400, "Vragen");
        QCOMPARE(unanswered.html().count("Kies Ja of Nee."), 4);
        QVERIFY(unanswered.html().contains("aria-invalid=\"true\""));
        const WebPage noExplanation = b.submit(questions, "/vragen",
                                               {{"gegevens", "ja"},
                                                {"nederland", "ja"},
                                                {"sector", "ja"},
                                                {"sectoren", "precious_metals"},
                                                {"pep", "nee"}});
        CHECK_PAGE(noExplanation, 400, "Vragen");
        QVERIFY2(noExplanation.messages().contains("Geef een toelichting."),
                 qPrintable(noExplanation.messages()));
        QVERIFY(noExplanation.html().contains("value=\"precious_metals\" checked")); // kept as ticked
        const WebPage iban = b.submit(questions, "/vragen",
                                      {{"gegevens", "ja"},
                                       {"nederland", "nee"},
                                       {"sector", "ja"},
                                       {"sectoren", "precious_metals"},
                                       {"toelichting_sector", "Juwelier."},
                                       {"pep", "nee"}});
        // S4: shown for confirmation only.
        CHECK_PAGE(iban, 200, "Rekeningnummer");
        QVERIFY(iban.html().contains("NL91 ABNA 0417 1643 00") && iban.html().contains("ABN AMRO"));
        QVERIFY(!iban.html().contains("type=\"text\"")); // nothing to change
        const QJsonObject answers = s.record().value("answers").toObject();
        QCOMPARE(answers.value("livesInNetherlands").toBool(), false);
        QCOMPARE(answers.value("highRiskExplanation").toString(), QStringLiteral("Juwelier."));

        // S6
        const WebPage contract = b.submit(iban, "/rekening", {{"iban", iban.inputValue("iban")}});
        CHECK_PAGE(contract, 200, "Contract");
        QVERIFY(contract.html().contains(QString::fromUtf8("€\xC2\xA0"
                                                           "15.000,00")) /* non-breaking space */
                && contract.html().contains("60 maanden"));
        const WebPage contractPdf = b.get("/documenten/contract");
        QVERIFY(contractPdf.body.startsWith("%PDF-"));
        const WebPage refuse = b.get("/contract/niet-akkoord");
        CHECK_PAGE(refuse, 200, "Niet akkoord met het contract");
        const WebPage noReason = b.submit(refuse, "/contract/niet-akkoord", {{"reden", "   "}});
        CHECK_PAGE(noReason, 400, "Niet akkoord met het contract");
        QVERIFY(noReason.messages().contains("Geef aan waarom u niet akkoord gaat."));

        // S7: a cancelled attempt at the bank, then a good one.
        WebPage idin = b.get("/idin");
        CHECK_PAGE(idin, 200, "Identiteit bevestigen met iDIN");
        const WebPage noBank = b.submit(idin, "/idin", {{"bank", ""}});
        CHECK_PAGE(noBank, 400, "Identiteit bevestigen met iDIN");
        WebPage toBank = b.post("/idin", {{"csrf", idin.csrf()}, {"bank", "INGBNL2A"}});
        QCOMPARE(toBank.status, 303);
        QVERIFY2(toBank.location().contains("/sandbox/bank/"), qPrintable(toBank.location()));
        WebPage bank = b.follow(toBank);
        CHECK_PAGE(bank, 200, "iDIN bij ING");
        idin = b.submit(bank, QUrl(toBank.location()).path(), {{"outcome", "cancelled"}});
        CHECK_PAGE(idin, 200, "Identiteit bevestigen met iDIN");
        QVERIFY(idin.messages().contains("afgebroken"));
        QCOMPARE(s.record().value("idinStatus").toString(), QStringLiteral("cancelled"));
        toBank = b.post("/idin", {{"csrf", idin.csrf()}, {"bank", "INGBNL2A"}});
        bank = b.follow(toBank);
        const WebPage signing = b.submit(bank, QUrl(toBank.location()).path(), {{"outcome", "success"}});
        CHECK_PAGE(signing, 200, "Ondertekenen");

        // S8, S9: the confirmation with its countdown, then the overview.
        const WebPage signedPage = b.submit(signing, "/ondertekenen");
        CHECK_PAGE(signedPage, 200, "U heeft ondertekend");
        QVERIFY(signedPage.html().contains("data-countdown=\"10\""));
        QVERIFY(signedPage.html().contains("http-equiv=\"refresh\" content=\"10;url=/overzicht\""));
        QCOMPARE(s.record().value("signing").toString(), QStringLiteral("signed"));
        overview = b.get("/overzicht");
        QVERIFY(overview.html().contains("Afgerond: het contract is ondertekend."));

        // I1-I4: the session, and the sandbox app played in the same browser.
        WebPage identification = b.get("/identificatie");
        CHECK_PAGE(identification, 200, "Identificatie");
        identification = b.submit(identification, "/identificatie");
        CHECK_PAGE(identification, 200, "Identificatie");
        static const QRegularExpression appLink(QStringLiteral("href=\"([^\"]*/sandbox/app/[^\"]+)\""));
        const QString appUrl = appLink.match(identification.html()).captured(1);
        QVERIFY2(!appUrl.isEmpty(), qPrintable(identification.html()));
        const QString app = QUrl(appUrl).path();
        QCOMPARE(s.record().value("identification").toString(), QStringLiteral("in_progress"));
        WebPage phone = b.get(app);
        CHECK_PAGE(phone, 200, "Identificatie-app");
        const WebPage licence = b.submit(phone, app + "/document", {{"document", "driving_licence"}});
        CHECK_PAGE(licence, 409, "Identificatie-app");
        QVERIFY(licence.messages().contains("rijbewijs wordt niet geaccepteerd"));
        phone = b.submit(phone, app + "/document", {{"document", "passport"}});
        for (int i = 0; i < 3; ++i) // I3: three failed searches, then the photo by hand
            phone = b.submit(phone, app + "/chip", {{"found", "nee"}});
        QVERIFY(phone.html().contains("Foto maken"));
        phone = b.submit(phone, app + "/photo");
        phone = b.submit(phone, app + "/finish", {{"result", "done"}});
        CHECK_PAGE(phone, 200, "Identificatie-app");
        QVERIFY(phone.messages().contains("Groen"));

        // I5, I6
        overview = b.get("/overzicht");
        CHECK_PAGE(overview, 200, "Overzicht");
        QVERIFY(overview.html().contains("Alle stappen zijn afgerond"));
        QCOMPARE(overview.html().count("<li class=\"done\">"), 3);
        QCOMPARE(s.record().value("identification").toString(), QStringLiteral("done"));
        QCOMPARE(s.record().value("identificationDocument").toString(), QStringLiteral("passport"));
        QCOMPARE(s.record().value("invitation").toObject().value("state").toString(),
                 QStringLiteral("completed"));
        QVERIFY(b.get("/documenten").html().contains("/documenten/contract"));
        QCOMPARE(QDir(f.server().mailOutbox()).entryList({"*.eml"}, QDir::Files).size(), 1);

        // Logging out ends the session for good.
        const WebPage out = b.submit(overview, "/uitloggen");
        CHECK_PAGE(out, 200, "Kredietaanvraag afronden");
        QVERIFY(out.messages().contains("U bent uitgelogd."));
        QCOMPARE(b.get("/overzicht").status, 303);
    }

    void everyFormRefusesAMissingOrForeignCsrfToken()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        WebBrowser b(f.baseUrl());
        QCOMPARE(logIn(b, s.code, "17-05-1980").status, 200);

        // Another customer's page gives another token.
        Scene other = scene(f, newApplicationBody("WEB-2"), "code", "Ander");
        WebBrowser stranger(f.baseUrl());
        const WebPage strangers = logIn(stranger, other.code, "17-05-1980");
        QVERIFY(!strangers.csrf().isEmpty());

        for (const QString &token : {QString(), QStringLiteral("forged"), strangers.csrf()}) {
            const WebPage refused = b.post("/documenten/akkoord", {{"csrf", token}});
            CHECK_PAGE(refused, 403, "Formulier verlopen");
        }
        QCOMPARE(s.record().value("documents").toString(), QStringLiteral("open")); // nothing happened
        QCOMPARE(b.post("/uitloggen", {}).status, 403);
        QCOMPARE(b.get("/overzicht").status, 200); // still logged in

        // The login form: its token is bound to the browser's form cookie.
        WebBrowser fresh(f.baseUrl());
        const WebPage start = fresh.get("/");
        fresh.clearCookies();
        const WebPage noCookie = fresh.post(
            "/inloggen", {{"csrf", start.csrf()}, {"code", s.code}, {"geboortedatum", "17-05-1980"}});
        QCOMPARE(noCookie.status, 403);
        QVERIFY(fresh.cookie("dpdesk_klant").isEmpty());
    }

    void loginMessagesFollowC3ToC5()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        WebBrowser b(f.baseUrl());
        WebPage page = b.get("/");
        const QStringList expected{"onjuiste gegevens ingevuld", "onjuiste gegevens ingevuld",
                                   "Let op: u heeft een onjuiste geboortedatum ingevoerd", "geblokkeerd"};
        for (int attempt = 0; attempt < 4; ++attempt) {
            page = b.submit(page, "/inloggen", {{"code", s.code}, {"geboortedatum", "01-01-1990"}});
            CHECK_PAGE(page, 401, "Kredietaanvraag afronden");
            QVERIFY2(page.messages().contains(expected.at(attempt), Qt::CaseInsensitive),
                     qPrintable(QString::number(attempt) + ": " + page.messages()));
        }
        QCOMPARE(s.record().value("invitation").toObject().value("state").toString(),
                 QStringLiteral("locked"));
        // C5: locked for good, the right date no longer helps, and says nothing more.
        page = b.submit(page, "/inloggen", {{"code", s.code}, {"geboortedatum", "17-05-1980"}});
        QCOMPARE(page.status, 401);
        QVERIFY(page.messages().contains("geen toegang"));
        // A malformed date costs no attempt and says how to write it.
        Scene other = scene(f, newApplicationBody("WEB-2"), "code", "Ander");
        page = b.submit(page, "/inloggen", {{"code", other.code}, {"geboortedatum", "17 mei"}});
        CHECK_PAGE(page, 400, "Kredietaanvraag afronden");
        QVERIFY(page.messages().contains("dd-mm-jjjj"));
        QCOMPARE(other.record().value("invitation").toObject().value("failedAttempts").toInt(), 0);
    }

    void anInvitationLinkAsksOnlyTheDateOfBirth()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f, newApplicationBody("WEB-1"), "link");
        QVERIFY2(s.code.contains("/k/"), qPrintable(s.code));
        WebBrowser b(f.baseUrl());
        const WebPage page = b.get(QUrl(s.code).path());
        CHECK_PAGE(page, 200, "Kredietaanvraag afronden");
        QVERIFY(!page.html().contains("name=\"code\""));
        QCOMPARE(page.inputValue("link"), QUrl(s.code).path().section('/', -1));
        const WebPage in =
            b.submit(page, "/inloggen", {{"link", page.inputValue("link")}, {"geboortedatum", "1980-05-17"}});
        CHECK_PAGE(in, 200, "Overzicht");
    }

    void theSessionEndsAfterFifteenMinutesWithoutARequest()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        WebBrowser b(f.baseUrl());
        QCOMPARE(logIn(b, s.code, "17-05-1980").status, 200);
        f.clock().advanceMSecs(14 * 60 * 1000);
        QCOMPARE(b.get("/overzicht").status, 200); // activity moves the window on
        f.clock().advanceMSecs(14 * 60 * 1000);
        QCOMPARE(b.get("/overzicht").status, 200);
        f.clock().advanceMSecs(16 * 60 * 1000);
        const WebPage expired = b.get("/overzicht");
        QCOMPARE(expired.status, 303);
        QCOMPARE(expired.location(), QStringLiteral("/?sessie=verlopen"));
        QVERIFY(b.cookie("dpdesk_klant").isEmpty()); // the cookie is cleared too
        const WebPage start = b.follow(expired);
        CHECK_PAGE(start, 200, "Kredietaanvraag afronden");
        QVERIFY(start.messages().contains("15 minuten niet actief"));
    }

    void whatPeopleTypeIsEscaped()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        QJsonObject body = newApplicationBody("<b>REF</b>");
        QJsonArray applicants = body.value("applicants").toArray();
        QJsonObject first = applicants.at(0).toObject();
        first.insert("fullName", "Jan <script>alert(1)</script> de Boer");
        applicants[0] = first;
        body.insert("applicants", applicants);
        Scene s = scene(f, body);
        WebBrowser b(f.baseUrl());
        const WebPage overview = logIn(b, s.code, "17-05-1980");
        QCOMPARE(overview.status, 200);
        QVERIFY(!overview.html().contains("<script>alert"));
        QVERIFY(overview.html().contains("Jan &lt;script&gt;alert(1)&lt;/script&gt; de Boer"));
        QVERIFY(overview.html().contains("&lt;b&gt;REF&lt;/b&gt;"));
        // A typed code comes back escaped in the form.
        WebBrowser other(f.baseUrl());
        const WebPage start = other.get("/");
        const WebPage typed =
            other.submit(start, "/inloggen", {{"code", "\"><x>"}, {"geboortedatum", "1-1-1990"}});
        QVERIFY(!typed.html().contains("\"><x>"));
        QVERIFY(typed.html().contains("&quot;&gt;&lt;x&gt;"));
    }

    void stepsOutOfOrderAndUnknownPagesAreRefusedPlainly()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        Scene s = scene(f);
        WebBrowser anonymous(f.baseUrl());
        for (const char *path : {"/overzicht", "/documenten", "/vragen", "/contract", "/identificatie"}) {
            const WebPage page = anonymous.get(path);
            QCOMPARE(page.status, 303);
            QCOMPARE(page.location(), QStringLiteral("/?sessie=geen"));
        }
        WebBrowser b(f.baseUrl());
        const WebPage overview = logIn(b, s.code, "17-05-1980");
        // Signing before the documents: the flow refuses it in plain Dutch.
        const WebPage early = b.submit(overview, "/ondertekenen");
        CHECK_PAGE(early, 409, "Dit kan nu niet");
        QVERIFY(early.messages().contains("Rond eerst de vorige stap af."));
        CHECK_PAGE(b.get("/documenten/paspoort"), 404, "Niet gevonden");
        QCOMPARE(b.get("/static/klant.css").header("Content-Type"), QByteArray("text/css; charset=utf-8"));
        QCOMPARE(b.get("/sandbox/bank/nothing").status, 404);
        QCOMPARE(b.get("/sandbox/app/nothing").status, 404);
    }
};

// QTEST_MAIN with Qt Gui: the server renders the documents in-process.
QTEST_MAIN(TestCustomerPages)
#include "tst_customer_pages.moc"
