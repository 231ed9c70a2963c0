#pragma once

#include "schedule/deadlinefacts.h"

namespace cii {

// The counts the dashboard tiles and the overdue reminder show, taken from a computed
// DeadlineList without making any item's text.
struct DeadlineSummary
{
    int total = 0;
    int overdue = 0;
    int dueSoon = 0;
    int open = 0; // not done, neither overdue nor due soon
    int doneOnTime = 0;
    int doneLate = 0;
    // The settings' "due soon" window the counts were judged with.
    int dueSoonDays = DeadlineSettings().dueSoonDays;

    int pending() const { return overdue + dueSoon + open; }
};

} // namespace cii
