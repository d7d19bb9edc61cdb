#pragma once

#include "server/customer/CustomerOverview.h"
#include "server/customer/CustomerViews.h"
#include "server/customer/IdinProvider.h"

#include <QByteArray>

namespace dpdesk::server::api {

// The JSON bodies of the customer API's answers (schemas Customer* in
// docs/api/openapi.yaml), written straight to bytes (CompactJsonWriter):
// they are on every step of every customer. Texts for the customer are
// Dutch.
QByteArray customerJson(const CustomerOverview &overview);
QByteArray customerJson(const DocumentsView &view);
QByteArray customerJson(const QuestionsView &view);
QByteArray customerJson(const IbanView &view);
QByteArray customerJson(const ContractView &view);
QByteArray customerJson(const IdinStarted &started);
QByteArray customerJson(const IdinReturned &returned);
QByteArray customerJson(const IdentificationView &view);
QByteArray customerJson(const QList<IdinProvider::Bank> &banks); // {"banks": [...]}
// The app's progress alone (the sandbox phone's view embeds it).
QByteArray progressJson(const IdentificationProvider::Progress &progress);

// Where a document is downloaded.
QString documentPath(DocumentKind kind);

} // namespace dpdesk::server::api
