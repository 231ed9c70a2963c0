#pragma once

#include "io/documentfile.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace cii {

// A numbered document is written under a temporary name inside the transaction that numbers
// it, and put in place only after the store has committed: a document that cannot be written
// burns no number, and a number the store did not keep is on no document. Removed unless
// committed.
class StagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(StagedDocument)

public:
    explicit StagedDocument(QString path);
    ~StagedDocument();
    StagedDocument(StagedDocument &&other) noexcept;
    StagedDocument(const StagedDocument &) = delete;
    StagedDocument &operator=(const StagedDocument &) = delete;

    Status write(QTextDocument &document, DocumentFile::Format format, const QString &title);
    // Moves the written document to its name (a reprint replaces the earlier print).
    Status commit();
    QString path() const { return m_path; }

private:
    QString m_path;
    QString m_staged;
    bool m_committed = false;
};

} // namespace cii
