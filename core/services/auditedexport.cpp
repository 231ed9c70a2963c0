#include "auditedexport.h"

#include "io/atomicfile.h"
#include "io/officialdocument.h"
#include "storage/database.h"
#include "storage/securitysettingsrepository.h"
#include "storage/writetransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextDocument>

namespace cii {

Status AuditedExport::record(Database &db, const ExportRecord &r)
{
    // A reader's role on the shared store (leadership, auditors: the server's administrator
    // gave it the right to read and export, not to write) or a standby cannot append to the
    // audit log: its exports are written unrecorded here; the server's own log (log_connections,
    // pgaudit) is the record of what such a role read. An embedded store that is read-only
    // (its file's permissions, a damaged audit log) keeps the rule: no unrecorded copies.
    if (db.isShared() && db.isReadOnly())
        return {};
    const QString file =
        r.file == QLatin1String("-") ? r.file : QFileInfo(r.file).absoluteFilePath();
    const QJsonObject after{{QStringLiteral("file"), file},
                            {QStringLiteral("what"), r.what},
                            {QStringLiteral("format"), r.format},
                            {QStringLiteral("rows"), r.rows},
                            {QStringLiteral("classification"), classification(db)}};
    return db.write([&](WriteTransaction &tx) {
        return tx.audit(QStringLiteral("export"), QStringLiteral("file"), file, {}, after);
    });
}

Status AuditedExport::writeFile(Database &db, const ExportRecord &r, const QByteArray &bytes)
{
    if (Status s = AtomicFile::write(r.file, bytes); !s)
        return s;
    if (Status s = record(db, r); !s) {
        QFile::remove(r.file);
        return s;
    }
    return {};
}

Status AuditedExport::writeDocument(Database &db, const ExportRecord &r,
                                    const std::function<std::unique_ptr<QTextDocument>()> &build,
                                    DocumentFile::Format format, const QString &title)
{
    OfficialDocument::setClassification(classification(db));
    const std::unique_ptr<QTextDocument> document = build();
    if (Status s = DocumentFile::write(*document, format, r.file, title); !s)
        return s;
    if (Status s = record(db, r); !s) {
        QFile::remove(r.file);
        return s;
    }
    return {};
}

QString AuditedExport::classification(Database &db)
{
    return SecuritySettingsRepository(db).classification();
}

} // namespace cii
