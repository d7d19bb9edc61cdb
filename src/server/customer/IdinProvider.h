#pragma once

#include "core/Result.h"
#include "core/domain/Enums.h"

#include <QList>
#include <QString>

namespace dpdesk::server {

// S7: iDIN, the Dutch banks' identity confirmation, behind an interface. The
// sandbox (SandboxIdinProvider) stands in for the banks; a real provider (an
// iDIN acquiring bank) implements the same three calls of the iDIN protocol:
// the issuer directory, the transaction request that answers with the bank's
// address, and the status request after the customer comes back. Statuses
// are iDIN's own: open, pending, success, cancelled, expired, failure.
class IdinProvider
{
public:
    struct Bank
    {
        QString id; // the issuer id (the bank's BIC)
        QString name; // as the customer knows it
    };
    struct Transaction
    {
        QString id; // the transaction id; comes back as ?trxid=
        QString redirectUrl; // where the customer confirms at the bank
    };

    virtual ~IdinProvider() = default;

    // The issuer directory, in the order to show.
    virtual QList<Bank> banks() const = 0;
    // Starts a transaction at the bank; after it the bank sends the customer
    // to returnUrl with "?trxid=<id>" added. Error codes idin.*.
    virtual Result<Transaction> start(const QString &bankId, const QString &returnUrl) = 0;
    // The transaction's status now; idin.unknown_transaction for an id the
    // provider does not know.
    virtual Result<IdinStatus> status(const QString &transactionId) = 0;
};

namespace idin_error {
inline constexpr char UnknownBank[] = "idin.unknown_bank";
inline constexpr char UnknownTransaction[] = "idin.unknown_transaction";
inline constexpr char ProviderUnavailable[] = "idin.provider_unavailable";
} // namespace idin_error

// True for the four statuses that end a transaction.
inline bool isFinal(IdinStatus status)
{
    return status != IdinStatus::Open && status != IdinStatus::Pending;
}

} // namespace dpdesk::server
