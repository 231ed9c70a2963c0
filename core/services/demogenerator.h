#pragma once

#include "storage/registryrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace cii {

// Synthetic but realistic sector data for demonstrations, tests and benchmarks: Chinese
// operator names with English renderings, valid unified social credit codes, systems of
// every category, and indicator values spread around the national guide's thresholds
// (some exactly at them, some missing). The same seed always gives the same data.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Data
    {
        QVector<OperatorInfo> operators;
        QVector<SystemRecord> systems; // system.operatorId is an index into operators
    };

    explicit DemoGenerator(quint32 seed) : m_rng(seed) {}
    Data generate(int operators, int systems);

    // Generates and stores: operators then systems, each in one transaction.
    static Status populate(RegistryRepository &repo, quint32 seed, int operators, int systems);
    // Adds change reports (Art. 11) and operator events (Art. 18, 21) for a few of the
    // stored operators, dated in the months before `today`; same seed and day, same facts.
    // `percent` of the operators get one (two thirds change reports, one third events).
    static Status populateReports(Database &db, quint32 seed, const QDate &today, int percent = 6);
    // Adds `count` inspections of the stored operators across `year`, led by our department
    // or another body, some of them overlapping (so conflicts show).
    static Status populateInspections(Database &db, quint32 seed, int count, int year);
    // A store to show the product with (the GUI's --demo): 60 operators, 400 systems, their
    // reports and events, a few incidents, the national-guide template filed in every sector, and
    // one identification run over every system with the first results confirmed.
    static Status populateShowcase(Database &db, quint32 seed);

private:
    OperatorInfo makeOperator(QSet<QString> &codes, QSet<QString> &names);
    SystemRecord makeSystem(const OperatorInfo &op, int operatorIndex);
    void addValues(SystemRecord &rec);
    QString aroundThreshold(qint64 threshold);
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    template <typename T> const T &pickFrom(const QVector<T> &list)
    {
        return list.at(int(m_rng.bounded(list.size())));
    }

    QRandomGenerator m_rng;
};

} // namespace cii
