#pragma once

#include "core/domain/Application.h"
#include "core/domain/Document.h"
#include "server/documents/LenderProfile.h"

#include <QJsonObject>

namespace dpdesk::server {

// What one version of a document shows, fixed when the version is made and
// stored with it, so that the PDF of that version is always the same text
// however the application changes later. Plain JSON:
//   lender {name, address, registration, licence, privacyContact},
//   office {name},
//   and by kind:
//   esic: loan {kind, amountCents, termMonths, rateBasisPoints,
//         monthlyPaymentCents, totalPayableCents, creditCostCents};
//   privacy_statement: nothing more;
//   provisional_agreement: applicationId, loan, applicants [{fullName,
//         dateOfBirth}];
//   contract: applicationId, contractVersion, loan, applicants,
//         bankAccount {iban, accountHolder} (S4; empty strings when the
//         office has not filled it in).
// The rate comes from rateBasisPoints (see DocumentService: an application
// keeps the rate of its first documents).
QJsonObject documentSnapshot(DocumentKind kind, const Application &application, const QString &officeName,
                             const LenderProfile &lender, int rateBasisPoints);

} // namespace dpdesk::server
