#include "gradingcriteriamodel.h"

#include "domain/incident.h"
#include "incidentexplanation.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QRegularExpression>

namespace cii {

GradingCriteriaModel::GradingCriteriaModel(QObject *parent) : QAbstractTableModel(parent) {}

void GradingCriteriaModel::setCriteria(const QVector<IncidentCriterion> &criteria)
{
    beginResetModel();
    m_criteria = criteria;
    m_original = criteria;
    endResetModel();
}

QVector<IncidentCriterion> GradingCriteriaModel::changed() const
{
    QVector<IncidentCriterion> out;
    for (int i = 0; i < m_criteria.size(); ++i) {
        const IncidentCriterion &now = m_criteria.at(i), &was = m_original.at(i);
        if (now.op != was.op || now.threshold != was.threshold || now.enabled != was.enabled)
            out << now;
    }
    return out;
}

void GradingCriteriaModel::markSaved(const IncidentCriterion &criterion)
{
    for (int i = 0; i < m_original.size(); ++i)
        if (m_original.at(i).key == criterion.key)
            m_original[i] = criterion;
}

QString GradingCriteriaModel::problemAt(int row) const
{
    return row >= 0 && row < m_criteria.size() ? m_criteria.at(row).problem() : QString();
}

int GradingCriteriaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_criteria.size());
}

int GradingCriteriaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GradingCriteriaModel::opName(const QString &op)
{
    if (op == QLatin1String(">="))
        return tr("≥ at or above (以上)");
    if (op == QLatin1String(">"))
        return tr("> more than (超过)");
    if (op == QLatin1String("is"))
        return tr("asserted");
    return op;
}

QVariant GradingCriteriaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_criteria.size())
        return {};
    const IncidentCriterion &c = m_criteria.at(index.row());
    const bool unconfirmed = c.source == QLatin1String("unconfirmed");
    if (role == Qt::CheckStateRole && index.column() == Enabled)
        return c.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && !c.enabled)
        return QBrush(QColor(120, 120, 120));
    if (role == Qt::BackgroundRole && !problemAt(index.row()).isEmpty())
        return QBrush(QColor(255, 205, 210));
    if (role == Qt::BackgroundRole && index.column() == Source && unconfirmed)
        return QBrush(QColor(255, 236, 179));
    if (role == Qt::ToolTipRole) {
        if (const QString p = problemAt(index.row()); !p.isEmpty())
            return p;
        if (index.column() == Text)
            return IncidentExplanation::criterionText(c) + QStringLiteral("\n") + c.reference;
        if (index.column() == Source && unconfirmed)
            return tr("The reference could not confirm this figure (未核实): it counts only once "
                      "the department has checked it, entered it and enabled it.");
        return {};
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Op:
            return c.op;
        case Threshold:
            return c.threshold;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Grade:
        return Incident::gradeName(c.grade);
    case Text:
        return IncidentExplanation::criterionText(c);
    case Op:
        return opName(c.op);
    case Threshold:
        return c.qualitative()         ? QString()
               : c.threshold.isEmpty() ? tr("not known")
                                       : QLocale().toString(c.threshold.toDouble(), 'g', 15);
    case Unit:
        return IncidentExplanation::unitName(c.unit);
    case Source:
        return IncidentCriterion::sourceName(c.source);
    case Enabled:
        return c.enabled ? tr("counts") : tr("disabled");
    }
    return {};
}

bool GradingCriteriaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_criteria.size())
        return false;
    IncidentCriterion &c = m_criteria[index.row()];
    if (index.column() == Enabled && role == Qt::CheckStateRole) {
        c.enabled = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole && index.column() == Threshold && !c.qualitative()) {
        static const QRegularExpression number(QStringLiteral("^\\d{1,15}(\\.\\d{1,6})?$"));
        const QString text = value.toString().trimmed().remove(QLatin1Char(','));
        if (!text.isEmpty() && !number.match(text).hasMatch())
            return false;
        c.threshold = text;
    } else if (role == Qt::EditRole && index.column() == Op && !c.qualitative()) {
        const QString op = value.toString();
        if (op != QLatin1String(">=") && op != QLatin1String(">"))
            return false;
        c.op = op;
    } else {
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags GradingCriteriaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.row() >= m_criteria.size())
        return f;
    const IncidentCriterion &c = m_criteria.at(index.row());
    if (index.column() == Enabled)
        f |= Qt::ItemIsUserCheckable;
    if ((index.column() == Threshold || index.column() == Op) && !c.qualitative())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant GradingCriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Grade:
        return tr("Grade");
    case Text:
        return tr("Criterion");
    case Op:
        return tr("Comparison");
    case Threshold:
        return tr("Figure");
    case Unit:
        return tr("Unit");
    case Source:
        return tr("Source");
    case Enabled:
        return tr("Counts");
    }
    return {};
}

} // namespace cii
