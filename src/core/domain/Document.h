#pragma once

#include "core/domain/NamedEnum.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>

namespace dpdesk {

// The documents of an application (D1, S6, S9): the customer downloads the
// first three before "Akkoord" (D1) and signs the contract (S6-S9).
enum class DocumentKind {
    Esic, // European Standard Information on Consumer credit
    PrivacyStatement,
    ProvisionalAgreement, // "Voorlopige Overeenkomst"
    Contract, // with the applicants' details, the IBAN and the account holder (S4)
};

template<>
struct EnumNames<DocumentKind>
{
    static constexpr std::pair<DocumentKind, const char *> entries[] = {
        {DocumentKind::Esic, "esic"},
        {DocumentKind::PrivacyStatement, "privacy_statement"},
        {DocumentKind::ProvisionalAgreement, "provisional_agreement"},
        {DocumentKind::Contract, "contract"},
    };
};

// One version of one document of an application. Versions are numbered per
// kind from 1; a new version never replaces an old one: the old one stays
// downloadable, marked superseded (S5). The PDF itself is fetched
// separately; sha256 is its SHA-256 (lower-case hex), empty until the
// server has generated the PDF (it does so at the latest on the first
// download, and the audit trail records the hash then).
struct DocumentVersion
{
    QString id;
    QString applicationId;
    DocumentKind kind = DocumentKind::Contract;
    int version = 1;
    int contractVersion = 1; // the application's contract version it belongs to (S5)
    QDateTime createdAt; // UTC
    std::optional<QDateTime> supersededAt; // set once a newer version of the kind exists
    QString sha256; // empty until generated
    qint64 sizeBytes = 0; // 0 until generated
    std::optional<QDateTime> generatedAt;

    bool superseded() const { return supersededAt.has_value(); }
    bool generated() const { return !sha256.isEmpty(); }

    friend bool operator==(const DocumentVersion &, const DocumentVersion &) = default;
};

} // namespace dpdesk
