#include "core/wire/FieldReader.h"

#include "core/wire/WireTime.h"

#include <cmath>

namespace dpdesk {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

bool isTokenChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
        || c == u'_' || c == u'~' || c == u':' || c == u'-';
}

// An unknown key as it may appear in an error: printable ASCII only, at most
// 64 characters, so that an error about hostile input is itself harmless.
QString displayKey(const QString &key)
{
    if (key.isEmpty())
        return QStringLiteral("\"\"");
    QString shown = key.left(64);
    for (QChar &c : shown) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F)
            c = u'?';
    }
    if (key.size() > 64)
        shown += QStringLiteral("...");
    return shown;
}

} // namespace

FieldReader::FieldReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_read(m_object.size(), false)
{ }

FieldReader::FieldReader(QJsonObject object, const FieldReader *parent, QStringView key, int index)
    : m_object(std::move(object))
    , m_parent(parent)
    , m_key(key)
    , m_index(index)
    , m_read(m_object.size(), false)
{ }

QString FieldReader::ownPath() const
{
    if (!m_parent)
        return m_path;
    QString path = m_parent->pathOf(m_key);
    if (m_index >= 0)
        path += u'[' + QString::number(m_index) + u']';
    return path;
}

QString FieldReader::pathOf(QStringView key) const
{
    QString path = ownPath();
    if (path.isEmpty())
        return key.toString();
    return path + u'.' + key.toString();
}

void FieldReader::markRead(QJsonObject::const_iterator field)
{
    if (field != m_object.constEnd())
        m_read[field - m_object.constBegin()] = true;
}

void FieldReader::fail(QStringView key, const QString &code, const QString &message)
{
    failAtPath(pathOf(key), code, message);
}

void FieldReader::failAtPath(const QString &fieldPath, const QString &code, const QString &message)
{
    if (!m_error)
        m_error = Error{code, message, fieldPath};
}

void FieldReader::adopt(const Error &error)
{
    if (!m_error)
        m_error = error;
}

Status FieldReader::finish()
{
    if (m_error)
        return *m_error;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read[it - m_object.constBegin()]) {
            fail(displayKey(it.key()), wire_error::UnknownField, QStringLiteral("Unknown field."));
            return *m_error;
        }
    }
    return Status::success();
}

void FieldReader::wrongType(const QString &fieldPath, const char *expected)
{
    failAtPath(fieldPath, wire_error::WrongType, QStringLiteral("Must be %1.").arg(QLatin1String(expected)));
}

QJsonValue FieldReader::rawValue(QStringView key)
{
    const auto it = m_object.constFind(key);
    markRead(it);
    return it == m_object.constEnd() ? QJsonValue(QJsonValue::Undefined) : it.value();
}

std::optional<QJsonValue> FieldReader::take(QStringView key, Presence presence)
{
    if (!ok())
        return std::nullopt;
    const auto it = m_object.constFind(key);
    markRead(it);
    if (it == m_object.constEnd()) {
        if (presence == Presence::Required)
            fail(key, wire_error::MissingField, QStringLiteral("Required."));
        return std::nullopt;
    }
    const QJsonValue value = it.value();
    if (value.isNull()) {
        if (presence != Presence::Nullable)
            wrongType(pathOf(key), "a value, not null");
        return std::nullopt;
    }
    return value;
}

QString FieldReader::pathAt(QStringView key, int index) const
{
    if (index < 0)
        return pathOf(key);
    return pathOf(key) + u'[' + QString::number(index) + u']';
}

std::optional<QString> FieldReader::toText(QStringView key, int index, const QJsonValue &value, TextRule rule)
{
    // The path is only spelled out for an error.
    const auto fieldPath = [&] {
        return pathAt(key, index);
    };
    if (!value.isString()) {
        wrongType(fieldPath(), "a string");
        return std::nullopt;
    }
    const QString text = value.toString();
    const auto invalid = [&](const QString &message) {
        failAtPath(fieldPath(), wire_error::InvalidValue, message);
        return std::nullopt;
    };
    if (text.isEmpty())
        return invalid(QStringLiteral("Must not be empty."));
    if (text.size() > rule.maxLength) {
        failAtPath(fieldPath(), wire_error::TooLong,
                   QStringLiteral("Must be at most %1 characters.").arg(rule.maxLength));
        return std::nullopt;
    }
    if (!QStringView(text).isValidUtf16())
        return invalid(QStringLiteral("Holds an unpaired surrogate."));

    switch (rule.kind) {
    case TextKind::Token:
        for (const QChar c : text) {
            if (!isTokenChar(c.unicode()))
                return invalid(QStringLiteral("May only hold A-Z, a-z, 0-9 and . _ ~ : -."));
        }
        break;
    case TextKind::Line:
        for (const QChar c : text) {
            if (isControl(c.unicode()))
                return invalid(QStringLiteral("Must be one line without control characters."));
        }
        if (text.front().isSpace() || text.back().isSpace())
            return invalid(QStringLiteral("Must not start or end with whitespace."));
        break;
    case TextKind::Text:
        for (const QChar c : text) {
            if (isControl(c.unicode()) && c != u'\n' && c != u'\r' && c != u'\t')
                return invalid(QStringLiteral("Must not hold control characters."));
        }
        if (text.trimmed().isEmpty())
            return invalid(QStringLiteral("Must not be blank."));
        break;
    }
    return text;
}

std::optional<qint64> FieldReader::toInteger(QStringView key, const QJsonValue &value, qint64 min, qint64 max)
{
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
        wrongType(pathOf(key), "an integer");
        return std::nullopt;
    }
    // Compare as double first: a huge double must not be converted to qint64.
    const qint64 n = (d < double(min) || d > double(max)) ? min - 1 : value.toInteger(min - 1);
    if (n < min || n > max) {
        fail(key, wire_error::OutOfRange, QStringLiteral("Must be between %1 and %2.").arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<QDate> FieldReader::toDate(QStringView key, const QJsonValue &value)
{
    if (!value.isString()) {
        wrongType(pathOf(key), "a string");
        return std::nullopt;
    }
    const std::optional<QDate> date = parseWireDate(value.toString());
    if (!date)
        fail(key, wire_error::InvalidDate, QStringLiteral("Must be a date as YYYY-MM-DD."));
    return date;
}

std::optional<QJsonArray> FieldReader::toArray(QStringView key, const QJsonValue &value, int minItems,
                                               int maxItems)
{
    if (!value.isArray()) {
        wrongType(pathOf(key), "an array");
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() < minItems || array.size() > maxItems) {
        fail(key, wire_error::InvalidCount,
             QStringLiteral("Must have %1 to %2 items.").arg(minItems).arg(maxItems));
        return std::nullopt;
    }
    return array;
}

QString FieldReader::string(QStringView key, TextRule rule)
{
    const std::optional<QJsonValue> value = take(key, Presence::Required);
    return value ? toText(key, -1, *value, rule).value_or(QString()) : QString();
}

QString FieldReader::optionalString(QStringView key, TextRule rule)
{
    const std::optional<QJsonValue> value = take(key, Presence::Nullable);
    return value ? toText(key, -1, *value, rule).value_or(QString()) : QString();
}

std::optional<QString> FieldReader::maybeString(QStringView key, TextRule rule)
{
    const std::optional<QJsonValue> value = take(key, Presence::Absentable);
    return value ? toText(key, -1, *value, rule) : std::nullopt;
}

std::optional<QString> FieldReader::clearableString(QStringView key, TextRule rule)
{
    const bool isNull = m_object.contains(key) && m_object.value(key).isNull();
    const std::optional<QJsonValue> value = take(key, Presence::Nullable);
    if (!ok() || !m_object.contains(key))
        return std::nullopt;
    if (isNull)
        return QString();
    return value ? toText(key, -1, *value, rule) : std::nullopt;
}

QStringList FieldReader::stringList(QStringView key, int minItems, int maxItems, TextRule rule)
{
    const std::optional<QJsonValue> value = take(key, Presence::Required);
    if (!value)
        return {};
    const std::optional<QJsonArray> array = toArray(key, *value, minItems, maxItems);
    if (!array)
        return {};
    QStringList items;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const std::optional<QString> item = toText(key, int(i), array->at(i), rule);
        if (!item)
            return {};
        items.append(*item);
    }
    return items;
}

bool FieldReader::boolean(QStringView key)
{
    const std::optional<QJsonValue> value = take(key, Presence::Required);
    if (!value)
        return false;
    if (!value->isBool()) {
        wrongType(pathOf(key), "true or false");
        return false;
    }
    return value->toBool();
}

qint64 FieldReader::integer(QStringView key, qint64 min, qint64 max)
{
    const std::optional<QJsonValue> value = take(key, Presence::Required);
    return value ? toInteger(key, *value, min, max).value_or(min) : min;
}

std::optional<qint64> FieldReader::maybeInteger(QStringView key, qint64 min, qint64 max)
{
    const std::optional<QJsonValue> value = take(key, Presence::Absentable);
    return value ? toInteger(key, *value, min, max) : std::nullopt;
}

QDate FieldReader::date(QStringView key)
{
    const std::optional<QJsonValue> value = take(key, Presence::Required);
    return value ? toDate(key, *value).value_or(QDate()) : QDate();
}

std::optional<QDate> FieldReader::maybeDate(QStringView key)
{
    const std::optional<QJsonValue> value = take(key, Presence::Absentable);
    return value ? toDate(key, *value) : std::nullopt;
}

QDateTime FieldReader::time(QStringView key)
{
    return optionalTimeImpl(key, Presence::Required).value_or(QDateTime());
}

std::optional<QDateTime> FieldReader::optionalTime(QStringView key)
{
    return optionalTimeImpl(key, Presence::Nullable);
}

std::optional<QDateTime> FieldReader::optionalTimeImpl(QStringView key, Presence presence)
{
    const std::optional<QJsonValue> value = take(key, presence);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        wrongType(pathOf(key), "a string");
        return std::nullopt;
    }
    const std::optional<QDateTime> time = parseWireTime(value->toString());
    if (!time)
        fail(key, wire_error::InvalidDate, QStringLiteral("Must be a UTC time as YYYY-MM-DDTHH:MM:SS.mmmZ."));
    return time;
}

} // namespace dpdesk
