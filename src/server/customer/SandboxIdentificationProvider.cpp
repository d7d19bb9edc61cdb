#include "server/customer/SandboxIdentificationProvider.h"

#include "core/crypto/SecureRandom.h"
#include "server/db/Database.h"

#include <QVariant>

namespace dpdesk::server {

namespace {
Error refusal(const char *code, const QString &message, const QString &field = {})
{
    return Error{QString::fromLatin1(code), message, field};
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString outcomeName(IdentificationProvider::Outcome outcome)
{
    switch (outcome) {
    case IdentificationProvider::Outcome::Done:
        return QStringLiteral("done");
    case IdentificationProvider::Outcome::Failed:
        return QStringLiteral("failed");
    case IdentificationProvider::Outcome::Pending:
        break;
    }
    return {};
}
} // namespace

SandboxIdentificationProvider::SandboxIdentificationProvider(Database &db, const Clock &clock,
                                                             std::function<QString()> baseUrl)
    : m_db(db)
    , m_clock(clock)
    , m_baseUrl(std::move(baseUrl))
{ }

Result<IdentificationProvider::Session> SandboxIdentificationProvider::start(const QDateTime &expiresAt)
{
    Session s;
    s.id = QString::fromLatin1(
        SecureRandom::bytes(18).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO sandbox_identification (session_id, expires_at) VALUES (?, ?)"));
    q.addBindValue(s.id);
    q.addBindValue(expiresAt.toMSecsSinceEpoch());
    if (!q.exec())
        return Database::errorFrom(q);
    s.appUrl = m_baseUrl() + QLatin1String(kAppPath) + s.id;
    return s;
}

std::optional<SandboxIdentificationProvider::Row>
SandboxIdentificationProvider::load(const QString &sessionId)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT expires_at, document_type, chip_attempts, chip_read, photo_taken, result, "
                       "failure_reason FROM sandbox_identification WHERE session_id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Row r;
    r.expiresAtMs = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        r.progress.documentType = enumFromString<IdDocumentType>(q.value(1).toString());
    r.progress.chipAttempts = q.value(2).toInt();
    r.progress.chipRead = q.value(3).toInt() != 0;
    r.progress.photoTaken = q.value(4).toInt() != 0;
    const QString result = q.value(5).toString();
    r.progress.outcome = result == QLatin1String("done") ? Outcome::Done
        : result == QLatin1String("failed")              ? Outcome::Failed
                                                         : Outcome::Pending;
    r.finished = r.progress.outcome != Outcome::Pending;
    r.progress.failureReason = q.value(6).toString();
    q.finish();
    return r;
}

Status SandboxIdentificationProvider::save(const QString &sessionId, const Row &row)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("UPDATE sandbox_identification SET document_type = ?, chip_attempts = "
                                     "?, chip_read = ?, photo_taken = ?, "
                                     "result = ?, failure_reason = ?, finished_at = ? WHERE session_id = ?"));
    const Progress &p = row.progress;
    q.addBindValue(p.documentType ? QVariant(enumToString(*p.documentType))
                                  : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(p.chipAttempts);
    q.addBindValue(p.chipRead ? 1 : 0);
    q.addBindValue(p.photoTaken ? 1 : 0);
    q.addBindValue(nullableText(outcomeName(p.outcome)));
    q.addBindValue(nullableText(p.failureReason));
    q.addBindValue(row.finished ? QVariant(m_clock.nowMSecs()) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sessionId);
    if (!q.exec())
        return Database::errorFrom(q);
    return Status::success();
}

SandboxIdentificationProvider::PhoneView SandboxIdentificationProvider::viewOf(const QString &sessionId,
                                                                               const Row &row) const
{
    PhoneView v;
    v.sessionId = sessionId;
    v.expiresAt = QDateTime::fromMSecsSinceEpoch(row.expiresAtMs, Qt::UTC);
    v.expired = !row.finished && m_clock.nowMSecs() >= row.expiresAtMs;
    v.progress = row.progress;
    return v;
}

Result<IdentificationProvider::Progress> SandboxIdentificationProvider::status(const QString &sessionId)
{
    const auto row = load(sessionId);
    if (!row)
        return refusal("identification.unknown_session", QStringLiteral("Unknown identification session."));
    return row->progress;
}

Result<SandboxIdentificationProvider::PhoneView> SandboxIdentificationProvider::view(const QString &sessionId)
{
    const auto row = load(sessionId);
    if (!row)
        return refusal("not_found", QStringLiteral("There is nothing at this address."));
    return viewOf(sessionId, *row);
}

Result<SandboxIdentificationProvider::PhoneView>
SandboxIdentificationProvider::act(const QString &sessionId, const std::function<Status(Row &)> &change)
{
    auto row = load(sessionId);
    if (!row)
        return refusal("not_found", QStringLiteral("There is nothing at this address."));
    if (row->finished)
        return refusal("identification.finished", QStringLiteral("Deze identificatie is al afgerond."));
    if (m_clock.nowMSecs() >= row->expiresAtMs) // I2
        return refusal(
            "identification.session_expired",
            QStringLiteral("De sessie van 15 minuten is verlopen. Start de identificatie opnieuw."));
    if (const Status s = change(*row); !s)
        return s.error();
    if (const Status s = save(sessionId, *row); !s)
        return s.error();
    return viewOf(sessionId, *row);
}

Result<SandboxIdentificationProvider::PhoneView>
SandboxIdentificationProvider::chooseDocument(const QString &sessionId, IdDocumentType type)
{
    return act(sessionId, [type](Row &row) -> Status {
        if (type == IdDocumentType::DrivingLicence) // I1
            return refusal("identification.document_not_accepted",
                           QStringLiteral("Een rijbewijs wordt niet geaccepteerd. Gebruik uw paspoort, "
                                          "identiteitskaart of verblijfsvergunning."),
                           QStringLiteral("documentType"));
        if (row.progress.chipRead || row.progress.photoTaken)
            return refusal("identification.document_read", QStringLiteral("Het document is al gelezen."));
        if (row.progress.documentType != type)
            row.progress.chipAttempts = 0; // another document: its chip is searched afresh
        row.progress.documentType = type;
        return Status::success();
    });
}

Result<SandboxIdentificationProvider::PhoneView>
SandboxIdentificationProvider::searchChip(const QString &sessionId, bool found)
{
    return act(sessionId, [found](Row &row) -> Status {
        if (!row.progress.documentType)
            return refusal("identification.document_first", QStringLiteral("Kies eerst uw document."));
        if (row.progress.chipRead || row.progress.photoTaken)
            return refusal("identification.document_read", QStringLiteral("Het document is al gelezen."));
        if (row.progress.chipAttempts >= kMaxChipAttempts) // I3
            return refusal("identification.chip_attempts_used",
                           QStringLiteral("De chip is drie keer niet gevonden. Maak een foto van uw "
                                          "document."));
        if (found)
            row.progress.chipRead = true;
        else
            ++row.progress.chipAttempts;
        return Status::success();
    });
}

Result<SandboxIdentificationProvider::PhoneView>
SandboxIdentificationProvider::takePhoto(const QString &sessionId)
{
    return act(sessionId, [](Row &row) -> Status {
        if (!row.progress.documentType)
            return refusal("identification.document_first", QStringLiteral("Kies eerst uw document."));
        if (row.progress.chipRead || row.progress.photoTaken)
            return refusal("identification.document_read", QStringLiteral("Het document is al gelezen."));
        if (row.progress.chipAttempts < kMaxChipAttempts) // I3: only after three failed searches
            return refusal("identification.photo_not_yet",
                           QStringLiteral("Een foto maken kan pas na drie mislukte pogingen om de chip te "
                                          "lezen."));
        row.progress.photoTaken = true;
        return Status::success();
    });
}

Result<SandboxIdentificationProvider::PhoneView>
SandboxIdentificationProvider::finish(const QString &sessionId, bool success, const QString &reason)
{
    return act(sessionId, [success, &reason](Row &row) -> Status {
        if (success && !reason.isEmpty())
            return refusal("identification.reason_not_expected",
                           QStringLiteral("A successful identification has no failure reason."),
                           QStringLiteral("reason"));
        if (!success && reason.trimmed().isEmpty())
            return refusal("identification.reason_required",
                           QStringLiteral("A failed identification needs a reason."),
                           QStringLiteral("reason"));
        if (!row.progress.chipRead && !row.progress.photoTaken)
            return refusal("identification.nothing_read",
                           QStringLiteral("Lees eerst de chip of maak een foto van uw document."));
        row.progress.outcome = success ? Outcome::Done : Outcome::Failed; // I4
        row.progress.failureReason = success ? QString() : reason;
        row.finished = true;
        return Status::success();
    });
}

} // namespace dpdesk::server
