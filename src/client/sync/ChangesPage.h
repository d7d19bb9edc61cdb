#pragma once

#include "core/Result.h"
#include "core/wire/ChangeRecord.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace dpdesk::client {

// One page of GET /api/v1/changes: {"changes": [ChangeRecord], "nextCursor", "hasMore"}.
struct ChangesPage
{
    QList<ChangeRecord> changes;
    qint64 nextCursor = 0;
    bool hasMore = false;
};

// Decodes and checks a page; every record is checked with the wire module.
Result<ChangesPage> changesPageFromJson(const QJsonObject &object);
// The same from the page's bytes (not JSON, or not an object: invalid page).
Result<ChangesPage> changesPageFromBytes(const QByteArray &bytes);

// Where the next page starts, read from the end of a page as the server
// writes it (...],"nextCursor":N,"hasMore":true}) without decoding the
// page, so that the sync can ask for the next page while this one is
// decoded. nullopt when it is the last page or its end does not say so in
// this form. Only a hint: the decoded page is what counts, and the sync
// checks that the two agree.
std::optional<qint64> nextCursorHint(QByteArrayView page);

} // namespace dpdesk::client
