#pragma once

#include "result.h"
#include "storage/sqldialect.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace cii {

class WriteTransaction;

// One numbered schema change. Applied in order, each in its own transaction together with
// its schema_version row, so a store is always at exactly one version.
struct Migration
{
    int version = 0;
    QString description;
    std::function<QStringList(const SqlDialect &)> statements;
    std::function<Status(WriteTransaction &)> seed; // reference data, optional
};

class Migrations
{
public:
    static const QVector<Migration> &all();
    static int latestVersion();
};

} // namespace cii
