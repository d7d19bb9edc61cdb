#include "server/store/DocumentStore.h"

#include "core/wire/StrictJson.h"
#include "server/db/Database.h"

#include <QVariant>

namespace dpdesk::server {

namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

const char *kColumns = "id, application_id, kind, version, contract_version, created_at, superseded_at, "
                       "sha256, size_bytes, generated_at";

// The order of the kinds in lists: the order the customer meets them (D1, S6).
int kindRank(DocumentKind kind)
{
    return static_cast<int>(kind);
}

DocumentVersion readRow(const QSqlQuery &q)
{
    DocumentVersion d;
    d.id = QString::number(q.value(0).toLongLong());
    d.applicationId = QString::number(q.value(1).toLongLong());
    d.kind = enumFromString<DocumentKind>(q.value(2).toString()).value_or(DocumentKind::Contract);
    d.version = q.value(3).toInt();
    d.contractVersion = q.value(4).toInt();
    d.createdAt = fromMs(q.value(5).toLongLong());
    if (!q.value(6).isNull())
        d.supersededAt = fromMs(q.value(6).toLongLong());
    if (!q.value(7).isNull()) {
        d.sha256 = q.value(7).toString();
        d.sizeBytes = q.value(8).toLongLong();
        d.generatedAt = fromMs(q.value(9).toLongLong());
    }
    return d;
}

std::optional<DocumentStore::Stored> readStored(QSqlQuery &q)
{
    DocumentStore::Stored s;
    s.document = readRow(q);
    s.applicationId = q.value(1).toLongLong();
    auto snapshot = parseJsonObject(q.value(10).toString().toUtf8());
    if (!snapshot)
        return std::nullopt;
    s.snapshot = std::move(snapshot).value();
    return s;
}

} // namespace

DocumentStore::DocumentStore(Database &db)
    : m_db(db)
{ }

Result<DocumentVersion> DocumentStore::addVersion(qint64 applicationId, DocumentKind kind,
                                                  int contractVersion, const QJsonObject &snapshot,
                                                  qint64 createdBy, qint64 nowMs)
{
    const QString kindName = enumToString(kind);
    QSqlQuery last = m_db.query(QStringLiteral(
        "SELECT COALESCE(MAX(version), 0) FROM documents WHERE application_id = ? AND kind = ?"));
    last.addBindValue(applicationId);
    last.addBindValue(kindName);
    if (!last.exec() || !last.next())
        return Database::errorFrom(last);
    const int previous = last.value(0).toInt();
    last.finish();
    if (previous > 0) {
        QSqlQuery supersede = m_db.query(QStringLiteral(
            "UPDATE documents SET superseded_at = ? WHERE application_id = ? AND kind = ? AND version = ?"));
        supersede.addBindValue(nowMs);
        supersede.addBindValue(applicationId);
        supersede.addBindValue(kindName);
        supersede.addBindValue(previous);
        if (!supersede.exec())
            return Database::errorFrom(supersede);
    }
    QSqlQuery ins = m_db.query(
        QStringLiteral("INSERT INTO documents (application_id, kind, version, contract_version, snapshot, "
                       "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    ins.addBindValue(applicationId);
    ins.addBindValue(kindName);
    ins.addBindValue(previous + 1);
    ins.addBindValue(contractVersion);
    ins.addBindValue(QString::fromUtf8(toCompactJson(snapshot)));
    ins.addBindValue(nowMs);
    ins.addBindValue(createdBy > 0 ? QVariant(createdBy) : QVariant(QMetaType::fromType<qint64>()));
    if (!ins.exec() || !ins.next())
        return Database::errorFrom(ins);
    DocumentVersion d;
    d.id = QString::number(ins.value(0).toLongLong());
    d.applicationId = QString::number(applicationId);
    d.kind = kind;
    d.version = previous + 1;
    d.contractVersion = contractVersion;
    d.createdAt = fromMs(nowMs);
    return d;
}

Result<DocumentVersion> DocumentStore::addFirstVersion(qint64 applicationId, DocumentKind kind,
                                                       int contractVersion, const QJsonObject &snapshot,
                                                       qint64 createdBy, qint64 nowMs)
{
    QSqlQuery &ins = m_db.prepared(
        QStringLiteral("INSERT INTO documents (application_id, kind, version, contract_version, snapshot, "
                       "created_at, created_by) VALUES (?, ?, 1, ?, ?, ?, ?) RETURNING id"));
    ins.addBindValue(applicationId);
    ins.addBindValue(enumToString(kind));
    ins.addBindValue(contractVersion);
    ins.addBindValue(QString::fromUtf8(toCompactJson(snapshot)));
    ins.addBindValue(nowMs);
    ins.addBindValue(createdBy > 0 ? QVariant(createdBy) : QVariant(QMetaType::fromType<qint64>()));
    if (!ins.exec() || !ins.next())
        return Database::errorFrom(ins);
    DocumentVersion d;
    d.id = QString::number(ins.value(0).toLongLong());
    ins.finish();
    d.applicationId = QString::number(applicationId);
    d.kind = kind;
    d.version = 1;
    d.contractVersion = contractVersion;
    d.createdAt = fromMs(nowMs);
    return d;
}

Result<QList<DocumentVersion>> DocumentStore::list(qint64 applicationId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM documents WHERE application_id = ? ORDER BY id")
                                 .arg(QLatin1String(kColumns)));
    q.addBindValue(applicationId);
    q.setForwardOnly(true);
    if (!q.exec())
        return Database::errorFrom(q);
    QList<DocumentVersion> out;
    while (q.next())
        out.append(readRow(q));
    std::stable_sort(out.begin(), out.end(), [](const DocumentVersion &a, const DocumentVersion &b) {
        if (a.kind != b.kind)
            return kindRank(a.kind) < kindRank(b.kind);
        return a.version < b.version;
    });
    return out;
}

std::optional<DocumentStore::Stored> DocumentStore::latest(qint64 applicationId, DocumentKind kind)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1, snapshot FROM documents WHERE application_id = ? AND "
                                            "kind = ? ORDER BY version DESC LIMIT 1")
                                 .arg(QLatin1String(kColumns)));
    q.addBindValue(applicationId);
    q.addBindValue(enumToString(kind));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readStored(q);
}

std::optional<DocumentStore::Stored> DocumentStore::load(qint64 documentId)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT %1, snapshot FROM documents WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(documentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readStored(q);
}

std::optional<QByteArray> DocumentStore::content(qint64 documentId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT content FROM document_contents WHERE document_id = ?"));
    q.addBindValue(documentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

Result<bool> DocumentStore::storeContent(qint64 documentId, const QByteArray &pdf, const QString &sha256,
                                         qint64 nowMs)
{
    // The row lock of this UPDATE decides who is first (PostgreSQL re-checks
    // "sha256 IS NULL" after a concurrent writer commits).
    QSqlQuery mark = m_db.query(QStringLiteral(
        "UPDATE documents SET sha256 = ?, size_bytes = ?, generated_at = ? WHERE id = ? AND sha256 IS NULL"));
    mark.addBindValue(sha256);
    mark.addBindValue(qint64(pdf.size()));
    mark.addBindValue(nowMs);
    mark.addBindValue(documentId);
    if (!mark.exec())
        return Database::errorFrom(mark);
    if (mark.numRowsAffected() != 1)
        return false;
    QSqlQuery ins =
        m_db.query(QStringLiteral("INSERT INTO document_contents (document_id, content) VALUES (?, ?)"));
    ins.addBindValue(documentId);
    ins.addBindValue(pdf);
    if (!ins.exec())
        return Database::errorFrom(ins);
    return true;
}

Result<QList<qint64>> DocumentStore::applicationsWithoutDocuments()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT a.id FROM applications a WHERE NOT EXISTS (SELECT 1 FROM "
                                            "documents d WHERE d.application_id = a.id) ORDER BY a.id"));
    q.setForwardOnly(true);
    if (!q.exec())
        return Database::errorFrom(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace dpdesk::server
