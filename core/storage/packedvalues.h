#pragma once

#include <QPair>
#include <QString>
#include <QStringView>
#include <QVector>

namespace cii {

// A JSON object of strings as SQL's JSON aggregate packs a group's rows ({"key":"value",…}:
// a system's indicator values in one column), decoded without a general JSON parser, since
// it runs once per system of a 100,000-system read. Any JSON string escape is understood, and
// white space (PostgreSQL's json_object_agg writes it) is allowed.
class PackedValues
{
public:
    // Appends each member to `out` in the text's order. Empty text (the aggregate of no
    // rows, NULL) is no members; false when the text is not such an object.
    static bool read(QStringView json, QVector<QPair<QString, QString>> *out);

private:
    explicit PackedValues(QStringView json) : m_json(json) {}
    void skipSpace();
    bool take(char16_t c);
    bool atEnd();
    int hex4();
    bool string(QString *out);

    QStringView m_json;
    qsizetype m_at = 0;
};

} // namespace cii
