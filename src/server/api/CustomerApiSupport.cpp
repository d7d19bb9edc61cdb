#include "server/api/CustomerApiSupport.h"

#include "core/domain/ChecklistRules.h"
#include "core/wire/FieldReader.h"
#include "server/api/ApiSupport.h"
#include "server/customer/CustomerFlow.h"
#include "server/customer/CustomerTexts.h"

#include <QSet>

namespace dpdesk::server::api {

namespace {
bool isStepConflict(const QString &code)
{
    static const QSet<QString> codes{
        QString::fromLatin1(checklist_error::OutOfOrder),
        QString::fromLatin1(checklist_error::AlreadyDone),
        QString::fromLatin1(checklist_error::WaitingForOffice),
        QString::fromLatin1(checklist_error::IbanMissing),
        QString::fromLatin1(checklist_error::ApplicationComplete),
    };
    return codes.contains(code);
}
} // namespace

QString customerToken(const HttpRequest &request)
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

std::function<HttpResponse(HttpRequest &)> customerAuthenticated(CustomerSessions &sessions,
                                                                 CustomerHandler handler)
{
    return [&sessions, handler = std::move(handler)](HttpRequest &request) {
        const auto session = sessions.authenticate(customerToken(request));
        if (!session) {
            if (session.error().code.startsWith(QLatin1String("db.")))
                return fail(session.error());
            HttpResponse r = HttpResponse::error(401, session.error());
            r.setHeader("WWW-Authenticate", "Bearer");
            return r;
        }
        return handler(request, session.value());
    };
}

int customerStatusFor(const Error &error)
{
    const QString &c = error.code;
    if (isStepConflict(c) || c.startsWith(QLatin1String("conflict.")))
        return 409;
    if (c == QLatin1String("document.not_available") || c == QLatin1String("idin.unknown_transaction"))
        return 404;
    return statusFor(error);
}

HttpResponse customerFail(const Error &error)
{
    Error shown = error;
    shown.message = customerMessage(error);
    return HttpResponse::error(customerStatusFor(error), shown);
}

HttpResponse customerFail(CustomerFlow &flow, const CustomerSession &session, const Error &error)
{
    HttpResponse r = customerFail(error);
    if (!isStepConflict(error.code))
        return r;
    const auto overview = flow.overview(session);
    if (!overview)
        return r;
    QJsonObject body = QJsonDocument::fromJson(r.body).object();
    body.insert(QStringLiteral("currentStep"), enumToString(overview->currentStep));
    return HttpResponse::json(r.status, body);
}

HttpResponse jsonBytes(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.setHeader("Content-Type", "application/json");
    return r;
}

std::optional<HttpResponse> requireEmptyObject(const HttpRequest &request, qint64 maxBytes)
{
    auto body = jsonBody(request, maxBytes);
    if (body.refusal)
        return body.refusal;
    FieldReader reader(body.object);
    if (const Status s = reader.finish(); !s)
        return fail(s.error());
    return std::nullopt;
}

} // namespace dpdesk::server::api
