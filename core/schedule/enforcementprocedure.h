#pragma once

#include "domain/enforcementcase.h"
#include "result.h"
#include "schedule/holidaycalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace cii {

struct EnforcementArticle;

// The order of an enforcement case's steps and the dates they set, after the regulation
// (Art. 39–42) and the Administrative Penalty Law (2021): order to rectify → check → advance
// notice (APL Art. 44, 45) → decision (APL Art. 59) → closed. Pure: the case and the holiday
// calendar in, a verdict or dates out.
class EnforcementProcedure
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementProcedure)

public:
    // One date the case waits for.
    struct Due
    {
        QString step; // rectification | hearing-request | reconsideration | litigation
        QDate due;
        QDate done; // invalid while open
        bool statutory = true;
        QString basis;
    };

    // Whether `next` may follow the case's steps; the error says why not (nothing is written).
    static Status admits(const EnforcementCase &c, const EnforcementStep &next,
                         const HolidayCalendar &calendar);
    // The steps that may come next, in the law's order.
    static QStringList nextSteps(const EnforcementCase &c);
    // APL Art. 64(1): a hearing is requested within five days of the advance notice; Art. 85:
    // those are working days (不含法定节假日). Counted from the day after (Civil Code Art. 201).
    static QDate hearingRequestDue(const QDate &notified, const HolidayCalendar &calendar);
    // Administrative Reconsideration Law Art. 20: 60 days from knowing of the decision
    // (calendar days, counted from the next day, Civil Code Art. 201).
    static QDate reconsiderationDue(const QDate &served);
    // Administrative Litigation Law Art. 46: six months from knowing of the decision
    // (QDate::addMonths: the corresponding day, clamped to the month's end).
    static QDate litigationDue(const QDate &served);
    // APL Art. 67: the fine is paid within 15 days of receiving the decision.
    static QDate paymentDue(const QDate &served);
    // The dates the case's steps set, in the order they arise.
    static QVector<Due> deadlines(const EnforcementCase &c, const HolidayCalendar &calendar);
    // The earliest open date of the case (invalid: nothing open).
    static QDate nextDue(const EnforcementCase &c, const HolidayCalendar &calendar);
    // The fine ranges of the case's article in yuan, in words, for messages and dialogs.
    static QString rangeText(const EnforcementArticle &article, qint64 purchaseAmount, bool person);

private:
    static Status checkFines(const EnforcementCase &c, const EnforcementArticle &article,
                             const EnforcementStep &next);
};

} // namespace cii
