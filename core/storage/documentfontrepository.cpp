#include "documentfontrepository.h"

#include "domain/textfield.h"
#include "io/officialdocument.h"
#include "storage/database.h"
#include "storage/sqlread.h"
#include "storage/writetransaction.h"

namespace cii {
namespace {

const QString BodyFamilyKey = QStringLiteral("document.body_family");

} // namespace

Result<QString> DocumentFontRepository::bodyFamily() const
{
    QString family;
    Status read =
        sql::select(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                    {BodyFamilyKey}, [&](const QSqlQuery &q) { family = q.value(0).toString(); });
    if (!read)
        return read.error();
    return family;
}

Status DocumentFontRepository::setBodyFamily(const QString &family)
{
    return m_db.write([&](WriteTransaction &tx) { return setBodyFamily(tx, family); });
}

Status DocumentFontRepository::setBodyFamily(WriteTransaction &tx, const QString &family)
{
    const QString f = family.trimmed();
    if (const QString p = TextField::problem(f, FamilyLength); !p.isEmpty())
        return Error::input(QStringLiteral("body_family: %1").arg(p));
    Result<QString> before = bodyFamily();
    if (!before)
        return before.error();
    if (Status put = tx.putSetting(BodyFamilyKey, f); !put)
        return put;
    return tx.audit(QStringLiteral("update"), QStringLiteral("settings"), BodyFamilyKey,
                    {{QStringLiteral("body_family"), before.value()}},
                    {{QStringLiteral("body_family"), f}});
}

void DocumentFontRepository::apply() const
{
    const Result<QString> family = bodyFamily();
    OfficialDocument::setChineseBodyFamily(family ? family.value() : QString());
}

} // namespace cii
