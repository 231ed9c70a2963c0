#include "department.h"

#include "i18n/language.h"

#include <QRegularExpression>

namespace cii {

QString Department::displayName() const
{
    return Language::pick(nameZh, nameEn);
}

QStringList Department::missingForNumberedDocuments() const
{
    QStringList missing;
    const QString placeholder = key == QLatin1String("own") ? defaults().first().nameZh : QString();
    if (nameZh.trimmed().isEmpty() || nameZh == placeholder)
        missing << QStringLiteral("name-zh");
    if (docPrefix.trimmed().isEmpty())
        missing << QStringLiteral("doc-prefix");
    if (contactName.trimmed().isEmpty())
        missing << QStringLiteral("contact-name");
    if (contactPhone.trimmed().isEmpty())
        missing << QStringLiteral("contact-phone");
    return missing;
}

bool Department::isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]{1,31}$"));
    return pattern.match(key).hasMatch();
}

QVector<Department> Department::defaults()
{
    auto d = [](const char *key, const char *zh, const char *en, bool own) {
        return Department{0,
                          QString::fromUtf8(key),
                          QString::fromUtf8(zh),
                          QString::fromUtf8(en),
                          own,
                          {},
                          {},
                          {},
                          {},
                          0};
    };
    return {
        d("own", "本部门（保护工作部门）", "Our department (protection work department)", true),
        d("mps", "公安部门", "Public security (MPS)", false),
        d("state-security", "国家安全机关", "State security", false),
        d("secrecy", "保密行政管理部门", "Secrecy administration", false),
        d("cryptography", "密码管理部门", "Cryptography administration", false),
        d("cac", "网信部门", "Cyberspace administration (CAC)", false),
    };
}

} // namespace cii
