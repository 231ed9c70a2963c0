#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QTextBlock;
class QTextCharFormat;
class QTextImageFormat;
class QTextDocument;
class QTextFrame;
class QTextTable;
class QXmlStreamWriter;

namespace cii {

// Writes a laid-out official document (OfficialDocument::build) as ODT: content.xml with one
// automatic style per distinct paragraph, text, table, column and cell format; styles.xml with
// the GB/T 9704 page (A4, margins 37/28 mm, a 156 × 225 mm text block) and footers carrying
// the page number "— N —" right on odd pages and left on even ones; meta.xml; the manifest.
//
// Every text style names the Western, Asian and complex font, size and weight: LibreOffice
// applies only the Asian properties to Chinese text, and falls back to the Japanese Noto CJK
// when the Asian family is not named. QTextDocumentWriter("odf") sets only the Western ones
// and no page layout.
class OdtWriter
{
public:
    static Result<QByteArray> write(const QTextDocument &document);

private:
    explicit OdtWriter(const QTextDocument &document);
    QByteArray content();
    QByteArray styles() const;
    QByteArray meta() const;
    static QByteArray manifest(const QList<std::pair<QString, QByteArray>> &pictures);

    void writeFrame(QXmlStreamWriter &xml, QTextFrame *frame);
    void writeBlock(QXmlStreamWriter &xml, const QTextBlock &block);
    void writeTable(QXmlStreamWriter &xml, QTextTable *table);
    void writeImage(QXmlStreamWriter &xml, const QTextImageFormat &format);
    static void writeText(QXmlStreamWriter &xml, const QString &text);
    QString paragraphStyle(const QTextBlock &block);
    QString textStyle(const QTextCharFormat &format);
    QString textProperties(const QTextCharFormat &format);
    QString styleName(QMap<QString, QString> &styles, const QString &prefix,
                      const QString &properties);
    void writeFontFaces(QXmlStreamWriter &xml) const;

    const QTextDocument &m_document;
    // properties (serialised XML attributes and children) → style name, per family
    QMap<QString, QString> m_paragraphStyles;
    QMap<QString, QString> m_textStyles;
    QMap<QString, QString> m_tableStyles;
    QMap<QString, QString> m_columnStyles;
    QMap<QString, QString> m_cellStyles;
    QStringList m_fonts;
    int m_tables = 0;
    QList<std::pair<QString, QByteArray>> m_pictures; // package path → PNG
};

} // namespace cii
