#include "sectorreport.h"

#include "domain/sector.h"
#include "i18n/language.h"
#include "schedule/deadlineengine.h"
#include "services/auditedexport.h"
#include "services/dashboardfigures.h"
#include "services/issuingdepartment.h"
#include "storage/deadlinerepository.h"
#include "storage/inspectionrepository.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"
#include "storage/sectorreportrepository.h"

#include <QDir>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

namespace cii {

Result<SectorReportContent> SectorReport::compose(Database &db, const QString &sector, int year,
                                                  const QDate &date)
{
    const Sector *s = Sector::find(sector);
    if (!s)
        return Error::input(tr("unknown sector '%1'").arg(sector));
    if (year < firstYear || year > date.year())
        return Error::input(tr("the year must be from %1 to %2").arg(firstYear).arg(date.year()));
    SectorReportContent c;
    c.sector = sector;
    c.sectorZh = s->nameZh;
    c.sectorEn = s->nameEn;
    c.year = year;
    c.date = date;

    // The department is the report's author: without its name the report would be nobody's.
    Result<Department> own = IssuingDepartment::own(db);
    if (!own)
        return own.error();
    if (own.value().missingForNumberedDocuments().contains(QStringLiteral("name-zh")))
        return Error::input(tr("the report names the department as its author: set its Chinese "
                               "name in Department settings, or with: departments set own "
                               "--name-zh T"));
    c.departmentZh = own.value().nameZh;
    c.departmentEn = own.value().nameEn;
    for (const Department &seed : Department::defaults())
        if (seed.own && c.departmentEn == seed.nameEn)
            c.departmentEn.clear(); // the seeded placeholder is no English name

    SectorReportRepository reports(db);
    Result<QString> anchor = reports.chainHead();
    if (!anchor)
        return anchor.error();
    c.anchor = anchor.value();

    // The dashboard's figures, this sector's share of them.
    const DashboardFigures figures = DashboardFigures::read(
        db, year,
        DashboardFigures::Registry | DashboardFigures::Outcomes | DashboardFigures::Inspections,
        sector);
    if (!figures.error.isEmpty())
        return Error::storage(figures.error);
    c.systemsByCategory = figures.registry.systemsBySector.value(sector);
    for (int n : c.systemsByCategory)
        c.systems += n;
    c.outcomes = figures.outcomesBySector.value(sector);
    c.inspectionsByLead = figures.inspectionsByLead;

    Result<qint64> operators = reports.countOperators(sector);
    if (!operators)
        return operators.error();
    c.operators = operators.value();

    Result<QVector<RuleSet>> rules = RuleSetRepository(db).list(sector);
    if (!rules)
        return rules.error();
    c.ruleSets = rules.value();
    std::sort(c.ruleSets.begin(), c.ruleSets.end(),
              [](const RuleSet &a, const RuleSet &b) { return a.version > b.version; });

    // Coverage of the indicators the filed rules read; without filed rules, the catalogue's.
    QStringList indicators;
    for (const RuleSet &r : c.inForce())
        for (const Criterion &criterion : r.criteria)
            if (!criterion.indicator.isEmpty() && !indicators.contains(criterion.indicator))
                indicators << criterion.indicator;
    c.coverageFromRules = !indicators.isEmpty();
    if (indicators.isEmpty()) {
        Result<QVector<Indicator>> catalogue = RegistryRepository(db).indicators();
        if (!catalogue)
            return catalogue.error();
        for (const Indicator &i : catalogue.value())
            indicators << i.key;
    }
    c.coverageOf = int(indicators.size());
    Result<QMap<int, qint64>> coverage = reports.coverage(sector, indicators);
    if (!coverage)
        return coverage.error();
    c.coverage = coverage.value();

    Result<SectorCaseYear> cases = reports.caseYear(sector, year);
    if (!cases)
        return cases.error();
    c.cases = cases.value();

    // The store's lists name operators in the interface's language; the report names them in
    // its own, so each name is looked up again among the sector's operators.
    Result<QVector<OperatorInfo>> sectorOperators = RegistryRepository(db).operators(sector);
    if (!sectorOperators)
        return sectorOperators.error();
    QHash<QString, QPair<QString, QString>> operatorNames;
    for (const OperatorInfo &o : sectorOperators.value())
        operatorNames.insert(Language::pick(o.nameZh, o.nameEn), {o.nameZh, o.nameEn});
    const auto names = [&](const QString &shown) {
        return operatorNames.value(shown, {shown, QString()});
    };

    // The deadline engine with the statutory calendar, as of the report's date.
    Result<DeadlineFacts> facts = DeadlineRepository(db).facts();
    if (!facts)
        return facts.error();
    const DeadlineList list = DeadlineEngine::list(facts.value(), date);
    for (int i = 0; i < list.size(); ++i) {
        if (list.sector(i) != sector)
            continue;
        const DeadlineList::Row &r = list.row(i);
        SectorReportDeadline d;
        d.kind = list.kindKey(i);
        d.status = list.statusKey(i);
        d.name = r.name;
        // Re-identifications, events and rectifications name the operator; the others a system.
        if (r.kind == DeadlineList::Reidentification || r.kind == DeadlineList::Event ||
            r.kind == DeadlineList::Rectification) {
            const QPair<QString, QString> both = names(r.name);
            d.name = both.first;
            d.nameEn = both.second;
        }
        d.subjectId = r.subjectId;
        d.due = r.due;
        d.lastDay = list.lastDayOf(i).date;
        d.days = r.days;
        d.basis = list.basis(i);
        d.statutory = r.statutory;
        if (r.status == DeadlineList::Overdue)
            c.overdue << d;
        if (d.lastDay.year() == year)
            c.fellDue << d;
    }

    // Inspections of the sector's operators that started in the year, as the dashboard
    // counts them (not cancelled, not merged into a joint one); findings open from any year.
    InspectionRepository inspections(db);
    Result<QVector<Inspection>> all = inspections.list();
    if (!all)
        return all.error();
    QSet<qint64> ofSector;
    for (const Inspection &i : all.value()) {
        if (i.sector != sector)
            continue;
        ofSector.insert(i.id);
        if (i.isActive() && i.start.year() == year)
            c.inspections << i;
    }
    Status st = inspections.forEachFinding(0, [&](const Finding &f) {
        if (ofSector.contains(f.inspectionId) &&
            (f.status == QLatin1String("open") || f.status == QLatin1String("rectifying")))
            c.openFindings << f;
    });
    if (!st)
        return st.error();
    std::stable_sort(
        c.openFindings.begin(), c.openFindings.end(),
        [](const Finding &a, const Finding &b) { return a.rectificationDue < b.rectificationDue; });
    for (const Finding &f : c.openFindings)
        c.openFindingOperators << names(f.operatorName);
    return c;
}

Result<QString> SectorReport::write(Database &db, const SectorReportRequest &r)
{
    Result<SectorReportContent> content = compose(db, r.sector, r.year, r.date);
    if (!content)
        return content.error();
    if (!QDir().mkpath(r.outDir))
        return Error::input(tr("cannot create the folder %1").arg(r.outDir));
    const QString path =
        QDir(r.outDir).filePath(SectorReportDocument::baseName(content.value(), r.language) +
                                QLatin1Char('.') + DocumentFile::formatKey(r.format));
    ExportRecord record;
    record.what = QStringLiteral("sector-report");
    record.format = DocumentFile::formatKey(r.format);
    record.file = path;
    record.rows = 1;
    const SectorReportContent &c = content.value();
    const DocLanguage language = r.language;
    if (Status s = AuditedExport::writeDocument(
            db, record, [&] { return SectorReportDocument::build(c, language); }, r.format,
            SectorReportDocument::title(c, DocLanguage::Zh));
        !s)
        return s.error();
    return path;
}

} // namespace cii
