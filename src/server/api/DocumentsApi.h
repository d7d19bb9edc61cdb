#pragma once

namespace dpdesk::server {

class Router;
struct ApiDeps;

// The documents of an application (D1, S5, S6) for the office.
// GET /api/v1/applications/{id}/documents
//     -> {items: [DocumentVersion]} every version, superseded ones included
// GET /api/v1/applications/{id}/documents/{documentId}
//     -> the PDF (application/pdf), generated on the first request
void registerDocumentsApi(Router &router, ApiDeps &deps);

} // namespace dpdesk::server
