#include "inspection.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cii {
namespace {
QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject Inspection::toJson() const
{
    QJsonArray systemList;
    for (qint64 s : systems)
        systemList.append(s);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("operator"), operatorId},
            {QStringLiteral("operator_name"), operatorName},
            {QStringLiteral("operator_uscc"), operatorUscc},
            {QStringLiteral("sector"), sector},
            {QStringLiteral("lead"), lead},
            {QStringLiteral("participants"), QJsonArray::fromStringList(participants)},
            {QStringLiteral("systems"), systemList},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("start"), dateJson(start)},
            {QStringLiteral("end"), dateJson(end)},
            {QStringLiteral("team"), team},
            {QStringLiteral("status"), status},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("merged_into"), mergedInto ? QJsonValue(mergedInto) : QJsonValue()},
            {QStringLiteral("joint"), joint}};
}

QStringList Inspection::statuses()
{
    return {QStringLiteral("planned"), QStringLiteral("notified"), QStringLiteral("in-progress"),
            QStringLiteral("completed"), QStringLiteral("cancelled")};
}

QStringList Inspection::kinds()
{
    return {QStringLiteral("inspection"), QStringLiteral("monitoring"),
            QStringLiteral("penetration-test"), QStringLiteral("on-site-check"),
            QStringLiteral("document-review")};
}

QString Inspection::statusName(const QString &key)
{
    if (key == QLatin1String("planned"))
        return QCoreApplication::translate("Inspection", "Planned");
    if (key == QLatin1String("notified"))
        return QCoreApplication::translate("Inspection", "Notified");
    if (key == QLatin1String("in-progress"))
        return QCoreApplication::translate("Inspection", "In progress");
    if (key == QLatin1String("completed"))
        return QCoreApplication::translate("Inspection", "Completed");
    if (key == QLatin1String("cancelled"))
        return QCoreApplication::translate("Inspection", "Cancelled");
    return key;
}

QString Inspection::kindName(const QString &key)
{
    if (key == QLatin1String("inspection"))
        return QCoreApplication::translate("Inspection", "Inspection");
    if (key == QLatin1String("monitoring"))
        return QCoreApplication::translate("Inspection", "Monitoring");
    if (key == QLatin1String("penetration-test"))
        return QCoreApplication::translate("Inspection", "Penetration test");
    if (key == QLatin1String("on-site-check"))
        return QCoreApplication::translate("Inspection", "On-site check");
    if (key == QLatin1String("document-review"))
        return QCoreApplication::translate("Inspection", "Document review");
    return key;
}

QJsonObject Finding::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("inspection"), inspectionId},
            {QStringLiteral("system"), systemId ? QJsonValue(systemId) : QJsonValue()},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("description"), description},
            {QStringLiteral("rectification_due"), dateJson(rectificationDue)},
            {QStringLiteral("status"), status},
            {QStringLiteral("fixed_on"), dateJson(fixedOn)}};
}

QStringList Finding::severities()
{
    return {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
            QStringLiteral("critical")};
}

QStringList Finding::statuses()
{
    return {QStringLiteral("open"), QStringLiteral("rectifying"), QStringLiteral("fixed"),
            QStringLiteral("verified")};
}

QString Finding::severityName(const QString &key)
{
    if (key == QLatin1String("low"))
        return QCoreApplication::translate("Inspection", "Low");
    if (key == QLatin1String("medium"))
        return QCoreApplication::translate("Inspection", "Medium");
    if (key == QLatin1String("high"))
        return QCoreApplication::translate("Inspection", "High");
    if (key == QLatin1String("critical"))
        return QCoreApplication::translate("Inspection", "Critical");
    return key;
}

QString Finding::statusName(const QString &key)
{
    if (key == QLatin1String("open"))
        return QCoreApplication::translate("Inspection", "Open");
    if (key == QLatin1String("rectifying"))
        return QCoreApplication::translate("Inspection", "Rectifying");
    if (key == QLatin1String("fixed"))
        return QCoreApplication::translate("Inspection", "Fixed");
    if (key == QLatin1String("verified"))
        return QCoreApplication::translate("Inspection", "Verified");
    return key;
}

} // namespace cii
