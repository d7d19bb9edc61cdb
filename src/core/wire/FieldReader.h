#pragma once

#include "core/Result.h"
#include "core/domain/NamedEnum.h"
#include "core/wire/WireErrors.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>
#include <utility>

namespace dpdesk {

// What a string field may hold. Strings are never trimmed or otherwise
// changed by a decoder: what is stored is exactly what was sent, and input
// that would need trimming is refused (json.invalid_value) so that the sender
// fixes it where the user can see it.
enum class TextKind {
    // One line (names, e-mail, reference): not empty, no control characters
    // (C0, DEL, C1, U+2028/2029), no leading or trailing whitespace.
    Line,
    // Free text (explanations, reasons): line breaks and tabs allowed, other
    // control characters not; not blank. Inner and outer whitespace is kept.
    Text,
    // Identifiers, codes and tokens: only A-Z a-z 0-9 . _ ~ : - and not empty.
    Token,
};

struct TextRule
{
    TextKind kind = TextKind::Line;
    int maxLength = 200;
};

// Reads the fields of one JSON object for a decoder, with the rules every
// decoder shares:
//  - a required field that is absent is json.missing_field; a field present
//    with the wrong JSON type (null included, unless the field is nullable)
//    is json.wrong_type;
//  - "optional" fields may be absent or null, both meaning "not set";
//    "maybe" fields (patches) may be absent but not null; "clearable" fields
//    (patches) may be absent (keep), null (clear) or a value;
//  - finish() refuses any field no one read (json.unknown_field);
//  - every Error names the field by its JSON path, e.g.
//    "applicants[1].dateOfBirth" (0-based indexes).
// The first error wins: after it every read returns a default and changes
// nothing, so a decoder reads straight through and checks once at the end.
class FieldReader
{
public:
    explicit FieldReader(QJsonObject object, QString path = {});

    // The JSON path of a field of this object ("applicants[0].email").
    QString pathOf(QStringView key) const;

    bool ok() const { return !m_error.has_value(); }
    // Records an error about a field of this object (the first one wins).
    void fail(QStringView key, const QString &code, const QString &message);
    // Records an error with a ready-made JSON path.
    void failAtPath(const QString &fieldPath, const QString &code, const QString &message);

    // The first error, else json.unknown_field for the first unread field
    // (in key order), else success.
    Status finish();

    // The value as it is (Undefined when absent), marked as read; for the
    // rare field whose type depends on another field.
    QJsonValue rawValue(QStringView key);

    QString string(QStringView key, TextRule rule);
    QString optionalString(QStringView key, TextRule rule); // absent or null: empty
    std::optional<QString> maybeString(QStringView key, TextRule rule);
    std::optional<QString> clearableString(QStringView key, TextRule rule); // null: empty QString
    QStringList stringList(QStringView key, int minItems, int maxItems, TextRule rule);

    bool boolean(QStringView key);

    // Any JSON number with an integral value within [min, max]; others are
    // json.wrong_type (not integral) or json.out_of_range.
    qint64 integer(QStringView key, qint64 min, qint64 max);
    std::optional<qint64> maybeInteger(QStringView key, qint64 min, qint64 max);

    QDate date(QStringView key);
    std::optional<QDate> maybeDate(QStringView key);
    QDateTime time(QStringView key);
    std::optional<QDateTime> optionalTime(QStringView key);

    template<NamedEnum E>
    E enumValue(QStringView key)
    {
        const std::optional<QJsonValue> value = take(key, Presence::Required);
        return value ? toEnum<E>(key, *value).value_or(E{}) : E{};
    }
    template<NamedEnum E>
    std::optional<E> optionalEnum(QStringView key)
    {
        const std::optional<QJsonValue> value = take(key, Presence::Nullable);
        return value ? toEnum<E>(key, *value) : std::nullopt;
    }
    template<NamedEnum E>
    std::optional<E> maybeEnum(QStringView key)
    {
        const std::optional<QJsonValue> value = take(key, Presence::Absentable);
        return value ? toEnum<E>(key, *value) : std::nullopt;
    }

    // A nested object read by read(FieldReader &child); the child's unread
    // fields are refused and its error becomes this reader's error.
    template<typename Read>
    void object(QStringView key, Read &&read)
    {
        if (const std::optional<QJsonValue> value = take(key, Presence::Required))
            readObject(key, -1, *value, read);
    }
    // Absent or null: read is not called and the result is false.
    template<typename Read>
    bool optionalObject(QStringView key, Read &&read)
    {
        const std::optional<QJsonValue> value = take(key, Presence::Nullable);
        return value && readObject(key, -1, *value, read);
    }

    // An array of minItems..maxItems objects, each read by
    // read(FieldReader &item, int index). Absent is missing_field unless
    // maybe is true, when it is simply not read.
    template<typename Read>
    void objectArray(QStringView key, int minItems, int maxItems, Read &&read, bool maybe = false)
    {
        const std::optional<QJsonValue> value = take(key, maybe ? Presence::Absentable : Presence::Required);
        if (!value)
            return;
        const std::optional<QJsonArray> array = toArray(key, *value, minItems, maxItems);
        if (!array)
            return;
        for (int i = 0; i < array->size() && ok(); ++i)
            readObject(key, i, array->at(i), [&](FieldReader &item) { read(item, i); });
    }

private:
    enum class Presence { Required, Nullable, Absentable };

    // Marks key as read; the value, or nullopt when absent or null is fine
    // for this presence or an error was recorded.
    std::optional<QJsonValue> take(QStringView key, Presence presence);

    // The path of key, or of key[index] when index >= 0.
    QString pathAt(QStringView key, int index) const;
    // The text at key (or key[index] when index >= 0).
    std::optional<QString> toText(QStringView key, int index, const QJsonValue &value, TextRule rule);
    std::optional<qint64> toInteger(QStringView key, const QJsonValue &value, qint64 min, qint64 max);
    std::optional<QDate> toDate(QStringView key, const QJsonValue &value);
    std::optional<QDateTime> optionalTimeImpl(QStringView key, Presence presence);
    std::optional<QJsonArray> toArray(QStringView key, const QJsonValue &value, int minItems, int maxItems);
    void wrongType(const QString &fieldPath, const char *expected);

    template<NamedEnum E>
    std::optional<E> toEnum(QStringView key, const QJsonValue &value)
    {
        if (!value.isString()) {
            wrongType(pathOf(key), "a string");
            return std::nullopt;
        }
        const std::optional<E> parsed = enumFromString<E>(value.toString());
        if (!parsed)
            fail(key, wire_error::InvalidEnum,
                 QStringLiteral("Must be one of: %1.").arg(enumNames<E>().join(QStringLiteral(", "))));
        return parsed;
    }

    // A nested reader: its path (key, or key[index] when index >= 0, under
    // this reader's) is only spelled out when an error needs it.
    FieldReader(QJsonObject object, const FieldReader *parent, QStringView key, int index);
    QString ownPath() const;

    // The object at key (or at key[index] when index >= 0).
    template<typename Read>
    bool readObject(QStringView key, int index, const QJsonValue &value, Read &&read)
    {
        if (!value.isObject()) {
            wrongType(pathAt(key, index), "an object");
            return false;
        }
        FieldReader child(value.toObject(), this, key, index);
        read(child);
        if (const Status status = child.finish(); !status) {
            adopt(status.error());
            return false;
        }
        return true;
    }

    void adopt(const Error &error);
    // Marks the field at this position of m_object as read.
    void markRead(QJsonObject::const_iterator field);

    QJsonObject m_object;
    QString m_path; // of a top-level reader
    // Of a nested reader: its parent (alive while it is), key and index.
    const FieldReader *m_parent = nullptr;
    QStringView m_key;
    int m_index = -1;
    // One flag per field of m_object, in key order: read by the decoder.
    // (A set of key strings cost an allocation per field; bench_desktop.)
    QVarLengthArray<bool, 32> m_read;
    std::optional<Error> m_error;
};

// Runs read(FieldReader &) over object and finishes it: the common body of
// every public decoder.
template<typename T, typename Read>
Result<T> readWith(const QJsonObject &object, const QString &path, Read &&read)
{
    FieldReader reader(object, path);
    T value = read(reader);
    if (const Status status = reader.finish(); !status)
        return status.error();
    return value;
}

} // namespace dpdesk
