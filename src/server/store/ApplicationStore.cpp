#include "server/store/ApplicationStore.h"

#include "core/wire/ApplicantJson.h"
#include "core/wire/CompactRecords.h"
#include "core/wire/StrictJson.h"
#include "core/wire/WireTime.h"
#include "server/db/Database.h"

#include <QSqlError>
#include <QVariant>

namespace dpdesk::server {

namespace {
QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

std::optional<QDateTime> optionalTime(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return fromMs(v.toLongLong());
}

Error referenceTaken()
{
    return Error{QStringLiteral("conflict.reference_taken"),
                 QStringLiteral("Your office already has an application with this reference."),
                 QStringLiteral("reference")};
}

// Empty, never NULL: "not filled in" for the text columns.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullableMs(const std::optional<QDateTime> &t)
{
    return t ? QVariant(t->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// The applicant's progress as stored: the wire form without the invitation,
// which has its own table.
QString progressJson(Applicant applicant)
{
    applicant.invitation.reset();
    return QString::fromUtf8(compactJson(applicant));
}

const char *kApplicationColumns =
    "id, office_id, advisor_id, reference, loan_amount_cents, loan_kind, term_months, "
    "iban, account_holder, contract_version, version, created_at, updated_at";

ApplicationStore::Stored readApplicationRow(const QSqlQuery &q)
{
    ApplicationStore::Stored s;
    Application &a = s.application;
    a.id = QString::number(q.value(0).toLongLong());
    s.officeId = q.value(1).toLongLong();
    s.advisorId = q.value(2).toLongLong();
    a.officeId = QString::number(s.officeId);
    a.advisorId = QString::number(s.advisorId);
    a.reference = q.value(3).toString();
    a.loanAmountCents = q.value(4).toLongLong();
    a.loanKind = enumFromString<LoanKind>(q.value(5).toString()).value_or(LoanKind::PersonalLoan);
    a.termMonths = q.value(6).toInt();
    a.iban = q.value(7).toString();
    a.accountHolder = q.value(8).toString();
    a.contractVersion = q.value(9).toInt();
    a.version = q.value(10).toLongLong();
    a.createdAt = fromMs(q.value(11).toLongLong());
    a.updatedAt = fromMs(q.value(12).toLongLong());
    return s;
}

Invitation readInvitationRow(const QSqlQuery &q, int base)
{
    Invitation inv;
    inv.id = QString::number(q.value(base + 0).toLongLong());
    inv.applicantId = QString::number(q.value(base + 1).toLongLong());
    inv.kind = enumFromString<InvitationKind>(q.value(base + 2).toString()).value_or(InvitationKind::Code);
    inv.state =
        enumFromString<InvitationState>(q.value(base + 3).toString()).value_or(InvitationState::Revoked);
    inv.failedAttempts = q.value(base + 4).toInt();
    inv.createdAt = fromMs(q.value(base + 5).toLongLong());
    inv.expiresAt = fromMs(q.value(base + 6).toLongLong());
    inv.lockedAt = optionalTime(q.value(base + 7));
    inv.revokedAt = optionalTime(q.value(base + 8));
    return inv;
}

const char *kInvitationColumns = "i.id, i.applicant_id, i.kind, i.state, i.failed_attempts, i.created_at, "
                                 "i.expires_at, i.locked_at, i.revoked_at";
} // namespace

ApplicationStore::ApplicationStore(Database &db)
    : m_db(db)
{ }

Result<qint64> ApplicationStore::insert(const NewApplicationRequest &request, qint64 officeId,
                                        qint64 advisorId, qint64 nowMs)
{
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO applications (office_id, advisor_id, reference, "
                                            "loan_amount_cents, loan_kind, term_months, iban, "
                                            "account_holder, contract_version, version, created_at, "
                                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?) "
                                            "RETURNING id"));
    q.addBindValue(officeId);
    q.addBindValue(advisorId);
    q.addBindValue(request.reference);
    q.addBindValue(request.loanAmountCents);
    q.addBindValue(enumToString(request.loanKind));
    q.addBindValue(request.termMonths);
    q.addBindValue(text(request.iban));
    q.addBindValue(text(request.accountHolder));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec() || !q.next()) {
        if (Database::isUniqueViolation(q))
            return referenceTaken();
        return Database::errorFrom(q);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    int position = 1;
    for (const NewApplicantRequest &n : request.applicants) {
        Applicant a;
        a.position = position++;
        a.fullName = n.fullName;
        a.dateOfBirth = n.dateOfBirth;
        a.email = n.email;
        a.phone = n.phone;
        QSqlQuery ins = m_db.query(QStringLiteral("INSERT INTO applicants (application_id, position, "
                                                  "full_name, date_of_birth, email, phone, progress) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, '{}') RETURNING id"));
        ins.addBindValue(id);
        ins.addBindValue(a.position);
        ins.addBindValue(a.fullName);
        ins.addBindValue(formatWireDate(a.dateOfBirth));
        ins.addBindValue(a.email);
        ins.addBindValue(text(a.phone));
        if (!ins.exec() || !ins.next())
            return Database::errorFrom(ins);
        a.id = QString::number(ins.value(0).toLongLong());
        ins.finish();
        QSqlQuery prog = m_db.query(QStringLiteral("UPDATE applicants SET progress = ? WHERE id = ?"));
        prog.addBindValue(progressJson(a));
        prog.addBindValue(a.id.toLongLong());
        if (!prog.exec())
            return Database::errorFrom(prog);
    }
    return id;
}

namespace {
QString placeholders(qsizetype n)
{
    QString p;
    p.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        p += i ? QStringLiteral(",?") : QStringLiteral("?");
    return p;
}
} // namespace

Status ApplicationStore::attachApplicants(QHash<qint64, Stored> &byId)
{
    if (byId.isEmpty())
        return Status::success();
    const QList<qint64> ids = byId.keys();
    // One application (the customer's flow, reads before writes) is the hot
    // case: its SQL is always the same, so it is prepared once and reused.
    const QString sql =
        QStringLiteral(
            // The applicant's latest invitation, phrased so both SQLite and
            // PostgreSQL use the invitations_applicant index (a correlated
            // MAX() made PostgreSQL scan the whole table per application).
            "SELECT a.application_id, a.id, a.progress, %1 FROM applicants a LEFT JOIN invitations i ON "
            "i.applicant_id = a.id AND NOT EXISTS (SELECT 1 FROM invitations n WHERE n.applicant_id = a.id "
            "AND n.id > i.id) WHERE a.application_id IN (%2) ORDER BY a.application_id, a.position")
            .arg(QLatin1String(kInvitationColumns), placeholders(ids.size()));
    QSqlQuery many;
    QSqlQuery &q = ids.size() == 1 ? m_db.prepared(sql) : (many = m_db.query(sql));
    for (qint64 id : ids)
        q.addBindValue(id);
    q.setForwardOnly(true);
    if (!q.exec())
        return Database::errorFrom(q);
    while (q.next()) {
        auto applicant = progressOf(q.value(1).toLongLong(), q.value(2).toString());
        if (!applicant)
            return applicant.error();
        Applicant a = std::move(applicant).value();
        if (!q.value(3).isNull())
            a.invitation = readInvitationRow(q, 3);
        byId[q.value(0).toLongLong()].application.applicants.append(std::move(a));
    }
    q.finish();
    return Status::success();
}

Result<Applicant> ApplicationStore::progressOf(qint64 applicantId, const QString &text)
{
    const auto cached = m_progress.constFind(applicantId);
    if (cached != m_progress.constEnd() && cached->text == text)
        return cached->applicant;
    auto parsed = parseJsonObject(text.toUtf8());
    if (!parsed)
        return parsed.error();
    auto applicant = applicantFromJson(parsed.value());
    if (!applicant)
        return applicant.error();
    if (m_progress.size() >= kProgressCacheSize)
        m_progress.clear();
    m_progress.insert(applicantId, ParsedProgress{text, applicant.value()});
    return applicant;
}

Result<QHash<qint64, ApplicationStore::Stored>> ApplicationStore::loadMany(const QList<qint64> &ids)
{
    QHash<qint64, Stored> byId;
    if (ids.isEmpty())
        return byId;
    const QString sql = QStringLiteral("SELECT %1 FROM applications WHERE id IN (%2)")
                            .arg(QLatin1String(kApplicationColumns), placeholders(ids.size()));
    QSqlQuery many;
    QSqlQuery &q = ids.size() == 1 ? m_db.prepared(sql) : (many = m_db.query(sql));
    for (qint64 id : ids)
        q.addBindValue(id);
    q.setForwardOnly(true);
    if (!q.exec())
        return Database::errorFrom(q);
    while (q.next()) {
        Stored s = readApplicationRow(q);
        byId.insert(s.application.id.toLongLong(), std::move(s));
    }
    q.finish();
    if (auto s = attachApplicants(byId); !s)
        return s.error();
    return byId;
}

std::optional<ApplicationStore::Stored> ApplicationStore::load(qint64 id)
{
    auto many = loadMany({id});
    if (!many || !many->contains(id))
        return std::nullopt;
    return many->value(id);
}

bool ApplicationStore::visibleTo(const Stored &stored, const AuthContext &caller)
{
    return stored.officeId == caller.officeId
        && (caller.seesWholeOffice() || stored.advisorId == caller.userId);
}

std::optional<ApplicationStore::Stored> ApplicationStore::loadVisible(qint64 id, const AuthContext &caller)
{
    auto s = load(id);
    if (!s || !visibleTo(*s, caller))
        return std::nullopt;
    return s;
}

Status ApplicationStore::save(const Application &a, qint64 expectedVersion, qint64 nowMs)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("UPDATE applications SET reference = ?, loan_amount_cents = ?, "
                                     "loan_kind = ?, term_months = ?, iban = ?, "
                                     "account_holder = ?, contract_version = ?, version = ?, "
                                     "updated_at = ? WHERE id = ? AND version = ?"));
    q.addBindValue(a.reference);
    q.addBindValue(a.loanAmountCents);
    q.addBindValue(enumToString(a.loanKind));
    q.addBindValue(a.termMonths);
    q.addBindValue(text(a.iban));
    q.addBindValue(text(a.accountHolder));
    q.addBindValue(a.contractVersion);
    q.addBindValue(a.version);
    q.addBindValue(nowMs);
    q.addBindValue(a.id.toLongLong());
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return Database::isUniqueViolation(q) ? referenceTaken() : Database::errorFrom(q);
    const int updated = q.numRowsAffected();
    q.finish();
    if (updated != 1)
        return Error{QStringLiteral("precondition_failed"),
                     QStringLiteral("Someone else changed this application in the meantime."),
                     {}};
    for (const Applicant &applicant : a.applicants) {
        const QString progress = progressJson(applicant);
        QSqlQuery &u = m_db.prepared(QStringLiteral("UPDATE applicants SET full_name = ?, date_of_birth = ?, "
                                                    "email = ?, phone = ?, progress = ? WHERE id = ?"));
        u.addBindValue(applicant.fullName);
        u.addBindValue(formatWireDate(applicant.dateOfBirth));
        u.addBindValue(applicant.email);
        u.addBindValue(text(applicant.phone));
        u.addBindValue(progress);
        u.addBindValue(applicant.id.toLongLong());
        if (!u.exec())
            return Database::errorFrom(u);
        // What the next read of this row parses to (it is this applicant
        // without the invitation, which has its own table).
        Applicant stored = applicant;
        stored.invitation.reset();
        if (m_progress.size() >= kProgressCacheSize)
            m_progress.clear();
        m_progress.insert(applicant.id.toLongLong(), ParsedProgress{progress, std::move(stored)});
    }
    return Status::success();
}

Result<QList<ApplicationStore::Stored>> ApplicationStore::list(const AuthContext &caller,
                                                               const ListFilter &filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM applications ap WHERE office_id = ?")
                      .arg(QLatin1String(kApplicationColumns));
    if (!caller.seesWholeOffice())
        sql += QStringLiteral(" AND advisor_id = ?");
    if (!filter.search.isEmpty())
        sql += QStringLiteral(" AND (LOWER(reference) LIKE ? OR EXISTS (SELECT 1 FROM applicants x WHERE "
                              "x.application_id = ap.id AND LOWER(x.full_name) LIKE ?))");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?");
    QSqlQuery q = m_db.query(sql);
    q.addBindValue(caller.officeId);
    if (!caller.seesWholeOffice())
        q.addBindValue(caller.userId);
    if (!filter.search.isEmpty()) {
        QString like = filter.search.toLower();
        like.replace('%', QString()).replace('_', QString());
        like = '%' + like + '%';
        q.addBindValue(like);
        q.addBindValue(like);
    }
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    if (!q.exec())
        return Database::errorFrom(q);
    QList<qint64> order;
    QHash<qint64, Stored> byId;
    while (q.next()) {
        Stored s = readApplicationRow(q);
        order.append(s.application.id.toLongLong());
        byId.insert(order.last(), std::move(s));
    }
    q.finish();
    if (auto s = attachApplicants(byId); !s)
        return s.error();
    QList<Stored> rows;
    rows.reserve(order.size());
    for (qint64 id : order)
        rows.append(byId.value(id));
    return rows;
}

Result<qint64> ApplicationStore::insertInvitation(qint64 applicantId, InvitationKind kind,
                                                  const QString &secretHash, qint64 nowMs, qint64 expiresAtMs,
                                                  qint64 createdBy)
{
    QSqlQuery q =
        m_db.query(QStringLiteral("INSERT INTO invitations (applicant_id, kind, state, secret_hash, "
                                  "failed_attempts, created_at, expires_at, "
                                  "created_by) VALUES (?, ?, 'active', ?, 0, ?, ?, ?) RETURNING id"));
    q.addBindValue(applicantId);
    q.addBindValue(enumToString(kind));
    q.addBindValue(secretHash);
    q.addBindValue(nowMs);
    q.addBindValue(expiresAtMs);
    q.addBindValue(createdBy);
    if (!q.exec() || !q.next())
        return Database::errorFrom(q);
    return q.value(0).toLongLong();
}

std::optional<ApplicationStore::StoredInvitation>
ApplicationStore::invitationByHash(const QString &secretHash)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT %1, a.application_id FROM invitations i JOIN applicants a ON "
                                     "a.id = i.applicant_id WHERE i.secret_hash = ?")
                          .arg(QLatin1String(kInvitationColumns)));
    q.addBindValue(secretHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredInvitation s;
    s.invitation = readInvitationRow(q, 0);
    s.applicationId = q.value(9).toLongLong();
    return s;
}

std::optional<Invitation> ApplicationStore::currentInvitation(qint64 applicantId)
{
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT %1 FROM invitations i WHERE i.applicant_id = ? ORDER BY i.id DESC "
                                  "LIMIT 1")
                       .arg(QLatin1String(kInvitationColumns)));
    q.addBindValue(applicantId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readInvitationRow(q, 0);
}

Status ApplicationStore::saveInvitation(const Invitation &inv)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE invitations SET state = ?, failed_attempts = ?, locked_at = ?, revoked_at = ? WHERE id = ?"));
    q.addBindValue(enumToString(inv.state));
    q.addBindValue(inv.failedAttempts);
    q.addBindValue(nullableMs(inv.lockedAt));
    q.addBindValue(nullableMs(inv.revokedAt));
    q.addBindValue(inv.id.toLongLong());
    if (!q.exec())
        return Database::errorFrom(q);
    return Status::success();
}

Status ApplicationStore::touch(qint64 applicationId, qint64 nowMs)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE applications SET version = version + 1, updated_at = ? WHERE id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(applicationId);
    if (!q.exec())
        return Database::errorFrom(q);
    return Status::success();
}

Result<int> ApplicationStore::countFailedLogin(qint64 invitationId, int lockAt, qint64 nowMs)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE invitations SET failed_attempts = failed_attempts + 1, "
                       "state = CASE WHEN failed_attempts + 1 >= ? THEN 'locked' ELSE state END, "
                       "locked_at = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_at END "
                       "WHERE id = ? AND state = 'active' RETURNING failed_attempts"));
    q.addBindValue(lockAt);
    q.addBindValue(lockAt);
    q.addBindValue(nowMs);
    q.addBindValue(invitationId);
    if (!q.exec())
        return Database::errorFrom(q);
    return q.next() ? q.value(0).toInt() : 0;
}

qint64 ApplicationStore::applicationOfApplicant(qint64 applicantId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT application_id FROM applicants WHERE id = ?"));
    q.addBindValue(applicantId);
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

} // namespace dpdesk::server
