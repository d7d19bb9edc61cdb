#pragma once

#include "core/domain/Application.h"
#include "core/domain/NamedEnum.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>

namespace dpdesk::server {

// The documents a customer downloads (D1, S9, I5).
enum class CustomerDocumentKind {
    Esic, // D1: European Standard Information on Consumer credit
    PrivacyStatement, // D1
    ProvisionalAgreement, // D1: Voorlopige Overeenkomst
    Contract // S6 to view, S9 signed
};

} // namespace dpdesk::server

namespace dpdesk {
template<>
struct EnumNames<server::CustomerDocumentKind>
{
    static constexpr std::pair<server::CustomerDocumentKind, const char *> entries[] = {
        {server::CustomerDocumentKind::Esic, "esic"},
        {server::CustomerDocumentKind::PrivacyStatement, "privacy_statement"},
        {server::CustomerDocumentKind::ProvisionalAgreement, "provisional_agreement"},
        {server::CustomerDocumentKind::Contract, "contract"},
    };
};
} // namespace dpdesk

namespace dpdesk::server {

struct CustomerDocument
{
    QByteArray content;
    QByteArray mimeType = "application/pdf";
    QString fileName; // "esic-REF-1.pdf"
};

// Where the documents come from: the PDFs of an application at its current
// contract version. The portal's document generator implements it; until it
// is wired in, NoDocuments answers that none is available yet (the customer
// can still accept, D1, and the routes stay in place).
class DocumentSource
{
public:
    virtual ~DocumentSource() = default;
    virtual bool available(const Application &application, CustomerDocumentKind kind) = 0;
    virtual std::optional<CustomerDocument> document(const Application &application,
                                                     CustomerDocumentKind kind) = 0;
};

class NoDocuments final : public DocumentSource
{
public:
    bool available(const Application &, CustomerDocumentKind) override { return false; }
    std::optional<CustomerDocument> document(const Application &, CustomerDocumentKind) override
    {
        return std::nullopt;
    }
};

} // namespace dpdesk::server
