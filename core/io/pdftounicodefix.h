#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace cii {

// Qt's PDF writer maps each glyph back to the lowest code point that uses it. In the Noto CJK
// fonts a CJK radical shares its glyph with the everyday ideograph (⻔ U+2ED4 and 门 U+95E8),
// so copied or extracted text came out as radicals: searching a notice for "部门" failed.
// This rewrites the radical code points in the PDF's ToUnicode maps to the ideograph drawn
// with the same glyph. Each code keeps its width, so no byte offset in the file moves.
class PdfToUnicodeFix
{
public:
    // radical code point → ideograph, for the glyphs the given font families share.
    static QHash<char16_t, char16_t> radicalMap(const QStringList &families);
    static QByteArray apply(const QByteArray &pdf, const QHash<char16_t, char16_t> &map);
};

} // namespace cii
