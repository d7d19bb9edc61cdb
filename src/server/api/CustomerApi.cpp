#include "server/api/CustomerApi.h"

#include "core/wire/ApplicantJson.h"
#include "core/wire/CommonFields.h"
#include "core/wire/FieldReader.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/api/CustomerApiJson.h"
#include "server/api/CustomerApiSupport.h"
#include "server/config/ServerConfig.h"
#include "server/customer/CustomerFlow.h"
#include "server/http/Router.h"

namespace dpdesk::server {

namespace {
constexpr TextRule kShownIbanRule{TextKind::Line, 42}; // the print form has spaces

template<typename T>
HttpResponse answer(CustomerFlow &flow, const CustomerSession &session, const Result<T> &result)
{
    if (!result)
        return api::customerFail(flow, session, result.error());
    return api::jsonBytes(200, api::customerJson(result.value()));
}

// A route with a JSON body read by read(FieldReader &) -> T, then flow work.
template<typename T, typename Read, typename Work>
HttpResponse withBody(ApiDeps &deps, const HttpRequest &req, Read read, Work work)
{
    auto body = api::jsonBody(req, deps.config.maxBodyBytes);
    if (body.refusal)
        return *body.refusal;
    auto decoded = readWith<T>(body.object, {}, read);
    if (!decoded)
        return api::customerFail(decoded.error());
    return work(decoded.value());
}
} // namespace

void registerCustomerApi(Router &router, ApiDeps &deps, CustomerSessions &sessions, CustomerFlow &flow)
{
    using api::customerAuthenticated;
    const auto empty = [&deps](const HttpRequest &req) {
        return api::requireEmptyObject(req, deps.config.maxBodyBytes);
    };

    router.add("POST", QStringLiteral("/api/v1/customer/logout"),
               customerAuthenticated(sessions, [&sessions](HttpRequest &, const CustomerSession &s) {
                   if (const Status ended = sessions.end(s); !ended)
                       return api::fail(ended.error());
                   return HttpResponse::noContent();
               }));

    router.add("GET", QStringLiteral("/api/v1/customer/overview"),
               customerAuthenticated(sessions, [&flow](HttpRequest &, const CustomerSession &s) {
                   return answer(flow, s, flow.overview(s));
               }));

    router.add("GET", QStringLiteral("/api/v1/customer/documents"),
               customerAuthenticated(sessions, [&flow](HttpRequest &, const CustomerSession &s) {
                   return answer(flow, s, flow.documents(s));
               }));

    router.add("GET", QStringLiteral("/api/v1/customer/documents/{kind}"),
               customerAuthenticated(sessions, [&flow](HttpRequest &req, const CustomerSession &s) {
                   const auto kind = enumFromString<DocumentKind>(req.param(QStringLiteral("kind")));
                   if (!kind)
                       return api::notFound();
                   const auto doc = flow.document(s, *kind);
                   if (!doc)
                       return api::customerFail(flow, s, doc.error());
                   HttpResponse r;
                   r.status = 200;
                   r.body = doc->content;
                   r.setHeader("Content-Type", doc->mimeType);
                   r.setHeader("Content-Disposition",
                               "attachment; filename=\"" + doc->fileName.toLatin1() + '"');
                   return r;
               }));

    router.add("POST", QStringLiteral("/api/v1/customer/documents/accept"),
               customerAuthenticated(sessions, [&flow, empty](HttpRequest &req, const CustomerSession &s) {
                   if (auto refused = empty(req))
                       return *refused;
                   return answer(flow, s, flow.acceptDocuments(s));
               }));

    router.add("GET", QStringLiteral("/api/v1/customer/questions"),
               customerAuthenticated(sessions, [&flow](HttpRequest &, const CustomerSession &s) {
                   return answer(flow, s, flow.questions(s));
               }));

    router.add("POST", QStringLiteral("/api/v1/customer/questions"),
               customerAuthenticated(sessions, [&deps, &flow](HttpRequest &req, const CustomerSession &s) {
                   return withBody<SigningAnswers>(
                       deps, req, readSigningAnswers,
                       [&](const SigningAnswers &a) { return answer(flow, s, flow.answerQuestions(s, a)); });
               }));

    router.add("GET", QStringLiteral("/api/v1/customer/iban"),
               customerAuthenticated(sessions, [&flow](HttpRequest &, const CustomerSession &s) {
                   return answer(flow, s, flow.iban(s));
               }));

    router.add("POST", QStringLiteral("/api/v1/customer/iban/confirm"),
               customerAuthenticated(sessions, [&deps, &flow](HttpRequest &req, const CustomerSession &s) {
                   return withBody<QString>(
                       deps, req, [](FieldReader &r) { return r.string(u"iban", kShownIbanRule); },
                       [&](const QString &iban) { return answer(flow, s, flow.confirmIban(s, iban)); });
               }));

    router.add("GET", QStringLiteral("/api/v1/customer/contract"),
               customerAuthenticated(sessions, [&flow](HttpRequest &, const CustomerSession &s) {
                   return answer(flow, s, flow.contract(s));
               }));

    router.add(
        "POST", QStringLiteral("/api/v1/customer/contract/refuse"),
        customerAuthenticated(sessions, [&deps, &flow](HttpRequest &req, const CustomerSession &s) {
            return withBody<QString>(
                deps, req, [](FieldReader &r) { return r.string(u"reason", kFreeTextRule); },
                [&](const QString &reason) { return answer(flow, s, flow.refuseContract(s, reason)); });
        }));

    router.add("POST", QStringLiteral("/api/v1/customer/sign"),
               customerAuthenticated(sessions, [&flow, empty](HttpRequest &req, const CustomerSession &s) {
                   if (auto refused = empty(req))
                       return *refused;
                   return answer(flow, s, flow.sign(s));
               }));
}

} // namespace dpdesk::server
