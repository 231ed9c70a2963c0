#include "departmentssetcommand.h"

#include "storage/registryrepository.h"
#include "storage/securitysettingsrepository.h"
#include "storage/writetransaction.h"

namespace cii::cli {

QString DepartmentsSetCommand::name() const
{
    return QStringLiteral("departments set");
}

QString DepartmentsSetCommand::summary() const
{
    return tr("Set a department's names, document-number prefix and contact (e.g. for 'own').");
}

void DepartmentsSetCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("KEY"), tr("Department key, e.g. own."));
    p.addOption({QStringLiteral("name-zh"), tr("Chinese name."), QStringLiteral("T")});
    p.addOption({QStringLiteral("name-en"), tr("English name."), QStringLiteral("T")});
    p.addOption({QStringLiteral("doc-prefix"),
                 tr("Prefix of its document numbers, e.g. 某网安 in 某网安〔2026〕12号."),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("contact-name"),
                 tr("Contact person named on the department's documents."), QStringLiteral("T")});
    p.addOption(
        {QStringLiteral("contact-phone"), tr("The contact's telephone."), QStringLiteral("T")});
    p.addOption({QStringLiteral("classification"),
                 tr("Own department only: the classification marking on exports and documents "
                    "(default 内部资料 注意保存)."),
                 QStringLiteral("T")});
}

int DepartmentsSetCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return ctx.usage(tr("name one department key"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    RegistryRepository repo(*db);
    const QString key = p.positionalArguments().first();
    const bool classification = p.isSet(QStringLiteral("classification"));
    if (classification && key != QLatin1String("own"))
        return ctx.usage(tr("--classification is the own department's setting (departments set "
                            "own --classification T)"));
    const bool departmentFields =
        p.isSet(QStringLiteral("name-zh")) || p.isSet(QStringLiteral("name-en")) ||
        p.isSet(QStringLiteral("doc-prefix")) || p.isSet(QStringLiteral("contact-name")) ||
        p.isSet(QStringLiteral("contact-phone"));
    // Only the fields given change, over the department as it is once the write lock is held:
    // read before it, another workstation's edit of another field in the meantime would be
    // written back over (a lost update).
    bool found = false;
    const Status written = db->write([&](WriteTransaction &tx) -> Status {
        Result<QVector<Department>> deps = repo.departments();
        if (!deps)
            return deps.error();
        for (Department d : deps.value()) {
            if (d.key != key)
                continue;
            found = true;
            if (p.isSet(QStringLiteral("name-zh")))
                d.nameZh = p.value(QStringLiteral("name-zh"));
            if (p.isSet(QStringLiteral("name-en")))
                d.nameEn = p.value(QStringLiteral("name-en"));
            if (p.isSet(QStringLiteral("doc-prefix")))
                d.docPrefix = p.value(QStringLiteral("doc-prefix"));
            if (p.isSet(QStringLiteral("contact-name")))
                d.contactName = p.value(QStringLiteral("contact-name"));
            if (p.isSet(QStringLiteral("contact-phone")))
                d.contactPhone = p.value(QStringLiteral("contact-phone"));
            if (departmentFields || !classification)
                return repo.updateDepartment(tx, d);
            return {};
        }
        return {};
    });
    if (!written)
        return ctx.fail(written.error());
    if (!found)
        return ctx.fail(Error::input(tr("no department with key '%1'").arg(key)));
    if (classification) {
        if (Status s = SecuritySettingsRepository(*db).setClassification(
                p.value(QStringLiteral("classification")));
            !s)
            return ctx.fail(s.error());
    }
    return Ok;
}

} // namespace cii::cli
