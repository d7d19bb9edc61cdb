#pragma once

#include "core/wire/ChangeRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace dpdesk::client {

// What the local cache writes for one application change of the feed,
// worked out before the write: the stored JSON, the compact list row and
// the columns the record is found by. prepareChange is pure, so the sync
// runs it on its decoding threads and the cache's thread only binds and
// executes (LocalCache::applyPreparedPage).
struct PreparedChange
{
    ChangeOp op = ChangeOp::Upsert;
    QString id;
    // An upsert's columns; empty for a delete.
    qint64 version = 0;
    QString reference;
    QString applicantNames; // "A & B"
    QString createdAt; // ISO 8601 UTC with milliseconds: the list's order
    QByteArray json; // the record as stored
    QByteArray listRow; // encodeListRow(listRowOf(record))
};

// The prepared form of an application change; nullopt for another entity
// (an invitation travels inside its application). json, when not null,
// must be the record's JSON as received (rawChangeData): it is stored as it
// is (shared, not copied) instead of encoding the decoded record again.
std::optional<PreparedChange> prepareChange(const ChangeRecord &change, const QByteArray &json = {});

// Every application change of a page; rawData is used when it has one
// entry per change.
QList<PreparedChange> prepareChanges(const QList<ChangeRecord> &changes,
                                     const QList<QByteArray> &rawData = {});

// The applicant_names column of an application.
QString applicantNamesOf(const Application &application);
// The created_at column (ISO 8601 UTC with milliseconds; never null).
QString createdAtTextOf(const Application &application);

} // namespace dpdesk::client
