#include "departmentslistcommand.h"

#include "storage/registryrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString DepartmentsListCommand::name() const
{
    return QStringLiteral("departments list");
}

QString DepartmentsListCommand::summary() const
{
    return tr("List the departments (own and other inspecting bodies).");
}

void DepartmentsListCommand::configure(QCommandLineParser &) const {}

int DepartmentsListCommand::run(CliContext &ctx, const QCommandLineParser &)
{
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<Department>> deps = RegistryRepository(*db).departments();
    if (!deps)
        return ctx.fail(deps.error());
    QJsonArray list;
    QVector<QStringList> rows;
    for (const Department &d : deps.value()) {
        list.append(QJsonObject{{QStringLiteral("key"), d.key},
                                {QStringLiteral("name_zh"), d.nameZh},
                                {QStringLiteral("name_en"), d.nameEn},
                                {QStringLiteral("own"), d.own},
                                {QStringLiteral("doc_prefix"), d.docPrefix},
                                {QStringLiteral("contact_name"), d.contactName},
                                {QStringLiteral("contact_phone"), d.contactPhone}});
        rows << QStringList{d.key, d.nameZh, d.nameEn, d.docPrefix, d.contactName, d.contactPhone};
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("departments"), list}});
    else
        ctx.printTable({tr("Key"), tr("Chinese name"), tr("English name"), tr("Document prefix"),
                        tr("Contact"), tr("Telephone")},
                       rows);
    return Ok;
}

} // namespace cii::cli
