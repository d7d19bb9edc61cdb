#include "server/web/CustomerPageViews.h"

#include "core/domain/HighRiskSectors.h"
#include "server/customer/CustomerTexts.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace dpdesk::server::web {

namespace {

// A label, an optional hint and the error of one text input, tied together
// for screen readers.
QString textInput(const QString &name, const QString &label, const QString &value, const QString &hint,
                  const FormErrors &errors, const QString &extra = {})
{
    const QString id = QStringLiteral("f-") + name;
    QStringList describedBy;
    QString html = QStringLiteral("<label for=\"%1\">%2</label>\n").arg(id, escape(label));
    if (!hint.isEmpty()) {
        html += QStringLiteral("<span class=\"hint\" id=\"%1-hint\">%2</span>\n").arg(id, escape(hint));
        describedBy << id + QStringLiteral("-hint");
    }
    const QString error = errors.fields.value(name);
    if (!error.isEmpty()) {
        html += QStringLiteral("<p class=\"field-error\" id=\"%1-error\">%2</p>\n").arg(id, escape(error));
        describedBy << id + QStringLiteral("-error");
    }
    html += QStringLiteral("<input type=\"text\" id=\"%1\" name=\"%2\" value=\"%3\"%4%5%6>\n")
                .arg(id, escape(name), escape(value),
                     describedBy.isEmpty()
                         ? QString()
                         : QStringLiteral(" aria-describedby=\"%1\"").arg(describedBy.join(QLatin1Char(' '))),
                     error.isEmpty() ? QString() : QStringLiteral(" aria-invalid=\"true\""), extra);
    return html;
}

QString textArea(const QString &name, const QString &label, const QString &value, const FormErrors &errors)
{
    const QString id = QStringLiteral("f-") + name;
    const QString error = errors.fields.value(name);
    QString html = QStringLiteral("<label for=\"%1\">%2</label>\n").arg(id, escape(label));
    if (!error.isEmpty())
        html += QStringLiteral("<p class=\"field-error\" id=\"%1-error\">%2</p>\n").arg(id, escape(error));
    html += QStringLiteral("<textarea id=\"%1\" name=\"%2\" maxlength=\"1000\"%3>%4</textarea>\n")
                .arg(id, escape(name),
                     error.isEmpty()
                         ? QString()
                         : QStringLiteral(" aria-invalid=\"true\" aria-describedby=\"%1-error\"").arg(id),
                     escape(value));
    return html;
}

// A yes/no question as a group of two radio buttons.
QString yesNo(const QString &name, const QString &question, const QString &value, const FormErrors &errors)
{
    const QString error = errors.fields.value(name);
    QString html =
        QStringLiteral("<fieldset%1>\n<legend>%2</legend>\n")
            .arg(error.isEmpty() ? QString() : QStringLiteral(" aria-describedby=\"f-%1-error\"").arg(name),
                 escape(question));
    if (!error.isEmpty())
        html +=
            QStringLiteral("<p class=\"field-error\" id=\"f-%1-error\">%2</p>\n").arg(name, escape(error));
    for (const auto &[v, label] : {std::pair{QStringLiteral("ja"), QStringLiteral("Ja")},
                                   std::pair{QStringLiteral("nee"), QStringLiteral("Nee")}}) {
        html += QStringLiteral("<label class=\"choice\" for=\"f-%1-%2\"><input type=\"radio\" id=\"f-%1-%2\" "
                               "name=\"%1\" value=\"%2\"%3%5> %4</label>\n")
                    .arg(name, v, value == v ? QStringLiteral(" checked") : QString(), label,
                         error.isEmpty() ? QString() : QStringLiteral(" aria-invalid=\"true\""));
    }
    return html + QStringLiteral("</fieldset>\n");
}

QString errorSummary(const FormErrors &errors)
{
    if (!errors.any())
        return {};
    QString text = errors.summary;
    if (text.isEmpty())
        text = QStringLiteral("Niet alles is goed ingevuld. Bekijk de meldingen hieronder.");
    return notice(text, QStringLiteral("error"));
}

QString money(qint64 cents)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands)
        .toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

QString dateTimeText(const QDateTime &when)
{
    return when.toTimeZone(QTimeZone("Europe/Amsterdam")).toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

QString stepHref(FlowStep step)
{
    switch (step) {
    case FlowStep::Documents:
        return QStringLiteral("/documenten");
    case FlowStep::Questions:
        return QStringLiteral("/vragen");
    case FlowStep::Iban:
        return QStringLiteral("/rekening");
    case FlowStep::Contract:
        return QStringLiteral("/contract");
    case FlowStep::Signing:
        return QStringLiteral("/ondertekenen");
    case FlowStep::Identification:
        return QStringLiteral("/identificatie");
    case FlowStep::Finished:
    case FlowStep::WaitingForOffice:
        break;
    }
    return {};
}

struct StepLine
{
    QString title;
    QString state;
    QString cssClass; // done, failed or empty
    QString mark; // the symbol in the circle, with the state in words beside it
};

StepLine documentsLine(const CustomerOverview &o)
{
    if (o.documents == DocumentsState::Accepted)
        return {QStringLiteral("Documenten"), QStringLiteral("Afgerond: u bent akkoord gegaan."),
                QStringLiteral("done"), QStringLiteral("✓")};
    return {QStringLiteral("Documenten"),
            QStringLiteral("Nog te doen: documenten bekijken en akkoord geven."),
            {},
            QStringLiteral("1")};
}

StepLine signingLine(const CustomerOverview &o)
{
    StepLine l{QStringLiteral("Ondertekenen"), {}, {}, QStringLiteral("2")};
    switch (o.signing) {
    case SigningState::Signed:
        return {l.title, QStringLiteral("Afgerond: het contract is ondertekend."), QStringLiteral("done"),
                QStringLiteral("✓")};
    case SigningState::WaitingForCoApplicant:
        l.state = o.currentStep == FlowStep::Identification || o.currentStep == FlowStep::Finished
            ? QStringLiteral("U heeft ondertekend; de andere aanvrager nog niet.")
            : QStringLiteral("De andere aanvrager heeft ondertekend en wacht op u.");
        return l;
    case SigningState::QuestionsBlocked:
        return {l.title, QStringLiteral("Gestopt: uw gegevens kloppen niet volgens u."),
                QStringLiteral("failed"), QStringLiteral("!")};
    case SigningState::Refused:
        return {l.title, QStringLiteral("Gestopt: niet akkoord met het contract."), QStringLiteral("failed"),
                QStringLiteral("!")};
    case SigningState::Open:
        break;
    }
    l.state = QStringLiteral("Nog te doen: vragen, rekeningnummer, contract, iDIN en ondertekenen.");
    return l;
}

StepLine identificationLine(const CustomerOverview &o)
{
    StepLine l{QStringLiteral("Identificatie"), {}, {}, QStringLiteral("3")};
    switch (o.identification) {
    case IdentificationState::Done:
        return {l.title, QStringLiteral("Afgerond: uw identiteit is vastgesteld."), QStringLiteral("done"),
                QStringLiteral("✓")};
    case IdentificationState::Failed:
        return {l.title,
                QStringLiteral("Niet gelukt: %1")
                    .arg(o.identificationFailureReason.isEmpty() ? QStringLiteral("probeer het opnieuw.")
                                                                 : o.identificationFailureReason),
                QStringLiteral("failed"), QStringLiteral("✗")};
    case IdentificationState::InProgress:
        l.state = QStringLiteral("Bezig: rond de identificatie af in de app.");
        return l;
    case IdentificationState::Open:
        break;
    }
    l.state = QStringLiteral("Nog te doen: identificeren met uw smartphone.");
    return l;
}

bool isCurrent(const CustomerOverview &o, int line)
{
    switch (o.currentStep) {
    case FlowStep::Documents:
        return line == 0;
    case FlowStep::Questions:
    case FlowStep::Iban:
    case FlowStep::Contract:
    case FlowStep::Signing:
        return line == 1;
    case FlowStep::Identification:
        return line == 2;
    case FlowStep::Finished:
    case FlowStep::WaitingForOffice:
        break;
    }
    return false;
}

QString noticeKind(CustomerNotice n)
{
    switch (n) {
    case CustomerNotice::ApplicationComplete:
        return QStringLiteral("success");
    case CustomerNotice::DetailsWrong:
    case CustomerNotice::ContractRefused:
    case CustomerNotice::CoApplicantRefused:
    case CustomerNotice::CoApplicantDetailsWrong:
    case CustomerNotice::IdinCancelled:
    case CustomerNotice::IdinExpired:
    case CustomerNotice::IdinFailed:
    case CustomerNotice::IdentificationFailed:
        return QStringLiteral("warning");
    case CustomerNotice::WaitingForCoApplicant:
    case CustomerNotice::CoApplicantSigned:
    case CustomerNotice::FinishedWaitingForCoApplicant:
        break;
    }
    return QStringLiteral("info");
}

QString documentLinks(const DocumentsView &v)
{
    QString html = QStringLiteral("<ul class=\"documents\">\n");
    for (const DocumentsView::Entry &d : v.documents) {
        if (d.available)
            html += QStringLiteral("<li><a href=\"/documenten/%1\" download>%2 (PDF)</a></li>\n")
                        .arg(enumToString(d.kind), escape(d.title));
        else
            html += QStringLiteral("<li>%1 (nog niet beschikbaar)</li>\n").arg(escape(d.title));
    }
    return html + QStringLiteral("</ul>\n");
}

} // namespace

QDate parseDutchDate(const QString &text)
{
    static const QRegularExpression dutch(
        QStringLiteral("^\\s*(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})\\s*$"));
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})\\s*$"));
    if (const auto m = dutch.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

PageFrame loginPage(const QString &csrf, const QString &linkToken, const QUrlQuery &entered,
                    const FormErrors &errors, const QString &message)
{
    PageFrame f;
    f.title = linkToken.isEmpty() ? QStringLiteral("Inloggen") : QStringLiteral("Inloggen met uw link");
    f.heading = QStringLiteral("Kredietaanvraag afronden");
    QString b;
    if (!message.isEmpty())
        b += notice(message, QStringLiteral("info"));
    b += errorSummary(errors);
    b += paragraph(
        linkToken.isEmpty()
            ? QStringLiteral("Log in met de unieke code uit de uitnodiging van uw tussenpersoon en uw "
                             "geboortedatum.")
            : QStringLiteral("U opent de aanvraag met de link uit uw uitnodiging. Vul ter controle uw "
                             "geboortedatum in."));
    b += formStart(QStringLiteral("/inloggen"), csrf, true);
    if (linkToken.isEmpty())
        b += textInput(
            QStringLiteral("code"), QStringLiteral("Unieke code"),
            entered.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
            QStringLiteral("Bijvoorbeeld K7QM-4TXR-9BDA. Hoofdletters en streepjes maken niet uit."), errors,
            QStringLiteral(" autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\""));
    else
        b += hiddenField(QStringLiteral("link"), linkToken);
    b += textInput(QStringLiteral("geboortedatum"), QStringLiteral("Geboortedatum"),
                   entered.queryItemValue(QStringLiteral("geboortedatum"), QUrl::FullyDecoded),
                   QStringLiteral("Als dd-mm-jjjj, bijvoorbeeld 17-05-1980."), errors,
                   QStringLiteral(" autocomplete=\"bday\" inputmode=\"numeric\""));
    b += button(QStringLiteral("Inloggen")) + QStringLiteral("\n</form>\n");
    f.body = b;
    return f;
}

PageFrame overviewPage(const CustomerOverview &o, const QString &csrf)
{
    PageFrame f;
    f.title = QStringLiteral("Overzicht");
    f.logoutCsrf = csrf;
    QString b = paragraph(QStringLiteral("Welkom, %1. Aanvraag %2.").arg(o.fullName, o.reference));
    for (CustomerNotice n : o.notices) {
        QString text = noticeText(n);
        if (n == CustomerNotice::IdentificationFailed && !o.identificationFailureReason.isEmpty())
            text += QStringLiteral(" Reden: ") + o.identificationFailureReason;
        b += notice(text, noticeKind(n));
    }
    b += QStringLiteral("<h2>Uw stappen</h2>\n<ol class=\"steps\">\n");
    const StepLine lines[] = {documentsLine(o), signingLine(o), identificationLine(o)};
    for (int i = 0; i < 3; ++i) {
        const StepLine &l = lines[i];
        const QString classes =
            (l.cssClass + (isCurrent(o, i) ? QStringLiteral(" current") : QString())).trimmed();
        b += QStringLiteral(
                 "<li%1><span class=\"mark\" aria-hidden=\"true\">%2</span><span><strong>%3</strong>"
                 "<span class=\"state\">%4</span></span></li>\n")
                 .arg(classes.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(classes), l.mark,
                      escape(l.title), escape(l.state));
    }
    b += QStringLiteral("</ol>\n");
    const QString next = stepHref(o.currentStep);
    if (!next.isEmpty()) {
        const QString label = o.currentStep == FlowStep::Documents ? QStringLiteral("Doorgaan")
            : o.currentStep == FlowStep::Identification            ? QStringLiteral("Naar identificatie")
                                                                   : QStringLiteral("Ondertekenen");
        b += QStringLiteral("<p>") + linkButton(label, next) + QStringLiteral("</p>\n");
    }
    if (o.documents == DocumentsState::Accepted)
        b += QStringLiteral("<p><a href=\"/documenten\">Documenten bekijken en downloaden</a></p>\n");
    f.body = b;
    return f;
}

PageFrame documentsPage(const DocumentsView &v, const CustomerOverview &o, const QString &csrf,
                        const QString &message)
{
    PageFrame f;
    f.title = QStringLiteral("Documenten");
    f.logoutCsrf = csrf;
    QString b;
    if (!message.isEmpty())
        b += notice(message, QStringLiteral("error"));
    if (o.applicationComplete)
        b += notice(noticeText(CustomerNotice::ApplicationComplete), QStringLiteral("success"));
    b += paragraph(
        QStringLiteral("Lees de documenten van uw kredietaanvraag. U kunt ze altijd opnieuw downloaden."));
    b += documentLinks(v);
    if (v.accepted) {
        b += notice(QStringLiteral("U bent akkoord gegaan met de documenten."), QStringLiteral("success"));
        b += QStringLiteral("<p>")
            + linkButton(QStringLiteral("Terug naar overzicht"), QStringLiteral("/overzicht"))
            + QStringLiteral("</p>\n");
    } else {
        b += formStart(QStringLiteral("/documenten/akkoord"), csrf)
            + paragraph(
                 QStringLiteral("Met Akkoord bevestigt u dat u de documenten heeft ontvangen en gelezen."))
            + button(QStringLiteral("Akkoord")) + QStringLiteral("\n</form>\n");
    }
    f.body = b;
    return f;
}

PageFrame questionsPage(const QuestionsView &v, const QString &csrf, const QUrlQuery &entered,
                        const FormErrors &errors)
{
    PageFrame f;
    f.title = QStringLiteral("Vragen");
    f.logoutCsrf = csrf;
    const auto value = [&](const char *name, const QString &fallback) {
        const QString n = QString::fromLatin1(name);
        return entered.hasQueryItem(n) ? entered.queryItemValue(n, QUrl::FullyDecoded) : fallback;
    };
    const SigningAnswers a = v.answers.value_or(SigningAnswers{});
    const bool answered = v.answers.has_value();
    const auto yn = [&](bool b) {
        return answered ? (b ? QStringLiteral("ja") : QStringLiteral("nee")) : QString();
    };

    QString b = errorSummary(errors);
    b += paragraph(QStringLiteral("Beantwoord de vier vragen. Deze gegevens staan in uw contract:"));
    b += QStringLiteral("<dl class=\"facts\"><dt>Naam</dt><dd>%1</dd><dt>Geboortedatum</dt><dd>%2</dd>"
                        "<dt>E-mail</dt><dd>%3</dd><dt>Telefoon</dt><dd>%4</dd></dl>\n")
             .arg(escape(v.fullName), v.dateOfBirth.toString(QStringLiteral("dd-MM-yyyy")), escape(v.email),
                  escape(v.phone));
    b += formStart(QStringLiteral("/vragen"), csrf, true);
    b += yesNo(QStringLiteral("gegevens"), QStringLiteral("1. ") + questionText(0),
               value("gegevens", yn(a.detailsCorrect)), errors);
    b += paragraph(
        QStringLiteral("Kloppen uw gegevens niet? Kies dan Nee: u kunt ze niet zelf aanpassen en uw "
                       "tussenpersoon neemt contact met u op."));
    b += yesNo(QStringLiteral("nederland"), QStringLiteral("2. ") + questionText(1),
               value("nederland", yn(a.livesInNetherlands)), errors);
    b += yesNo(QStringLiteral("sector"), QStringLiteral("3. ") + questionText(2),
               value("sector", yn(a.highRiskSector)), errors);
    // The sectors of question 3, as checkboxes.
    const QStringList chosen = entered.hasQueryItem(QStringLiteral("sector"))
        ? entered.allQueryItemValues(QStringLiteral("sectoren"), QUrl::FullyDecoded)
        : a.highRiskSectors;
    const QString sectorError = errors.fields.value(QStringLiteral("sectoren"));
    b += QStringLiteral("<fieldset%1>\n<legend>Sectoren (alleen bij Ja op vraag 3)</legend>\n")
             .arg(sectorError.isEmpty() ? QString()
                                        : QStringLiteral(" aria-describedby=\"f-sectoren-error\""));
    if (!sectorError.isEmpty())
        b += QStringLiteral("<p class=\"field-error\" id=\"f-sectoren-error\">%1</p>\n")
                 .arg(escape(sectorError));
    for (const HighRiskSector &s : v.sectors)
        b += QStringLiteral(
                 "<label class=\"choice\" for=\"f-sector-%1\"><input type=\"checkbox\" id=\"f-sector-%1\" "
                 "name=\"sectoren\" value=\"%1\"%2> %3</label>\n")
                 .arg(escape(s.id), chosen.contains(s.id) ? QStringLiteral(" checked") : QString(),
                      escape(s.label));
    b += QStringLiteral("</fieldset>\n");
    b += textArea(QStringLiteral("toelichting_sector"), QStringLiteral("Toelichting bij vraag 3"),
                  value("toelichting_sector", a.highRiskExplanation), errors);
    b += yesNo(QStringLiteral("pep"), QStringLiteral("4. ") + questionText(3),
               value("pep", yn(a.politicallyExposed)), errors);
    b += textArea(QStringLiteral("toelichting_pep"), QStringLiteral("Toelichting bij vraag 4"),
                  value("toelichting_pep", a.politicallyExposedExplanation), errors);
    b += button(QStringLiteral("Volgende")) + QStringLiteral("\n</form>\n");
    f.body = b;
    return f;
}

PageFrame ibanPage(const IbanView &v, const QString &csrf, const QString &message)
{
    PageFrame f;
    f.title = QStringLiteral("Rekeningnummer");
    f.logoutCsrf = csrf;
    QString b;
    if (!message.isEmpty())
        b += notice(message, QStringLiteral("error"));
    if (!v.filledIn) {
        b += notice(
            QStringLiteral("Uw tussenpersoon heeft uw rekeningnummer nog niet ingevuld. Neem contact met hem "
                           "of haar op."),
            QStringLiteral("warning"));
        f.body = b;
        return f;
    }
    b += paragraph(
        QStringLiteral("Uw tussenpersoon heeft dit rekeningnummer ingevuld. Het maandbedrag wordt hiervan "
                       "afgeschreven. Klopt het niet? Neem dan contact op met uw tussenpersoon: u kunt het "
                       "hier niet zelf wijzigen."));
    b += QStringLiteral("<dl class=\"facts\"><dt>IBAN</dt><dd>%1</dd><dt>Bank</dt><dd>%2</dd>"
                        "<dt>Rekeninghouder</dt><dd>%3</dd></dl>\n")
             .arg(escape(v.formatted), escape(v.bankName.isEmpty() ? QStringLiteral("-") : v.bankName),
                  escape(v.accountHolder));
    b += formStart(QStringLiteral("/rekening"), csrf) + hiddenField(QStringLiteral("iban"), v.iban)
        + button(QStringLiteral("Bevestigen")) + QStringLiteral("\n</form>\n");
    f.body = b;
    return f;
}

PageFrame contractPage(const ContractView &v, const QString &csrf, const QString &message)
{
    PageFrame f;
    f.title = QStringLiteral("Contract");
    f.logoutCsrf = csrf;
    QString b;
    if (!message.isEmpty())
        b += notice(message, QStringLiteral("error"));
    if (v.contractVersion > 1)
        b += notice(QStringLiteral("Dit is een nieuwe versie van het contract (versie %1). Lees het opnieuw.")
                        .arg(v.contractVersion),
                    QStringLiteral("info"));
    b += QStringLiteral(
             "<dl class=\"facts\"><dt>Aanvraag</dt><dd>%1</dd><dt>Soort krediet</dt><dd>%2</dd>"
             "<dt>Bedrag</dt><dd>%3</dd><dt>Looptijd</dt><dd>%4 maanden</dd><dt>IBAN</dt><dd>%5</dd>"
             "<dt>Rekeninghouder</dt><dd>%6</dd><dt>Versie</dt><dd>%7</dd></dl>\n")
             .arg(escape(v.reference),
                  v.loanKind == LoanKind::RevolvingCredit ? QStringLiteral("Doorlopend krediet")
                                                          : QStringLiteral("Persoonlijke lening"),
                  escape(money(v.loanAmountCents)))
             .arg(v.termMonths)
             .arg(escape(v.ibanFormatted), escape(v.accountHolder))
             .arg(v.contractVersion);
    if (v.documentAvailable)
        b += QStringLiteral(
            "<p><a href=\"/documenten/contract\" download>Contract downloaden (PDF)</a></p>\n");
    b += paragraph(
        QStringLiteral("Gaat u akkoord? Kies dan Volgende om uw identiteit bij uw bank te bevestigen met "
                       "iDIN. Gaat u niet akkoord, dan vragen we u waarom."));
    b += QStringLiteral("<p>") + linkButton(QStringLiteral("Volgende"), QStringLiteral("/idin"))
        + linkButton(QStringLiteral("Niet akkoord"), QStringLiteral("/contract/niet-akkoord"),
                     QStringLiteral("danger"))
        + QStringLiteral("</p>\n");
    f.body = b;
    return f;
}

PageFrame refusePage(const QString &csrf, const QString &entered, const FormErrors &errors)
{
    PageFrame f;
    f.title = QStringLiteral("Niet akkoord met het contract");
    f.logoutCsrf = csrf;
    QString b = errorSummary(errors);
    b += paragraph(
        QStringLiteral("Vertel waarom u niet akkoord gaat. Uw tussenpersoon ziet uw reden en neemt contact "
                       "met u op."));
    b += formStart(QStringLiteral("/contract/niet-akkoord"), csrf, true);
    b += textArea(QStringLiteral("reden"), QStringLiteral("Reden"), entered, errors);
    b += button(QStringLiteral("Versturen"), {}, {}, QStringLiteral("danger"))
        + linkButton(QStringLiteral("Terug naar het contract"), QStringLiteral("/contract"),
                     QStringLiteral("secondary"))
        + QStringLiteral("\n</form>\n");
    f.body = b;
    return f;
}

PageFrame idinPage(const QList<IdinProvider::Bank> &banks, const CustomerOverview &o, const QString &csrf,
                   const FormErrors &errors)
{
    PageFrame f;
    f.title = QStringLiteral("Identiteit bevestigen met iDIN");
    f.logoutCsrf = csrf;
    QString b = errorSummary(errors);
    for (CustomerNotice n : o.notices) {
        if (n == CustomerNotice::IdinCancelled || n == CustomerNotice::IdinExpired
            || n == CustomerNotice::IdinFailed)
            b += notice(noticeText(n), QStringLiteral("warning"));
    }
    b += paragraph(
        QStringLiteral("Kies uw bank. U logt daar in om te bevestigen wie u bent en komt daarna hier terug "
                       "om te ondertekenen."));
    b += formStart(QStringLiteral("/idin"), csrf, true);
    const QString error = errors.fields.value(QStringLiteral("bank"));
    b += QStringLiteral("<label for=\"f-bank\">Uw bank</label>\n");
    if (!error.isEmpty())
        b += QStringLiteral("<p class=\"field-error\" id=\"f-bank-error\">%1</p>\n").arg(escape(error));
    b += QStringLiteral("<select id=\"f-bank\" name=\"bank\"%1>\n<option value=\"\">Kies uw bank</option>\n")
             .arg(error.isEmpty()
                      ? QString()
                      : QStringLiteral(" aria-invalid=\"true\" aria-describedby=\"f-bank-error\""));
    for (const IdinProvider::Bank &bank : banks)
        b += QStringLiteral("<option value=\"%1\">%2</option>\n").arg(escape(bank.id), escape(bank.name));
    b += QStringLiteral("</select>\n") + button(QStringLiteral("Volgende")) + QStringLiteral("\n</form>\n");
    f.body = b;
    return f;
}

PageFrame signingPage(const CustomerOverview &o, const QString &csrf, const QString &message)
{
    PageFrame f;
    f.title = QStringLiteral("Ondertekenen");
    f.logoutCsrf = csrf;
    QString b;
    if (!message.isEmpty())
        b += notice(message, QStringLiteral("error"));
    b += notice(QStringLiteral("Uw identiteit is bevestigd met iDIN."), QStringLiteral("success"));
    b += paragraph(
        QStringLiteral(
            "Met Ondertekenen zet u uw handtekening onder het contract van aanvraag %1 (versie %2).")
            .arg(o.reference)
            .arg(o.contractVersion));
    if (o.coApplicant)
        b += paragraph(QStringLiteral("De aanvraag is pas ondertekend als ook %1 heeft ondertekend.")
                           .arg(o.coApplicant->fullName));
    b += formStart(QStringLiteral("/ondertekenen"), csrf) + button(QStringLiteral("Ondertekenen"))
        + QStringLiteral("\n</form>\n");
    f.body = b;
    return f;
}

PageFrame signedPage(const CustomerOverview &o, const QString &csrf, int countdownSeconds)
{
    PageFrame f;
    f.title = QStringLiteral("U heeft ondertekend");
    f.logoutCsrf = csrf;
    f.refresh = QStringLiteral("%1;url=/overzicht").arg(countdownSeconds);
    QString b = notice(o.signing == SigningState::Signed ? QStringLiteral("Het contract is ondertekend.")
                                                         : noticeText(CustomerNotice::WaitingForCoApplicant),
                       QStringLiteral("success"));
    b += QStringLiteral(
             "<p>U gaat over <span class=\"countdown\" data-countdown=\"%1\" data-target=\"/overzicht\">%1"
             "</span> seconden terug naar het overzicht.</p>\n")
             .arg(countdownSeconds);
    b += QStringLiteral("<p>") + linkButton(QStringLiteral("Ok"), QStringLiteral("/overzicht"))
        + QStringLiteral("</p>\n");
    f.body = b;
    return f;
}

PageFrame identificationPage(const IdentificationView &v, const QString &csrf, const QString &message)
{
    PageFrame f;
    f.title = QStringLiteral("Identificatie");
    f.logoutCsrf = csrf;
    QString b;
    if (!message.isEmpty())
        b += notice(message, QStringLiteral("error"));
    const auto startForm = [&](const QString &label) {
        return formStart(QStringLiteral("/identificatie"), csrf) + button(label)
            + QStringLiteral("\n</form>\n");
    };
    const QString explain = QStringLiteral(
        "U identificeert zich met uw smartphone en de identificatie-app van de kredietverstrekker. Houd uw "
        "paspoort, identiteitskaart of verblijfsvergunning bij de hand; een rijbewijs wordt niet "
        "geaccepteerd. De "
        "sessie blijft 15 minuten actief.");
    using State = IdentificationSessions::State;
    if (v.overview.identification == IdentificationState::Done) {
        b += notice(QStringLiteral("Uw identiteit is vastgesteld."), QStringLiteral("success"));
        b += QStringLiteral("<p>")
            + linkButton(QStringLiteral("Terug naar overzicht"), QStringLiteral("/overzicht"))
            + QStringLiteral("</p>\n");
    } else if (!v.state || *v.state != State::Open) {
        if (v.state && *v.state == State::Expired)
            b += notice(QStringLiteral("De vorige sessie is na 15 minuten verlopen. Start een nieuwe."),
                        QStringLiteral("warning"));
        if (v.overview.identification == IdentificationState::Failed)
            b += notice(QStringLiteral("De identificatie is niet gelukt: %1 U kunt het opnieuw proberen.")
                            .arg(v.overview.identificationFailureReason),
                        QStringLiteral("warning"));
        b += paragraph(explain);
        b += startForm(QStringLiteral("Start identificatie"));
    } else {
        // An open session: the page looks again every few seconds (also without script).
        f.refresh = QStringLiteral("5");
        b += paragraph(
            QStringLiteral("Open de identificatie-app op uw smartphone met de link hieronder en volg de "
                           "stappen. Deze pagina ververst vanzelf."));
        b += QStringLiteral("<p>") + linkButton(QStringLiteral("Open de app"), v.appUrl)
            + QStringLiteral("</p>\n");
        b += QStringLiteral(
                 "<dl class=\"facts\"><dt>Actief tot</dt><dd>%1</dd><dt>Status</dt><dd>%2</dd></dl>\n")
                 .arg(dateTimeText(v.expiresAt),
                      !v.progress || !v.progress->documentType ? QStringLiteral("Wacht op de app")
                          : v.progress->chipRead               ? QStringLiteral("Chip gelezen (NFC)")
                          : v.progress->photoTaken             ? QStringLiteral("Foto gemaakt")
                                                   : QStringLiteral("Chip zoeken: %1 van 3 pogingen mislukt")
                                                         .arg(v.progress->chipAttempts));
        b += QStringLiteral("<p>")
            + linkButton(QStringLiteral("Vernieuwen"), QStringLiteral("/identificatie"),
                         QStringLiteral("secondary"))
            + QStringLiteral("</p>\n");
    }
    f.body = b;
    return f;
}

PageFrame problemPage(const QString &title, const QString &message, const QString &csrf,
                      const QString &backHref, const QString &backLabel)
{
    PageFrame f;
    f.title = title;
    f.logoutCsrf = csrf;
    f.body = notice(message, QStringLiteral("error")) + QStringLiteral("<p>")
        + linkButton(backLabel, backHref) + QStringLiteral("</p>\n");
    return f;
}

} // namespace dpdesk::server::web
