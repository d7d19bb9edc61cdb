#include "client/sync/RawChangeData.h"

namespace dpdesk::client {

namespace {

// A forward scanner over JSON text that a parser has already accepted: it
// only finds where values begin and end. Every step checks its bounds and
// stops (failed) on anything unexpected, so malformed input cannot make it
// read past the end.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    { }

    bool failed() const { return m_failed; }
    qsizetype position() const { return m_pos; }
    QByteArrayView slice(qsizetype from) const { return m_text.sliced(from, m_pos - from); }

    char peek()
    {
        skipSpace();
        return m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }
    bool take(char c)
    {
        if (peek() != c)
            return fail();
        ++m_pos;
        return true;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos == m_text.size();
    }

    // A key without escapes (an escaped one is refused: it might spell
    // "data" differently), followed by its colon.
    std::optional<QByteArrayView> key()
    {
        if (peek() != '"') {
            fail();
            return std::nullopt;
        }
        const qsizetype start = m_pos + 1;
        bool escaped = false;
        if (!skipString(&escaped) || escaped) {
            fail();
            return std::nullopt;
        }
        const qsizetype end = m_pos - 1; // the closing quote
        if (!take(':'))
            return std::nullopt;
        return m_text.sliced(start, end - start);
    }

    // Skips one value of any kind, without recursion: inside a container
    // only the brackets are counted (strings skipped whole).
    bool skipValue()
    {
        const char first = peek();
        if (first == '"')
            return skipString(nullptr);
        if (first == '{' || first == '[') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                const char c = m_text[m_pos];
                if (c == '"') {
                    if (!skipString(nullptr))
                        return false;
                    continue;
                }
                ++m_pos;
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0)
                        return true;
                }
            }
            return fail();
        }
        // A number, true, false or null: up to the next delimiter.
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !isDelimiter(m_text[m_pos]))
            ++m_pos;
        return m_pos > start || fail();
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static bool isDelimiter(char c) { return isSpace(c) || c == ',' || c == ']' || c == '}' || c == ':'; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }
    // At an opening quote: skips to after the closing one.
    bool skipString(bool *escaped)
    {
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (c == '\\') {
                if (escaped)
                    *escaped = true;
                ++m_pos; // the escaped character (\" or \\ included)
            }
        }
        return fail();
    }
    bool fail()
    {
        m_failed = true;
        m_pos = m_text.size();
        return false;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

// One entry of "changes": the bytes of its "data" value.
std::optional<QByteArray> dataOfEntry(Scanner &scan)
{
    if (!scan.take('{'))
        return std::nullopt;
    std::optional<QByteArray> data;
    if (scan.peek() == '}') {
        scan.take('}');
        return std::nullopt; // no "data"
    }
    do {
        const auto key = scan.key();
        if (!key)
            return std::nullopt;
        if (*key == "data") {
            if (data)
                return std::nullopt; // twice
            scan.peek(); // to the value's first byte
            const qsizetype start = scan.position();
            if (!scan.skipValue())
                return std::nullopt;
            data = scan.slice(start).toByteArray();
        } else if (!scan.skipValue()) {
            return std::nullopt;
        }
    } while (scan.peek() == ',' && scan.take(','));
    if (!scan.take('}'))
        return std::nullopt;
    return data;
}

} // namespace

std::optional<QList<QByteArray>> rawChangeData(QByteArrayView page)
{
    Scanner scan(page);
    if (!scan.take('{'))
        return std::nullopt;
    std::optional<QList<QByteArray>> result;
    if (scan.peek() != '}') {
        do {
            const auto key = scan.key();
            if (!key)
                return std::nullopt;
            if (*key != "changes") {
                if (!scan.skipValue())
                    return std::nullopt;
                continue;
            }
            if (result || !scan.take('['))
                return std::nullopt; // "changes" twice, or not an array
            result.emplace();
            if (scan.peek() == ']') {
                scan.take(']');
                continue;
            }
            do {
                auto data = dataOfEntry(scan);
                if (!data)
                    return std::nullopt;
                result->append(std::move(*data));
            } while (scan.peek() == ',' && scan.take(','));
            if (!scan.take(']'))
                return std::nullopt;
        } while (scan.peek() == ',' && scan.take(','));
    }
    if (!scan.take('}') || !scan.atEnd() || scan.failed())
        return std::nullopt;
    return result;
}

} // namespace dpdesk::client
