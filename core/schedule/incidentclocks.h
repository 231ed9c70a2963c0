#pragma once

#include "domain/incident.h"
#include "schedule/deadlinefacts.h"

#include <QVector>

namespace cii {

// The reports an incident requires and when each is due (2025 Reporting Measures), as the
// deadline list's incident clocks. Pure: incidents with their timelines in, clocks out.
//
// Only an incident graded 较大 (large) or above is reported (Art. 4); the grade in force is
// the department's, else the proposal. An incident not yet graded shows the clocks of a
// reportable one (the operator's report, and the onward report whose half hour already runs
// from receipt) until it is graded: not knowing the grade must not hide a running statutory
// clock. A general incident shows none.
//   operator-report  Art. 4: within 1 hour of discovery; done when the department received
//                    it (late only when MORE than an hour: at exactly one hour it is in time).
//   onward-report    Art. 4: major and especially major (and ungraded), within 30 minutes of
//                    receipt; done when recorded sent to the CAC and the MPS.
//   follow-up        Art. 7: the department's own target (not statutory) when it asked for a
//                    follow-up; done at the first follow-up received since it asked.
//   summary-report   Art. 8: within 30 days after handling ended, a day period (Civil Code
//                    Art. 201: it starts the next day, so the nominal last day is the 30th day
//                    after the China-time day handling ended; Art. 203 moves it off a rest
//                    day); done at the first summary received or sent.
class IncidentClocks
{
public:
    static QVector<DeadlineFacts::IncidentClock> of(const Incident &incident);
    static QVector<DeadlineFacts::IncidentClock> of(const QVector<Incident> &incidents);
    // Art. 8's nominal last day: 30 days after the China-time day `handlingEnded` falls on.
    static QDate summaryDue(const QDateTime &handlingEnded);
};

} // namespace cii
