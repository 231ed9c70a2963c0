#include "documentfile.h"

#include "io/atomicfile.h"
#include "io/pdftounicodefix.h"

#include <QBuffer>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace cii {

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
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (format == Format::Odt) {
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document))
            return Error::input(tr("the document could not be written as ODT"));
    } else {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CII Workbench"));
        pdf.setResolution(300);
        // GB/T 9704 page: A4, top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(28, 37, 26, 35), QPageLayout::Millimeter));
        document.print(&pdf);
    }
    buffer.close();
    if (format == Format::Pdf) {
        static const QHash<char16_t, char16_t> radicals = PdfToUnicodeFix::radicalMap(
            {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")});
        return AtomicFile::write(path, PdfToUnicodeFix::apply(buffer.data(), radicals));
    }
    return AtomicFile::write(path, buffer.data());
}

} // namespace cii
