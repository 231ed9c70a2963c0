#include "departmentsetup.h"

#include "storage/database.h"
#include "storage/documentfontrepository.h"
#include "storage/registryrepository.h"
#include "storage/securitysettingsrepository.h"
#include "storage/storebackup.h"
#include "storage/writetransaction.h"

namespace cii {

Status DepartmentSetup::apply(Database &db, const DepartmentSetupChoices &choices)
{
    if (!choices.own.own)
        return Error::input(tr("these settings are the own department's"));
    SecuritySettingsRepository security(db);
    DocumentFontRepository font(db);
    Result<QString> family = font.bodyFamily();
    if (!family)
        return family.error();
    const bool newFamily = family.value() != choices.bodyFamily.trimmed();
    const bool newMarking = security.classification() != choices.classification.trimmed();
    Status written = db.write([&](WriteTransaction &tx) -> Status {
        if (Status s = RegistryRepository(db).updateDepartment(tx, choices.own); !s)
            return s;
        if (newMarking)
            if (Status s = security.setClassification(tx, choices.classification); !s)
                return s;
        if (newFamily)
            if (Status s = font.setBodyFamily(tx, choices.bodyFamily); !s)
                return s;
        if (choices.setBackupFolder)
            return StoreBackup::saveSettings(tx, db, choices.backupFolder.trimmed(),
                                             StoreBackup::keepOf(db));
        return {};
    });
    if (written)
        font.apply();
    return written;
}

} // namespace cii
