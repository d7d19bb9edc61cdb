#pragma once

#include <QByteArray>

namespace dpdesk::server {

class Router;
class CustomerFlow;
class SandboxIdinProvider;
class SandboxIdentificationProvider;
struct ApiDeps;

// The sandbox's own web pages, standing in for the outside world in the
// browser: the bank of iDIN (S7) at /sandbox/bank/{transactionId}, where the
// customer "logs in" and the tester picks success, cancelled, expired or
// failure; and the identification app (I1-I4) at /sandbox/app/{sessionId},
// played on a phone or beside the customer page: document type, chip
// searches, the manual photo, and the green or red result. Clearly marked as
// a sandbox. The JSON twins are in api/SandboxApi.
void registerSandboxPages(Router &router, ApiDeps &deps, SandboxIdinProvider &bank,
                          SandboxIdentificationProvider &phone, CustomerFlow &flow,
                          const QByteArray &secretKey);

} // namespace dpdesk::server
