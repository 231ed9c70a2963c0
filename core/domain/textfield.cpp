#include "textfield.h"

namespace cii {
namespace {

constexpr int ShownLength = 40;

bool isBidiControl(char32_t c)
{
    // LRE RLE PDF LRO RLO and LRI RLI FSI PDI: they reorder what follows on screen.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QString TextField::problem(const QString &value, int maxLength, Lines lines)
{
    const QList<uint> points = value.toUcs4();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t c = points.at(i);
        const int position = int(i) + 1;
        if (c == 0)
            return tr("contains a NUL character (at character %1)").arg(position);
        if (lines == Lines::Multi &&
            (c == U'\n' || c == U'\t' ||
             (c == U'\r' && i + 1 < points.size() && points.at(i + 1) == U'\n')))
            continue;
        if (isControl(c))
            return lines == Lines::Multi
                       ? tr("contains the control character %1 at character %2 (only text, "
                            "tabs and line breaks are accepted)")
                             .arg(codePoint(c))
                             .arg(position)
                       : tr("contains the control character %1 at character %2 (one line of "
                            "text is expected)")
                             .arg(codePoint(c))
                             .arg(position);
        if (isBidiControl(c))
            return tr("contains the text-direction control %1 at character %2")
                .arg(codePoint(c))
                .arg(position);
    }
    if (points.size() > maxLength)
        return tr("%n characters long; at most %1 are accepted", nullptr, int(points.size()))
            .arg(maxLength);
    return {};
}

void TextField::check(QVector<FieldError> &errors, const QString &field, const QString &value,
                      int maxLength, Lines lines)
{
    if (const QString p = problem(value, maxLength, lines); !p.isEmpty())
        errors.push_back({field, p});
}

QString TextField::shown(const QString &value)
{
    QString out;
    const QList<uint> points = value.toUcs4();
    for (qsizetype i = 0; i < points.size() && i < ShownLength; ++i) {
        const char32_t c = points.at(i);
        if (isControl(c) || isBidiControl(c))
            out += QLatin1Char('<') + codePoint(c) + QLatin1Char('>');
        else
            out += QString::fromUcs4(&c, 1);
    }
    if (points.size() > ShownLength)
        out += QStringLiteral("…");
    return out;
}

} // namespace cii
