#include "odtwriter.h"

#include "io/odtpackage.h"
#include "io/officialdocument.h"
#include "io/officialdocumentlayout.h"

#include <QBuffer>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamWriter>

#include <algorithm>

namespace cii {
namespace {

using Layout = OfficialDocumentLayout;

const char *const ns[][2] = {
    {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
    {"xlink", "http://www.w3.org/1999/xlink"},
};

void startDocument(QXmlStreamWriter &xml, const char *root)
{
    xml.setAutoFormatting(false);
    xml.writeStartDocument();
    xml.writeStartElement(QLatin1String(root));
    for (const auto &n : ns)
        xml.writeAttribute(QStringLiteral("xmlns:%1").arg(QLatin1String(n[0])),
                           QLatin1String(n[1]));
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
}

QString pt(qreal points)
{
    return QString::number(points, 'f', 2) + QStringLiteral("pt");
}

QString ptFromPx(qreal px)
{
    return pt(Layout::points(px));
}

QString mm(qreal millimetres)
{
    return QString::number(millimetres, 'f', 2) + QStringLiteral("mm");
}

QString attr(const char *name, const QString &value)
{
    return QStringLiteral(" %1=\"%2\"").arg(QLatin1String(name), value.toHtmlEscaped());
}

bool isCjkFamily(const QString &f)
{
    static const QStringList marks{
        QStringLiteral("CJK"), QStringLiteral("Song"), QStringLiteral("Hei"),
        QStringLiteral("Kai"), QStringLiteral("Fang"), QStringLiteral("宋"),
        QStringLiteral("黑"),  QStringLiteral("楷"),   QStringLiteral("仿")};
    for (const QString &m : marks)
        if (f.contains(m, Qt::CaseInsensitive))
            return true;
    return false;
}

// Writes serialised properties ("<style:paragraph-properties …/>…") as raw XML: the
// properties are our own attribute strings, escaped when built.
void writeRaw(QXmlStreamWriter &xml, const QString &raw)
{
    xml.device()->write(raw.toUtf8());
}

} // namespace

OdtWriter::OdtWriter(const QTextDocument &document) : m_document(document) {}

Result<QByteArray> OdtWriter::write(const QTextDocument &document)
{
    OdtWriter w(document);
    OdtPackage package("application/vnd.oasis.opendocument.text");
    package.add(QStringLiteral("content.xml"), w.content());
    package.add(QStringLiteral("styles.xml"), w.styles());
    package.add(QStringLiteral("meta.xml"), w.meta());
    for (const auto &[path, png] : w.m_pictures)
        package.add(path, png);
    package.add(QStringLiteral("META-INF/manifest.xml"), manifest(w.m_pictures));
    return package.zip();
}

QString OdtWriter::styleName(QMap<QString, QString> &styles, const QString &prefix,
                             const QString &properties)
{
    auto it = styles.constFind(properties);
    if (it != styles.constEnd())
        return it.value();
    const QString name = prefix + QString::number(styles.size() + 1);
    styles.insert(properties, name);
    return name;
}

QString OdtWriter::textProperties(const QTextCharFormat &f)
{
    const QFont base = m_document.defaultFont();
    QStringList families = f.fontFamilies().toStringList();
    if (families.isEmpty())
        families = base.families();
    const QString western = families.value(0, QStringLiteral("Liberation Serif"));
    QString asian;
    for (const QString &family : families)
        if (isCjkFamily(family)) {
            asian = family;
            break;
        }
    if (asian.isEmpty())
        asian = western.contains(QStringLiteral("Sans")) ? QStringLiteral("Noto Sans CJK SC")
                                                         : OfficialDocument::chineseBodyFamily();
    for (const QString &font : {western, asian})
        if (!m_fonts.contains(font))
            m_fonts << font;
    const qreal size = f.hasProperty(QTextFormat::FontPointSize) && f.fontPointSize() > 0
                           ? f.fontPointSize()
                           : base.pointSizeF();
    const bool bold = f.hasProperty(QTextFormat::FontWeight) && f.fontWeight() >= QFont::DemiBold;
    const bool italic = f.fontItalic();
    QString p = QStringLiteral("<style:text-properties");
    p += attr("style:font-name", western) + attr("style:font-name-asian", asian) +
         attr("style:font-name-complex", western);
    p += attr("fo:font-size", pt(size)) + attr("style:font-size-asian", pt(size)) +
         attr("style:font-size-complex", pt(size));
    const QString weight = bold ? QStringLiteral("bold") : QStringLiteral("normal");
    p += attr("fo:font-weight", weight) + attr("style:font-weight-asian", weight) +
         attr("style:font-weight-complex", weight);
    if (italic)
        p += attr("fo:font-style", QStringLiteral("italic")) +
             attr("style:font-style-asian", QStringLiteral("italic")) +
             attr("style:font-style-complex", QStringLiteral("italic"));
    if (f.hasProperty(QTextFormat::ForegroundBrush) && f.foreground().style() != Qt::NoBrush)
        p += attr("fo:color", f.foreground().color().name());
    if (f.fontUnderline())
        p += attr("style:text-underline-style", QStringLiteral("solid")) +
             attr("style:text-underline-width", QStringLiteral("auto")) +
             attr("style:text-underline-color", QStringLiteral("font-color"));
    return p + QStringLiteral("/>");
}

QString OdtWriter::textStyle(const QTextCharFormat &format)
{
    return styleName(m_textStyles, QStringLiteral("T"), textProperties(format));
}

QString OdtWriter::paragraphStyle(const QTextBlock &block)
{
    const QTextBlockFormat f = block.blockFormat();
    QString p = QStringLiteral("<style:paragraph-properties");
    const Qt::Alignment a = f.alignment();
    p += attr("fo:text-align", a & Qt::AlignHCenter   ? QStringLiteral("center")
                               : a & Qt::AlignRight   ? QStringLiteral("end")
                               : a & Qt::AlignJustify ? QStringLiteral("justify")
                                                      : QStringLiteral("start"));
    // The 版记's shift to the foot of the page was measured on Qt's layout; LibreOffice lays
    // out by itself, and keep-with-next holds the block together.
    const qreal top = f.hasProperty(Layout::BaseTopMarginProperty)
                          ? f.doubleProperty(Layout::BaseTopMarginProperty)
                          : f.topMargin();
    p +=
        attr("fo:margin-top", ptFromPx(top)) + attr("fo:margin-bottom", ptFromPx(f.bottomMargin()));
    p += attr("fo:margin-left", ptFromPx(f.leftMargin() + f.indent() * 40)) +
         attr("fo:margin-right", ptFromPx(f.rightMargin())) +
         attr("fo:text-indent", ptFromPx(f.textIndent()));
    switch (f.lineHeightType()) {
    case QTextBlockFormat::FixedHeight:
        p += attr("fo:line-height", ptFromPx(f.lineHeight()));
        break;
    case QTextBlockFormat::ProportionalHeight:
        p += attr("fo:line-height", QString::number(f.lineHeight()) + QLatin1Char('%'));
        break;
    case QTextBlockFormat::MinimumHeight:
        p += attr("style:line-height-at-least", ptFromPx(f.lineHeight()));
        break;
    default:
        break;
    }
    if (f.background().style() != Qt::NoBrush)
        p += attr("fo:background-color", f.background().color().name());
    if ((f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) &&
        !f.boolProperty(Layout::PushedToNextPageProperty))
        p += attr("fo:break-before", QStringLiteral("page"));
    if (f.boolProperty(Layout::KeepWithNextProperty))
        p += attr("fo:keep-with-next", QStringLiteral("always"));
    if (f.nonBreakableLines())
        p += attr("fo:keep-together", QStringLiteral("always"));
    const QList<QTextOption::Tab> tabs = f.tabPositions();
    if (tabs.isEmpty()) {
        p += QStringLiteral("/>");
    } else {
        p += QStringLiteral("><style:tab-stops>");
        for (const QTextOption::Tab &t : tabs)
            p += QStringLiteral("<style:tab-stop") + attr("style:position", ptFromPx(t.position)) +
                 attr("style:type", t.type == QTextOption::RightTab    ? QStringLiteral("right")
                                    : t.type == QTextOption::CenterTab ? QStringLiteral("center")
                                                                       : QStringLiteral("left")) +
                 QStringLiteral("/>");
        p += QStringLiteral("</style:tab-stops></style:paragraph-properties>");
    }
    // The paragraph's own character format sizes an empty paragraph (the rules).
    p += textProperties(block.charFormat());
    return styleName(m_paragraphStyles, QStringLiteral("P"), p);
}

void OdtWriter::writeText(QXmlStreamWriter &xml, const QString &text)
{
    QString run;
    int spaces = 0;
    const auto flush = [&] {
        if (!run.isEmpty())
            xml.writeCharacters(run);
        run.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ')) {
            // A space after a space is <text:s/> (ODF collapses white space).
            if (spaces++ == 0 && i > 0) {
                run += c;
                continue;
            }
            flush();
            xml.writeEmptyElement(QStringLiteral("text:s"));
            continue;
        }
        spaces = 0;
        if (c == QLatin1Char('\t')) {
            flush();
            xml.writeEmptyElement(QStringLiteral("text:tab"));
        } else if (c == QChar::LineSeparator) {
            flush();
            xml.writeEmptyElement(QStringLiteral("text:line-break"));
        } else if (c == QChar::ObjectReplacementCharacter) {
            continue;
        } else {
            run += c;
        }
    }
    flush();
}

void OdtWriter::writeBlock(QXmlStreamWriter &xml, const QTextBlock &block)
{
    if (block.blockFormat().boolProperty(Layout::SpacerProperty))
        return;
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle(block));
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        if (fragment.charFormat().isImageFormat()) {
            writeImage(xml, fragment.charFormat().toImageFormat());
            continue;
        }
        xml.writeStartElement(QStringLiteral("text:span"));
        xml.writeAttribute(QStringLiteral("text:style-name"), textStyle(fragment.charFormat()));
        writeText(xml, fragment.text());
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// A picture of the document (a chart) goes into the package as PNG, drawn where it stands in
// the line, at the size the HTML gave it.
void OdtWriter::writeImage(QXmlStreamWriter &xml, const QTextImageFormat &format)
{
    const QImage image =
        m_document.resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
    if (image.isNull())
        return;
    const QString path = QStringLiteral("Pictures/%1.png").arg(m_pictures.size() + 1);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_pictures.append({path, png});
    const auto mmOf = [](qreal px) { return mm(Layout::points(px) * 25.4 / 72); };
    const qreal width = format.width() > 0 ? format.width() : image.width();
    const qreal height =
        format.height() > 0 ? format.height() : width * image.height() / std::max(1, image.width());
    xml.writeStartElement(QStringLiteral("draw:frame"));
    xml.writeAttribute(QStringLiteral("draw:name"),
                       QStringLiteral("Picture%1").arg(m_pictures.size()));
    xml.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
    xml.writeAttribute(QStringLiteral("svg:width"), mmOf(width));
    xml.writeAttribute(QStringLiteral("svg:height"), mmOf(height));
    xml.writeAttribute(QStringLiteral("draw:z-index"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("draw:image"));
    xml.writeAttribute(QStringLiteral("xlink:href"), path);
    xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
    xml.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
    xml.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
    xml.writeEndElement();
}

void OdtWriter::writeTable(QXmlStreamWriter &xml, QTextTable *table)
{
    const QTextTableFormat tf = table->format();
    const QString name = QStringLiteral("Table%1").arg(++m_tables);
    const qreal textWidth = Layout::textWidthMm;
    xml.writeStartElement(QStringLiteral("table:table"));
    xml.writeAttribute(QStringLiteral("table:name"), name);
    xml.writeAttribute(QStringLiteral("table:style-name"),
                       styleName(m_tableStyles, QStringLiteral("Ta"),
                                 QStringLiteral("<style:table-properties") +
                                     attr("style:width", mm(textWidth)) +
                                     attr("table:align", QStringLiteral("margins")) +
                                     attr("fo:margin-top", ptFromPx(tf.topMargin())) +
                                     attr("fo:margin-bottom", ptFromPx(tf.bottomMargin())) +
                                     QStringLiteral("/>")));
    const QVector<QTextLength> widths = tf.columnWidthConstraints();
    // Qt's fixed widths are content widths; an ODF column's width includes padding and border.
    const qreal extra = 2 * tf.cellPadding() + tf.border();
    qreal total = 0;
    for (const QTextLength &l : widths)
        total += l.type() == QTextLength::FixedLength ? l.rawValue() + extra : 0;
    for (int c = 0; c < table->columns(); ++c) {
        const qreal share = widths.size() == table->columns() && total > 0 &&
                                    widths.at(c).type() == QTextLength::FixedLength
                                ? (widths.at(c).rawValue() + extra) / total
                                : 1.0 / table->columns();
        xml.writeEmptyElement(QStringLiteral("table:table-column"));
        xml.writeAttribute(QStringLiteral("table:style-name"),
                           styleName(m_columnStyles, QStringLiteral("Co"),
                                     QStringLiteral("<style:table-column-properties") +
                                         attr("style:column-width", mm(share * textWidth)) +
                                         QStringLiteral("/>")));
    }
    const QString border = tf.border() > 0
                               ? QStringLiteral("%1 solid #000000").arg(ptFromPx(tf.border()))
                               : QStringLiteral("none");
    const int headerRows = std::min(tf.headerRowCount(), table->rows());
    for (int r = 0; r < table->rows(); ++r) {
        if (r == 0 && headerRows > 0)
            xml.writeStartElement(QStringLiteral("table:table-header-rows"));
        xml.writeStartElement(QStringLiteral("table:table-row"));
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c) {
                xml.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
                continue;
            }
            const QTextCharFormat cf = cell.format();
            QString props = QStringLiteral("<style:table-cell-properties") +
                            attr("fo:padding", ptFromPx(tf.cellPadding())) +
                            attr("fo:border", border);
            if (cf.background().style() != Qt::NoBrush)
                props += attr("fo:background-color", cf.background().color().name());
            props += QStringLiteral("/>");
            xml.writeStartElement(QStringLiteral("table:table-cell"));
            xml.writeAttribute(QStringLiteral("table:style-name"),
                               styleName(m_cellStyles, QStringLiteral("Ce"), props));
            xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            if (cell.rowSpan() > 1)
                xml.writeAttribute(QStringLiteral("table:number-rows-spanned"),
                                   QString::number(cell.rowSpan()));
            if (cell.columnSpan() > 1)
                xml.writeAttribute(QStringLiteral("table:number-columns-spanned"),
                                   QString::number(cell.columnSpan()));
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                if (QTextFrame *child = it.currentFrame()) {
                    if (auto *nested = qobject_cast<QTextTable *>(child))
                        writeTable(xml, nested);
                    else
                        writeFrame(xml, child);
                } else {
                    writeBlock(xml, it.currentBlock());
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        if (r == headerRows - 1)
            xml.writeEndElement();
    }
    xml.writeEndElement();
}

void OdtWriter::writeFrame(QXmlStreamWriter &xml, QTextFrame *frame)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(child))
                writeTable(xml, table);
            else
                writeFrame(xml, child);
        } else {
            writeBlock(xml, it.currentBlock());
        }
    }
}

void OdtWriter::writeFontFaces(QXmlStreamWriter &xml) const
{
    xml.writeStartElement(QStringLiteral("office:font-face-decls"));
    for (const QString &font : m_fonts) {
        xml.writeEmptyElement(QStringLiteral("style:font-face"));
        xml.writeAttribute(QStringLiteral("style:name"), font);
        xml.writeAttribute(QStringLiteral("svg:font-family"), QStringLiteral("'%1'").arg(font));
        xml.writeAttribute(QStringLiteral("style:font-family-generic"),
                           font.contains(QStringLiteral("Sans")) ? QStringLiteral("swiss")
                                                                 : QStringLiteral("roman"));
        xml.writeAttribute(QStringLiteral("style:font-pitch"), QStringLiteral("variable"));
    }
    xml.writeEndElement();
}

QByteArray OdtWriter::content()
{
    // The body first, collecting styles; then the document with the styles ahead of it.
    QByteArray body;
    {
        QXmlStreamWriter xml(&body);
        xml.writeStartElement(QStringLiteral("office:body"));
        xml.writeStartElement(QStringLiteral("office:text"));
        writeFrame(xml, m_document.rootFrame());
        xml.writeEndElement();
        xml.writeEndElement();
    }
    // Namespace prefixes of the body fragment are declared on the root element below.
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startDocument(xml, "office:document-content");
    writeFontFaces(xml);
    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    const auto styles = [&](const QMap<QString, QString> &map, const char *family) {
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), it.value());
            xml.writeAttribute(QStringLiteral("style:family"), QLatin1String(family));
            if (QLatin1String(family) == QLatin1String("paragraph"))
                xml.writeAttribute(QStringLiteral("style:parent-style-name"),
                                   QStringLiteral("Standard"));
            xml.writeCharacters(QString()); // closes the start tag before the raw properties
            writeRaw(xml, it.key());
            xml.writeEndElement();
        }
    };
    styles(m_paragraphStyles, "paragraph");
    styles(m_textStyles, "text");
    styles(m_tableStyles, "table");
    styles(m_columnStyles, "table-column");
    styles(m_cellStyles, "table-cell");
    xml.writeEndElement();
    xml.writeCharacters(QString());
    xml.device()->write(body);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray OdtWriter::styles() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startDocument(xml, "office:document-styles");
    writeFontFaces(xml);
    const QString body = OfficialDocument::chineseBodyFamily();
    const QString size = pt(Layout::bodyPt);
    xml.writeStartElement(QStringLiteral("office:styles"));
    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeCharacters(QString());
    writeRaw(xml, QStringLiteral("<style:paragraph-properties") +
                      attr("style:writing-mode", QStringLiteral("lr-tb")) +
                      attr("style:punctuation-wrap", QStringLiteral("simple")) +
                      attr("style:line-break", QStringLiteral("strict")) +
                      attr("style:text-autospace", QStringLiteral("none")) +
                      QStringLiteral("/><style:text-properties") +
                      attr("style:font-name", QStringLiteral("Liberation Serif")) +
                      attr("style:font-name-asian", body) +
                      attr("style:font-name-complex", QStringLiteral("Liberation Serif")) +
                      attr("fo:font-size", size) + attr("style:font-size-asian", size) +
                      attr("style:font-size-complex", size) +
                      attr("fo:language", QStringLiteral("en")) +
                      attr("fo:country", QStringLiteral("GB")) +
                      attr("style:language-asian", QStringLiteral("zh")) +
                      attr("style:country-asian", QStringLiteral("CN")) + QStringLiteral("/>"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeAttribute(QStringLiteral("style:class"), QStringLiteral("text"));
    xml.writeEndElement();

    // §7.5: the number's line 7 mm under the text block; the footer sits in the bottom margin.
    const qreal footerMm = 6;
    const qreal bottomMm = Layout::pageHeightMm - Layout::topMarginMm - Layout::textHeightMm -
                           Layout::pageNumberGapMm - footerMm;
    const qreal rightMm = Layout::pageWidthMm - Layout::leftMarginMm - Layout::textWidthMm;
    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    xml.writeStartElement(QStringLiteral("style:page-layout"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("pm1"));
    xml.writeAttribute(QStringLiteral("style:page-usage"), QStringLiteral("all"));
    xml.writeCharacters(QString());
    writeRaw(xml, QStringLiteral("<style:page-layout-properties") +
                      attr("fo:page-width", mm(Layout::pageWidthMm)) +
                      attr("fo:page-height", mm(Layout::pageHeightMm)) +
                      attr("style:print-orientation", QStringLiteral("portrait")) +
                      attr("fo:margin-top", mm(Layout::topMarginMm)) +
                      attr("fo:margin-bottom", mm(bottomMm)) +
                      attr("fo:margin-left", mm(Layout::leftMarginMm)) +
                      attr("fo:margin-right", mm(rightMm)) +
                      attr("style:writing-mode", QStringLiteral("lr-tb")) +
                      QStringLiteral("/><style:footer-style><style:header-footer-properties") +
                      attr("fo:min-height", mm(footerMm)) +
                      attr("fo:margin-top", mm(Layout::pageNumberGapMm)) +
                      attr("style:dynamic-spacing", QStringLiteral("false")) +
                      QStringLiteral("/></style:footer-style>"));
    xml.writeEndElement();
    const QString numberFont = QStringLiteral("<style:text-properties") +
                               attr("style:font-name", QStringLiteral("Liberation Serif")) +
                               attr("style:font-name-asian", QStringLiteral("Noto Serif CJK SC")) +
                               attr("style:font-name-complex", QStringLiteral("Liberation Serif")) +
                               attr("fo:font-size", pt(Layout::pageNumberPt)) +
                               attr("style:font-size-asian", pt(Layout::pageNumberPt)) +
                               attr("style:font-size-complex", pt(Layout::pageNumberPt)) +
                               QStringLiteral("/>");
    const auto footerStyle = [&](const char *name, bool right) {
        xml.writeStartElement(QStringLiteral("style:style"));
        xml.writeAttribute(QStringLiteral("style:name"), QLatin1String(name));
        xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
        xml.writeCharacters(QString());
        writeRaw(
            xml,
            QStringLiteral("<style:paragraph-properties") +
                attr("fo:text-align", right ? QStringLiteral("end") : QStringLiteral("start")) +
                attr(right ? "fo:margin-right" : "fo:margin-left", pt(Layout::pageNumberPt)) +
                QStringLiteral("/>") + numberFont);
        xml.writeEndElement();
    };
    footerStyle("FooterOdd", true);
    footerStyle("FooterEven", false);
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("office:master-styles"));
    xml.writeStartElement(QStringLiteral("style:master-page"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("pm1"));
    const auto footer = [&](const char *element, const char *style) {
        xml.writeStartElement(QLatin1String(element));
        xml.writeStartElement(QStringLiteral("text:p"));
        xml.writeAttribute(QStringLiteral("text:style-name"), QLatin1String(style));
        xml.writeCharacters(QStringLiteral("— "));
        xml.writeStartElement(QStringLiteral("text:page-number"));
        xml.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
        xml.writeCharacters(QStringLiteral("1"));
        xml.writeEndElement();
        xml.writeCharacters(QStringLiteral(" —"));
        xml.writeEndElement();
        xml.writeEndElement();
    };
    footer("style:footer", "FooterOdd");
    footer("style:footer-left", "FooterEven");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray OdtWriter::meta() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startDocument(xml, "office:document-meta");
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("CII Workbench"));
    xml.writeTextElement(QStringLiteral("dc:title"),
                         m_document.metaInformation(QTextDocument::DocumentTitle));
    xml.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("zh-CN"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray OdtWriter::manifest(const QList<std::pair<QString, QByteArray>> &pictures)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeAttribute(QStringLiteral("xmlns:manifest"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.2"));
    const auto entry = [&](const char *path, const char *type) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), QLatin1String(path));
        if (QLatin1String(path) == QLatin1String("/"))
            xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.2"));
        xml.writeAttribute(QStringLiteral("manifest:media-type"), QLatin1String(type));
    };
    entry("/", "application/vnd.oasis.opendocument.text");
    entry("content.xml", "text/xml");
    entry("styles.xml", "text/xml");
    entry("meta.xml", "text/xml");
    for (const auto &picture : pictures) {
        const QByteArray path = picture.first.toUtf8();
        entry(path.constData(), "image/png");
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace cii
