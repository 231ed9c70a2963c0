#include "filingletterissuer.h"

#include "io/officialdocument.h"
#include "io/stageddocument.h"

#include "domain/sector.h"
#include "io/rulesetfilingletter.h"
#include "services/auditedexport.h"
#include "services/issuingdepartment.h"
#include "storage/noticerepository.h"
#include "storage/rulesetrepository.h"

#include <QFile>

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
    StagedDocument staged(path);
    auto render = [&](const Notice &n) -> Status {
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
        c.anchor = n.anchor;
        const Sector *sector = Sector::find(r.sector);
        c.sectorZh = sector ? sector->nameZh : r.sector;
        c.sectorEn = sector ? sector->nameEn : r.sector;
        c.rulesZh = r.titleZh;
        c.rulesEn = r.titleEn;
        c.version = r.version;
        auto document = RuleSetFilingLetter::build(c, language);
        return staged.write(*document, format, RuleSetFilingLetter::title(c, DocLanguage::Zh));
    };
    OfficialDocument::setClassification(AuditedExport::classification(db));
    Result<Notice> notice = NoticeRepository(db).issueFilingLetter(issue, render);
    if (!notice)
        return notice.error();
    if (Status s = staged.commit(); !s)
        return s.error();
    const ExportRecord record{QStringLiteral("filing-letter"), DocumentFile::formatKey(format),
                              path, 1};
    if (Status s = AuditedExport::record(db, record); !s) {
        QFile::remove(path);
        return s.error();
    }
    return IssuedNotice{notice.value(), path};
}

} // namespace cii
