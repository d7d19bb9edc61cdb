#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace dpdesk::client {

// The bytes of each "data" value of a changes-feed page
// ({"changes": [{..., "data": record|null}, ...], ...}) exactly as they
// arrived, one per entry of "changes", in order: the local cache stores a
// record as these bytes instead of encoding the decoded record again
// (bench_desktop: re-encoding was most of the cache's write time).
//
// The page must be JSON that QJsonDocument::fromJson has accepted; this only
// finds the values' boundaries. Anything it is not sure about gives nullopt
// (the caller then encodes the records itself): a top level that is not an
// object, no "changes" array, an entry that is not an object or has no
// "data", a key written with an escape, or a key twice in one object (a
// parser could keep either value).
std::optional<QList<QByteArray>> rawChangeData(QByteArrayView page);

} // namespace dpdesk::client
