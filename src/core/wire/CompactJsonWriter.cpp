#include "core/wire/CompactJsonWriter.h"

#include "core/wire/WireTime.h"

namespace dpdesk {

namespace {
char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

void escapeUnit(QByteArray &out, uint u)
{
    out += "\\u00";
    out += hexDigit((u >> 4) & 0xf);
    out += hexDigit(u & 0xf);
}

void escapeSurrogate(QByteArray &out, uint u)
{
    out += "\\u";
    out += hexDigit((u >> 12) & 0xf);
    out += hexDigit((u >> 8) & 0xf);
    out += hexDigit((u >> 4) & 0xf);
    out += hexDigit(u & 0xf);
}

// Qt's escaping (qjsonwriter.cpp): " \ and C0 controls escaped (\b \f \n \r
// \t, else \u00xx), everything else as UTF-8, an unpaired surrogate as \uxxxx.
void appendEscaped(QByteArray &out, const QString &s)
{
    out += '"';
    const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *end = p + s.size();
    while (p != end) {
        const uint u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out += char(u);
                continue;
            }
            switch (u) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case 0x8:
                out += "\\b";
                break;
            case 0xc:
                out += "\\f";
                break;
            case 0xa:
                out += "\\n";
                break;
            case 0xd:
                out += "\\r";
                break;
            case 0x9:
                out += "\\t";
                break;
            default:
                escapeUnit(out, u);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (u >= 0xd800 && u < 0xdc00) { // a high surrogate
            if (p != end && *p >= 0xdc00 && *p < 0xe000) {
                const uint c = 0x10000 + ((u - 0xd800) << 10) + (uint(*p++) - 0xdc00);
                out += char(0xf0 | (c >> 18));
                out += char(0x80 | ((c >> 12) & 0x3f));
                out += char(0x80 | ((c >> 6) & 0x3f));
                out += char(0x80 | (c & 0x3f));
            } else {
                escapeSurrogate(out, u);
            }
        } else if (u >= 0xdc00 && u < 0xe000) { // a low surrogate on its own
            escapeSurrogate(out, u);
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
}
} // namespace

void CompactJsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }
}

void CompactJsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_first.push_back(true);
}

void CompactJsonWriter::endObject()
{
    m_out += '}';
    m_first.pop_back();
}

void CompactJsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_first.push_back(true);
}

void CompactJsonWriter::endArray()
{
    m_out += ']';
    m_first.pop_back();
}

void CompactJsonWriter::key(const char *name)
{
    beforeValue();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_afterKey = true;
}

void CompactJsonWriter::string(const QString &value)
{
    beforeValue();
    appendEscaped(m_out, value);
}

void CompactJsonWriter::ascii(const char *value)
{
    beforeValue();
    m_out += '"';
    m_out += value;
    m_out += '"';
}

namespace {
void digits(QByteArray &out, int value, int width)
{
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}
} // namespace

void CompactJsonWriter::wireTime(const QDateTime &time)
{
    const qint64 ms = time.isValid() ? time.toMSecsSinceEpoch() : 0;
    // Years 1-9999 only; anything else as formatWireTime writes it.
    constexpr qint64 kFirst = -62135596800000; // 0001-01-01T00:00:00Z
    constexpr qint64 kEnd = 253402300800000; // 10000-01-01T00:00:00Z
    if (!time.isValid() || ms < kFirst || ms >= kEnd) {
        string(formatWireTime(time));
        return;
    }
    beforeValue();
    qint64 days = ms / 86'400'000;
    qint64 rest = ms % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    int year = 0, month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    m_out += '"';
    digits(m_out, year, 4);
    m_out += '-';
    digits(m_out, month, 2);
    m_out += '-';
    digits(m_out, day, 2);
    m_out += 'T';
    digits(m_out, int(rest / 3'600'000), 2);
    m_out += ':';
    digits(m_out, int(rest / 60'000 % 60), 2);
    m_out += ':';
    digits(m_out, int(rest / 1000 % 60), 2);
    m_out += '.';
    digits(m_out, int(rest % 1000), 3);
    m_out += "Z\"";
}

void CompactJsonWriter::wireDate(QDate date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999) {
        string(formatWireDate(date));
        return;
    }
    beforeValue();
    m_out += '"';
    digits(m_out, date.year(), 4);
    m_out += '-';
    digits(m_out, date.month(), 2);
    m_out += '-';
    digits(m_out, date.day(), 2);
    m_out += '"';
}

void CompactJsonWriter::stringOrNull(const QString &value)
{
    if (value.isEmpty())
        null();
    else
        string(value);
}

void CompactJsonWriter::integer(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void CompactJsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void CompactJsonWriter::raw(const QByteArray &json)
{
    beforeValue();
    m_out += json;
}

void CompactJsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

} // namespace dpdesk
