#include "server/customer/IdinTransactions.h"

#include "server/db/Database.h"

#include <QVariant>

namespace dpdesk::server {

IdinTransactions::IdinTransactions(Database &db)
    : m_db(db)
{ }

Status IdinTransactions::insert(qint64 applicantId, const QString &providerTransactionId,
                                const QString &bankId, qint64 nowMs)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO idin_transactions (applicant_id, provider_transaction_id, bank_id, status, created_at, "
        "updated_at) VALUES (?, ?, ?, 'open', ?, ?)"));
    q.addBindValue(applicantId);
    q.addBindValue(providerTransactionId);
    q.addBindValue(bankId);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Database::errorFrom(q);
    return Status::success();
}

std::optional<IdinTransactions::Row> IdinTransactions::findForApplicant(qint64 applicantId,
                                                                        const QString &providerTransactionId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, bank_id, status FROM idin_transactions WHERE provider_transaction_id = ? AND "
        "applicant_id = ?"));
    q.addBindValue(providerTransactionId);
    q.addBindValue(applicantId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Row r;
    r.id = q.value(0).toLongLong();
    r.applicantId = applicantId;
    r.providerTransactionId = providerTransactionId;
    r.bankId = q.value(1).toString();
    r.status = enumFromString<IdinStatus>(q.value(2).toString()).value_or(IdinStatus::Failure);
    q.finish();
    return r;
}

qint64 IdinTransactions::latestIdFor(qint64 applicantId)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT MAX(id) FROM idin_transactions WHERE applicant_id = ?"));
    q.addBindValue(applicantId);
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Status IdinTransactions::setStatus(qint64 id, IdinStatus status, qint64 nowMs)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("UPDATE idin_transactions SET status = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(enumToString(status));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorFrom(q);
    return Status::success();
}

} // namespace dpdesk::server
