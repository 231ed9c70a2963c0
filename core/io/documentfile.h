#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace cii {

// Writes a finished QTextDocument as PDF (A4, official-document margins) or ODT, atomically
// and owner-only: these documents carry operator and rule data.
class DocumentFile
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFile)

public:
    enum class Format { Pdf, Odt };
    static bool formatFromKey(const QString &key, Format *out);
    static QString formatKey(Format format) // "pdf" or "odt", also the file suffix
    {
        return format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("odt");
    }
    static Status write(QTextDocument &document, Format format, const QString &path,
                        const QString &title);
};

} // namespace cii
