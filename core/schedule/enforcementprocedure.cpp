#include "enforcementprocedure.h"

#include "domain/enforcementarticle.h"

namespace cii {

QDate EnforcementProcedure::hearingRequestDue(const QDate &notified,
                                              const HolidayCalendar &calendar)
{
    QDate day = notified;
    for (int counted = 0; counted < 5;) {
        day = day.addDays(1);
        if (!calendar.isRestDay(day))
            ++counted;
    }
    return day;
}

QDate EnforcementProcedure::reconsiderationDue(const QDate &served)
{
    return served.addDays(60);
}

QDate EnforcementProcedure::litigationDue(const QDate &served)
{
    return served.addMonths(6);
}

QDate EnforcementProcedure::paymentDue(const QDate &served)
{
    return served.addDays(15);
}

QString EnforcementProcedure::rangeText(const EnforcementArticle &a, qint64 purchaseAmount,
                                        bool person)
{
    const FineRange &r = person ? a.personFine : a.operatorFine;
    if (r.multiple && purchaseAmount <= 0)
        return tr("%1 to %2 times the purchase amount").arg(r.min).arg(r.max);
    return tr("%1 to %2 yuan").arg(r.lowYuan(purchaseAmount)).arg(r.highYuan(purchaseAmount));
}

Status EnforcementProcedure::checkFines(const EnforcementCase &c, const EnforcementArticle &a,
                                        const EnforcementStep &next)
{
    if (a.operatorFine.multiple && c.purchaseAmount <= 0)
        return Error::input(tr("%1 fines a multiple of the purchase amount: record the amount "
                               "when opening the case")
                                .arg(a.key));
    // 以上 / 以下 include the number: both ends of the range are allowed.
    if (!a.operatorFine.allows(next.fineOperator, c.purchaseAmount))
        return Error::input(tr("fine-operator: %1 yuan is outside %2's range of %3")
                                .arg(next.fineOperator)
                                .arg(a.key, rangeText(a, c.purchaseAmount, false)));
    if (next.finePerson != 0) {
        if (c.person.trimmed().isEmpty())
            return Error::input(tr("fine-person: the case names no person directly in charge"));
        if (!a.personFine.allows(next.finePerson))
            return Error::input(tr("fine-person: %1 yuan is outside %2's range of %3")
                                    .arg(next.finePerson)
                                    .arg(a.key, rangeText(a, c.purchaseAmount, true)));
    } else if (!c.person.trimmed().isEmpty()) {
        return Error::input(tr("fine-person: the case names the person directly in charge (%1); "
                               "%2 fines that person %3")
                                .arg(c.person, a.key, rangeText(a, c.purchaseAmount, true)));
    }
    return {};
}

Status EnforcementProcedure::admits(const EnforcementCase &c, const EnforcementStep &next,
                                    const HolidayCalendar &calendar)
{
    const EnforcementArticle *a = EnforcementArticle::find(c.article);
    if (!a)
        return Error::input(
            tr("the case rests on %1, which is not in the catalogue").arg(c.article));
    if (!EnforcementStep::kinds().contains(next.kind))
        return Error::input(
            tr("step: one of %1").arg(EnforcementStep::kinds().join(QStringLiteral(", "))));
    if (!next.date.isValid())
        return Error::input(tr("date: the day of the step is required"));
    const QString prev = c.step();
    if (prev == QLatin1String("closed"))
        return Error::input(tr("case %1 is closed").arg(c.id));
    const QDate since = c.steps.isEmpty() ? c.openedOn : c.steps.constLast().date;
    if (since.isValid() && next.date < since)
        return Error::input(tr("date: %1 is before the case's last step (%2)")
                                .arg(next.date.toString(Qt::ISODate), since.toString(Qt::ISODate)));
    const EnforcementStep *order = c.last(QStringLiteral("order"));
    const EnforcementStep *check = c.last(QStringLiteral("check"));
    const EnforcementStep *notice = c.last(QStringLiteral("advance-notice"));
    auto wrongOrder = [&](const QString &needs) {
        return Error::input(
            tr("%1 cannot follow %2: %3")
                .arg(EnforcementStep::kindName(next.kind), EnforcementStep::kindName(prev), needs));
    };
    const bool fineOpen = check && (!check->rectified || (check->harm && a->harmAlsoFines));

    if (next.kind == QLatin1String("order")) {
        if (prev != QLatin1String("opened"))
            return wrongOrder(tr("a case has one order to rectify"));
        if (!next.rectifyBy.isValid() || next.rectifyBy <= next.date)
            return Error::input(tr("rectify-by: the day to rectify by must be after the order"));
        return {};
    }
    if (next.kind == QLatin1String("check")) {
        if (prev != QLatin1String("order"))
            return wrongOrder(tr("a check follows the order to rectify"));
        // Not rectified can only be found once the time given has run out.
        if (!next.rectified && next.date <= order->rectifyBy)
            return Error::input(tr("date: the operator has until %1 to rectify; a check finding "
                                   "it not rectified comes after that day")
                                    .arg(order->rectifyBy.toString(Qt::ISODate)));
        if (next.harm && !a->harmAlsoFines)
            return Error::input(tr("harm: %1 fines a refusal to rectify only").arg(a->key));
        return {};
    }
    if (next.kind == QLatin1String("advance-notice")) {
        if (a->fineNeedsRefusal) {
            if (prev != QLatin1String("check") || !fineOpen)
                return wrongOrder(
                    a->harmAlsoFines
                        ? tr("%1 fines only after a check found the order not complied with, or "
                             "harm to cybersecurity")
                              .arg(a->key)
                        : tr("%1 fines only after a check found the order not complied with")
                              .arg(a->key));
        } else if (prev != QLatin1String("order") && prev != QLatin1String("check")) {
            return wrongOrder(tr("an advance notice follows the order to rectify"));
        }
        return checkFines(c, *a, next);
    }
    if (next.kind == QLatin1String("decision")) {
        if (prev != QLatin1String("advance-notice"))
            return wrongOrder(tr("a decision follows the advance notice (APL Art. 44)"));
        const QDate hearingDue = hearingRequestDue(notice->date, calendar);
        if (next.hearingHeld) {
            if (!next.hearingOn.isValid() || next.hearingOn <= notice->date ||
                next.hearingOn > next.date)
                return Error::input(tr("hearing-date: the hearing is held after the advance "
                                       "notice and on or before the decision"));
        } else if (next.date <= hearingDue) {
            return Error::input(tr("date: the operator may request a hearing until %1 (APL Art. "
                                   "64, five working days); decide after that day or record "
                                   "the hearing")
                                    .arg(hearingDue.toString(Qt::ISODate)));
        }
        if (Status s = checkFines(c, *a, next); !s)
            return s;
        // APL Art. 45: stating one's case never makes the penalty heavier.
        if (next.fineOperator > notice->fineOperator || next.finePerson > notice->finePerson)
            return Error::input(tr("the decision's fines cannot exceed those of the advance "
                                   "notice (%1 and %2 yuan; APL Art. 45)")
                                    .arg(notice->fineOperator)
                                    .arg(notice->finePerson));
        return {};
    }
    // closed
    if (prev == QLatin1String("opened")) {
        if (next.note.trimmed().isEmpty())
            return Error::input(tr("note: closing a case without an order needs the reason"));
        return {};
    }
    if (prev == QLatin1String("decision"))
        return {};
    if (prev == QLatin1String("check") && !fineOpen && a->fineNeedsRefusal)
        return {};
    if (prev == QLatin1String("check") && !a->fineNeedsRefusal)
        return wrongOrder(tr("%1 fines the purchase whether or not it was rectified").arg(a->key));
    return wrongOrder(prev == QLatin1String("check")
                          ? tr("the check found the order not complied with: an advance notice "
                               "comes next")
                          : tr("the case is closed after a check or a decision"));
}

QStringList EnforcementProcedure::nextSteps(const EnforcementCase &c)
{
    const EnforcementArticle *a = EnforcementArticle::find(c.article);
    if (!a)
        return {};
    const QString prev = c.step();
    const EnforcementStep *check = c.last(QStringLiteral("check"));
    if (prev == QLatin1String("opened"))
        return {QStringLiteral("order"), QStringLiteral("closed")};
    if (prev == QLatin1String("order"))
        return a->fineNeedsRefusal
                   ? QStringList{QStringLiteral("check")}
                   : QStringList{QStringLiteral("check"), QStringLiteral("advance-notice")};
    if (prev == QLatin1String("check")) {
        const bool fineOpen = !check->rectified || (check->harm && a->harmAlsoFines);
        if (!a->fineNeedsRefusal || fineOpen)
            return {QStringLiteral("advance-notice")};
        return {QStringLiteral("closed")};
    }
    if (prev == QLatin1String("advance-notice"))
        return {QStringLiteral("decision")};
    if (prev == QLatin1String("decision"))
        return {QStringLiteral("closed")};
    return {};
}

QVector<EnforcementProcedure::Due> EnforcementProcedure::deadlines(const EnforcementCase &c,
                                                                   const HolidayCalendar &calendar)
{
    QVector<Due> out;
    const EnforcementStep *closed = c.last(QStringLiteral("closed"));
    const QDate closedOn = closed ? closed->date : QDate();
    for (int i = 0; i < c.steps.size(); ++i) {
        const EnforcementStep &s = c.steps.at(i);
        const EnforcementStep *following = i + 1 < c.steps.size() ? &c.steps.at(i + 1) : nullptr;
        if (s.kind == QLatin1String("order")) {
            // The department's own date: the regulation leaves the time to rectify to it.
            out << Due{QStringLiteral("rectification"), s.rectifyBy,
                       following ? following->date : QDate(), false, c.article};
        } else if (s.kind == QLatin1String("advance-notice")) {
            const QDate due = hearingRequestDue(s.date, calendar);
            // The window is over once the case moved on: decided after it, or heard.
            out << Due{QStringLiteral("hearing-request"), due,
                       following ? qMin(following->date, due) : QDate(), true,
                       QStringLiteral("APL Art. 64")};
        } else if (s.kind == QLatin1String("decision")) {
            out << Due{QStringLiteral("reconsideration"), reconsiderationDue(s.date), closedOn,
                       true, QStringLiteral("Administrative Reconsideration Law Art. 20")};
            out << Due{QStringLiteral("litigation"), litigationDue(s.date), closedOn, true,
                       QStringLiteral("Administrative Litigation Law Art. 46")};
        }
    }
    return out;
}

QDate EnforcementProcedure::nextDue(const EnforcementCase &c, const HolidayCalendar &calendar)
{
    QDate next;
    for (const Due &d : deadlines(c, calendar))
        if (!d.done.isValid() && (!next.isValid() || d.due < next))
            next = d.due;
    return next;
}

} // namespace cii
