#pragma once

namespace dpdesk::server {

class Router;
struct ApiDeps;

// POST  /api/v1/applications                 create (Idempotency-Key)
// GET   /api/v1/applications?search=&limit=&offset=
// GET   /api/v1/applications/{id}            with ETag
// PATCH /api/v1/applications/{id}            editable fields (If-Match, Idempotency-Key)
// GET   /api/v1/applications/{id}/audit      who did what, when
void registerApplicationsApi(Router &router, ApiDeps &deps);

} // namespace dpdesk::server
