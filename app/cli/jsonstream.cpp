#include "jsonstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace cii::cli {
namespace {

// Blocks of at least this size reach the stream; a list smaller than one block is all or
// nothing.
constexpr qsizetype BlockSize = 64 * 1024;

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

} // namespace

JsonStream::JsonStream(std::FILE *out) : m_out(out)
{
    m_buffer.resize(2 * BlockSize);
}

char *JsonStream::room(qsizetype n)
{
    if (m_used + n > m_buffer.size())
        m_buffer.resize(qMax(2 * m_buffer.size(), m_used + n));
    return m_buffer.data() + m_used;
}

void JsonStream::raw(const char *text, qsizetype length)
{
    char *d = room(length);
    std::memcpy(d, text, size_t(length));
    m_used += length;
}

void JsonStream::byte(char c)
{
    *room(1) = c;
    ++m_used;
}

void JsonStream::quoted(const QString &s)
{
    // The escaping of Qt's JSON writer (qjsonwriter.cpp): ", \ and control characters
    // escaped, \b \f \n \r \t by name, other text as UTF-8, and a lone surrogate (which has no
    // UTF-8 form) as \uXXXX. At most 6 bytes per UTF-16 unit.
    const char16_t *p = reinterpret_cast<const char16_t *>(s.utf16());
    const char16_t *const end = p + s.size();
    char *d = room(2 + 6 * s.size());
    *d++ = '"';
    while (p != end) {
        const char16_t u = *p++;
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
            *d++ = char(u);
        } else if (u < 0x80) {
            *d++ = '\\';
            switch (u) {
            case u'"':
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                break;
            case 0x08:
                *d++ = 'b';
                break;
            case 0x0c:
                *d++ = 'f';
                break;
            case 0x0a:
                *d++ = 'n';
                break;
            case 0x0d:
                *d++ = 'r';
                break;
            case 0x09:
                *d++ = 't';
                break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hexDigit(u >> 4);
                *d++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *d++ = char(0xc0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *d++ = char(0xe0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && p != end && *p >= 0xdc00 && *p <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (*p++ - 0xdc00);
            *d++ = char(0xf0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3f));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
            *d++ = char(0x80 | (c & 0x3f));
        } else {
            *d++ = '\\';
            *d++ = 'u';
            *d++ = hexDigit((u >> 12) & 0xf);
            *d++ = hexDigit((u >> 8) & 0xf);
            *d++ = hexDigit((u >> 4) & 0xf);
            *d++ = hexDigit(u & 0xf);
        }
    }
    *d++ = '"';
    commit(d);
}

void JsonStream::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_first.empty())
        return;
    if (m_first.back())
        m_first.back() = false;
    else
        byte(',');
}

bool JsonStream::write(const char *data, qsizetype length)
{
    return std::fwrite(data, 1, size_t(length), m_out) == size_t(length);
}

void JsonStream::flushIfFull()
{
    if (m_used < BlockSize)
        return;
    if (!m_failed && !write(m_buffer.constData(), m_used))
        m_failed = true;
    m_used = 0;
}

void JsonStream::beginObject()
{
    separate();
    byte('{');
    m_first.push_back(true);
}

void JsonStream::endObject()
{
    byte('}');
    m_first.pop_back();
    flushIfFull();
}

void JsonStream::beginArray()
{
    separate();
    byte('[');
    m_first.push_back(true);
}

void JsonStream::endArray()
{
    byte(']');
    m_first.pop_back();
    flushIfFull();
}

void JsonStream::key(QLatin1String name)
{
    separate();
    // Keys given as literals are plain ASCII identifiers: nothing to escape.
    char *d = room(name.size() + 3);
    *d++ = '"';
    std::memcpy(d, name.data(), size_t(name.size()));
    d += name.size();
    *d++ = '"';
    *d++ = ':';
    commit(d);
    m_afterKey = true;
}

void JsonStream::key(const QString &name)
{
    separate();
    quoted(name);
    byte(':');
    m_afterKey = true;
}

void JsonStream::string(const QString &s)
{
    separate();
    quoted(s);
}

void JsonStream::integer(qint64 n)
{
    separate();
    char digits[24];
    char *end = digits + sizeof digits;
    char *d = end;
    // Through the unsigned value, so that the smallest qint64 has its digits too.
    quint64 v = n < 0 ? 0 - quint64(n) : quint64(n);
    do {
        *--d = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (n < 0)
        *--d = '-';
    raw(d, end - d);
}

void JsonStream::boolean(bool b)
{
    separate();
    if (b)
        raw("true", 4);
    else
        raw("false", 5);
}

void JsonStream::null()
{
    separate();
    raw("null", 4);
}

void JsonStream::stringOrNull(const QString &s)
{
    if (s.isEmpty())
        null();
    else
        string(s);
}

void JsonStream::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        return;
    case QJsonValue::Bool:
        boolean(v.toBool());
        return;
    case QJsonValue::String:
        string(v.toString());
        return;
    case QJsonValue::Object: {
        separate();
        const QByteArray text = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        raw(text.constData(), text.size());
        return;
    }
    case QJsonValue::Array: {
        separate();
        const QByteArray text = QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        raw(text.constData(), text.size());
        return;
    }
    case QJsonValue::Double: {
        // Qt writes numbers (integers and doubles alike) in its own way: let it.
        separate();
        const QByteArray one = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        raw(one.constData() + 1, one.size() - 2);
        return;
    }
    }
}

bool JsonStream::finish()
{
    byte('\n');
    if (!m_failed && !write(m_buffer.constData(), m_used))
        m_failed = true;
    m_used = 0;
    return std::fflush(m_out) == 0 && !m_failed;
}

void JsonStream::abandon()
{
    m_used = 0;
    std::fflush(m_out);
}

} // namespace cii::cli
