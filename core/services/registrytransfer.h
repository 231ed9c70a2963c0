#pragma once

#include "io/csvtable.h"
#include "result.h"
#include "storage/registryrepository.h"

#include <QCoreApplication>

namespace cii {

// What an import would write, checked against the store before anything is written.
struct ImportPreview
{
    enum class Kind { Operators, Systems };
    Kind kind = Kind::Operators;
    CsvTable table;
    QStringList errors;   // "row N, column NAME: reason", in row order
    QVector<int> badRows; // row numbers with at least one error
    QVector<OperatorInfo> operators;
    QVector<SystemRecord> systems;

    bool ok() const { return errors.isEmpty(); }
    int count() const { return kind == Kind::Operators ? operators.size() : systems.size(); }
};

// CSV import and export of the registry. Imports are all or nothing: one transaction, and
// any bad row rejects the whole file with every problem listed.
class RegistryTransfer
{
    Q_DECLARE_TR_FUNCTIONS(RegistryTransfer)

public:
    explicit RegistryTransfer(RegistryRepository &repo) : m_repo(repo) {}

    static QStringList operatorColumns();
    static QStringList systemColumns();

    // `classification` (the department's marking) heads the file (see Csv::write).
    Result<QString> exportOperators(const QString &classification = {}) const;
    Result<QString> exportSystems(const QString &classification = {}) const;

    Result<ImportPreview> preview(ImportPreview::Kind kind, const QByteArray &bytes,
                                  Csv::Encoding encoding) const;
    // Writes a preview that has no errors; returns the new ids.
    Result<QVector<qint64>> commit(const ImportPreview &preview);
    // preview + commit; an Input error lists every bad row in its details.
    Result<QVector<qint64>> import(ImportPreview::Kind kind, const QByteArray &bytes,
                                   Csv::Encoding encoding);

private:
    void checkOperators(ImportPreview &p) const;
    void checkSystems(ImportPreview &p) const;

    RegistryRepository &m_repo;
};

} // namespace cii
