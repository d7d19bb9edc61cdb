#include "server/customer/ConfirmationMail.h"

namespace dpdesk::server {

MailMessage confirmationMail(const Application &application, const Applicant &to)
{
    MailMessage m;
    m.toAddress = to.email;
    m.toName = to.fullName;
    m.subject = QStringLiteral("Uw kredietovereenkomst is ondertekend");
    const bool two = application.applicants.size() > 1;
    m.body = QStringLiteral("Beste %1,\n"
                            "\n"
                            "%2 kredietovereenkomst met referentie %3 (contractversie %4) is digitaal "
                            "ondertekend. De documenten zijn geaccepteerd, de ondertekening is afgerond en "
                            "de identificatie is gelukt.\n"
                            "\n"
                            "U kunt de documenten en het ondertekende contract downloaden zolang u bent "
                            "ingelogd op de pagina Kredietaanvraag afronden.\n"
                            "\n"
                            "Heeft u vragen? Neem dan contact op met uw tussenpersoon.\n"
                            "\n"
                            "Met vriendelijke groet,\n"
                            "DP Desk\n")
                 .arg(to.fullName, two ? QStringLiteral("Uw gezamenlijke") : QStringLiteral("Uw"),
                      application.reference, QString::number(application.contractVersion));
    return m;
}

} // namespace dpdesk::server
