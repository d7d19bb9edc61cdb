#pragma once

#include "core/time/Clock.h"
#include "server/customer/IdinProvider.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace dpdesk::server {

class Database;

// The sandbox "bank" for iDIN (S7): transactions live in the table
// sandbox_idin, so every instance on one database sees them. The bank's page
// (web/SandboxPages: /sandbox/bank/{transactionId}; its JSON twin for tests
// and benchmarks is api/SandboxApi: /api/v1/sandbox/idin/{transactionId}) plays
// the customer at the bank and decides the outcome. A transaction nobody
// decides expires after kExpiryMs (assumed: iDIN's usual five minutes).
class SandboxIdinProvider final : public IdinProvider
{
public:
    static constexpr qint64 kExpiryMs = 5 * 60 * 1000;
    // Where the bank's page is, below the service's base URL.
    static constexpr char kBankPagePath[] = "/sandbox/bank/";

    // baseUrl: the service's address as customers reach it, for the bank's
    // page (asked at each start, since the port is known only once listening).
    SandboxIdinProvider(Database &db, const Clock &clock, std::function<QString()> baseUrl);

    QList<Bank> banks() const override;
    Result<Transaction> start(const QString &bankId, const QString &returnUrl) override;
    Result<IdinStatus> status(const QString &transactionId) override;

    // What the bank's page shows.
    struct BankView
    {
        QString transactionId;
        Bank bank;
        IdinStatus status = IdinStatus::Open;
        QDateTime expiresAt;
    };
    std::optional<BankView> view(const QString &transactionId);

    // The customer at the bank: pending (not decided yet), success,
    // cancelled, expired or failure. Only an open or pending transaction can
    // be decided (409 sandbox.transaction_closed, also once it expired);
    // open is refused (400 json.invalid_enum is the caller's, this says
    // sandbox.invalid_outcome). Returns where the bank sends the customer:
    // the return URL with "?trxid=".
    Result<QString> decide(const QString &transactionId, IdinStatus outcome);

private:
    struct Row
    {
        QString bankId;
        QString returnUrl;
        IdinStatus status = IdinStatus::Open;
        qint64 expiresAtMs = 0;
    };
    std::optional<Row> load(const QString &transactionId);
    IdinStatus effectiveStatus(const Row &row) const;

    Database &m_db;
    const Clock &m_clock;
    std::function<QString()> m_baseUrl;
};

} // namespace dpdesk::server
