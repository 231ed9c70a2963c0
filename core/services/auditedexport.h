#pragma once

#include "io/documentfile.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QTextDocument;

namespace cii {

class Database;

// One file that leaves the store: what it holds, where it went, how many rows.
struct ExportRecord
{
    QString what;   // operators, systems, inspections, deadlines, notice, filing-letter, …
    QString format; // csv, ics, pdf, odt
    QString file;   // the path written, or "-" for standard output
    int rows = 0;   // rows, events or document entries written
};

// Art. 30: departments keep what they learn confidential, so every export says so (the
// classification marking) and is an audit record (who and when come with every record; the
// record says which file, what, in which format, how many rows). A file whose export cannot
// be recorded (e.g. a read-only embedded store) is removed again: no unrecorded copies. A
// read-only role on the shared store is the exception: it exists to browse and export, cannot
// append to the audit log, and exports unrecorded (the server's log records its sessions).
class AuditedExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditedExport)

public:
    static Status record(Database &db, const ExportRecord &record);
    // Writes `bytes` atomically and owner-only, then records the export.
    static Status writeFile(Database &db, const ExportRecord &record, const QByteArray &bytes);
    // Builds the document with the department's classification marking, writes it as
    // `format` and records the export.
    static Status writeDocument(Database &db, const ExportRecord &record,
                                const std::function<std::unique_ptr<QTextDocument>()> &build,
                                DocumentFile::Format format, const QString &title);
    // The department's marking, for the first line of a CSV and the calendar's description.
    static QString classification(Database &db);
};

} // namespace cii
