#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <cstdio>
#include <vector>

namespace cii::cli {

// Writes one JSON document to a stream piece by piece, in exactly the bytes that
// QJsonDocument::toJson(Compact) gives for the same values, so that a list of 100,000 rows
// is written as the rows are read instead of being built as one QJsonObject first.
// Keys go out in the order they are given: callers give an object's keys in the order
// QJsonObject keeps them (sorted), which is what the CLI printed before it streamed.
//
// Output is buffered and reaches the stream in blocks. A stream that is abandoned (a
// storage error while the rows were read) drops what is still in its buffer and is never
// closed: small output is then not written at all, and large output stops without its
// closing brackets, so that no reader takes a cut list for a whole one.
class JsonStream
{
public:
    explicit JsonStream(std::FILE *out = stdout);
    JsonStream(const JsonStream &) = delete;
    JsonStream &operator=(const JsonStream &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next member's key (inside an object).
    void key(QLatin1String name);
    void key(const QString &name);

    void string(const QString &s);
    void integer(qint64 n);
    void boolean(bool b);
    void null();
    // A string, or null when it is empty.
    void stringOrNull(const QString &s);
    // Anything else (arrays and objects built as Qt JSON values, doubles).
    void value(const QJsonValue &v);

    // Ends the document with a newline and flushes it; false when the stream refused it.
    bool finish();
    // Drops the unwritten rest (see the class comment).
    void abandon();

private:
    void separate();
    // Room for `n` more bytes; returns where they go (commit() says how many were used).
    char *room(qsizetype n);
    void commit(const char *end) { m_used = end - m_buffer.constData(); }
    void raw(const char *text, qsizetype length);
    void byte(char c);
    // `s` as a JSON string literal (quotes included) in QJsonDocument's escaping.
    void quoted(const QString &s);
    bool write(const char *data, qsizetype length);
    void flushIfFull();

    std::FILE *m_out;
    // Bytes [0, m_used) are the unwritten output; the rest is room.
    QByteArray m_buffer;
    qsizetype m_used = 0;
    // One entry per open object or array: true until its first element is written.
    std::vector<bool> m_first;
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace cii::cli
