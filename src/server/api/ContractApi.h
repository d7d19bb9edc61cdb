#pragma once

namespace dpdesk::server {

class Router;
struct ApiDeps;

// A new contract for an application that is not complete yet (S5). Both
// need If-Match (428 without) and an Idempotency-Key; 409
// conflict.application_complete once every applicant signed and identified.
//
// PUT  /api/v1/applications/{id}/bank-account {iban, accountHolder}
//      the DP Portaal way: the bank account changes and a new contract is in
//      place; every applicant goes through all steps again, with the same
//      link or code -> 200 the application
// POST /api/v1/applications/{id}/new-signing {kind: link|code, expiresInDays?}
//      the Maex way ("status klant" again): a new contract and a new
//      invitation for every applicant; the old links and codes stop working
//      -> 201 {application, invitations: [{applicantId, invitation, code |
//      link+linkToken}]}, the secrets in this answer only
void registerContractApi(Router &router, ApiDeps &deps);

} // namespace dpdesk::server
