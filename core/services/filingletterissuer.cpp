#include "filingletterissuer.h"

#include "domain/sector.h"
#include "io/rulesetfilingletter.h"
#include "services/auditedexport.h"
#include "services/issuingdepartment.h"
#include "storage/noticerepository.h"
#include "storage/rulesetrepository.h"

#include <QTextDocument>

namespace cii {

Result<IssuedNotice> FilingLetterIssuer::issue(Database &db, qint64 rulesetId,
                                               DocumentFile::Format format, DocLanguage language,
                                               const QString &path, const QDate &date)
{
    Result<RuleSet> rules = RuleSetRepository(db).byId(rulesetId);
    if (!rules)
        return rules.error();
    const RuleSet &r = rules.value();
    if (r.status == QLatin1String("superseded"))
        return Error::input(
            tr("rule set %1 is superseded; file its newest version").arg(rulesetId));
    Result<Department> own = IssuingDepartment::complete(db);
    if (!own)
        return own.error();
    if (path.isEmpty())
        return Error::input(tr("name the file to write"));
    NoticeIssue issue;
    issue.kind = QStringLiteral("filing-letter");
    issue.date = date;
    issue.department = own.value();
    issue.rulesetId = rulesetId;
    Result<Notice> notice = NoticeRepository(db).issueFilingLetter(issue);
    if (!notice)
        return notice.error();
    const Notice &n = notice.value();
    FilingLetterContent c;
    // A reprint shows what was issued.
    const Department by = n.issuedBy(own.value());
    c.departmentZh = by.nameZh;
    c.departmentEn = by.nameEn;
    c.contactName = by.contactName;
    c.contactPhone = by.contactPhone;
    c.numberZh = n.numberText(true);
    c.numberEn = n.numberText(false);
    c.date = n.issuedOn;
    const Sector *sector = Sector::find(r.sector);
    c.sectorZh = sector ? sector->nameZh : r.sector;
    c.sectorEn = sector ? sector->nameEn : r.sector;
    c.rulesZh = r.titleZh;
    c.rulesEn = r.titleEn;
    c.version = r.version;
    const ExportRecord record{QStringLiteral("filing-letter"), DocumentFile::formatKey(format),
                              path, 1};
    if (Status s = AuditedExport::writeDocument(
            db, record, [&] { return RuleSetFilingLetter::build(c, language); }, format,
            RuleSetFilingLetter::title(c, DocLanguage::Zh));
        !s)
        return s.error();
    return IssuedNotice{n, path};
}

} // namespace cii
