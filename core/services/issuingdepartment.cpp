#include "issuingdepartment.h"

#include "domain/department.h"
#include "storage/registryrepository.h"

namespace cii {

Result<Department> IssuingDepartment::own(Database &db)
{
    Result<QVector<Department>> departments = RegistryRepository(db).departments();
    if (!departments)
        return departments.error();
    for (const Department &d : departments.value()) {
        if (d.own)
            return d;
    }
    return Error::storage(tr("the store has no own department"));
}

Result<Department> IssuingDepartment::complete(Database &db)
{
    Result<Department> d = own(db);
    if (!d)
        return d;
    const QStringList missing = d.value().missingForNumberedDocuments();
    if (!missing.isEmpty())
        return Error::input(missingMessage(missing));
    // The seeded English placeholder is no name: English text then names the department by
    // its Chinese name rather than print "Our department (protection work department)".
    Department issuing = d.value();
    for (const Department &seed : Department::defaults())
        if (seed.own && issuing.nameEn == seed.nameEn)
            issuing.nameEn.clear();
    return issuing;
}

QString IssuingDepartment::missingItems(const QStringList &missing)
{
    QStringList what;
    for (const QString &key : missing) {
        if (key == QLatin1String("name-zh"))
            what << tr("its Chinese name");
        else if (key == QLatin1String("doc-prefix"))
            what << tr("its document-number prefix");
        else if (key == QLatin1String("contact-name"))
            what << tr("a contact person");
        else if (key == QLatin1String("contact-phone"))
            what << tr("a contact telephone");
    }
    return what.join(tr(", ", "between the missing items"));
}

QString IssuingDepartment::missingMessage(const QStringList &missing)
{
    QStringList options;
    for (const QString &key : missing)
        options << QStringLiteral("--%1 T").arg(key);
    return tr("nothing was numbered: the own department lacks %1. Set it in Department "
              "settings, or with: departments set own %2")
        .arg(missingItems(missing), options.join(QLatin1Char(' ')));
}

} // namespace cii
