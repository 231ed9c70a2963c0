#include "stageddocument.h"

#include <QFile>

namespace cii {

StagedDocument::StagedDocument(QString path)
    : m_path(std::move(path)), m_staged(m_path + QStringLiteral(".partial"))
{
}

StagedDocument::StagedDocument(StagedDocument &&other) noexcept
    : m_path(std::move(other.m_path)), m_staged(std::move(other.m_staged)),
      m_committed(other.m_committed)
{
    other.m_committed = true; // the moved-from object owns no file
}

StagedDocument::~StagedDocument()
{
    if (!m_committed)
        QFile::remove(m_staged);
}

Status StagedDocument::write(QTextDocument &document, DocumentFile::Format format,
                             const QString &title)
{
    return DocumentFile::write(document, format, m_staged, title);
}

Status StagedDocument::commit()
{
    QFile::remove(m_path);
    if (!QFile::rename(m_staged, m_path))
        return Error::storage(tr("the document was issued but could not be put in place as %1; "
                                 "it is at %2")
                                  .arg(m_path, m_staged));
    m_committed = true;
    return {};
}

} // namespace cii
