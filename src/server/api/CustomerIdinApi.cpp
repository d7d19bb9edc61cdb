#include "core/wire/CommonFields.h"
#include "core/wire/FieldReader.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/api/CustomerApi.h"
#include "server/api/CustomerApiJson.h"
#include "server/api/CustomerApiSupport.h"
#include "server/config/ServerConfig.h"
#include "server/customer/CustomerFlow.h"
#include "server/http/Router.h"

#include <QRegularExpression>

namespace dpdesk::server {

namespace {
constexpr TextRule kBankIdRule{TextKind::Token, 11}; // a BIC
constexpr TextRule kTransactionIdRule{TextKind::Token, 64};
constexpr TextRule kReturnPathRule{TextKind::Line, 200};

struct StartRequest
{
    QString bankId;
    QString returnPath;
};

StartRequest readStart(FieldReader &r)
{
    StartRequest s;
    s.bankId = r.string(u"bankId", kBankIdRule);
    s.returnPath = r.optionalString(u"returnPath", kReturnPathRule);
    // A path on this service only: the bank sends the customer there, so it
    // must not lead elsewhere (no scheme, no "//host").
    static const QRegularExpression path(QStringLiteral("^/(?!/)[A-Za-z0-9._~/%-]*$"));
    if (r.ok() && !s.returnPath.isEmpty() && !path.match(s.returnPath).hasMatch())
        r.fail(u"returnPath", QStringLiteral("json.invalid_value"),
               QStringLiteral("A path on this service, starting with one \"/\"."));
    if (s.returnPath.isEmpty())
        s.returnPath = QStringLiteral("/");
    return s;
}

template<typename T, typename Read>
Result<T> decode(ApiDeps &deps, const HttpRequest &req, Read read, std::optional<HttpResponse> *refusal)
{
    auto body = api::jsonBody(req, deps.config.maxBodyBytes);
    if (body.refusal) {
        *refusal = body.refusal;
        return Error{};
    }
    auto decoded = readWith<T>(body.object, {}, read);
    if (!decoded)
        *refusal = api::customerFail(decoded.error());
    return decoded;
}
} // namespace

void registerCustomerIdinApi(Router &router, ApiDeps &deps, CustomerSessions &sessions, CustomerFlow &flow)
{
    router.add("GET", QStringLiteral("/api/v1/customer/idin/banks"),
               api::customerAuthenticated(sessions, [&flow](HttpRequest &, const CustomerSession &) {
                   return api::jsonBytes(200, api::customerJson(flow.idinBanks()));
               }));

    router.add(
        "POST", QStringLiteral("/api/v1/customer/idin/start"),
        api::customerAuthenticated(sessions, [&deps, &flow](HttpRequest &req, const CustomerSession &s) {
            std::optional<HttpResponse> refusal;
            const auto request = decode<StartRequest>(deps, req, readStart, &refusal);
            if (refusal)
                return *refusal;
            const auto started = flow.startIdin(s, request->bankId,
                                                api::customerBaseUrl(deps.config, req) + request->returnPath);
            if (!started)
                return api::customerFail(flow, s, started.error());
            return api::jsonBytes(200, api::customerJson(started.value()));
        }));

    router.add(
        "POST", QStringLiteral("/api/v1/customer/idin/return"),
        api::customerAuthenticated(sessions, [&deps, &flow](HttpRequest &req, const CustomerSession &s) {
            std::optional<HttpResponse> refusal;
            const auto transactionId = decode<QString>(
                deps, req, [](FieldReader &r) { return r.string(u"transactionId", kTransactionIdRule); },
                &refusal);
            if (refusal)
                return *refusal;
            const auto returned = flow.idinReturned(s, transactionId.value());
            if (!returned)
                return api::customerFail(flow, s, returned.error());
            return api::jsonBytes(200, api::customerJson(returned.value()));
        }));
}

} // namespace dpdesk::server
