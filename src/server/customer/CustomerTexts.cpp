#include "server/customer/CustomerTexts.h"

#include "core/domain/ChecklistRules.h"
#include "core/domain/SigningAnswers.h"

#include <QHash>

namespace dpdesk::server {

QString noticeText(CustomerNotice notice)
{
    switch (notice) {
    case CustomerNotice::DetailsWrong:
        return QStringLiteral("U heeft aangegeven dat uw gegevens niet kloppen. Deze gegevens staan in het "
                              "contract en u kunt ze niet zelf aanpassen. Neem contact op met uw "
                              "tussenpersoon; die heeft hierover bericht gekregen.");
    case CustomerNotice::ContractRefused:
        return QStringLiteral("U bent niet akkoord gegaan met het contract. Uw tussenpersoon heeft uw reden "
                              "ontvangen en neemt contact met u op.");
    case CustomerNotice::WaitingForCoApplicant:
        return QStringLiteral("U heeft ondertekend. De aanvraag wacht tot de andere aanvrager ook heeft "
                              "ondertekend.");
    case CustomerNotice::CoApplicantSigned:
        return QStringLiteral("De andere aanvrager heeft al ondertekend en wacht op u.");
    case CustomerNotice::CoApplicantRefused:
        return QStringLiteral("De andere aanvrager is niet akkoord gegaan met het contract. De aanvraag kan "
                              "daarom nu niet worden afgerond. Uw tussenpersoon neemt contact met u op.");
    case CustomerNotice::CoApplicantDetailsWrong:
        return QStringLiteral(
            "Volgens de andere aanvrager kloppen zijn of haar gegevens niet. De aanvraag kan "
            "pas verder als de tussenpersoon dit heeft aangepast.");
    case CustomerNotice::IdinCancelled:
        return QStringLiteral("U heeft iDIN bij uw bank afgebroken. Kies opnieuw uw bank om verder te gaan.");
    case CustomerNotice::IdinExpired:
        return QStringLiteral("De iDIN-sessie bij uw bank is verlopen. Kies opnieuw uw bank om verder te "
                              "gaan.");
    case CustomerNotice::IdinFailed:
        return QStringLiteral(
            "iDIN bij uw bank is niet gelukt. Probeer het opnieuw, eventueel met een andere "
            "bank.");
    case CustomerNotice::IdentificationFailed:
        return QStringLiteral("De identificatie is niet gelukt. U kunt het opnieuw proberen; uw "
                              "tussenpersoon is op de hoogte.");
    case CustomerNotice::FinishedWaitingForCoApplicant:
        return QStringLiteral("U heeft al uw stappen afgerond. De aanvraag wacht nog op de andere "
                              "aanvrager.");
    case CustomerNotice::ApplicationComplete:
        return QStringLiteral("Alle stappen zijn afgerond: de documenten, de ondertekening en de "
                              "identificatie. U ontvangt een bevestiging per e-mail. U kunt alle documenten "
                              "hier opnieuw downloaden.");
    }
    return {};
}

QString questionText(int index)
{
    switch (index) {
    case 0:
        return QStringLiteral("Zijn uw persoonsgegevens juist?");
    case 1:
        return QStringLiteral("Woont u in Nederland?");
    case 2:
        return QStringLiteral("Werkt u in, of heeft u inkomen uit, een van de onderstaande sectoren?");
    case 3:
        return QStringLiteral("Bent u een politiek prominent persoon (PEP), of een familielid of naaste "
                              "medewerker van een PEP?");
    default:
        return {};
    }
}

QString customerMessage(const Error &error)
{
    static const QHash<QString, QString> texts{
        {QString::fromLatin1(checklist_error::OutOfOrder), QStringLiteral("Rond eerst de vorige stap af.")},
        {QString::fromLatin1(checklist_error::AlreadyDone), QStringLiteral("Deze stap is al afgerond.")},
        {QString::fromLatin1(checklist_error::WaitingForOffice),
         QStringLiteral("U kunt nu niet verder. Uw tussenpersoon neemt contact met u op.")},
        {QString::fromLatin1(checklist_error::IbanMissing),
         QStringLiteral("Uw tussenpersoon heeft uw rekeningnummer nog niet ingevuld. Neem contact met hem of "
                        "haar op.")},
        {QString::fromLatin1(checklist_error::ReasonRequired),
         QStringLiteral("Geef aan waarom u niet akkoord gaat.")},
        {QString::fromLatin1(checklist_error::DocumentNotAccepted),
         QStringLiteral("Een rijbewijs wordt niet geaccepteerd. Gebruik uw paspoort, identiteitskaart of "
                        "verblijfsvergunning.")},
        {QString::fromLatin1(checklist_error::ApplicationComplete),
         QStringLiteral("De aanvraag is al afgerond.")},
        {QString::fromLatin1(answer_error::ExplanationRequired), QStringLiteral("Geef een toelichting.")},
        {QString::fromLatin1(answer_error::SectorRequired), QStringLiteral("Kies minimaal één sector.")},
        {QString::fromLatin1(answer_error::NotExpected),
         QStringLiteral("Een toelichting of sector hoort alleen bij het antwoord ja.")},
        {QStringLiteral("answers.unknown_sector"), QStringLiteral("Kies een sector uit de lijst.")},
        {QStringLiteral("conflict.iban_changed"),
         QStringLiteral("Het rekeningnummer is intussen gewijzigd. Bekijk het opnieuw.")},
        {QStringLiteral("idin.unknown_bank"), QStringLiteral("Kies een bank uit de lijst.")},
    };
    return texts.value(error.code, error.message);
}

} // namespace dpdesk::server
