#include "client/sync/ChangesPage.h"

#include <QJsonArray>

namespace dpdesk::client {

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
    if (!nextCursor.isDouble() || nextCursor.toDouble() < 0
        || nextCursor.toDouble() != double(qint64(nextCursor.toDouble())))
        return invalid(QStringLiteral("nextCursor"), QStringLiteral("Must be a non-negative integer."));
    if (!hasMore.isBool())
        return invalid(QStringLiteral("hasMore"), QStringLiteral("Must be true or false."));

    ChangesPage page;
    page.nextCursor = qint64(nextCursor.toDouble());
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

} // namespace dpdesk::client
