#include "server/documents/DocumentTemplates.h"

#include "core/domain/Enums.h"
#include "core/domain/LoanCost.h"
#include "core/iban/Iban.h"
#include "core/wire/WireTime.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace dpdesk::server {

namespace {

const QLocale &dutch()
{
    static const QLocale locale(QLocale::Dutch, QLocale::Netherlands);
    return locale;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString money(qint64 cents)
{
    return QStringLiteral("€\u00a0") + dutch().toString(double(cents) / 100.0, 'f', 2);
}

QString percent(double value, int decimals)
{
    return dutch().toString(value, 'f', decimals) + QStringLiteral("\u00a0%");
}

// Documents are dated in Dutch time.
QString longDate(const QDateTime &utc)
{
    return dutch().toString(utc.toTimeZone(QTimeZone("Europe/Amsterdam")).date(),
                            QStringLiteral("d MMMM yyyy"));
}

QString birthDate(const QString &wireDate)
{
    const auto date = parseWireDate(wireDate);
    return date ? dutch().toString(*date, QStringLiteral("d MMMM yyyy")) : esc(wireDate);
}

QString heading(DocumentKind kind, const QJsonObject &s, int version, const QDateTime &createdAt)
{
    const QJsonObject lender = s.value("lender").toObject();
    return QStringLiteral("<p style=\"font-size:9pt; color:#555555;\">%1</p>"
                          "<h1 style=\"font-size:17pt;\">%2</h1>"
                          "<p><b>Versie %3</b> &middot; %4</p>")
        .arg(esc(lender.value("name").toString()), esc(documentTitle(kind)), QString::number(version),
             longDate(createdAt));
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"38%\" style=\"background-color:#f0f0f0;\">%1</td><td>%2</td></tr>")
        .arg(label, value);
}

QString table(const QString &rows)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" "
                          "style=\"border-color:#999999; border-style:solid;\">%1</table>")
        .arg(rows);
}

QString h2(const QString &text)
{
    return QStringLiteral("<h2 style=\"font-size:12pt;\">%1</h2>").arg(text);
}

QString p(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}

bool isRevolving(const QJsonObject &loan)
{
    return loan.value("kind").toString() == enumToString(LoanKind::RevolvingCredit);
}

QString creditKind(const QJsonObject &loan)
{
    return isRevolving(loan) ? QStringLiteral("Doorlopend krediet")
                             : QStringLiteral("Persoonlijke lening (vaste rente, vaste looptijd)");
}

QString parties(const QJsonObject &s)
{
    const QJsonObject lender = s.value("lender").toObject();
    QString rows =
        row(QStringLiteral("Kredietgever"),
            QStringLiteral("%1<br/>%2<br/>%3<br/><span style=\"font-size:8pt; color:#555555;\">%4</span>")
                .arg(esc(lender.value("name").toString()), esc(lender.value("address").toString()),
                     esc(lender.value("registration").toString()), esc(lender.value("licence").toString())));
    rows +=
        row(QStringLiteral("Kredietbemiddelaar"), esc(s.value("office").toObject().value("name").toString()));
    return rows;
}

QString applicantRows(const QJsonObject &s)
{
    QString rows;
    const QJsonArray applicants = s.value("applicants").toArray();
    for (int i = 0; i < applicants.size(); ++i) {
        const QJsonObject a = applicants.at(i).toObject();
        rows +=
            row(applicants.size() > 1 ? QStringLiteral("Kredietnemer %1").arg(i + 1)
                                      : QStringLiteral("Kredietnemer"),
                QStringLiteral("%1<br/>geboren op %2")
                    .arg(esc(a.value("fullName").toString()), birthDate(a.value("dateOfBirth").toString())));
    }
    return rows;
}

QString loanRows(const QJsonObject &loan)
{
    const int rate = loan.value("rateBasisPoints").toInt();
    const int term = loan.value("termMonths").toInt();
    QString rows = row(QStringLiteral("Soort krediet"), creditKind(loan));
    rows += row(QStringLiteral("Totaal kredietbedrag"), money(loan.value("amountCents").toInteger()));
    rows += row(QStringLiteral("Looptijd"), QStringLiteral("%1 maanden").arg(term));
    rows += row(QStringLiteral("Maandtermijn"),
                QStringLiteral("%1 per maand, %2 termijnen")
                    .arg(money(loan.value("monthlyPaymentCents").toInteger()))
                    .arg(term));
    rows += row(QStringLiteral("Debetrentevoet"),
                QStringLiteral("%1 per jaar (%2 per maand), %3")
                    .arg(percent(rate / 100.0, 2), percent(monthlyRatePercent(rate), 4),
                         isRevolving(loan) ? QStringLiteral("variabel")
                                           : QStringLiteral("vast voor de hele looptijd")));
    rows += row(QStringLiteral("Jaarlijks kostenpercentage (JKP)"), percent(rate / 100.0, 2));
    rows += row(QStringLiteral("Totale kosten van het krediet"),
                money(loan.value("creditCostCents").toInteger()));
    rows += row(QStringLiteral("Totaal door u te betalen bedrag"),
                money(loan.value("totalPayableCents").toInteger()));
    return rows;
}

const QString kWarning =
    QStringLiteral("<p style=\"font-size:13pt;\"><b>Let op! Geld lenen kost geld.</b></p>");

QString esicBody(const QJsonObject &s, const QDateTime &createdAt)
{
    const QJsonObject loan = s.value("loan").toObject();
    QString html = kWarning;
    html += h2(QStringLiteral("1. Identiteit en contactgegevens"));
    html += table(parties(s));
    html += h2(QStringLiteral("2. Belangrijkste kenmerken van het krediet"));
    html += table(loanRows(loan));
    html += h2(QStringLiteral("3. Kosten van het krediet"));
    html += p(QStringLiteral(
        "Het jaarlijks kostenpercentage is de totale kosten van het krediet, uitgedrukt als een "
        "jaarlijks percentage van het kredietbedrag. Er zijn geen afsluitkosten, geen verplichte "
        "verzekeringen en geen andere kosten dan de rente. Bij te late betaling kan de kredietgever "
        "wettelijke rente en incassokosten in rekening brengen; een achterstand wordt gemeld bij "
        "Stichting BKR en kan het later moeilijker maken om geld te lenen."));
    html += h2(QStringLiteral("4. Andere belangrijke juridische aspecten"));
    html += table(
        row(QStringLiteral("Herroepingsrecht"),
            QStringLiteral("U kunt de kredietovereenkomst binnen 14 kalenderdagen na ondertekening "
                           "zonder opgave van redenen herroepen."))
        + row(QStringLiteral("Vervroegd aflossen"),
              QStringLiteral("U mag op elk moment geheel of gedeeltelijk vervroegd aflossen, zonder kosten."))
        + row(QStringLiteral("Raadpleging gegevensbank"),
              QStringLiteral("De kredietgever raadpleegt het Centraal Krediet Informatiesysteem van "
                             "Stichting BKR en registreert dit krediet daar."))
        + row(QStringLiteral("Ontwerp-kredietovereenkomst"),
              QStringLiteral("U hebt het recht om kosteloos een exemplaar van de ontwerp-kredietovereenkomst "
                             "te krijgen."))
        + row(QStringLiteral("Geldigheid van deze informatie"),
              QStringLiteral("Tot en met %1.").arg(longDate(createdAt.addDays(14)))));
    return html;
}

QString privacyBody(const QJsonObject &s)
{
    const QJsonObject lender = s.value("lender").toObject();
    const QString name = esc(lender.value("name").toString());
    const QString office = esc(s.value("office").toObject().value("name").toString());
    QString html;
    html += h2(QStringLiteral("Wie is verantwoordelijk voor uw gegevens?"));
    html += p(QStringLiteral("%1 (%2, %3) is verantwoordelijk voor het verwerken van uw persoonsgegevens "
                             "bij deze kredietaanvraag. Uw aanvraag loopt via uw kredietbemiddelaar %4, "
                             "die uw gegevens namens u aan ons doorgeeft.")
                  .arg(name, esc(lender.value("address").toString()),
                       esc(lender.value("registration").toString()), office));
    html += h2(QStringLiteral("Welke gegevens verwerken wij?"));
    html += p(QStringLiteral(
        "Uw naam, geboortedatum, e-mailadres en telefoonnummer; uw IBAN en de naam van de "
        "rekeninghouder; de gegevens van het krediet; uw antwoorden op de aanvullende vragen; en "
        "van de identificatie het soort identiteitsbewijs en de uitkomst."));
    html += h2(QStringLiteral("Waarvoor gebruiken wij ze?"));
    html += p(QStringLiteral(
        "Om uw aanvraag te beoordelen, de kredietovereenkomst op te stellen en uit te voeren, om te "
        "voldoen aan de wet (onder meer de Wet op het financieel toezicht en de Wet ter voorkoming "
        "van witwassen en financieren van terrorisme), om fraude te voorkomen en voor de toetsing "
        "bij en registratie van het krediet bij Stichting BKR."));
    html += h2(QStringLiteral("Met wie delen wij ze?"));
    html += p(QStringLiteral(
        "Met uw kredietbemiddelaar, met Stichting BKR en met de partijen die de digitale "
        "identificatie en de bevestiging via uw bank (iDIN) verzorgen. Wij verkopen uw gegevens "
        "nooit."));
    html += h2(QStringLiteral("Hoe lang bewaren wij ze?"));
    html +=
        p(QStringLiteral("Zeven jaar na het einde van de kredietovereenkomst, zoals de wet vraagt. Gaat de "
                         "overeenkomst niet door, dan verwijderen wij uw gegevens na zes maanden."));
    html += h2(QStringLiteral("Uw rechten"));
    html += p(QStringLiteral(
                  "U mag uw gegevens inzien, laten corrigeren of verwijderen, en bezwaar maken tegen het "
                  "gebruik ervan. Neem hiervoor contact op via %1. Bent u het niet eens met hoe wij met uw "
                  "gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.")
                  .arg(esc(lender.value("privacyContact").toString())));
    return html;
}

QString provisionalBody(const QJsonObject &s)
{
    QString html =
        p(QStringLiteral("Aanvraagnummer: <b>%1</b>").arg(esc(s.value("applicationId").toString())));
    html += h2(QStringLiteral("Partijen"));
    html += table(parties(s) + applicantRows(s));
    html += h2(QStringLiteral("Het aangeboden krediet"));
    html += table(loanRows(s.value("loan").toObject()));
    html += h2(QStringLiteral("Voorwaarden"));
    html += p(QStringLiteral(
        "Deze overeenkomst is voorlopig. Zij wordt definitief wanneer iedere kredietnemer de "
        "kredietovereenkomst digitaal heeft ondertekend, de identificatie is afgerond en de "
        "kredietgever de aanvraag heeft goedgekeurd. Tot dat moment kunnen aan deze voorlopige "
        "overeenkomst geen rechten worden ontleend."));
    html += p(
        QStringLiteral("Met &lsquo;Akkoord&rsquo; bevestigt u dat u de Europese standaardinformatie inzake "
                       "consumentenkrediet (ESIC), de privacyverklaring en deze voorlopige overeenkomst hebt "
                       "ontvangen en gelezen."));
    html += kWarning;
    return html;
}

QString contractBody(const QJsonObject &s)
{
    const QJsonObject bank = s.value("bankAccount").toObject();
    const QJsonArray applicants = s.value("applicants").toArray();
    QString html = p(QStringLiteral("Aanvraagnummer: <b>%1</b> &middot; contractversie %2")
                         .arg(esc(s.value("applicationId").toString()))
                         .arg(s.value("contractVersion").toInt()));
    html += h2(QStringLiteral("Artikel 1. Partijen"));
    html += table(parties(s) + applicantRows(s));
    html += h2(QStringLiteral("Artikel 2. Het krediet"));
    html += table(loanRows(s.value("loan").toObject()));
    html += h2(QStringLiteral("Artikel 3. Bankrekening en betaling"));
    const auto iban = Iban::parse(bank.value("iban").toString());
    if (iban) {
        html += table(row(QStringLiteral("IBAN"), QStringLiteral("<b>%1</b>").arg(iban->formatted()))
                      + row(QStringLiteral("Ten name van"), esc(bank.value("accountHolder").toString())));
        html += p(QStringLiteral(
            "De kredietgever maakt het kredietbedrag over naar deze rekening. De maandtermijnen "
            "worden van deze rekening afgeschreven met een doorlopende SEPA-incasso. Een andere "
            "rekening regelt u met uw kredietbemiddelaar; daarvoor komt een nieuwe versie van deze "
            "overeenkomst."));
    } else {
        html += p(QStringLiteral(
            "Uw kredietbemiddelaar heeft de bankrekening nog niet ingevuld. Deze overeenkomst kan "
            "pas worden ondertekend als de bankrekening erin staat."));
    }
    html += h2(QStringLiteral("Artikel 4. Herroeping"));
    html += p(QStringLiteral(
        "Iedere kredietnemer kan deze overeenkomst binnen 14 kalenderdagen na ondertekening zonder "
        "opgave van redenen herroepen. Het al ontvangen kredietbedrag betaalt u dan binnen 30 "
        "dagen terug, met de rente over de dagen dat u het had."));
    html += h2(QStringLiteral("Artikel 5. Vervroegd aflossen"));
    html +=
        p(QStringLiteral("U mag op elk moment geheel of gedeeltelijk vervroegd aflossen, zonder kosten."));
    html += h2(QStringLiteral("Artikel 6. Betalingsachterstand"));
    html += p(QStringLiteral(
        "Betaalt u een termijn niet op tijd, dan kan de kredietgever wettelijke rente en "
        "incassokosten in rekening brengen. Een achterstand van meer dan twee maanden wordt gemeld "
        "bij Stichting BKR."));
    html += h2(QStringLiteral("Artikel 7. Toepasselijk recht"));
    html += p(QStringLiteral("Op deze overeenkomst is Nederlands recht van toepassing."));
    html += h2(QStringLiteral("Ondertekening"));
    html += p(QStringLiteral(
        "Iedere kredietnemer ondertekent deze overeenkomst digitaal. De overeenkomst komt tot stand "
        "wanneer de laatste kredietnemer heeft ondertekend. Een eerdere versie van deze "
        "overeenkomst vervalt met deze versie."));
    QString signatures;
    for (int i = 0; i < applicants.size(); ++i)
        signatures += row(applicants.size() > 1 ? QStringLiteral("Kredietnemer %1").arg(i + 1)
                                                : QStringLiteral("Kredietnemer"),
                          QStringLiteral("%1<br/>digitaal te ondertekenen")
                              .arg(esc(applicants.at(i).toObject().value("fullName").toString())));
    html += table(signatures);
    return html;
}

} // namespace

QString documentTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Esic:
        return QStringLiteral("Europese standaardinformatie inzake consumentenkrediet (ESIC)");
    case DocumentKind::PrivacyStatement:
        return QStringLiteral("Privacyverklaring");
    case DocumentKind::ProvisionalAgreement:
        return QStringLiteral("Voorlopige overeenkomst");
    case DocumentKind::Contract:
        return QStringLiteral("Kredietovereenkomst");
    }
    return {};
}

QString documentHtml(DocumentKind kind, const QJsonObject &snapshot, int version, const QDateTime &createdAt)
{
    QString body;
    switch (kind) {
    case DocumentKind::Esic:
        body = esicBody(snapshot, createdAt);
        break;
    case DocumentKind::PrivacyStatement:
        body = privacyBody(snapshot);
        break;
    case DocumentKind::ProvisionalAgreement:
        body = provisionalBody(snapshot);
        break;
    case DocumentKind::Contract:
        body = contractBody(snapshot);
        break;
    }
    return QStringLiteral("<html><body>") + heading(kind, snapshot, version, createdAt) + body
        + QStringLiteral("</body></html>");
}

QString documentFooter(DocumentKind kind, const QJsonObject &snapshot, int version,
                       const QDateTime &createdAt, int page, int pageCount)
{
    return QStringLiteral("%1 \u00b7 %2 \u00b7 versie %3 \u00b7 %4 \u00b7 pagina %5 van %6")
        .arg(snapshot.value("lender").toObject().value("name").toString(), documentTitle(kind),
             QString::number(version), longDate(createdAt), QString::number(page),
             QString::number(pageCount));
}

} // namespace dpdesk::server
