#include "inspectionnoticeissuer.h"

#include "io/inspectionnotice.h"
#include "storage/inspectionrepository.h"
#include "storage/noticerepository.h"
#include "storage/registryrepository.h"

#include <QDir>
#include <QHash>
#include <QTextDocument>

namespace cii {

Result<IssuedNotice> InspectionNoticeIssuer::issue(Database &db, qint64 inspectionId,
                                                   DocumentFile::Format format,
                                                   DocLanguage language, const QString &outDir,
                                                   const QDate &date)
{
    Result<Inspection> found = InspectionRepository(db).byId(inspectionId);
    if (!found)
        return found.error();
    const Inspection &in = found.value();
    if (!in.isActive())
        return Error::input(tr("inspection %1 is merged or cancelled; issue the notice of the "
                               "inspection that replaced it")
                                .arg(inspectionId));
    RegistryRepository registry(db);
    Result<QVector<Department>> departments = registry.departments();
    if (!departments)
        return departments.error();
    QHash<QString, Department> byKey;
    Department own;
    for (const Department &d : departments.value()) {
        byKey.insert(d.key, d);
        if (d.own)
            own = d;
    }
    Result<OperatorInfo> op = registry.operatorById(in.operatorId);
    if (!op)
        return op.error();
    InspectionNoticeContent c;
    c.departmentZh = own.nameZh;
    c.departmentEn = own.nameEn;
    c.operatorZh = op.value().nameZh;
    c.operatorEn = op.value().nameEn;
    c.operatorUscc = op.value().uscc;
    c.leadZh = byKey.value(in.lead).nameZh;
    c.leadEn = byKey.value(in.lead).nameEn;
    for (const QString &p : in.participants) {
        c.participantsZh << byKey.value(p).nameZh;
        c.participantsEn << byKey.value(p).nameEn;
    }
    c.start = in.start;
    c.end = in.end;
    c.team = in.team;
    c.joint = in.joint;
    for (qint64 s : in.systems)
        if (Result<SystemInfo> system = registry.systemById(s))
            c.systems << system.value().name;
    // Document wording is per document language, not the UI's.
    static const QHash<QString, QPair<QString, QString>> kinds = {
        {QStringLiteral("inspection"), {QStringLiteral("安全检查"), QStringLiteral("Inspection")}},
        {QStringLiteral("monitoring"), {QStringLiteral("安全监测"), QStringLiteral("Monitoring")}},
        {QStringLiteral("penetration-test"),
         {QStringLiteral("渗透测试"), QStringLiteral("Penetration test")}},
        {QStringLiteral("on-site-check"),
         {QStringLiteral("现场检查"), QStringLiteral("On-site check")}},
        {QStringLiteral("document-review"),
         {QStringLiteral("文档审查"), QStringLiteral("Document review")}}};
    c.kindZh = kinds.value(in.kind).first;
    c.kindEn = kinds.value(in.kind).second;
    if (outDir.isEmpty() || !QDir().mkpath(outDir))
        return Error::input(tr("cannot use '%1' as the output folder").arg(outDir));
    Result<Notice> notice =
        NoticeRepository(db).issueForInspection(inspectionId, in.operatorId, date);
    if (!notice)
        return notice.error();
    const Notice &n = notice.value();
    c.numberZh = n.numberText(true);
    c.numberEn = n.numberText(false);
    c.date = n.issuedOn;
    const QString path = QDir(outDir).filePath(QStringLiteral("notice-%1-%2-inspection-%3.%4")
                                                   .arg(n.year)
                                                   .arg(n.number, 3, 10, QLatin1Char('0'))
                                                   .arg(inspectionId)
                                                   .arg(format == DocumentFile::Format::Pdf
                                                            ? QStringLiteral("pdf")
                                                            : QStringLiteral("odt")));
    auto document = InspectionNotice::build(c, language);
    if (Status s = DocumentFile::write(*document, format, path, QStringLiteral("检查通知")); !s)
        return s.error();
    return IssuedNotice{n, path};
}

} // namespace cii
