#pragma once

#include "result.h"
#include "rules/ruleset.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>

namespace cii {

class Database;
class WriteTransaction;

// Rule sets and their versions (Art. 9). Filed versions are immutable here and, below this
// class, in the store's own triggers.
class RuleSetRepository
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetRepository)

public:
    explicit RuleSetRepository(Database &db) : m_db(db) {}

    // Newest version first within each sector.
    Result<QVector<RuleSet>> list(const QString &sector = {}) const;
    // The same rule sets handed over one at a time as they are read.
    Status forEach(const QString &sector, const std::function<void(const RuleSet &)> &each) const;
    Result<RuleSet> byId(qint64 id) const;
    // The sector's filed version in force, if any (id 0 when none).
    Result<RuleSet> filed(const QString &sector) const;

    // Stores a copy as a new draft: the next version of its sector.
    Result<qint64> importAsDraft(RuleSet rules);
    // Saves a draft or submitted version; refuses filed and superseded ones. With a row
    // version (read from the store), saves only over that version, else returns an
    // EditConflict (Error::conflict) and writes nothing. Returns the new row version.
    Result<qint64> update(const RuleSet &rules);
    Status submit(qint64 id);
    // Files a version: it must be sound and pass every test. The previously filed version of
    // the sector becomes superseded, in the same transaction.
    Status file(qint64 id, const QString &reference, const QDate &date);
    // Copies a version into a new draft; returns its id.
    Result<qint64> newVersion(qint64 id);
    Status remove(qint64 id);

private:
    Result<int> nextVersion(WriteTransaction &tx, const QString &sector) const;
    Result<qint64> insert(WriteTransaction &tx, const RuleSet &rules);

    Database &m_db;
};

} // namespace cii
