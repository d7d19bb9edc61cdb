#include "core/wire/CommonFields.h"
#include "core/wire/CompactJsonWriter.h"
#include "core/wire/FieldReader.h"
#include "core/wire/WireTime.h"
#include "server/Logging.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/api/CustomerApi.h"
#include "server/api/CustomerApiJson.h"
#include "server/api/CustomerApiSupport.h"
#include "server/api/WriteTransaction.h"
#include "server/config/ServerConfig.h"
#include "server/customer/CustomerFlow.h"
#include "server/customer/SandboxIdentificationProvider.h"
#include "server/customer/SandboxIdinProvider.h"
#include "server/http/Router.h"

namespace dpdesk::server {

namespace {
int sandboxStatus(const Error &e)
{
    const QString &c = e.code;
    if (c == QLatin1String("not_found"))
        return 404;
    if (c == QLatin1String("identification.session_expired"))
        return 410;
    if (c == QLatin1String("sandbox.transaction_closed") || c == QLatin1String("identification.finished")
        || c == QLatin1String("identification.document_read")
        || c == QLatin1String("identification.document_first")
        || c == QLatin1String("identification.chip_attempts_used")
        || c == QLatin1String("identification.photo_not_yet")
        || c == QLatin1String("identification.nothing_read"))
        return 409;
    return api::statusFor(e);
}

HttpResponse sandboxFail(const Error &e)
{
    return HttpResponse::error(sandboxStatus(e), e);
}

template<typename T, typename Read>
std::optional<HttpResponse> decode(ApiDeps &deps, const HttpRequest &req, Read read, T *out)
{
    auto body = api::jsonBody(req, deps.config.maxBodyBytes);
    if (body.refusal)
        return body.refusal;
    auto decoded = readWith<T>(body.object, {}, read);
    if (!decoded)
        return api::fail(decoded.error());
    *out = decoded.value();
    return std::nullopt;
}

QJsonObject bankJson(const SandboxIdinProvider::BankView &v)
{
    return QJsonObject{{"transactionId", v.transactionId},
                       {"bank", QJsonObject{{"id", v.bank.id}, {"name", v.bank.name}}},
                       {"status", enumToString(v.status)},
                       {"expiresAt", formatWireTime(v.expiresAt)}};
}

QByteArray phoneJson(const SandboxIdentificationProvider::PhoneView &v)
{
    CompactJsonWriter w;
    w.beginObject();
    w.key("sessionId");
    w.string(v.sessionId);
    w.key("expiresAt");
    w.wireTime(v.expiresAt);
    w.key("expired");
    w.boolean(v.expired);
    w.key("maxChipAttempts");
    w.integer(SandboxIdentificationProvider::kMaxChipAttempts);
    w.key("chipSearchSeconds");
    w.integer(SandboxIdentificationProvider::kChipSearchSeconds);
    w.key("progress");
    w.raw(api::progressJson(v.progress));
    w.endObject();
    return w.take();
}

struct FinishRequest
{
    bool success = false;
    QString reason;
};

// The sandbox's own state is a separate system (the bank, the app): each
// action is its own transaction, as a call to the provider would be.
using PhoneAction = std::function<Result<SandboxIdentificationProvider::PhoneView>()>;
HttpResponse phoneAct(ApiDeps &deps, CustomerFlow &flow, const HttpRequest &req, const PhoneAction &action)
{
    bool finished = false;
    HttpResponse r = runWrite(deps.db, deps.onCommit, [&](WriteEffects &) {
        const auto view = action();
        if (!view)
            return sandboxFail(view.error());
        finished = view->progress.outcome != IdentificationProvider::Outcome::Pending;
        return api::jsonBytes(200, phoneJson(view.value()));
    });
    if (finished) {
        // The provider's webhook: the result reaches the applicant (and the
        // office) now, not only when the customer's page asks.
        const QString id = req.param(QStringLiteral("sessionId"));
        if (const Status s = flow.identificationChanged(id); !s)
            qCWarning(lcServer) << "identification result not applied yet:" << s.error().code;
    }
    return r;
}
} // namespace

void registerSandboxApi(Router &router, ApiDeps &deps, SandboxIdinProvider &bank,
                        SandboxIdentificationProvider &phone, CustomerFlow &flow)
{
    // --- the bank (S7) ---
    router.add("GET", QStringLiteral("/api/v1/sandbox/idin/{transactionId}"), [&bank](HttpRequest &req) {
        const auto view = bank.view(req.param(QStringLiteral("transactionId")));
        if (!view)
            return api::notFound();
        return HttpResponse::json(200, bankJson(*view));
    });
    router.add(
        "POST", QStringLiteral("/api/v1/sandbox/idin/{transactionId}"), [&deps, &bank](HttpRequest &req) {
            IdinStatus outcome = IdinStatus::Open;
            if (auto refused = decode<IdinStatus>(
                    deps, req, [](FieldReader &r) { return r.enumValue<IdinStatus>(u"outcome"); }, &outcome))
                return *refused;
            return runWrite(deps.db, deps.onCommit, [&](WriteEffects &) {
                const auto redirect = bank.decide(req.param(QStringLiteral("transactionId")), outcome);
                if (!redirect)
                    return sandboxFail(redirect.error());
                return HttpResponse::json(
                    200, QJsonObject{{"status", enumToString(outcome)}, {"redirectUrl", redirect.value()}});
            });
        });

    // --- the phone app (I1-I4) ---
    const QString app = QStringLiteral("/api/v1/sandbox/identification/{sessionId}");
    router.add("GET", app, [&phone](HttpRequest &req) {
        const auto view = phone.view(req.param(QStringLiteral("sessionId")));
        if (!view)
            return sandboxFail(view.error());
        return api::jsonBytes(200, phoneJson(view.value()));
    });
    router.add("POST", app + QStringLiteral("/document"), [&deps, &phone, &flow](HttpRequest &req) {
        IdDocumentType type = IdDocumentType::Passport;
        if (auto refused = decode<IdDocumentType>(
                deps, req, [](FieldReader &r) { return r.enumValue<IdDocumentType>(u"documentType"); },
                &type))
            return *refused;
        return phoneAct(deps, flow, req,
                        [&] { return phone.chooseDocument(req.param(QStringLiteral("sessionId")), type); });
    });
    router.add("POST", app + QStringLiteral("/chip"), [&deps, &phone, &flow](HttpRequest &req) {
        bool found = false;
        if (auto refused = decode<bool>(
                deps, req, [](FieldReader &r) { return r.boolean(u"found"); }, &found))
            return *refused;
        return phoneAct(deps, flow, req,
                        [&] { return phone.searchChip(req.param(QStringLiteral("sessionId")), found); });
    });
    router.add("POST", app + QStringLiteral("/photo"), [&deps, &phone, &flow](HttpRequest &req) {
        bool none = false;
        if (auto refused = decode<bool>(
                deps, req, [](FieldReader &) { return true; }, &none))
            return *refused;
        return phoneAct(deps, flow, req,
                        [&] { return phone.takePhoto(req.param(QStringLiteral("sessionId"))); });
    });
    router.add("POST", app + QStringLiteral("/finish"), [&deps, &phone, &flow](HttpRequest &req) {
        FinishRequest f;
        if (auto refused = decode<FinishRequest>(
                deps, req,
                [](FieldReader &r) {
                    FinishRequest out;
                    const QString result = r.string(u"result", TextRule{TextKind::Token, 10});
                    if (r.ok() && result != QLatin1String("done") && result != QLatin1String("failed"))
                        r.fail(u"result", QStringLiteral("json.invalid_enum"),
                               QStringLiteral("Must be one of: done, failed."));
                    out.success = result == QLatin1String("done");
                    out.reason = r.optionalString(u"reason", kFreeTextRule);
                    return out;
                },
                &f))
            return *refused;
        return phoneAct(deps, flow, req, [&] {
            return phone.finish(req.param(QStringLiteral("sessionId")), f.success, f.reason);
        });
    });
}

} // namespace dpdesk::server
