#pragma once

namespace dpdesk::server {

class Router;
struct ApiDeps;

// GET /api/v1/changes?after=<cursor>&limit=N (N 1..1000, default 500)
//  200 {changes: [ChangeRecord], nextCursor, hasMore}: every change the
//  caller may see, in one total order; deletes are tombstones.
//  410 changes.cursor_expired: the cursor is older than what is kept; start
//  again from 0.
void registerChangesApi(Router &router, ApiDeps &deps);

} // namespace dpdesk::server
