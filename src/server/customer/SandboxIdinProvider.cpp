#include "server/customer/SandboxIdinProvider.h"

#include "core/crypto/SecureRandom.h"
#include "server/db/Database.h"

#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

namespace dpdesk::server {

namespace {
QString bankName(const QList<IdinProvider::Bank> &banks, const QString &id)
{
    for (const auto &b : banks) {
        if (b.id == id)
            return b.name;
    }
    return {};
}
} // namespace

SandboxIdinProvider::SandboxIdinProvider(Database &db, const Clock &clock, std::function<QString()> baseUrl)
    : m_db(db)
    , m_clock(clock)
    , m_baseUrl(std::move(baseUrl))
{ }

QList<IdinProvider::Bank> SandboxIdinProvider::banks() const
{
    // The banks that offer iDIN, with their BICs as issuer ids.
    static const QList<Bank> banks{
        {QStringLiteral("ABNANL2A"), QStringLiteral("ABN AMRO")},
        {QStringLiteral("ASNBNL21"), QStringLiteral("ASN Bank")},
        {QStringLiteral("BUNQNL2A"), QStringLiteral("bunq")},
        {QStringLiteral("INGBNL2A"), QStringLiteral("ING")},
        {QStringLiteral("RABONL2U"), QStringLiteral("Rabobank")},
        {QStringLiteral("RBRBNL21"), QStringLiteral("RegioBank")},
        {QStringLiteral("SNSBNL2A"), QStringLiteral("SNS")},
        {QStringLiteral("TRIONL2U"), QStringLiteral("Triodos Bank")},
    };
    return banks;
}

Result<IdinProvider::Transaction> SandboxIdinProvider::start(const QString &bankId, const QString &returnUrl)
{
    if (bankName(banks(), bankId).isEmpty())
        return Error{QString::fromLatin1(idin_error::UnknownBank),
                     QStringLiteral("Kies een bank uit de lijst."), QStringLiteral("bankId")};
    const qint64 nowMs = m_clock.nowMSecs();
    Transaction t;
    // iDIN transaction ids are 16 digits; the sandbox's are unguessable instead.
    t.id = QString::fromLatin1(
        SecureRandom::bytes(18).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO sandbox_idin (transaction_id, bank_id, return_url, status, created_at, "
                       "expires_at) VALUES (?, ?, ?, 'open', ?, ?)"));
    q.addBindValue(t.id);
    q.addBindValue(bankId);
    q.addBindValue(returnUrl);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs + kExpiryMs);
    if (!q.exec())
        return Database::errorFrom(q);
    t.redirectUrl = m_baseUrl() + QLatin1String(kBankPagePath) + t.id;
    return t;
}

std::optional<SandboxIdinProvider::Row> SandboxIdinProvider::load(const QString &transactionId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT bank_id, return_url, status, expires_at FROM sandbox_idin WHERE transaction_id = ?"));
    q.addBindValue(transactionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Row r;
    r.bankId = q.value(0).toString();
    r.returnUrl = q.value(1).toString();
    r.status = enumFromString<IdinStatus>(q.value(2).toString()).value_or(IdinStatus::Failure);
    r.expiresAtMs = q.value(3).toLongLong();
    q.finish();
    return r;
}

IdinStatus SandboxIdinProvider::effectiveStatus(const Row &row) const
{
    if (!isFinal(row.status) && m_clock.nowMSecs() >= row.expiresAtMs)
        return IdinStatus::Expired;
    return row.status;
}

Result<IdinStatus> SandboxIdinProvider::status(const QString &transactionId)
{
    const auto row = load(transactionId);
    if (!row)
        return Error{QString::fromLatin1(idin_error::UnknownTransaction),
                     QStringLiteral("Deze iDIN-transactie is onbekend."), QStringLiteral("transactionId")};
    return effectiveStatus(*row);
}

std::optional<SandboxIdinProvider::BankView> SandboxIdinProvider::view(const QString &transactionId)
{
    const auto row = load(transactionId);
    if (!row)
        return std::nullopt;
    BankView v;
    v.transactionId = transactionId;
    v.bank = Bank{row->bankId, bankName(banks(), row->bankId)};
    v.status = effectiveStatus(*row);
    v.expiresAt = QDateTime::fromMSecsSinceEpoch(row->expiresAtMs, Qt::UTC);
    return v;
}

Result<QString> SandboxIdinProvider::decide(const QString &transactionId, IdinStatus outcome)
{
    if (outcome == IdinStatus::Open)
        return Error{QStringLiteral("sandbox.invalid_outcome"),
                     QStringLiteral("The bank decides pending, success, cancelled, expired or failure."),
                     QStringLiteral("outcome")};
    const auto row = load(transactionId);
    if (!row)
        return Error{QStringLiteral("not_found"), QStringLiteral("There is nothing at this address."), {}};
    const IdinStatus now = effectiveStatus(*row);
    if (isFinal(now))
        return Error{QStringLiteral("sandbox.transaction_closed"),
                     QStringLiteral("This transaction is already %1.").arg(enumToString(now)),
                     {}};
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("UPDATE sandbox_idin SET status = ? WHERE transaction_id = ?"));
    q.addBindValue(enumToString(outcome));
    q.addBindValue(transactionId);
    if (!q.exec())
        return Database::errorFrom(q);
    QUrl back(row->returnUrl);
    QUrlQuery query(back);
    query.addQueryItem(QStringLiteral("trxid"), transactionId);
    back.setQuery(query);
    return back.toString(QUrl::FullyEncoded);
}

} // namespace dpdesk::server
