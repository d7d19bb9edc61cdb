#include "server/web/CustomerPages.h"

#include "core/crypto/SecureRandom.h"
#include "core/domain/LoginRules.h"
#include "core/wire/CustomerLoginRequest.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/api/CustomerApiSupport.h"
#include "server/config/ServerConfig.h"
#include "server/customer/CustomerFlow.h"
#include "server/customer/CustomerLogin.h"
#include "server/customer/CustomerSessions.h"
#include "server/customer/CustomerTexts.h"
#include "server/http/Router.h"
#include "server/web/CustomerPageViews.h"
#include "server/web/StaticAssets.h"
#include "server/web/WebSupport.h"

#include <memory>

namespace dpdesk::server {

using namespace web;

namespace {

constexpr char kSessionCookie[] = "dpdesk_klant";
constexpr char kFormCookie[] = "dpdesk_formulier"; // binds the login form's CSRF token
constexpr int kSignedCountdownSeconds = 10; // S8: back to the overview

struct Pages
{
    ApiDeps &deps;
    CustomerLogin &login;
    CustomerSessions &sessions;
    CustomerFlow &flow;
    CsrfTokens csrf;

    bool secure() const { return deps.config.tlsEnabled(); }
};

HttpResponse show(int status, const PageFrame &frame)
{
    return html(status, renderPage(frame));
}

void addCookie(HttpResponse &r, const QString &name, const QString &value, bool secure)
{
    r.headers.append({QByteArray("Set-Cookie"), setCookie(name, value, secure)});
}

// The step pages refuse what the flow refuses, in the customer's words, with
// the way back to the overview (409 out of order, 400 bad input, 404, 503).
HttpResponse refused(const Error &error, const QString &csrf)
{
    const int status = api::customerStatusFor(error);
    if (status == 401)
        return seeOther(QStringLiteral("/?sessie=verlopen"));
    return show(status,
                problemPage(status >= 500 ? QStringLiteral("Even niet beschikbaar")
                                          : QStringLiteral("Dit kan nu niet"),
                            status >= 500
                                ? QStringLiteral("De dienst is even niet bereikbaar. Probeer het over een "
                                                 "paar minuten opnieuw.")
                                : customerMessage(error),
                            csrf, QStringLiteral("/overzicht"), QStringLiteral("Naar het overzicht")));
}

// A page or form of a logged-in customer: the session from the cookie (an
// expired or ended one goes back to the login with a message), and on every
// POST the form's CSRF token.
using SessionPage = std::function<HttpResponse(HttpRequest &, const CustomerSession &, const QString &csrf)>;
Handler withSession(const std::shared_ptr<Pages> &p, bool isForm, SessionPage page)
{
    return [p, isForm, page = std::move(page)](HttpRequest &req) {
        const QString token = cookie(req, QString::fromLatin1(kSessionCookie));
        if (token.isEmpty())
            return seeOther(QStringLiteral("/?sessie=geen"));
        const auto session = p->sessions.authenticate(token);
        if (!session) {
            if (session.error().code.startsWith(QLatin1String("db.")))
                return refused(session.error(), {});
            const bool expired = session.error().code == QLatin1String(customer_session_error::Expired);
            HttpResponse r = seeOther(expired ? QStringLiteral("/?sessie=verlopen")
                                              : QStringLiteral("/?sessie=beeindigd"));
            addCookie(r, QString::fromLatin1(kSessionCookie), {}, p->secure());
            return r;
        }
        const QString csrf = p->csrf.tokenFor(token);
        if (isForm && !p->csrf.check(token, field(formFields(req), QStringLiteral("csrf"))))
            return show(
                403,
                problemPage(QStringLiteral("Formulier verlopen"),
                            QStringLiteral("Dit formulier is niet meer geldig. Open de pagina opnieuw en "
                                           "probeer het nog eens."),
                            csrf, QStringLiteral("/overzicht"), QStringLiteral("Naar het overzicht")));
        return page(req, session.value(), csrf);
    };
}

QString sessionMessage(const QString &reason)
{
    if (reason == QLatin1String("verlopen"))
        return QStringLiteral(
            "U was 15 minuten niet actief en bent uitgelogd. Log opnieuw in om verder te gaan.");
    if (reason == QLatin1String("beeindigd"))
        return QStringLiteral("Uw sessie is beëindigd. Log opnieuw in.");
    if (reason == QLatin1String("uitgelogd"))
        return QStringLiteral("U bent uitgelogd.");
    if (reason == QLatin1String("geen"))
        return QStringLiteral("Log eerst in.");
    return {};
}

// The start page and the link page: the login form, bound to a random cookie
// for its CSRF token (set here when the browser has none yet).
HttpResponse loginForm(Pages &p, const HttpRequest &req, int status, const QString &linkToken,
                       const QUrlQuery &entered, const FormErrors &errors, const QString &message)
{
    QString bound = cookie(req, QString::fromLatin1(kFormCookie));
    const bool fresh = bound.isEmpty();
    if (fresh)
        bound = QString::fromLatin1(
            SecureRandom::bytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    HttpResponse r = show(
        status,
        loginPage(p.csrf.tokenFor(QStringLiteral("login:") + bound), linkToken, entered, errors, message));
    if (fresh)
        addCookie(r, QString::fromLatin1(kFormCookie), bound, p.secure());
    return r;
}

HttpResponse logIn(Pages &p, HttpRequest &req)
{
    const QUrlQuery form = formFields(req);
    const QString linkToken = field(form, QStringLiteral("link")).trimmed();
    const QString bound = cookie(req, QString::fromLatin1(kFormCookie));
    if (!p.csrf.check(QStringLiteral("login:") + bound, field(form, QStringLiteral("csrf")))) {
        FormErrors expired;
        expired.summary =
            QStringLiteral("Dit formulier was verlopen. Vul het opnieuw in. Staan cookies uit in uw "
                           "browser? Zet ze dan aan voor deze site.");
        return loginForm(p, req, 403, linkToken, form, expired, {});
    }

    FormErrors errors;
    const QString code = field(form, QStringLiteral("code")).trimmed();
    if (linkToken.isEmpty() && code.isEmpty())
        errors.fields.insert(QStringLiteral("code"), QStringLiteral("Vul uw unieke code in."));
    const QDate dateOfBirth = parseDutchDate(field(form, QStringLiteral("geboortedatum")));
    if (!dateOfBirth.isValid())
        errors.fields.insert(
            QStringLiteral("geboortedatum"),
            QStringLiteral("Vul uw geboortedatum in als dd-mm-jjjj, bijvoorbeeld 17-05-1980."));
    if (errors.any())
        return loginForm(p, req, 400, linkToken, form, errors, {});

    CustomerLoginRequest request;
    request.kind = linkToken.isEmpty() ? InvitationKind::Code : InvitationKind::Link;
    request.secret = linkToken.isEmpty() ? code : linkToken;
    request.dateOfBirth = dateOfBirth;
    const CustomerLoginResult result = p.login.logIn(request, req.remoteAddress);

    using Outcome = CustomerLoginResult::Outcome;
    switch (result.outcome) {
    case Outcome::LoggedIn: {
        HttpResponse r = seeOther(QStringLiteral("/overzicht"));
        addCookie(r, QString::fromLatin1(kSessionCookie), result.sessionToken, p.secure());
        addCookie(r, QString::fromLatin1(kFormCookie), {}, p.secure());
        return r;
    }
    case Outcome::WrongDateOfBirth: {
        // C3, C4, C5: the lender's own words.
        errors.summary = loginFailureText(result.failure);
        if (!errors.summary.endsWith(QLatin1Char('.')))
            errors.summary += QLatin1Char('.');
        if (result.failure != LoginFailure::Locked && result.attemptsLeft > 0)
            errors.summary += result.attemptsLeft == 1
                ? QStringLiteral(" U kunt het nog 1 keer proberen.")
                : QStringLiteral(" U kunt het nog %1 keer proberen.").arg(result.attemptsLeft);
        errors.fields.insert(QStringLiteral("geboortedatum"), QStringLiteral("Controleer uw geboortedatum."));
        return loginForm(p, req, 401, linkToken, form, errors, {});
    }
    case Outcome::Throttled:
        errors.summary = QStringLiteral("Te veel pogingen. Wacht een minuut en probeer het opnieuw.");
        return loginForm(p, req, 429, linkToken, form, errors, {});
    case Outcome::Refused:
        if (result.error.code.startsWith(QLatin1String("db.")))
            return refused(result.error, {});
        errors.fields.insert(linkToken.isEmpty() ? QStringLiteral("code") : QStringLiteral("geboortedatum"),
                             linkToken.isEmpty()
                                 ? QStringLiteral("Deze code heeft niet de juiste vorm. Controleer "
                                                  "de code in uw uitnodiging.")
                                 : result.error.message);
        return loginForm(p, req, 400, linkToken, form, errors, {});
    case Outcome::NotAllowed:
        break;
    }
    errors.summary =
        QStringLiteral("Deze gegevens geven geen toegang. Controleer de code of link, of neem contact "
                       "op met uw tussenpersoon.");
    return loginForm(p, req, 401, linkToken, form, errors, {});
}

QString nextPage(const CustomerOverview &o)
{
    switch (o.currentStep) {
    case FlowStep::Iban:
        return QStringLiteral("/rekening");
    case FlowStep::Contract:
        return QStringLiteral("/contract");
    default:
        return QStringLiteral("/overzicht");
    }
}

// S1: the posted answers, with the form's own checks (every question
// answered); the rules of validateAnswers follow in the flow.
std::optional<SigningAnswers> readAnswers(const QUrlQuery &form, FormErrors *errors)
{
    const auto yes = [&](const QString &name) -> std::optional<bool> {
        const QString v = field(form, name);
        if (v == QLatin1String("ja"))
            return true;
        if (v == QLatin1String("nee"))
            return false;
        errors->fields.insert(name, QStringLiteral("Kies Ja of Nee."));
        return std::nullopt;
    };
    SigningAnswers a;
    const auto details = yes(QStringLiteral("gegevens"));
    const auto lives = yes(QStringLiteral("nederland"));
    const auto sector = yes(QStringLiteral("sector"));
    const auto pep = yes(QStringLiteral("pep"));
    if (!details || !lives || !sector || !pep)
        return std::nullopt;
    a.detailsCorrect = *details;
    a.livesInNetherlands = *lives;
    a.highRiskSector = *sector;
    a.politicallyExposed = *pep;
    // A "no" drops what was typed or ticked under it (the JSON API refuses
    // it instead; a browser keeps such fields filled in).
    if (a.highRiskSector) {
        a.highRiskExplanation = field(form, QStringLiteral("toelichting_sector")).trimmed();
        a.highRiskSectors = form.allQueryItemValues(QStringLiteral("sectoren"), QUrl::FullyDecoded);
    }
    if (a.politicallyExposed)
        a.politicallyExposedExplanation = field(form, QStringLiteral("toelichting_pep")).trimmed();
    return a;
}

QString answersField(const QString &member)
{
    if (member.startsWith(QLatin1String("highRiskSectors")))
        return QStringLiteral("sectoren");
    if (member == QLatin1String("highRiskExplanation"))
        return QStringLiteral("toelichting_sector");
    if (member == QLatin1String("politicallyExposedExplanation"))
        return QStringLiteral("toelichting_pep");
    return {};
}

} // namespace

void registerCustomerPages(Router &router, ApiDeps &deps, CustomerLogin &login, CustomerSessions &sessions,
                           CustomerFlow &flow, const QByteArray &secretKey)
{
    auto p = std::make_shared<Pages>(Pages{deps, login, sessions, flow, CsrfTokens(secretKey)});

    router.add("GET", QStringLiteral("/static/klant.css"),
               [](HttpRequest &) { return staticFile(customerStyleSheet(), "text/css; charset=utf-8"); });
    router.add("GET", QStringLiteral("/static/klant.js"),
               [](HttpRequest &) { return staticFile(customerScript(), "text/javascript; charset=utf-8"); });

    // --- login (C1-C5) -------------------------------------------------------
    router.add("GET", QStringLiteral("/"), [p](HttpRequest &req) {
        const QString token = cookie(req, QString::fromLatin1(kSessionCookie));
        if (!token.isEmpty() && p->sessions.authenticate(token))
            return seeOther(QStringLiteral("/overzicht"));
        return loginForm(*p, req, 200, {}, {}, {},
                         sessionMessage(req.query.queryItemValue(QStringLiteral("sessie"))));
    });
    router.add("GET", QStringLiteral("/k/{token}"), [p](HttpRequest &req) {
        return loginForm(*p, req, 200, req.param(QStringLiteral("token")), {}, {}, {});
    });
    router.add("POST", QStringLiteral("/inloggen"), [p](HttpRequest &req) { return logIn(*p, req); });
    router.add("POST", QStringLiteral("/uitloggen"),
               withSession(p, true, [p](HttpRequest &, const CustomerSession &s, const QString &) {
                   p->sessions.end(s);
                   HttpResponse r = seeOther(QStringLiteral("/?sessie=uitgelogd"));
                   addCookie(r, QString::fromLatin1(kSessionCookie), {}, p->secure());
                   return r;
               }));

    // --- overview (D2, S9, I5) -------------------------------------------------
    router.add("GET", QStringLiteral("/overzicht"),
               withSession(p, false, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto o = p->flow.overview(s);
                   return o ? show(200, overviewPage(o.value(), csrf)) : refused(o.error(), csrf);
               }));

    // --- documents (D1, D2) ----------------------------------------------------
    router.add("GET", QStringLiteral("/documenten"),
               withSession(p, false, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto v = p->flow.documents(s);
                   const auto o = p->flow.overview(s);
                   if (!v || !o)
                       return refused(!v ? v.error() : o.error(), csrf);
                   return show(200, documentsPage(v.value(), o.value(), csrf, {}));
               }));
    router.add(
        "GET", QStringLiteral("/documenten/{kind}"),
        withSession(p, false, [p](HttpRequest &req, const CustomerSession &s, const QString &csrf) {
            const auto kind = enumFromString<DocumentKind>(req.param(QStringLiteral("kind")));
            if (!kind)
                return show(404,
                            problemPage(QStringLiteral("Niet gevonden"),
                                        QStringLiteral("Dit document bestaat niet."), csrf,
                                        QStringLiteral("/documenten"), QStringLiteral("Naar de documenten")));
            const auto doc = p->flow.document(s, *kind);
            if (!doc)
                return refused(doc.error(), csrf);
            HttpResponse r = staticFile(doc->content, doc->mimeType);
            r.setHeader("Content-Disposition", "attachment; filename=\"" + doc->fileName.toLatin1() + '"');
            return r;
        }));
    router.add("POST", QStringLiteral("/documenten/akkoord"),
               withSession(p, true, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto o = p->flow.acceptDocuments(s);
                   return o ? seeOther(QStringLiteral("/overzicht")) : refused(o.error(), csrf);
               }));

    // --- questions (S1-S3) ---------------------------------------------------------
    router.add("GET", QStringLiteral("/vragen"),
               withSession(p, false, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto v = p->flow.questions(s);
                   return v ? show(200, questionsPage(v.value(), csrf, {}, {})) : refused(v.error(), csrf);
               }));
    router.add("POST", QStringLiteral("/vragen"),
               withSession(p, true, [p](HttpRequest &req, const CustomerSession &s, const QString &csrf) {
                   const QUrlQuery form = formFields(req);
                   FormErrors errors;
                   const auto answers = readAnswers(form, &errors);
                   if (answers) {
                       const auto o = p->flow.answerQuestions(s, *answers);
                       if (o)
                           return seeOther(nextPage(o.value()));
                       const QString name = answersField(o.error().field);
                       if (api::customerStatusFor(o.error()) != 400 || name.isEmpty())
                           return refused(o.error(), csrf);
                       errors.fields.insert(name, customerMessage(o.error()));
                   }
                   const auto v = p->flow.questions(s);
                   return v ? show(400, questionsPage(v.value(), csrf, form, errors))
                            : refused(v.error(), csrf);
               }));

    // --- bank account (S4) -----------------------------------------------------------
    router.add("GET", QStringLiteral("/rekening"),
               withSession(p, false, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto v = p->flow.iban(s);
                   return v ? show(200, ibanPage(v.value(), csrf, {})) : refused(v.error(), csrf);
               }));
    router.add("POST", QStringLiteral("/rekening"),
               withSession(p, true, [p](HttpRequest &req, const CustomerSession &s, const QString &csrf) {
                   const auto o = p->flow.confirmIban(s, field(formFields(req), QStringLiteral("iban")));
                   if (o)
                       return seeOther(QStringLiteral("/contract"));
                   const auto v = p->flow.iban(s);
                   if (!v || api::customerStatusFor(o.error()) != 409
                       || !o.error().code.startsWith(QLatin1String("conflict.")))
                       return refused(o.error(), csrf);
                   return show(409, ibanPage(v.value(), csrf, customerMessage(o.error())));
               }));

    // --- contract (S6) ---------------------------------------------------------------
    router.add("GET", QStringLiteral("/contract"),
               withSession(p, false, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto v = p->flow.contract(s);
                   return v ? show(200, contractPage(v.value(), csrf, {})) : refused(v.error(), csrf);
               }));
    router.add("GET", QStringLiteral("/contract/niet-akkoord"),
               withSession(p, false, [](HttpRequest &, const CustomerSession &, const QString &csrf) {
                   return show(200, refusePage(csrf, {}, {}));
               }));
    router.add("POST", QStringLiteral("/contract/niet-akkoord"),
               withSession(p, true, [p](HttpRequest &req, const CustomerSession &s, const QString &csrf) {
                   const QString reason = field(formFields(req), QStringLiteral("reden")).trimmed();
                   const auto o = p->flow.refuseContract(s, reason);
                   if (o)
                       return seeOther(QStringLiteral("/overzicht"));
                   if (api::customerStatusFor(o.error()) != 400)
                       return refused(o.error(), csrf);
                   FormErrors errors;
                   errors.fields.insert(QStringLiteral("reden"), customerMessage(o.error()));
                   return show(400, refusePage(csrf, reason, errors));
               }));

    // --- iDIN (S7) -----------------------------------------------------------------
    router.add("GET", QStringLiteral("/idin"),
               withSession(p, false, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto o = p->flow.overview(s);
                   return o ? show(200, idinPage(p->flow.idinBanks(), o.value(), csrf, {}))
                            : refused(o.error(), csrf);
               }));
    router.add("POST", QStringLiteral("/idin"),
               withSession(p, true, [p](HttpRequest &req, const CustomerSession &s, const QString &csrf) {
                   const QString bank = field(formFields(req), QStringLiteral("bank"));
                   FormErrors errors;
                   if (bank.isEmpty()) {
                       errors.fields.insert(QStringLiteral("bank"), QStringLiteral("Kies uw bank."));
                   } else {
                       const auto started = p->flow.startIdin(s, bank,
                                                              api::customerBaseUrl(p->deps.config, req)
                                                                  + QStringLiteral("/idin/terug"));
                       if (started)
                           return seeOther(started->redirectUrl);
                       if (api::customerStatusFor(started.error()) != 400)
                           return refused(started.error(), csrf);
                       errors.fields.insert(QStringLiteral("bank"), customerMessage(started.error()));
                   }
                   const auto o = p->flow.overview(s);
                   return o ? show(400, idinPage(p->flow.idinBanks(), o.value(), csrf, errors))
                            : refused(o.error(), csrf);
               }));
    router.add("GET", QStringLiteral("/idin/terug"),
               withSession(p, false, [p](HttpRequest &req, const CustomerSession &s, const QString &csrf) {
                   const auto back =
                       p->flow.idinReturned(s, req.query.queryItemValue(QStringLiteral("trxid")));
                   if (!back)
                       return refused(back.error(), csrf);
                   return seeOther(back->status == IdinStatus::Success ? QStringLiteral("/ondertekenen")
                                                                       : QStringLiteral("/idin"));
               }));

    // --- signing (S8, S9) ------------------------------------------------------------
    router.add("GET", QStringLiteral("/ondertekenen"),
               withSession(p, false, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto o = p->flow.overview(s);
                   return o ? show(200, signingPage(o.value(), csrf, {})) : refused(o.error(), csrf);
               }));
    router.add("POST", QStringLiteral("/ondertekenen"),
               withSession(p, true, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto o = p->flow.sign(s);
                   return o ? seeOther(QStringLiteral("/ondertekend")) : refused(o.error(), csrf);
               }));
    router.add("GET", QStringLiteral("/ondertekend"),
               withSession(p, false, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto o = p->flow.overview(s);
                   return o ? show(200, signedPage(o.value(), csrf, kSignedCountdownSeconds))
                            : refused(o.error(), csrf);
               }));

    // --- identification (I1-I4) --------------------------------------------------------
    router.add("GET", QStringLiteral("/identificatie"),
               withSession(p, false, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto v = p->flow.identification(s);
                   return v ? show(200, identificationPage(v.value(), csrf, {})) : refused(v.error(), csrf);
               }));
    router.add("POST", QStringLiteral("/identificatie"),
               withSession(p, true, [p](HttpRequest &, const CustomerSession &s, const QString &csrf) {
                   const auto v = p->flow.startIdentification(s);
                   return v ? seeOther(QStringLiteral("/identificatie")) : refused(v.error(), csrf);
               }));
}

} // namespace dpdesk::server
