#include "documentfile.h"

#include "io/atomicfile.h"
#include "io/odtwriter.h"
#include "io/officialdocument.h"
#include "io/officialdocumentlayout.h"
#include "io/pagecullingdevice.h"
#include "io/pdftounicodefix.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace cii {
namespace {

using Layout = OfficialDocumentLayout;

// §7.5: "— N —" in 4号 half-width digits, 7 mm under the text block, one character in from
// its right edge on odd pages and from its left edge on even pages.
void drawPageNumber(QPainter &painter, int number, qreal devicePerMm)
{
    QFont font;
    font.setFamilies({QStringLiteral("Liberation Serif"), QStringLiteral("Noto Serif CJK SC")});
    font.setPointSizeF(Layout::pageNumberPt);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QString text = QStringLiteral("— %1 —").arg(number);
    const QFontMetricsF metrics(font, painter.device());
    const qreal inset = Layout::pageNumberPt * 25.4 / 72 * devicePerMm;
    const qreal left = Layout::leftMarginMm * devicePerMm;
    const qreal right = left + Layout::textWidthMm * devicePerMm;
    const qreal top =
        (Layout::topMarginMm + Layout::textHeightMm + Layout::pageNumberGapMm) * devicePerMm;
    const qreal x =
        number % 2 == 1 ? right - inset - metrics.horizontalAdvance(text) : left + inset;
    painter.drawText(QPointF(x, top + metrics.ascent()), text);
}

// Paints each page of the laid-out document itself (QTextDocument::print would add its own
// 2 cm margins inside the page margins), then the page number.
void paintPdf(QTextDocument &document, QPdfWriter &pdf)
{
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QPainter painter(&pdf);
    const qreal devicePerMm = pdf.resolution() / 25.4;
    const qreal scale = pdf.resolution() / Layout::documentDpi();
    const QSizeF page = document.pageSize();
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.newPage();
        const QRectF block(Layout::leftMarginMm * devicePerMm, Layout::topMarginMm * devicePerMm,
                           page.width() * scale, page.height() * scale);
        {
            PageCullingDevice device(&painter, block);
            QPainter p(&device);
            p.translate(block.topLeft());
            p.scale(scale, scale);
            p.translate(0, -i * page.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * page.height(), page.width(), page.height());
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&p, context);
        }
        drawPageNumber(painter, i + 1, devicePerMm);
    }
}

} // namespace

bool DocumentFile::formatFromKey(const QString &key, Format *out)
{
    if (key == QLatin1String("pdf"))
        *out = Format::Pdf;
    else if (key == QLatin1String("odt"))
        *out = Format::Odt;
    else
        return false;
    return true;
}

Status DocumentFile::write(QTextDocument &document, Format format, const QString &path,
                           const QString &title)
{
    OfficialDocumentLayout::apply(&document);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (format == Format::Odt) {
        const Result<QByteArray> odt = OdtWriter::write(document);
        if (!odt)
            return Error::input(tr("the document could not be written as ODT"),
                                {odt.error().message});
        return AtomicFile::write(path, odt.value());
    } else {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CII Workbench"));
        pdf.setResolution(1200);
        paintPdf(document, pdf);
    }
    buffer.close();
    if (format == Format::Pdf) {
        // Building the map reads every ideograph's glyph: once per body family.
        static QHash<QString, QHash<char16_t, char16_t>> radicals;
        const QString body = OfficialDocument::chineseBodyFamily();
        if (!radicals.contains(body))
            radicals.insert(body,
                            PdfToUnicodeFix::radicalMap({body, QStringLiteral("Noto Serif CJK SC"),
                                                         QStringLiteral("Noto Sans CJK SC")}));
        return AtomicFile::write(path, PdfToUnicodeFix::apply(buffer.data(), radicals.value(body)));
    }
    return AtomicFile::write(path, buffer.data());
}

} // namespace cii
