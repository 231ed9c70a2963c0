#include "systemcasemodel.h"

#include "domain/sector.h"
#include "domain/systeminfo.h"
#include "i18n/displaynames.h"
#include "i18n/language.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace cii {

static_assert(int(SystemCaseModel::ColumnCount) == int(ListSources::Identification::Count));

SystemCaseModel::SystemCaseModel(Database &db, QObject *parent) : LazyTableModel(parent), m_db(db)
{
    setSource(ListSources::identification(db));
}

void SystemCaseModel::setShow(Show show)
{
    setNarrowing(ListSources::identificationShow(ListSources::Identification::Show(show)));
    if (isLoaded())
        refresh();
}

SystemCaseRow SystemCaseModel::row(int r) const
{
    const QVariantList values = rowValues(r);
    if (values.isEmpty())
        return SystemCaseRow();
    return *values.constFirst().value<std::shared_ptr<const SystemCaseRow>>();
}

Result<QVector<QVariantList>> SystemCaseModel::fetch(const QVector<qint64> &ids) const
{
    Result<QVector<SystemCaseRow>> rows = CaseRepository(m_db).systemsWithLatest(ids);
    if (!rows)
        return rows.error();
    QVector<QVariantList> out;
    out.reserve(ids.size());
    int next = 0;
    for (qint64 id : ids) {
        if (next < rows.value().size() && rows.value().at(next).systemId == id)
            out << QVariantList{QVariant::fromValue(
                std::make_shared<const SystemCaseRow>(rows.value().at(next++)))};
        else
            out << QVariantList();
    }
    return out;
}

int SystemCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SystemCaseModel::display(const QVariantList &values, int column, int role) const
{
    const std::shared_ptr<const SystemCaseRow> row =
        values.constFirst().value<std::shared_ptr<const SystemCaseRow>>();
    const SystemCaseRow &r = *row;
    const IdentificationCase &c = r.latest;
    if (role == Qt::BackgroundRole && c.id && !c.isDecided() && c.outcome == Outcome::Insufficient)
        return QBrush(QColor(255, 236, 179)); // amber: data missing
    if (role == Qt::ForegroundRole && column == Changed && r.changedSinceDecision())
        return QBrush(QColor(176, 0, 32));
    if (role == Qt::FontRole && column == Engine && c.id && !c.isDecided()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && column == Decision && r.needsMlpsFollowUp())
        return QBrush(QColor(176, 0, 32));
    if (role == Qt::ToolTipRole && column == Decision && r.needsMlpsFollowUp())
        return tr("Identified as CII but protected at MLPS level %1: CII is expected to be "
                  "protected at level 3 or above. Follow this up with the operator.")
            .arg(r.mlpsLevel);
    // The full text of the columns that elide long names.
    if (role == Qt::ToolTipRole && column == System)
        return c.isOverride()
                   ? r.listedName() + QLatin1Char('\n') + tr("Overridden: %1").arg(c.overrideReason)
                   : r.listedName();
    if (role == Qt::ToolTipRole && column == Operator)
        return Language::pick(r.operatorNameZh, r.operatorNameEn);
    if (role == Qt::ToolTipRole && column == Sector) {
        const cii::Sector *s = cii::Sector::find(r.sector);
        return s ? s->displayName() : r.sector;
    }
    if (role == Qt::ToolTipRole && c.isOverride())
        return tr("Overridden: %1").arg(c.overrideReason);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case System:
        return r.listedName();
    case Operator:
        return Language::pick(r.operatorNameZh, r.operatorNameEn);
    case Sector: {
        const cii::Sector *s = cii::Sector::find(r.sector);
        return s ? s->displayName() : r.sector;
    }
    case Category:
        return SystemInfo::categoryName(r.category);
    case Engine:
        return c.id ? IdentificationCase::outcomeName(c.outcome) : tr("Not identified");
    case Decision:
        if (r.decisionInForce.isEmpty())
            return QString();
        if (r.needsMlpsFollowUp())
            //: The decision in force, then a warning that its MLPS level is below 3.
            return tr("%1 — MLPS %2 < 3")
                .arg(IdentificationCase::outcomeName(r.decisionInForce))
                .arg(r.mlpsLevel);
        return IdentificationCase::outcomeName(r.decisionInForce);
    case Status:
        return c.id ? IdentificationCase::statusName(c.status) : QString();
    case Changed:
        return r.changedSinceDecision() ? tr("Changed") : QString();
    case Identified:
        return c.id ? DisplayNames::dateTime(c.createdAt) : QString();
    }
    return {};
}

QVariant SystemCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case System:
        return tr("System");
    case Operator:
        return tr("Operator");
    case Sector:
        return tr("Sector");
    case Category:
        return tr("Category");
    case Engine:
        return tr("Engine result");
    case Decision:
        return tr("Decision in force");
    case Status:
        return tr("Case status");
    case Changed:
        return tr("Since decision");
    case Identified:
        return tr("Identified");
    }
    return {};
}

} // namespace cii
