#pragma once

#include "models/lazytablemodel.h"
#include "storage/caserepository.h"
#include "storage/listsources.h"

#include <memory>

// A cached row is shared, never copied: the view asks for a dozen roles of every cell.
Q_DECLARE_METATYPE(std::shared_ptr<const cii::SystemCaseRow>)

namespace cii {

class Database;

// Systems with their newest identification case and the decision in force, for the
// identification page, read from the store on demand. A "show" filter narrows the rows (all,
// one outcome, awaiting decision, changed since the decision), in SQL.
class SystemCaseModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column {
        System,
        Operator,
        Sector,
        Category,
        Engine,
        Decision,
        Status,
        Changed,
        Identified,
        ColumnCount
    };
    enum Show {
        All = ListSources::Identification::All,
        Cii = ListSources::Identification::Cii,
        NotCii = ListSources::Identification::NotCii,
        Insufficient = ListSources::Identification::Insufficient,
        AwaitingDecision = ListSources::Identification::AwaitingDecision,
        ChangedSinceDecision = ListSources::Identification::ChangedSinceDecision,
        MlpsBelowThree = ListSources::Identification::MlpsBelowThree
    };

    explicit SystemCaseModel(Database &db, QObject *parent = nullptr);

    void setShow(Show show);
    // The row's system, newest case and decision in force (an empty row when out of range).
    SystemCaseRow row(int r) const;
    int rowOfSystem(qint64 systemId) const { return rowOfId(systemId); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant display(const QVariantList &values, int column, int role) const override;
    Result<QVector<QVariantList>> fetch(const QVector<qint64> &ids) const override;

private:
    Database &m_db;
};

} // namespace cii
