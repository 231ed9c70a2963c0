#include "atomicfile.h"

#include <QFile>
#include <QSaveFile>

namespace cii {

Status AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::input(tr("cannot write %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Error::input(tr("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<QByteArray> AtomicFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::input(tr("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

} // namespace cii
