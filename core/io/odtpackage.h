#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cii {

// An OpenDocument package (ODF 1.2 part 3, §3): a zip whose first entry is "mimetype",
// stored uncompressed so a reader can identify the file from its first bytes, then the XML
// parts, deflated. Written in memory with libzip; entries carry a fixed date so the same
// document gives the same bytes.
class OdtPackage
{
public:
    explicit OdtPackage(QByteArray mediaType);
    void add(const QString &path, const QByteArray &data);
    Result<QByteArray> zip() const;

private:
    QByteArray m_mediaType;
    QList<std::pair<QString, QByteArray>> m_entries;
};

} // namespace cii
