#pragma once

#include "result.h"

#include <QDateTime>

namespace cii {

class Database;

// A few incidents for the showcase store (the GUI's --demo), timed around `now` so that every
// state shows: an ungraded report just received (its onward half hour running: the countdown
// banner), a major one reported on in time, a large one reported late (Art. 40) and closed
// with its summary due, and a general one. Uses the stored operators and their systems.
class IncidentDemo
{
public:
    static Status populate(Database &db, const QDateTime &now);
};

} // namespace cii
