#include "odtpackage.h"

#include <QCoreApplication>

#include <zip.h>

#include <memory>

namespace cii {
namespace {

struct SourceDeleter
{
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};

Error zipError(const char *what)
{
    return Error::input(QStringLiteral("ODT package: %1").arg(QString::fromUtf8(what)));
}

} // namespace

OdtPackage::OdtPackage(QByteArray mediaType) : m_mediaType(std::move(mediaType)) {}

void OdtPackage::add(const QString &path, const QByteArray &data)
{
    m_entries.append({path, data});
}

Result<QByteArray> OdtPackage::zip() const
{
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceDeleter> archive(
        zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!archive)
        return zipError(zip_error_strerror(&error));
    zip_t *za = zip_open_from_source(archive.get(), ZIP_TRUNCATE, &error);
    if (!za)
        return zipError(zip_error_strerror(&error));
    // zip_close() frees the source it wrote into unless it is kept.
    zip_source_keep(archive.get());
    // 2026-01-01 00:00 UTC: reproducible bytes.
    constexpr time_t fixedTime = 1767225600;
    QList<std::pair<QString, QByteArray>> entries{{QStringLiteral("mimetype"), m_mediaType}};
    entries += m_entries;
    for (const auto &[path, data] : entries) {
        zip_source_t *s = zip_source_buffer(za, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index =
            s ? zip_file_add(za, path.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(s);
            const Error e = zipError(zip_strerror(za));
            zip_discard(za);
            return e;
        }
        const bool stored = path == QLatin1String("mimetype");
        zip_set_file_compression(za, zip_uint64_t(index), stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 0);
        zip_file_set_mtime(za, zip_uint64_t(index), fixedTime, 0);
    }
    if (zip_close(za) < 0) {
        const Error e = zipError(zip_strerror(za));
        zip_discard(za);
        return e;
    }
    zip_source_t *src = archive.get();
    if (zip_source_open(src) < 0)
        return zipError(zip_error_strerror(zip_source_error(src)));
    zip_source_seek(src, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    QByteArray out(qsizetype(std::max<zip_int64_t>(size, 0)), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(src, out.data(), zip_uint64_t(out.size()));
    zip_source_close(src);
    if (read != size)
        return zipError("short read");
    return out;
}

} // namespace cii
