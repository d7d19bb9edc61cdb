#include "server/web/SandboxPages.h"

#include "server/Logging.h"
#include "server/api/ApiDeps.h"
#include "server/api/WriteTransaction.h"
#include "server/customer/CustomerFlow.h"
#include "server/customer/CustomerTexts.h"
#include "server/customer/SandboxIdentificationProvider.h"
#include "server/customer/SandboxIdinProvider.h"
#include "server/http/Router.h"
#include "server/web/Html.h"
#include "server/web/WebSupport.h"

#include <QTimeZone>

#include <memory>

namespace dpdesk::server {

using namespace web;

namespace {

struct Sandbox
{
    ApiDeps &deps;
    SandboxIdinProvider &bank;
    SandboxIdentificationProvider &phone;
    CustomerFlow &flow;
    CsrfTokens csrf;
};

const QString kBanner =
    QStringLiteral("Dit is een sandbox: een testomgeving die de bank of de identificatie-app "
                   "nabootst. Er wordt niets echt gecontroleerd.");

HttpResponse show(int status, const QString &title, const QString &body)
{
    PageFrame f;
    f.title = title;
    f.body =
        QStringLiteral("<div class=\"sandbox\">") + paragraph(kBanner) + QStringLiteral("</div>\n") + body;
    return html(status, renderPage(f));
}

QString documentName(IdDocumentType t)
{
    switch (t) {
    case IdDocumentType::Passport:
        return QStringLiteral("Paspoort");
    case IdDocumentType::IdentityCard:
        return QStringLiteral("Identiteitskaart");
    case IdDocumentType::ResidencePermit:
        return QStringLiteral("Verblijfsvergunning");
    case IdDocumentType::DrivingLicence:
        return QStringLiteral("Rijbewijs");
    }
    return {};
}

QString form(const QString &action, const QString &csrf, const QString &inner)
{
    return formStart(action, csrf) + inner + QStringLiteral("\n</form>\n");
}

// --- the bank (S7) ------------------------------------------------------------

HttpResponse bankPage(Sandbox &s, const QString &id, int status, const QString &message)
{
    const auto view = s.bank.view(id);
    if (!view)
        return show(404, QStringLiteral("Onbekende transactie"),
                    notice(QStringLiteral("Deze iDIN-transactie bestaat niet."), QStringLiteral("error")));
    QString b;
    if (!message.isEmpty())
        b += notice(message, QStringLiteral("error"));
    b += QStringLiteral("<dl class=\"facts\"><dt>Bank</dt><dd>%1</dd><dt>Transactie</dt><dd>%2</dd>"
                        "<dt>Status</dt><dd>%3</dd></dl>\n")
             .arg(escape(view->bank.name), escape(view->transactionId), escape(enumToString(view->status)));
    if (view->status == IdinStatus::Open || view->status == IdinStatus::Pending) {
        b += paragraph(QStringLiteral("Kies hoe de bank de bevestiging laat aflopen."));
        b += form(QStringLiteral("/sandbox/bank/") + id, s.csrf.tokenFor(QStringLiteral("bank:") + id),
                  button(QStringLiteral("Inloggen en bevestigen"), QStringLiteral("outcome"),
                         QStringLiteral("success"))
                      + button(QStringLiteral("Annuleren"), QStringLiteral("outcome"),
                               QStringLiteral("cancelled"), QStringLiteral("secondary"))
                      + button(QStringLiteral("Laten verlopen"), QStringLiteral("outcome"),
                               QStringLiteral("expired"), QStringLiteral("secondary"))
                      + button(QStringLiteral("Mislukt"), QStringLiteral("outcome"),
                               QStringLiteral("failure"), QStringLiteral("danger")));
    } else {
        b += paragraph(QStringLiteral("Deze transactie is afgesloten."));
    }
    return show(status, QStringLiteral("iDIN bij %1").arg(view->bank.name), b);
}

HttpResponse decideAtBank(Sandbox &s, HttpRequest &req)
{
    const QString id = req.param(QStringLiteral("transactionId"));
    const QUrlQuery f = formFields(req);
    if (!s.csrf.check(QStringLiteral("bank:") + id, field(f, QStringLiteral("csrf"))))
        return bankPage(s, id, 403,
                        QStringLiteral("Dit formulier is niet meer geldig. Probeer het opnieuw."));
    const auto outcome = enumFromString<IdinStatus>(field(f, QStringLiteral("outcome")));
    if (!outcome || *outcome == IdinStatus::Open)
        return bankPage(s, id, 400, QStringLiteral("Kies een van de knoppen."));
    QString redirect;
    Error failure;
    runWrite(s.deps.db, s.deps.onCommit, [&](WriteEffects &) {
        const auto decided = s.bank.decide(id, *outcome);
        if (!decided) {
            failure = decided.error();
            return HttpResponse::error(409, failure);
        }
        redirect = decided.value();
        return HttpResponse::noContent();
    });
    if (redirect.isEmpty())
        return bankPage(s, id, failure.code == QLatin1String("not_found") ? 404 : 409,
                        failure.code == QLatin1String("sandbox.transaction_closed")
                            ? QStringLiteral("Deze transactie is al afgesloten of verlopen.")
                            : failure.message);
    return seeOther(redirect);
}

// --- the identification app (I1-I4) ---------------------------------------------

QString phoneBody(Sandbox &s, const SandboxIdentificationProvider::PhoneView &v)
{
    using Outcome = IdentificationProvider::Outcome;
    const QString base = QStringLiteral("/sandbox/app/") + v.sessionId;
    const QString csrf = s.csrf.tokenFor(QStringLiteral("app:") + v.sessionId);
    const auto &p = v.progress;
    QString b =
        QStringLiteral("<dl class=\"facts\"><dt>Sessie actief tot</dt><dd>%1</dd><dt>Document</dt><dd>%2</dd>"
                       "<dt>Chip (NFC)</dt><dd>%3</dd></dl>\n")
            .arg(v.expiresAt.toTimeZone(QTimeZone("Europe/Amsterdam")).toString(QStringLiteral("HH:mm:ss")),
                 p.documentType ? documentName(*p.documentType) : QStringLiteral("nog niet gekozen"),
                 p.chipRead         ? QStringLiteral("gelezen")
                     : p.photoTaken ? QStringLiteral("niet gelezen; foto gemaakt")
                                    : QStringLiteral("%1 van %2 zoekpogingen mislukt")
                                          .arg(p.chipAttempts)
                                          .arg(SandboxIdentificationProvider::kMaxChipAttempts));
    if (p.outcome == Outcome::Done)
        return b
            + notice(QStringLiteral("Groen: identificatie gelukt. Ga terug naar de kredietaanvraag."),
                     QStringLiteral("success"));
    if (p.outcome == Outcome::Failed)
        return b
            + notice(QStringLiteral("Rood: identificatie mislukt. Reden: ") + p.failureReason,
                     QStringLiteral("error"));
    if (v.expired)
        return b
            + notice(QStringLiteral(
                         "Deze sessie is na 15 minuten verlopen. Start een nieuwe op de pagina van de "
                         "kredietaanvraag."),
                     QStringLiteral("warning"));
    if (!p.documentType) {
        QString select =
            QStringLiteral("<label for=\"f-document\">Welk document houdt u bij de telefoon?</label>\n"
                           "<select id=\"f-document\" name=\"document\">\n");
        for (IdDocumentType t : {IdDocumentType::Passport, IdDocumentType::IdentityCard,
                                 IdDocumentType::ResidencePermit, IdDocumentType::DrivingLicence})
            select +=
                QStringLiteral("<option value=\"%1\">%2</option>\n").arg(enumToString(t), documentName(t));
        select += QStringLiteral("</select>\n");
        return b + form(base + QStringLiteral("/document"), csrf, select + button(QStringLiteral("Verder")));
    }
    if (!p.chipRead && !p.photoTaken) {
        if (p.chipAttempts < SandboxIdentificationProvider::kMaxChipAttempts)
            return b
                + paragraph(QStringLiteral(
                                "Houd het document tegen de telefoon. De app zoekt %1 seconden naar de chip.")
                                .arg(SandboxIdentificationProvider::kChipSearchSeconds))
                + form(base + QStringLiteral("/chip"), csrf,
                       button(QStringLiteral("Chip gevonden"), QStringLiteral("found"), QStringLiteral("ja"))
                           + button(QStringLiteral("Geen chip gevonden"), QStringLiteral("found"),
                                    QStringLiteral("nee"), QStringLiteral("secondary")));
        return b
            + paragraph(QStringLiteral("De chip is drie keer niet gevonden. Maak een foto van het document."))
            + form(base + QStringLiteral("/photo"), csrf, button(QStringLiteral("Foto maken")));
    }
    return b + paragraph(QStringLiteral("Het document is gelezen. Hoe loopt de controle af?"))
        + form(base + QStringLiteral("/finish"), csrf,
               button(QStringLiteral("Groen: gelukt"), QStringLiteral("result"), QStringLiteral("done"))
                   + QStringLiteral("<label for=\"f-reden\">Reden bij rood</label>\n"
                                    "<textarea id=\"f-reden\" name=\"reden\" maxlength=\"500\"></textarea>\n")
                   + button(QStringLiteral("Rood: mislukt"), QStringLiteral("result"),
                            QStringLiteral("failed"), QStringLiteral("danger")));
}

HttpResponse phonePage(Sandbox &s, const QString &id, int status, const QString &message)
{
    const auto view = s.phone.view(id);
    if (!view)
        return show(
            404, QStringLiteral("Onbekende sessie"),
            notice(QStringLiteral("Deze identificatiesessie bestaat niet."), QStringLiteral("error")));
    QString b;
    if (!message.isEmpty())
        b += notice(message, QStringLiteral("error"));
    return show(status, QStringLiteral("Identificatie-app"), b + phoneBody(s, view.value()));
}

using PhoneView = SandboxIdentificationProvider::PhoneView;
using PhoneAction = std::function<Result<PhoneView>(const QString &sessionId, const QUrlQuery &form)>;
Handler phoneAction(const std::shared_ptr<Sandbox> &s, PhoneAction action)
{
    return [s, action = std::move(action)](HttpRequest &req) {
        const QString id = req.param(QStringLiteral("sessionId"));
        const QUrlQuery f = formFields(req);
        if (!s->csrf.check(QStringLiteral("app:") + id, field(f, QStringLiteral("csrf"))))
            return phonePage(*s, id, 403,
                             QStringLiteral("Dit formulier is niet meer geldig. Probeer het opnieuw."));
        Error failure;
        bool finished = false;
        runWrite(s->deps.db, s->deps.onCommit, [&](WriteEffects &) {
            const auto view = action(id, f);
            if (!view) {
                failure = view.error();
                return HttpResponse::error(409, failure);
            }
            finished = view->progress.outcome != IdentificationProvider::Outcome::Pending;
            return HttpResponse::noContent();
        });
        if (finished) {
            // The provider's webhook, as with the JSON twin: the office sees the result now.
            if (const Status applied = s->flow.identificationChanged(id); !applied)
                qCWarning(lcServer) << "identification result not applied yet:" << applied.error().code;
        }
        if (!failure.code.isEmpty())
            return phonePage(*s, id, failure.code.startsWith(QLatin1String("db.")) ? 503 : 409,
                             customerMessage(failure));
        return seeOther(QStringLiteral("/sandbox/app/") + id);
    };
}

} // namespace

void registerSandboxPages(Router &router, ApiDeps &deps, SandboxIdinProvider &bank,
                          SandboxIdentificationProvider &phone, CustomerFlow &flow,
                          const QByteArray &secretKey)
{
    auto s = std::make_shared<Sandbox>(Sandbox{deps, bank, phone, flow, CsrfTokens(secretKey)});
    router.add("GET", QStringLiteral("/sandbox/bank/{transactionId}"), [s](HttpRequest &req) {
        return bankPage(*s, req.param(QStringLiteral("transactionId")), 200, {});
    });
    router.add("POST", QStringLiteral("/sandbox/bank/{transactionId}"),
               [s](HttpRequest &req) { return decideAtBank(*s, req); });

    router.add("GET", QStringLiteral("/sandbox/app/{sessionId}"), [s](HttpRequest &req) {
        return phonePage(*s, req.param(QStringLiteral("sessionId")), 200, {});
    });
    router.add(
        "POST", QStringLiteral("/sandbox/app/{sessionId}/document"),
        phoneAction(s, [s](const QString &id, const QUrlQuery &f) -> Result<PhoneView> {
            const auto type = enumFromString<IdDocumentType>(field(f, QStringLiteral("document")));
            if (!type)
                return Error{QStringLiteral("json.invalid_enum"), QStringLiteral("Kies een document."), {}};
            return s->phone.chooseDocument(id, *type); // I1: a driving licence is refused
        }));
    router.add("POST", QStringLiteral("/sandbox/app/{sessionId}/chip"),
               phoneAction(s, [s](const QString &id, const QUrlQuery &f) {
                   return s->phone.searchChip(id,
                                              field(f, QStringLiteral("found")) == QLatin1String("ja")); // I3
               }));
    router.add("POST", QStringLiteral("/sandbox/app/{sessionId}/photo"),
               phoneAction(s, [s](const QString &id, const QUrlQuery &) { return s->phone.takePhoto(id); }));
    router.add("POST", QStringLiteral("/sandbox/app/{sessionId}/finish"),
               phoneAction(s, [s](const QString &id, const QUrlQuery &f) {
                   const bool done = field(f, QStringLiteral("result")) == QLatin1String("done"); // I4
                   return s->phone.finish(id, done,
                                          done ? QString() : field(f, QStringLiteral("reden")).trimmed());
               }));
}

} // namespace dpdesk::server
