#include "server/documents/DocumentSnapshot.h"

#include "core/domain/LoanCost.h"
#include "core/wire/WireTime.h"

#include <QJsonArray>

namespace dpdesk::server {

namespace {

QJsonObject lenderJson(const LenderProfile &lender)
{
    return QJsonObject{{"name", lender.name},
                       {"address", lender.address},
                       {"registration", lender.registration},
                       {"licence", lender.licence},
                       {"privacyContact", lender.privacyContact}};
}

QJsonObject loanJson(const Application &a, int rateBasisPoints)
{
    const LoanCost cost = annuityCost(a.loanAmountCents, a.termMonths, rateBasisPoints);
    return QJsonObject{{"kind", enumToString(a.loanKind)},
                       {"amountCents", a.loanAmountCents},
                       {"termMonths", a.termMonths},
                       {"rateBasisPoints", rateBasisPoints},
                       {"monthlyPaymentCents", cost.monthlyPaymentCents},
                       {"totalPayableCents", cost.totalPayableCents},
                       {"creditCostCents", cost.creditCostCents}};
}

QJsonArray applicantsJson(const Application &a)
{
    QJsonArray out;
    for (const Applicant &applicant : a.applicants)
        out.append(QJsonObject{{"fullName", applicant.fullName},
                               {"dateOfBirth", formatWireDate(applicant.dateOfBirth)}});
    return out;
}

} // namespace

QJsonObject documentSnapshot(DocumentKind kind, const Application &application, const QString &officeName,
                             const LenderProfile &lender, int rateBasisPoints)
{
    QJsonObject s{{"lender", lenderJson(lender)}, {"office", QJsonObject{{"name", officeName}}}};
    switch (kind) {
    case DocumentKind::Esic:
        s.insert("loan", loanJson(application, rateBasisPoints));
        break;
    case DocumentKind::PrivacyStatement:
        break;
    case DocumentKind::ProvisionalAgreement:
        s.insert("applicationId", application.id);
        s.insert("loan", loanJson(application, rateBasisPoints));
        s.insert("applicants", applicantsJson(application));
        break;
    case DocumentKind::Contract:
        s.insert("applicationId", application.id);
        s.insert("contractVersion", application.contractVersion);
        s.insert("loan", loanJson(application, rateBasisPoints));
        s.insert("applicants", applicantsJson(application));
        s.insert("bankAccount",
                 QJsonObject{{"iban", application.iban}, {"accountHolder", application.accountHolder}});
        break;
    }
    return s;
}

} // namespace dpdesk::server
