#pragma once

#include "domain/inspection.h"
#include "io/doclanguage.h"
#include "rules/ruleset.h"
#include "storage/sectorreportrepository.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QMap>
#include <QString>
#include <QVector>

#include <memory>

class QTextDocument;

namespace cii {

// One item of the deadline list, as the report prints it.
struct SectorReportDeadline
{
    QString kind;   // DeadlineEngine::kinds()
    QString status; // DeadlineEngine::statuses()
    QString name;   // the system, or the operator's Chinese name
    QString nameEn; // the operator's English name, where it has one
    qint64 subjectId = 0;
    QDate due;
    QDate lastDay; // Civil Code Art. 203, by the statutory holiday calendar
    int days = 0;  // left to the last day (negative: overdue)
    QString basis; // "Art. 11"
    bool statutory = false;
};

// Everything the annual sector report shows, assembled by SectorReport from the store: the
// dashboard's figures for the sector, the year's identification work, the rule sets, the
// deadline engine's items, the inspections and findings. Nothing here is computed twice.
struct SectorReportContent
{
    QString sector; // key
    QString sectorZh;
    QString sectorEn;
    int year = 0;
    QDate date; // the report's date: "overdue" is judged on it
    QString departmentZh;
    QString departmentEn;
    QString anchor; // the audit chain's head when the report was made, ID:HEX16

    // Registry (the dashboard's systems by sector and category, this sector's row).
    qint64 operators = 0;
    qint64 systems = 0;
    QHash<QString, int> systemsByCategory;
    // Indicator coverage: how many of `coverageOf` indicators each system reports; the
    // indicators the sector's filed rules read, else the whole catalogue.
    int coverageOf = 0;
    bool coverageFromRules = false;
    QMap<int, qint64> coverage;

    // Identification: the dashboard's outcomes (decision in force, else newest result,
    // "none"), and what was done in the year.
    QHash<QString, int> outcomes;
    SectorCaseYear cases;

    // Every version of the sector's rules (Art. 9), newest first.
    QVector<RuleSet> ruleSets;

    // Deadlines of the sector: overdue on `date`, and those whose last day fell in the year.
    QVector<SectorReportDeadline> overdue;
    QVector<SectorReportDeadline> fellDue;

    // Inspections of the sector's operators starting in the year (not cancelled or merged),
    // the dashboard's months by lead department, and the findings still open (any year).
    QVector<Inspection> inspections;
    QMap<QString, QVector<int>> inspectionsByLead;
    QVector<Finding> openFindings;
    QVector<QPair<QString, QString>> openFindingOperators; // zh, en name, as openFindings

    // Nothing recorded for the sector at all: the report says so instead of empty tables.
    bool isEmpty() const
    {
        return operators == 0 && systems == 0 && ruleSets.isEmpty() && inspections.isEmpty() &&
               overdue.isEmpty() && fellDue.isEmpty() && openFindings.isEmpty();
    }
    QVector<RuleSet> inForce() const;
    QVector<RuleSet> filedInYear() const;
};

// The annual report on one sector to the department's leadership (年度工作情况报告), in the
// GB/T 9704 layout of the department's documents: the classification line, the department as
// issuer — and no document number: it is an internal report, not a document sent out, and the
// department's number sequence belongs to what it issues to others (notices, letters). Each
// section has its table and the chart the dashboard shows for it; the closing paragraph says
// only what the records show.
class SectorReportDocument
{
public:
    // The HTML and the chart images it refers to (name → image).
    static QString html(const SectorReportContent &c, const DocLanguage &l,
                        QHash<QString, QImage> *images);
    static std::unique_ptr<QTextDocument> build(const SectorReportContent &c, const DocLanguage &l);
    static QString title(const SectorReportContent &c, const DocLanguage &l);
    // "sector-report-telecom-2026-zh"
    static QString baseName(const SectorReportContent &c, const DocLanguage &l);
};

} // namespace cii
