#pragma once

#include "domain/indicator.h"

#include <QVector>

namespace cii {

// The indicators a new store starts with: those the 2016 national CII determination guide's
// criteria read (keys as in shared/reference), plus the cross-sector dependency count that
// Art. 9 factor 3 needs and the guide lacks.
class IndicatorCatalogue
{
public:
    static const QVector<Indicator> &defaults();
};

} // namespace cii
