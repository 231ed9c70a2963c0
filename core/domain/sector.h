#pragma once

#include <QString>
#include <QVector>

namespace cii {

// The important industries and sectors listed in Art. 2 of Decree 745.
struct Sector
{
    QString key; // stable key used in files and the CLI, e.g. "energy"
    QString nameZh;
    QString nameEn;

    QString displayName() const;

    static const QVector<Sector> &all();
    static const Sector *find(const QString &key);
    static bool isKnown(const QString &key) { return find(key) != nullptr; }
};

} // namespace cii
