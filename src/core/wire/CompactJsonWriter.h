#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace dpdesk {

// Writes compact JSON straight into bytes, exactly as
// QJsonDocument(object).toJson(QJsonDocument::Compact) writes the same
// object, without building QJsonObjects first (which costs most of the time
// of rendering a record on every write). The caller gives the keys of each
// object in ascending byte order, the order QJsonObject keeps them in;
// tst_wire_compact_records checks the records that use it against Qt's
// writer.
class CompactJsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // An ASCII key without characters that need escaping.
    void key(const char *name);

    void string(const QString &value);
    // Text that needs no escaping (enum wire names): written as it is.
    void ascii(const char *value);
    // formatWireTime(time) and formatWireDate(date) (WireTime.h), as strings.
    void wireTime(const QDateTime &time);
    void wireDate(QDate date);
    void stringOrNull(const QString &value); // empty: null
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    // A value that is JSON already (written by another writer).
    void raw(const QByteArray &json);

    QByteArray take() { return std::move(m_out); }

private:
    void beforeValue();

    QByteArray m_out;
    std::vector<bool> m_first; // per open object or array: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace dpdesk
