#include "deadlineitem.h"

namespace cii {

QString DeadlineItem::uid() const
{
    // The due date is part of an assessment's identity (one per system and year).
    return QStringLiteral("%1-%2-%3-%4@cii-workbench")
        .arg(kind, subjectType)
        .arg(subjectId)
        .arg(due.toString(QStringLiteral("yyyyMMdd")));
}

QJsonObject DeadlineItem::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("subject_type"), subjectType},
            {QStringLiteral("subject_id"), subjectId},
            {QStringLiteral("sector"), sector},
            {QStringLiteral("due"), due.toString(Qt::ISODate)},
            {QStringLiteral("last_day"), lastDay.toString(Qt::ISODate)},
            {QStringLiteral("basis"), basis},
            {QStringLiteral("statutory"), statutory},
            {QStringLiteral("calendar_missing"), calendarMissing},
            {QStringLiteral("done"),
             done.isValid() ? QJsonValue(done.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("status"), status},
            {QStringLiteral("days"), days},
            {QStringLiteral("uid"), uid()}};
}

} // namespace cii
