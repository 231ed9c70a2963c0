#include "inspectionmodel.h"

#include "domain/department.h"
#include "i18n/displaynames.h"
#include "i18n/language.h"
#include "storage/inspectionrepository.h"
#include "storage/listsources.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSet>

namespace cii {

using Src = ListSources::Inspections;
static_assert(int(InspectionModel::ColumnCount) == int(Src::Count));

namespace {

bool isActive(const QVariantList &v)
{
    return v.at(Src::MergedInto).toLongLong() == 0 &&
           v.at(Src::Status).toString() != QLatin1String("cancelled");
}

QVector<InspectionModel::ConflictWith> conflictsIn(const QVariantList &v)
{
    return v.at(Src::Conflict).value<QVector<InspectionModel::ConflictWith>>();
}

} // namespace

InspectionModel::InspectionModel(Database &db, QObject *parent) : LazyTableModel(parent), m_db(db)
{
    setSource(ListSources::inspections(db));
}

Inspection InspectionModel::inspectionAt(int row) const
{
    const QVariantList v = rowValues(row);
    Inspection i;
    if (v.isEmpty())
        return i;
    i.id = v.at(Src::Id).toLongLong();
    i.operatorId = v.at(Src::OperatorId).toLongLong();
    i.operatorName =
        Language::pick(v.at(Src::Operator).toString(), v.at(Src::OperatorNameEn).toString());
    i.lead = v.at(Src::Lead).toString();
    const QString participants = v.at(Src::Participants).toString();
    if (!participants.isEmpty())
        i.participants = participants.split(QLatin1Char(','));
    i.kind = v.at(Src::Kind).toString();
    i.start = QDate::fromString(v.at(Src::Start).toString(), Qt::ISODate);
    i.end = QDate::fromString(v.at(Src::End).toString(), Qt::ISODate);
    i.status = v.at(Src::Status).toString();
    i.mergedInto = v.at(Src::MergedInto).toLongLong();
    i.joint = v.at(Src::Joint).toInt() != 0;
    return i;
}

QVector<InspectionModel::ConflictWith> InspectionModel::conflictsAt(int row) const
{
    const QVariantList v = rowValues(row);
    return v.isEmpty() ? QVector<ConflictWith>() : conflictsIn(v);
}

QHash<qint64, QVector<InspectionModel::ConflictWith>>
InspectionModel::conflictsAmong(const QVector<Inspection> &active, int minimumGap)
{
    QVector<InspectionWindow> windows;
    windows.reserve(active.size());
    QHash<qint64, const Inspection *> byId;
    for (const Inspection &i : active) {
        windows << i.window();
        byId.insert(i.id, &i);
    }
    QHash<qint64, QVector<ConflictWith>> out;
    for (const InspectionConflict &c : ConflictDetector::detect(windows, minimumGap)) {
        const Inspection *a = byId.value(c.a), *b = byId.value(c.b);
        out[c.a] << ConflictWith{c, c.b, b->lead, b->start, b->end};
        out[c.b] << ConflictWith{c, c.a, a->lead, a->start, a->end};
    }
    return out;
}

void InspectionModel::completeBlock(QVector<QVariantList> &rows) const
{
    QSet<qint64> seen;
    QVector<qint64> operators;
    for (const QVariantList &v : rows)
        if (!v.isEmpty() && isActive(v)) {
            const qint64 op = v.at(Src::OperatorId).toLongLong();
            if (!seen.contains(op)) {
                seen.insert(op);
                operators << op;
            }
        }
    // A failed read leaves the block without conflicts; the next read of it tries again.
    const Result<QVector<Inspection>> related =
        InspectionRepository(m_db).activeOfOperators(operators);
    if (!related)
        return;
    const QHash<qint64, QVector<ConflictWith>> conflicts =
        conflictsAmong(related.value(), m_minimumGap);
    for (QVariantList &v : rows)
        if (!v.isEmpty())
            if (auto it = conflicts.constFind(v.at(Src::Id).toLongLong()); it != conflicts.cend())
                v[Src::Conflict] = QVariant::fromValue(it.value());
}

QString InspectionModel::departmentName(const QString &key)
{
    for (const Department &d : Department::defaults())
        if (d.key == key)
            return d.displayName();
    return key;
}

QString InspectionModel::reasonName(const QString &reason)
{
    if (reason == QLatin1String("overlap"))
        return tr("Overlap");
    if (reason == QLatin1String("too-close"))
        return tr("Too close");
    if (reason == QLatin1String("same-scope"))
        return tr("Same systems, same quarter");
    return reason;
}

QString InspectionModel::describe(const ConflictWith &c)
{
    const QString window = QStringLiteral("%1, %2–%3")
                               .arg(departmentName(c.otherLead), DisplayNames::date(c.otherStart),
                                    DisplayNames::date(c.otherEnd));
    if (c.conflict.reason == QLatin1String("overlap"))
        return tr("Overlaps inspection %1 (%2)").arg(c.other).arg(window);
    if (c.conflict.reason == QLatin1String("too-close"))
        return tr("Only %n free day(s) from inspection %1 (%2)", nullptr, c.conflict.gapDays)
            .arg(c.other)
            .arg(window);
    return tr("Covers the same systems as inspection %1 in the same quarter (%2)")
        .arg(c.other)
        .arg(window);
}

int InspectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionModel::display(const QVariantList &v, int column, int role) const
{
    const QVector<ConflictWith> conflicts = conflictsIn(v);
    if (role == Qt::BackgroundRole && !conflicts.isEmpty())
        return QBrush(QColor(255, 205, 210));
    if (role == Qt::ForegroundRole && !isActive(v))
        return QBrush(QColor(130, 130, 130));
    if (role == Qt::ToolTipRole && !conflicts.isEmpty()) {
        QStringList lines;
        for (const ConflictWith &c : conflicts)
            lines << describe(c);
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Operator:
        return Language::pick(v.at(Src::Operator).toString(), v.at(Src::OperatorNameEn).toString());
    case Lead:
        return departmentName(v.at(Src::Lead).toString());
    case Participants: {
        QStringList names;
        for (const QString &p :
             v.at(Src::Participants).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << departmentName(p);
        return names.join(QStringLiteral(", "));
    }
    case Kind:
        return Inspection::kindName(v.at(Src::Kind).toString()) +
               (v.at(Src::Joint).toInt() ? tr(" (joint)") : QString());
    case Start:
    case End:
        return DisplayNames::date(QDate::fromString(v.at(column).toString(), Qt::ISODate));
    case Status: {
        const qint64 merged = v.at(Src::MergedInto).toLongLong();
        return merged ? tr("Merged into %1").arg(merged)
                      : Inspection::statusName(v.at(Src::Status).toString());
    }
    case Conflict: {
        QStringList reasons;
        for (const ConflictWith &c : conflicts)
            if (!reasons.contains(reasonName(c.conflict.reason)))
                reasons << reasonName(c.conflict.reason);
        return reasons.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant InspectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Operator:
        return tr("Operator");
    case Lead:
        return tr("Lead");
    case Participants:
        return tr("Participants");
    case Kind:
        return tr("Kind");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Status:
        return tr("Status");
    case Conflict:
        return tr("Conflict");
    }
    return {};
}

} // namespace cii
