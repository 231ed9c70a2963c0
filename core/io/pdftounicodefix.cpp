#include "pdftounicodefix.h"

#include <QFont>
#include <QRawFont>
#include <QRegularExpression>
#include <QVector>

namespace cii {
namespace {

bool isRadical(uint c)
{
    return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
}

QByteArray hex4(char16_t c)
{
    return QByteArray::number(uint(c), 16).toUpper().rightJustified(4, '0');
}

} // namespace

QHash<char16_t, char16_t> PdfToUnicodeFix::radicalMap(const QStringList &families)
{
    QHash<char16_t, char16_t> map;
    for (const QString &family : families) {
        const QRawFont raw = QRawFont::fromFont(QFont(family));
        if (!raw.isValid())
            continue;
        QVector<char32_t> ideographs;
        for (char32_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs << c;
        QVector<quint32> glyphs(ideographs.size());
        int n = int(glyphs.size());
        if (!raw.glyphIndexesForChars(
                reinterpret_cast<const QChar *>(
                    QString::fromUcs4(ideographs.constData(), ideographs.size()).constData()),
                int(ideographs.size()), glyphs.data(), &n))
            continue;
        QHash<quint32, char16_t> ideographOfGlyph;
        for (int i = 0; i < n; ++i) {
            if (glyphs.at(i) != 0 && !ideographOfGlyph.contains(glyphs.at(i)))
                ideographOfGlyph.insert(glyphs.at(i), char16_t(ideographs.at(i)));
        }
        QString radicals;
        for (uint c = 0x2E80; c <= 0x2FDF; ++c)
            radicals += QChar(char16_t(c));
        QVector<quint32> radicalGlyphs(radicals.size());
        int m = int(radicalGlyphs.size());
        if (!raw.glyphIndexesForChars(radicals.constData(), int(radicals.size()),
                                      radicalGlyphs.data(), &m))
            continue;
        for (int i = 0; i < m; ++i) {
            const auto it = ideographOfGlyph.constFind(radicalGlyphs.at(i));
            if (radicalGlyphs.at(i) != 0 && it != ideographOfGlyph.constEnd())
                map.insert(radicals.at(i).unicode(), it.value());
        }
    }
    return map;
}

QByteArray PdfToUnicodeFix::apply(const QByteArray &pdf, const QHash<char16_t, char16_t> &map)
{
    if (map.isEmpty())
        return pdf;
    QByteArray out = pdf;
    static const QRegularExpression hexCode(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = out.indexOf("begincmap", from);
        if (begin < 0)
            break;
        const qsizetype end = out.indexOf("endcmap", begin);
        if (end < 0)
            break;
        // Destination codes only: inside [...] arrays, the third code of a bfrange line, the
        // second of a bfchar line. Source codes are glyph ids and stay as they are.
        qsizetype lineStart = begin;
        while (lineStart < end) {
            qsizetype lineEnd = out.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QString line = QString::fromLatin1(out.mid(lineStart, lineEnd - lineStart));
            const qsizetype bracket = line.indexOf(QLatin1Char('['));
            int index = 0;
            for (auto it = hexCode.globalMatch(line); it.hasNext(); ++index) {
                const QRegularExpressionMatch m = it.next();
                const bool destination = bracket >= 0 ? m.capturedStart() > bracket : index >= 1;
                if (!destination)
                    continue;
                bool ok = false;
                const uint code = m.captured(1).toUInt(&ok, 16);
                if (!ok || !isRadical(code))
                    continue;
                const auto replacement = map.constFind(char16_t(code));
                if (replacement == map.constEnd())
                    continue;
                out.replace(lineStart + m.capturedStart(1), 4, hex4(replacement.value()));
            }
            lineStart = lineEnd + 1;
        }
        from = end;
    }
    return out;
}

} // namespace cii
