#include "sector.h"

#include "i18n/language.h"

namespace cii {

QString Sector::displayName() const
{
    return Language::pick(nameZh, nameEn);
}

const QVector<Sector> &Sector::all()
{
    static const QVector<Sector> sectors = {
        {QStringLiteral("telecom"), QStringLiteral("公共通信和信息服务"),
         QStringLiteral("Public telecommunications and information services")},
        {QStringLiteral("energy"), QStringLiteral("能源"), QStringLiteral("Energy")},
        {QStringLiteral("transport"), QStringLiteral("交通"), QStringLiteral("Transportation")},
        {QStringLiteral("water"), QStringLiteral("水利"), QStringLiteral("Water")},
        {QStringLiteral("finance"), QStringLiteral("金融"), QStringLiteral("Finance")},
        {QStringLiteral("public-services"), QStringLiteral("公共服务"),
         QStringLiteral("Public services")},
        {QStringLiteral("e-government"), QStringLiteral("电子政务"),
         QStringLiteral("E-government")},
        {QStringLiteral("defence-industry"), QStringLiteral("国防科技工业"),
         QStringLiteral("National defence science, technology and industry")},
        {QStringLiteral("other"), QStringLiteral("其他重要行业和领域"),
         QStringLiteral("Other important sectors")},
    };
    return sectors;
}

const Sector *Sector::find(const QString &key)
{
    for (const Sector &s : all()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

} // namespace cii
