#include "client/sync/ChangesPage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dpdesk::client {

namespace {

// A cursor: a non-negative integer (JSON numbers arrive as doubles).
std::optional<qint64> cursorOf(const QJsonValue &value)
{
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != double(qint64(value.toDouble())))
        return std::nullopt;
    return qint64(value.toDouble());
}

} // namespace

Result<ChangesPage> changesPageFromJson(const QJsonObject &object)
{
    const auto invalid = [](const QString &field, const QString &message) {
        return Error{QStringLiteral("changes.invalid_page"), message, field};
    };
    const QJsonValue changes = object.value(QLatin1String("changes"));
    const QJsonValue nextCursor = object.value(QLatin1String("nextCursor"));
    const QJsonValue hasMore = object.value(QLatin1String("hasMore"));
    if (!changes.isArray())
        return invalid(QStringLiteral("changes"), QStringLiteral("Must be an array."));
    const std::optional<qint64> cursor = cursorOf(nextCursor);
    if (!cursor)
        return invalid(QStringLiteral("nextCursor"), QStringLiteral("Must be a non-negative integer."));
    if (!hasMore.isBool())
        return invalid(QStringLiteral("hasMore"), QStringLiteral("Must be true or false."));

    ChangesPage page;
    page.nextCursor = *cursor;
    page.hasMore = hasMore.toBool();
    const QJsonArray array = changes.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("changes[%1]").arg(i);
        if (!array.at(i).isObject())
            return invalid(path, QStringLiteral("Must be an object."));
        auto change = changeRecordFromJson(array.at(i).toObject(), path);
        if (!change)
            return change.error();
        page.changes << std::move(change).value();
    }
    return page;
}

Result<ChangesPage> changesPageFromBytes(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{
            QStringLiteral("changes.invalid_page"), QStringLiteral("The page is not a JSON object."), {}};
    return changesPageFromJson(document.object());
}

std::optional<qint64> nextCursorHint(QByteArrayView page)
{
    // After the last ']' (the end of "changes") only the other members
    // follow; a '}' or ']' inside them means another shape.
    const qsizetype close = page.lastIndexOf(']');
    if (close < 0)
        return std::nullopt;
    QByteArrayView tail = page.sliced(close + 1).trimmed();
    if (!tail.startsWith(',') || tail.size() > 200)
        return std::nullopt;
    const QJsonDocument members = QJsonDocument::fromJson("{" + tail.sliced(1).toByteArray());
    const QJsonValue hasMore = members.object().value(QLatin1String("hasMore"));
    if (!members.isObject() || !hasMore.isBool() || !hasMore.toBool())
        return std::nullopt;
    return cursorOf(members.object().value(QLatin1String("nextCursor")));
}

} // namespace dpdesk::client
