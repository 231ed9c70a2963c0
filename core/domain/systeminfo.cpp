#include "systeminfo.h"

#include "domain/textfield.h"

namespace cii {

QStringList SystemInfo::categories()
{
    return {QStringLiteral("website"), QStringLiteral("platform"), QStringLiteral("production"),
            QStringLiteral("other")};
}

QString SystemInfo::categoryName(const QString &key)
{
    if (key == QLatin1String("website"))
        return tr("Website");
    if (key == QLatin1String("platform"))
        return tr("Platform");
    if (key == QLatin1String("production"))
        return tr("Production / business system");
    if (key == QLatin1String("other"))
        return tr("Other");
    return key;
}

QStringList SystemInfo::statuses()
{
    return {QStringLiteral("in-service"), QStringLiteral("planned"), QStringLiteral("retired")};
}

QString SystemInfo::statusName(const QString &key)
{
    if (key == QLatin1String("in-service"))
        return tr("In service");
    if (key == QLatin1String("planned"))
        return tr("Planned");
    if (key == QLatin1String("retired"))
        return tr("Retired");
    return key;
}

QVector<FieldError> SystemInfo::validate() const
{
    QVector<FieldError> errors;
    if (operatorId <= 0)
        errors.push_back({QStringLiteral("operator"), tr("the operator is required")});
    if (name.trimmed().isEmpty())
        errors.push_back({QStringLiteral("name"), tr("the name is required")});
    TextField::check(errors, QStringLiteral("name"), name, TextField::NameLength);
    TextField::check(errors, QStringLiteral("description"), description,
                     TextField::DescriptionLength, TextField::Lines::Multi);
    if (!categories().contains(category))
        errors.push_back({QStringLiteral("category"),
                          tr("unknown category '%1' (one of: website, platform, production, other)")
                              .arg(TextField::shown(category))});
    if (mlpsLevel < 1 || mlpsLevel > 5)
        errors.push_back({QStringLiteral("mlps_level"),
                          tr("the MLPS level must be 1 to 5, not %1").arg(mlpsLevel)});
    if (!statuses().contains(status))
        errors.push_back({QStringLiteral("status"),
                          tr("unknown status '%1' (one of: in-service, planned, retired)")
                              .arg(TextField::shown(status))});
    return errors;
}

QJsonObject SystemInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("operator"), operatorId},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("category"), category},
        {QStringLiteral("mlps_level"), mlpsLevel},
        {QStringLiteral("status"), status},
    };
}

} // namespace cii
