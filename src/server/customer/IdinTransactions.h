#pragma once

#include "core/Result.h"
#include "core/domain/Enums.h"

#include <QString>

#include <optional>

namespace dpdesk::server {

class Database;

// Our record of the iDIN transactions each applicant started (S7), table
// idin_transactions: which applicant a provider's transaction id belongs to,
// and the last status we learnt. The caller owns the transaction.
class IdinTransactions
{
public:
    explicit IdinTransactions(Database &db);

    struct Row
    {
        qint64 id = 0;
        qint64 applicantId = 0;
        QString providerTransactionId;
        QString bankId;
        IdinStatus status = IdinStatus::Open;
    };

    Status insert(qint64 applicantId, const QString &providerTransactionId, const QString &bankId,
                  qint64 nowMs);
    // The transaction with this provider id, if it is the applicant's.
    std::optional<Row> findForApplicant(qint64 applicantId, const QString &providerTransactionId);
    // The applicant's newest transaction id (0 when none).
    qint64 latestIdFor(qint64 applicantId);
    Status setStatus(qint64 id, IdinStatus status, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace dpdesk::server
