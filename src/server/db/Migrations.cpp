#include "server/db/Migrations.h"

#include "server/Logging.h"
#include "server/db/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace dpdesk::server {

namespace {
// The customer's flow (issue 6): identification sessions (I2) and iDIN
// transactions (S7) on our side, the state of the sandbox bank and sandbox
// identification app, and an index to find an applicant's sessions. Kept
// in one block so that its number is a one-line change when branches merge.
Migration customerFlowMigration()
{
    return {3, QStringLiteral("customer flow"), QStringLiteral(R"SQL(
CREATE INDEX customer_sessions_applicant ON customer_sessions(applicant_id);
CREATE TABLE identification_sessions (
  id {pk},
  applicant_id BIGINT NOT NULL REFERENCES applicants(id),
  provider_session_id TEXT NOT NULL UNIQUE,
  app_url TEXT NOT NULL,
  state TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  finished_at BIGINT
);
CREATE INDEX identification_sessions_applicant ON identification_sessions(applicant_id, id);
CREATE TABLE idin_transactions (
  id {pk},
  applicant_id BIGINT NOT NULL REFERENCES applicants(id),
  provider_transaction_id TEXT NOT NULL UNIQUE,
  bank_id TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX idin_transactions_applicant ON idin_transactions(applicant_id, id);
CREATE TABLE sandbox_idin (
  transaction_id TEXT PRIMARY KEY,
  bank_id TEXT NOT NULL,
  return_url TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE TABLE sandbox_identification (
  session_id TEXT PRIMARY KEY,
  expires_at BIGINT NOT NULL,
  document_type TEXT,
  chip_attempts INTEGER NOT NULL DEFAULT 0,
  chip_read INTEGER NOT NULL DEFAULT 0,
  photo_taken INTEGER NOT NULL DEFAULT 0,
  result TEXT,
  failure_reason TEXT,
  finished_at BIGINT
)
)SQL")};
}
} // namespace

const std::vector<Migration> &migrations()
{
    // Times are UTC milliseconds since the epoch (BIGINT) in both dialects.
    static const std::vector<Migration> all{
        {1, QStringLiteral("initial schema"), QStringLiteral(R"SQL(
CREATE TABLE offices (
  id {pk},
  name TEXT NOT NULL,
  change_seq BIGINT NOT NULL DEFAULT 0,
  feed_floor BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE TABLE users (
  id {pk},
  office_id BIGINT NOT NULL REFERENCES offices(id),
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  totp_secret TEXT NOT NULL,
  last_totp_step BIGINT,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until BIGINT,
  created_at BIGINT NOT NULL
);
CREATE TABLE auth_tokens (
  id {pk},
  user_id BIGINT NOT NULL REFERENCES users(id),
  family TEXT NOT NULL,
  access_hash TEXT NOT NULL UNIQUE,
  refresh_hash TEXT NOT NULL UNIQUE,
  access_expires_at BIGINT NOT NULL,
  refresh_expires_at BIGINT NOT NULL,
  revoked_at BIGINT,
  created_at BIGINT NOT NULL
);
CREATE INDEX auth_tokens_family ON auth_tokens(family);
CREATE TABLE throttle (
  bucket TEXT PRIMARY KEY,
  window_start BIGINT NOT NULL,
  hits INTEGER NOT NULL
);
CREATE TABLE applications (
  id {pk},
  office_id BIGINT NOT NULL REFERENCES offices(id),
  advisor_id BIGINT NOT NULL REFERENCES users(id),
  reference TEXT NOT NULL,
  loan_amount_cents BIGINT NOT NULL,
  loan_kind TEXT NOT NULL,
  term_months INTEGER NOT NULL,
  iban TEXT NOT NULL,
  account_holder TEXT NOT NULL,
  contract_version INTEGER NOT NULL DEFAULT 1,
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (office_id, reference)
);
CREATE INDEX applications_office ON applications(office_id);
CREATE TABLE applicants (
  id {pk},
  application_id BIGINT NOT NULL REFERENCES applications(id),
  position INTEGER NOT NULL,
  full_name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT,
  progress TEXT NOT NULL,
  UNIQUE (application_id, position)
);
CREATE TABLE invitations (
  id {pk},
  applicant_id BIGINT NOT NULL REFERENCES applicants(id),
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  locked_at BIGINT,
  revoked_at BIGINT,
  created_by BIGINT
);
CREATE INDEX invitations_applicant ON invitations(applicant_id);
CREATE TABLE customer_sessions (
  id {pk},
  token_hash TEXT NOT NULL UNIQUE,
  applicant_id BIGINT NOT NULL REFERENCES applicants(id),
  invitation_id BIGINT NOT NULL REFERENCES invitations(id),
  expires_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);
CREATE TABLE changes (
  id {pk},
  office_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  entity TEXT NOT NULL,
  entity_id BIGINT NOT NULL,
  op TEXT NOT NULL,
  advisor_id BIGINT NOT NULL,
  data TEXT,
  created_at BIGINT NOT NULL,
  UNIQUE (office_id, entity, entity_id)
);
CREATE UNIQUE INDEX changes_office_seq ON changes(office_id, seq);
CREATE TABLE audit (
  id {pk},
  office_id BIGINT NOT NULL,
  application_id BIGINT NOT NULL,
  actor_kind TEXT NOT NULL,
  actor_id BIGINT,
  action TEXT NOT NULL,
  details TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX audit_application ON audit(application_id, id);
CREATE TABLE idempotency (
  user_id BIGINT NOT NULL,
  idem_key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  response {blob} NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, idem_key)
)
)SQL")},
        // D1, S5: versioned documents. A version's snapshot (what it shows)
        // is fixed when it is made; its PDF is stored once, when generated.
        {2, QStringLiteral("document versions"), QStringLiteral(R"SQL(
CREATE TABLE documents (
  id {pk},
  application_id BIGINT NOT NULL REFERENCES applications(id),
  kind TEXT NOT NULL,
  version INTEGER NOT NULL,
  contract_version INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by BIGINT,
  superseded_at BIGINT,
  sha256 TEXT,
  size_bytes BIGINT,
  generated_at BIGINT,
  UNIQUE (application_id, kind, version)
);
CREATE TABLE document_contents (
  document_id BIGINT PRIMARY KEY REFERENCES documents(id),
  content {blob} NOT NULL
)
)SQL")},
        customerFlowMigration(),
    };
    return all;
}

namespace {
QString dialectSql(const QString &sql, Database::Dialect dialect)
{
    QString s = sql;
    const bool pg = dialect == Database::Dialect::Postgres;
    s.replace(QLatin1String("{pk}"),
              pg ? QLatin1String("BIGSERIAL PRIMARY KEY")
                 : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    s.replace(QLatin1String("{blob}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return s;
}
} // namespace

Result<int> migrate(Database &db)
{
    if (!db.begin())
        return Error{"db.error", QStringLiteral("Cannot start the migration transaction."), {}};
    auto fail = [&db](const Error &e) -> Result<int> {
        db.rollback();
        return e;
    };
    if (db.isPostgres()) {
        // Serialise concurrent start-ups of several instances.
        if (auto s = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727274)")); !s)
            return fail(s.error());
    }
    if (auto s = db.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
        !s)
        return fail(s.error());

    int current = 0;
    {
        QSqlQuery q = db.query(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
        if (!q.exec() || !q.next())
            return fail(Database::errorFrom(q));
        current = q.value(0).toInt();
    }
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        const QStringList statements =
            dialectSql(m.sql, db.dialect()).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (auto s = db.exec(statement); !s)
                return fail(Error{"db.migration",
                                  QStringLiteral("Migration %1 (%2) failed.").arg(m.version).arg(m.name),
                                  {}});
        }
        QSqlQuery ins = db.query(
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        ins.addBindValue(m.version);
        ins.addBindValue(m.name);
        ins.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!ins.exec())
            return fail(Database::errorFrom(ins));
        qCInfo(lcServerDb) << "applied migration" << m.version << m.name;
        current = m.version;
    }
    if (!db.commit())
        return fail(Error{"db.error", QStringLiteral("Cannot commit the migrations."), {}});
    return current;
}

} // namespace dpdesk::server
