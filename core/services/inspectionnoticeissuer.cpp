#include "inspectionnoticeissuer.h"

#include "io/officialdocument.h"
#include "io/stageddocument.h"

#include <QFile>

#include <optional>

#include "io/inspectionnotice.h"
#include "services/auditedexport.h"
#include "services/issuingdepartment.h"
#include "storage/inspectionrepository.h"
#include "storage/noticerepository.h"
#include "storage/registryrepository.h"

#include <QDir>
#include <QHash>
#include <QTextDocument>

namespace cii {

Result<InspectionNoticeContent> InspectionNoticeIssuer::preview(Database &db, qint64 inspectionId,
                                                                const QDate &date)
{
    Result<Inspection> found = InspectionRepository(db).byId(inspectionId);
    if (!found)
        return found.error();
    const Inspection &in = found.value();
    if (in.mergedInto || in.status == QLatin1String("cancelled"))
        return Error::input(tr("inspection %1 is merged or cancelled; issue the notice of the "
                               "inspection that replaced it")
                                .arg(inspectionId));
    if (in.status == QLatin1String("completed"))
        return Error::input(
            tr("inspection %1 is completed; a notice announces an inspection, it is not issued "
               "afterwards")
                .arg(inspectionId));
    RegistryRepository registry(db);
    Result<QVector<Department>> departments = registry.departments();
    if (!departments)
        return departments.error();
    QHash<QString, Department> byKey;
    for (const Department &d : departments.value())
        byKey.insert(d.key, d);
    // Our number goes only on what we lead; another department's inspection is announced
    // by that department.
    if (in.lead != QLatin1String("own"))
        return Error::input(tr("inspection %1 is led by %2: its notice is that department's to "
                               "issue, not under our document number")
                                .arg(inspectionId)
                                .arg(byKey.value(in.lead).nameZh.isEmpty()
                                         ? in.lead
                                         : byKey.value(in.lead).nameZh));
    // The preview shows what the department has so far; issue() wants it complete.
    Result<Department> own = IssuingDepartment::own(db);
    if (!own)
        return own.error();
    Result<OperatorInfo> op = registry.operatorById(in.operatorId);
    if (!op)
        return op.error();
    InspectionNoticeContent c;
    c.departmentsZh << own.value().nameZh;
    c.departmentsEn << own.value().nameEn;
    for (const QString &p : in.participants) {
        if (p == QLatin1String("own"))
            continue;
        c.departmentsZh << byKey.value(p).nameZh;
        c.departmentsEn << byKey.value(p).nameEn;
    }
    c.operatorZh = op.value().nameZh;
    c.operatorEn = op.value().nameEn;
    c.operatorUscc = op.value().uscc;
    c.telecom = op.value().sector == QLatin1String("telecom");
    c.kind = in.kind;
    c.start = in.start;
    c.end = in.end;
    c.team = in.team;
    c.contactName = own.value().contactName;
    c.contactPhone = own.value().contactPhone;
    for (qint64 s : in.systems)
        if (Result<SystemInfo> system = registry.systemById(s))
            c.systems << system.value().name;
    c.date = date;
    return c;
}

Result<IssuedNotice> InspectionNoticeIssuer::issue(Database &db, qint64 inspectionId,
                                                   DocumentFile::Format format,
                                                   DocLanguage language, const QString &outDir,
                                                   const QDate &date)
{
    Result<InspectionNoticeContent> prepared = preview(db, inspectionId, date);
    if (!prepared)
        return prepared.error();
    InspectionNoticeContent c = prepared.value();
    Result<Inspection> found = InspectionRepository(db).byId(inspectionId);
    if (!found)
        return found.error();
    const Inspection &in = found.value();
    Result<Department> own = IssuingDepartment::complete(db);
    if (!own)
        return own.error();
    if (outDir.isEmpty() || !QDir().mkpath(outDir))
        return Error::input(tr("cannot use '%1' as the output folder").arg(outDir));
    NoticeIssue issue;
    issue.kind = QStringLiteral("inspection");
    issue.operatorId = in.operatorId;
    issue.date = date;
    issue.department = own.value();
    issue.inspectionId = inspectionId;
    std::optional<StagedDocument> staged;
    auto render = [&](const Notice &n) -> Status {
        // A reprint shows what was issued: number, our name, contact, date.
        c.numberZh = n.numberText(true);
        c.numberEn = n.numberText(false);
        c.date = n.issuedOn;
        const Department by = n.issuedBy(own.value());
        c.departmentsZh[0] = by.nameZh;
        c.departmentsEn[0] = by.nameEn;
        c.contactName = by.contactName;
        c.contactPhone = by.contactPhone;
        c.anchor = n.anchor;
        staged.emplace(QDir(outDir).filePath(QStringLiteral("notice-%1-%2-inspection-%3.%4")
                                                 .arg(n.year)
                                                 .arg(n.number, 3, 10, QLatin1Char('0'))
                                                 .arg(inspectionId)
                                                 .arg(format == DocumentFile::Format::Pdf
                                                          ? QStringLiteral("pdf")
                                                          : QStringLiteral("odt"))));
        auto document = InspectionNotice::build(c, language);
        return staged->write(*document, format, QStringLiteral("检查检测通知"));
    };
    OfficialDocument::setClassification(AuditedExport::classification(db));
    Result<Notice> notice = NoticeRepository(db).issueForInspection(issue, render);
    if (!notice)
        return notice.error();
    if (Status s = staged->commit(); !s)
        return s.error();
    const ExportRecord record{QStringLiteral("inspection-notice"), DocumentFile::formatKey(format),
                              staged->path(), 1};
    if (Status s = AuditedExport::record(db, record); !s) {
        QFile::remove(staged->path());
        return s.error();
    }
    return IssuedNotice{notice.value(), staged->path()};
}

} // namespace cii
