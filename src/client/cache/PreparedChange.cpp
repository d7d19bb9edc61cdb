#include "client/cache/PreparedChange.h"

#include "client/cache/ApplicationRow.h"
#include "core/wire/ApplicationJson.h"

#include <QJsonDocument>

namespace dpdesk::client {

QString applicantNamesOf(const Application &application)
{
    QStringList names;
    for (const auto &applicant : application.applicants)
        names << applicant.fullName;
    return names.join(QStringLiteral(" & "));
}

QString createdAtTextOf(const Application &application)
{
    const QString text = application.createdAt.toUTC().toString(Qt::ISODateWithMs);
    return text.isNull() ? QStringLiteral("") : text; // SQLite stores a null QString as NULL
}

std::optional<PreparedChange> prepareChange(const ChangeRecord &change, const QByteArray &json)
{
    if (change.entity != ChangeEntity::Application)
        return std::nullopt;
    PreparedChange prepared;
    prepared.op = change.op;
    prepared.id = change.id;
    if (change.op == ChangeOp::Delete)
        return prepared;
    const Application *application = std::get_if<Application>(&change.data);
    if (!application) // an upsert without its record: nothing to store
        return std::nullopt;
    prepared.version = application->version;
    // SQLite stores a null QString as NULL; the text columns are NOT NULL.
    prepared.reference = application->reference.isNull() ? QStringLiteral("") : application->reference;
    prepared.applicantNames = applicantNamesOf(*application);
    prepared.createdAt = createdAtTextOf(*application);
    // UTF-8 bytes as they are (no conversion to UTF-16 and back in SQLite).
    prepared.json = json.isNull() ? QJsonDocument(toJson(*application)).toJson(QJsonDocument::Compact) : json;
    prepared.listRow = encodeListRow(listRowOf(*application));
    return prepared;
}

QList<PreparedChange> prepareChanges(const QList<ChangeRecord> &changes, const QList<QByteArray> &rawData)
{
    const bool raw = rawData.size() == changes.size();
    QList<PreparedChange> prepared;
    prepared.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (auto change = prepareChange(changes[i], raw ? rawData[i] : QByteArray()))
            prepared << std::move(*change);
    }
    return prepared;
}

} // namespace dpdesk::client
