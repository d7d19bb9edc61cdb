#pragma once

namespace dpdesk::server {

class Router;
struct ApiDeps;

// POST /api/v1/applications/{id}/applicants/{applicantId}/invitations
//      {kind: link|code, expiresInDays?} -> 201 {invitation, code | link+linkToken}    (C1)
// POST /api/v1/applications/{id}/applicants/{applicantId}/invitations/replace
//      delete and create new: the old one stops working at once, same body         (C6)
// The code or link is in this one answer only; the server keeps a keyed hash.
void registerInvitationsApi(Router &router, ApiDeps &deps);

} // namespace dpdesk::server
