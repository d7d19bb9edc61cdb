#include "server/api/ApiDeps.h"
#include "server/api/CustomerApi.h"
#include "server/api/CustomerApiJson.h"
#include "server/api/CustomerApiSupport.h"
#include "server/config/ServerConfig.h"
#include "server/customer/CustomerFlow.h"
#include "server/http/Router.h"

namespace dpdesk::server {

void registerCustomerIdentificationApi(Router &router, ApiDeps &deps, CustomerSessions &sessions,
                                       CustomerFlow &flow)
{
    router.add(
        "POST", QStringLiteral("/api/v1/customer/identification/start"),
        api::customerAuthenticated(sessions, [&deps, &flow](HttpRequest &req, const CustomerSession &s) {
            if (auto refused = api::requireEmptyObject(req, deps.config.maxBodyBytes))
                return *refused;
            const auto view = flow.startIdentification(s);
            if (!view)
                return api::customerFail(flow, s, view.error());
            return api::jsonBytes(200, api::customerJson(view.value()));
        }));

    router.add("GET", QStringLiteral("/api/v1/customer/identification"),
               api::customerAuthenticated(sessions, [&flow](HttpRequest &, const CustomerSession &s) {
                   const auto view = flow.identification(s);
                   if (!view)
                       return api::customerFail(flow, s, view.error());
                   return api::jsonBytes(200, api::customerJson(view.value()));
               }));
}

} // namespace dpdesk::server
