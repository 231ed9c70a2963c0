#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cii {

// Writes a whole file or nothing (QSaveFile), readable by the owner only: exports carry
// operator data, which Art. 30 asks departments to keep confidential.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    static Status write(const QString &path, const QByteArray &bytes);
    static Result<QByteArray> read(const QString &path);
};

} // namespace cii
