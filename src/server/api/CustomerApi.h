#pragma once

namespace dpdesk::server {

class CustomerFlow;
class CustomerSessions;
class Router;
class SandboxIdentificationProvider;
class SandboxIdinProvider;
struct ApiDeps;

// The customer's JSON API, on a session of POST /api/v1/customer/login
// ("Authorization: Bearer <sessionToken>"; 401 auth.session_* without one).
// Every route acts on the session's own applicant; there are no ids of
// applications or applicants in the paths. Bodies of POSTs are strict JSON
// objects ({} when there is nothing to send). A step out of order is 409
// with "currentStep". The handlers only decode and encode: the work is in
// CustomerFlow, which the web pages call directly.
//
// CustomerApi.cpp:
//   POST /api/v1/customer/logout              the session ends
//   GET  /api/v1/customer/overview            D2, S9, I5: steps with ticks, current step, notices
//   GET  /api/v1/customer/documents           D1: the documents to download, accepted or not
//   GET  /api/v1/customer/documents/{kind}    D1: one document (404 document.not_available for now)
//   POST /api/v1/customer/documents/accept    D1, D2: "Akkoord"
//   GET  /api/v1/customer/questions           S1: details, questions, sectors, answers given
//   POST /api/v1/customer/questions           S1-S3: the four answers ("no" on details: S2)
//   GET  /api/v1/customer/iban                S4: the IBAN to confirm
//   POST /api/v1/customer/iban/confirm        S4 {iban}: the IBAN as shown
//   GET  /api/v1/customer/contract            S6: the contract's terms
//   POST /api/v1/customer/contract/refuse     S6 {reason}: "Niet akkoord"
//   POST /api/v1/customer/sign                S8, S9: "Ondertekenen"
void registerCustomerApi(Router &router, ApiDeps &deps, CustomerSessions &sessions, CustomerFlow &flow);

// CustomerIdinApi.cpp (S7):
//   GET  /api/v1/customer/idin/banks          the banks to choose from
//   POST /api/v1/customer/idin/start          {bankId, returnPath?}: accept the contract, go to the bank
//   POST /api/v1/customer/idin/return         {transactionId}: back from the bank, status recorded
void registerCustomerIdinApi(Router &router, ApiDeps &deps, CustomerSessions &sessions, CustomerFlow &flow);

// CustomerIdentificationApi.cpp (I1-I4):
//   POST /api/v1/customer/identification/start   a 15-minute session for the phone app
//   GET  /api/v1/customer/identification         the session's state; applies the result or expiry
void registerCustomerIdentificationApi(Router &router, ApiDeps &deps, CustomerSessions &sessions,
                                       CustomerFlow &flow);

// SandboxApi.cpp: the sandbox bank (S7) and the sandbox phone app (I1-I4).
// No session: the unguessable transaction or session id is the key, as the
// bank's page or the app would have it.
//   GET  /api/v1/sandbox/idin/{transactionId}                       the bank's view
//   POST /api/v1/sandbox/idin/{transactionId}                       {outcome}: the bank decides
//   GET  /api/v1/sandbox/identification/{sessionId}                 the app's view
//   POST /api/v1/sandbox/identification/{sessionId}/document        {documentType} (I1)
//   POST /api/v1/sandbox/identification/{sessionId}/chip            {found}: one chip search (I3)
//   POST /api/v1/sandbox/identification/{sessionId}/photo           {}: the manual photo (I3)
//   POST /api/v1/sandbox/identification/{sessionId}/finish          {result, reason?} (I4)
void registerSandboxApi(Router &router, ApiDeps &deps, SandboxIdinProvider &bank,
                        SandboxIdentificationProvider &phone, CustomerFlow &flow);

} // namespace dpdesk::server
