#include "operatorinfo.h"

#include "domain/sector.h"
#include "domain/textfield.h"
#include "domain/uscc.h"
#include "i18n/language.h"

#include <QRegularExpression>

namespace cii {

QString OperatorInfo::displayName() const
{
    return Language::pick(nameZh, nameEn);
}

QVector<FieldError> OperatorInfo::validate() const
{
    QVector<FieldError> errors;
    if (const Status s = Uscc::validate(uscc); !s)
        errors.push_back({QStringLiteral("uscc"), s.error().message});
    if (nameZh.trimmed().isEmpty())
        errors.push_back({QStringLiteral("name_zh"), tr("the Chinese name is required")});
    using T = TextField;
    T::check(errors, QStringLiteral("name_zh"), nameZh, T::NameLength);
    T::check(errors, QStringLiteral("name_en"), nameEn, T::NameLength);
    T::check(errors, QStringLiteral("region"), region, T::ShortLength);
    T::check(errors, QStringLiteral("contact_name"), contactName, T::ShortLength);
    T::check(errors, QStringLiteral("contact_phone"), contactPhone, T::PhoneLength);
    T::check(errors, QStringLiteral("contact_email"), contactEmail, T::EmailLength);
    if (!Sector::isKnown(sector))
        errors.push_back({QStringLiteral("sector"),
                          tr("unknown sector '%1' (one of: telecom, energy, transport, water, "
                             "finance, public-services, e-government, defence-industry, other)")
                              .arg(TextField::shown(sector))});
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!contactEmail.isEmpty() && !email.match(contactEmail).hasMatch() &&
        TextField::problem(contactEmail, TextField::EmailLength).isEmpty())
        errors.push_back({QStringLiteral("contact_email"),
                          tr("'%1' is not an e-mail address").arg(contactEmail)});
    return errors;
}

QJsonObject OperatorInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("uscc"), uscc},
        {QStringLiteral("name_zh"), nameZh},
        {QStringLiteral("name_en"), nameEn},
        {QStringLiteral("sector"), sector},
        {QStringLiteral("region"), region},
        {QStringLiteral("contact_name"), contactName},
        {QStringLiteral("contact_phone"), contactPhone},
        {QStringLiteral("contact_email"), contactEmail},
    };
}

bool OperatorInfo::operator==(const OperatorInfo &o) const
{
    return toJson() == o.toJson();
}

} // namespace cii
