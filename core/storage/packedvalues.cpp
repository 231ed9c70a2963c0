#include "packedvalues.h"

namespace cii {

bool PackedValues::read(QStringView json, QVector<QPair<QString, QString>> *out)
{
    if (json.isEmpty())
        return true;
    PackedValues p(json);
    if (!p.take(u'{'))
        return false;
    if (p.take(u'}'))
        return p.atEnd();
    for (;;) {
        QString key, value;
        if (!p.string(&key) || !p.take(u':') || !p.string(&value))
            return false;
        out->append({std::move(key), std::move(value)});
        if (p.take(u','))
            continue;
        return p.take(u'}') && p.atEnd();
    }
}

void PackedValues::skipSpace()
{
    while (m_at < m_json.size() && (m_json[m_at] == u' ' || m_json[m_at] == u'\n' ||
                                    m_json[m_at] == u'\t' || m_json[m_at] == u'\r'))
        ++m_at;
}

bool PackedValues::take(char16_t c)
{
    skipSpace();
    if (m_at >= m_json.size() || m_json[m_at] != c)
        return false;
    ++m_at;
    return true;
}

bool PackedValues::atEnd()
{
    skipSpace();
    return m_at == m_json.size();
}

int PackedValues::hex4()
{
    if (m_at + 4 > m_json.size())
        return -1;
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const char16_t c = m_json[m_at++].unicode();
        const int digit = (c >= u'0' && c <= u'9')   ? c - u'0'
                          : (c >= u'a' && c <= u'f') ? c - u'a' + 10
                          : (c >= u'A' && c <= u'F') ? c - u'A' + 10
                                                     : -1;
        if (digit < 0)
            return -1;
        v = v * 16 + digit;
    }
    return v;
}

bool PackedValues::string(QString *out)
{
    if (!take(u'"'))
        return false;
    const qsizetype start = m_at;
    while (m_at < m_json.size() && m_json[m_at] != u'"' && m_json[m_at] != u'\\')
        ++m_at;
    if (m_at >= m_json.size())
        return false;
    if (m_json[m_at] == u'"') {
        *out = m_json.mid(start, m_at - start).toString();
        ++m_at;
        return true;
    }
    // Escapes: decoded one by one (text with quotes, backslashes or control characters).
    QString text = m_json.mid(start, m_at - start).toString();
    while (m_at < m_json.size()) {
        const char16_t c = m_json[m_at++].unicode();
        if (c == u'"') {
            *out = text;
            return true;
        }
        if (c != u'\\') {
            text += QChar(c);
            continue;
        }
        if (m_at >= m_json.size())
            return false;
        switch (m_json[m_at++].unicode()) {
        case u'"':
            text += u'"';
            break;
        case u'\\':
            text += u'\\';
            break;
        case u'/':
            text += u'/';
            break;
        case u'b':
            text += u'\b';
            break;
        case u'f':
            text += u'\f';
            break;
        case u'n':
            text += u'\n';
            break;
        case u'r':
            text += u'\r';
            break;
        case u't':
            text += u'\t';
            break;
        case u'u': {
            const int code = hex4();
            if (code < 0)
                return false;
            text += QChar(char16_t(code));
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

} // namespace cii
