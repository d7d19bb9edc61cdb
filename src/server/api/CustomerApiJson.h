#pragma once

#include "server/customer/CustomerOverview.h"
#include "server/customer/CustomerViews.h"
#include "server/customer/IdinProvider.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dpdesk::server::api {

// The JSON of the customer API's answers (schemas Customer* in
// docs/api/openapi.yaml). Texts for the customer are Dutch.
QJsonObject toJson(const CustomerOverview &overview);
QJsonObject toJson(const DocumentsView &view);
QJsonObject toJson(const QuestionsView &view);
QJsonObject toJson(const IbanView &view);
QJsonObject toJson(const ContractView &view);
QJsonObject toJson(const IdinStarted &started);
QJsonObject toJson(const IdinReturned &returned);
QJsonObject toJson(const IdentificationView &view);
QJsonObject toJson(const IdentificationProvider::Progress &progress);
QJsonArray toJson(const QList<IdinProvider::Bank> &banks);

// Where a document is downloaded.
QString documentPath(CustomerDocumentKind kind);

} // namespace dpdesk::server::api
