#include "registrytransfer.h"

#include "domain/sector.h"
#include "domain/textfield.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cii {
namespace {

const QString ReportedSuffix = QStringLiteral("_reported_on");

// Column names as exported, plus the Chinese headings a department's own sheet may use.
QString canonicalColumn(const QString &raw)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("统一社会信用代码"), QStringLiteral("uscc")},
        {QStringLiteral("中文名称"), QStringLiteral("name_zh")},
        {QStringLiteral("英文名称"), QStringLiteral("name_en")},
        {QStringLiteral("行业领域"), QStringLiteral("sector")},
        {QStringLiteral("地区"), QStringLiteral("region")},
        {QStringLiteral("联系人"), QStringLiteral("contact_name")},
        {QStringLiteral("联系电话"), QStringLiteral("contact_phone")},
        {QStringLiteral("电子邮箱"), QStringLiteral("contact_email")},
        {QStringLiteral("运营者统一社会信用代码"), QStringLiteral("operator_uscc")},
        {QStringLiteral("名称"), QStringLiteral("name")},
        {QStringLiteral("描述"), QStringLiteral("description")},
        {QStringLiteral("类别"), QStringLiteral("category")},
        {QStringLiteral("等级保护级别"), QStringLiteral("mlps_level")},
        {QStringLiteral("状态"), QStringLiteral("status")},
    };
    const QString t = raw.trimmed();
    return aliases.value(t, t.toLower());
}

QString sectorKey(const QString &value)
{
    for (const Sector &s : Sector::all()) {
        if (value == s.key || value == s.nameZh ||
            value.compare(s.nameEn, Qt::CaseInsensitive) == 0)
            return s.key;
    }
    return value;
}

} // namespace

QStringList RegistryTransfer::operatorColumns()
{
    return {QStringLiteral("uscc"),          QStringLiteral("name_zh"),
            QStringLiteral("name_en"),       QStringLiteral("sector"),
            QStringLiteral("region"),        QStringLiteral("contact_name"),
            QStringLiteral("contact_phone"), QStringLiteral("contact_email")};
}

QStringList RegistryTransfer::systemColumns()
{
    return {QStringLiteral("operator_uscc"), QStringLiteral("name"),
            QStringLiteral("description"),   QStringLiteral("category"),
            QStringLiteral("mlps_level"),    QStringLiteral("status")};
}

Result<QString> RegistryTransfer::exportOperators(const QString &classification) const
{
    Result<QVector<OperatorInfo>> ops = m_repo.operators();
    if (!ops)
        return ops.error();
    QVector<QStringList> rows;
    rows.reserve(ops.value().size());
    for (const OperatorInfo &o : ops.value())
        rows << QStringList{o.uscc,   o.nameZh,      o.nameEn,       o.sector,
                            o.region, o.contactName, o.contactPhone, o.contactEmail};
    return Csv::write(operatorColumns(), rows, classification);
}

Result<QString> RegistryTransfer::exportSystems(const QString &classification) const
{
    Result<QVector<OperatorInfo>> ops = m_repo.operators();
    Result<QVector<SystemInfo>> systems = m_repo.systems();
    Result<QVector<Indicator>> indicators = m_repo.indicators();
    Result<QHash<qint64, QVector<IndicatorValue>>> values = m_repo.allIndicatorValues();
    for (const Error *e :
         {ops ? nullptr : &ops.error(), systems ? nullptr : &systems.error(),
          indicators ? nullptr : &indicators.error(), values ? nullptr : &values.error()}) {
        if (e)
            return *e;
    }
    QHash<qint64, QString> usccById;
    for (const OperatorInfo &o : ops.value())
        usccById.insert(o.id, o.uscc);
    // Only the indicators some system has a value for, in catalogue order.
    QSet<QString> used;
    for (const auto &list : values.value())
        for (const IndicatorValue &v : list)
            used.insert(v.key);
    QStringList keys;
    for (const Indicator &i : indicators.value())
        if (used.contains(i.key))
            keys << i.key;
    QStringList header = systemColumns();
    for (const QString &k : keys)
        header << k << k + ReportedSuffix;

    QVector<QStringList> rows;
    rows.reserve(systems.value().size());
    for (const SystemInfo &s : systems.value()) {
        QStringList row{usccById.value(s.operatorId), s.name,  s.description, s.category,
                        QString::number(s.mlpsLevel), s.status};
        QHash<QString, IndicatorValue> byKey;
        for (const IndicatorValue &v : values.value().value(s.id))
            byKey.insert(v.key, v);
        for (const QString &k : keys) {
            const IndicatorValue v = byKey.value(k);
            row << v.value
                << (v.reportedOn.isValid() ? v.reportedOn.toString(Qt::ISODate) : QString());
        }
        rows << row;
    }
    return Csv::write(header, rows, classification);
}

Result<ImportPreview> RegistryTransfer::preview(ImportPreview::Kind kind, const QByteArray &bytes,
                                                Csv::Encoding encoding) const
{
    Result<QString> text = Csv::decode(bytes, encoding);
    if (!text)
        return text.error();
    Result<CsvTable> table = Csv::parse(text.value());
    if (!table)
        return table.error();
    ImportPreview p;
    p.kind = kind;
    p.table = table.value();
    for (QString &h : p.table.header)
        h = canonicalColumn(h);
    if (kind == ImportPreview::Kind::Operators)
        checkOperators(p);
    else
        checkSystems(p);
    return p;
}

void RegistryTransfer::checkOperators(ImportPreview &p) const
{
    const QStringList columns = operatorColumns();
    const QStringList &header = p.table.header;
    bool headerOk = true;
    for (const QString &h : header) {
        if (!columns.contains(h)) {
            p.errors << Csv::rowError(
                p.table.headerRow, h,
                tr("unknown column (expected: %1)").arg(columns.join(QLatin1String(", "))));
            headerOk = false;
        }
    }
    for (const QString &required :
         {QStringLiteral("uscc"), QStringLiteral("name_zh"), QStringLiteral("sector")}) {
        if (!header.contains(required)) {
            p.errors << Csv::rowError(p.table.headerRow, required,
                                      tr("required column is missing"));
            headerOk = false;
        }
    }
    if (!headerOk)
        return;

    Result<QVector<OperatorInfo>> existing = m_repo.operators();
    QHash<QString, qint64> known;
    if (existing) {
        for (const OperatorInfo &o : existing.value())
            known.insert(o.uscc, o.id);
    }
    QHash<QString, int> seenInFile;
    for (int r = 0; r < p.table.rows.size(); ++r) {
        const int row = p.table.rowNumbers.at(r);
        const QStringList &cells = p.table.rows.at(r);
        auto cell = [&](const QString &col) {
            const int i = header.indexOf(col);
            return i >= 0 && i < cells.size() ? cells.at(i) : QString();
        };
        OperatorInfo o;
        o.uscc = cell(QStringLiteral("uscc"));
        o.nameZh = cell(QStringLiteral("name_zh"));
        o.nameEn = cell(QStringLiteral("name_en"));
        o.sector = sectorKey(cell(QStringLiteral("sector")));
        o.region = cell(QStringLiteral("region"));
        o.contactName = cell(QStringLiteral("contact_name"));
        o.contactPhone = cell(QStringLiteral("contact_phone"));
        o.contactEmail = cell(QStringLiteral("contact_email"));
        const int before = p.errors.size();
        for (const FieldError &e : o.validate())
            p.errors << Csv::rowError(row, e.field, e.reason);
        if (known.contains(o.uscc))
            p.errors << Csv::rowError(row, QStringLiteral("uscc"),
                                      tr("an operator with this code is already in the store "
                                         "(id %1)")
                                          .arg(known.value(o.uscc)));
        else if (seenInFile.contains(o.uscc))
            p.errors << Csv::rowError(
                row, QStringLiteral("uscc"),
                tr("the same code is already on row %1").arg(seenInFile.value(o.uscc)));
        seenInFile.insert(o.uscc, row);
        if (p.errors.size() > before)
            p.badRows << row;
        p.operators << o;
    }
}

void RegistryTransfer::checkSystems(ImportPreview &p) const
{
    const QStringList &header = p.table.header;
    Result<QVector<Indicator>> indicators = m_repo.indicators();
    QHash<QString, Indicator> byKey;
    if (indicators) {
        for (const Indicator &i : indicators.value())
            byKey.insert(i.key, i);
    }
    bool headerOk = true;
    for (const QString &h : header) {
        const QString base = h.endsWith(ReportedSuffix) ? h.chopped(ReportedSuffix.size()) : h;
        if (!systemColumns().contains(h) && !byKey.contains(base)) {
            p.errors << Csv::rowError(p.table.headerRow, h,
                                      tr("unknown column: neither a system field (%1) nor an "
                                         "indicator key")
                                          .arg(systemColumns().join(QLatin1String(", "))));
            headerOk = false;
        }
    }
    for (const QString &required : {QStringLiteral("operator_uscc"), QStringLiteral("name")}) {
        if (!header.contains(required)) {
            p.errors << Csv::rowError(p.table.headerRow, required,
                                      tr("required column is missing"));
            headerOk = false;
        }
    }
    if (!headerOk)
        return;

    QHash<QString, qint64> operatorByUscc;
    if (Result<QVector<OperatorInfo>> ops = m_repo.operators()) {
        for (const OperatorInfo &o : ops.value())
            operatorByUscc.insert(o.uscc, o.id);
    }
    for (int r = 0; r < p.table.rows.size(); ++r) {
        const int row = p.table.rowNumbers.at(r);
        const QStringList &cells = p.table.rows.at(r);
        auto cell = [&](const QString &col, const QString &fallback = {}) {
            const int i = header.indexOf(col);
            return i >= 0 && i < cells.size() ? cells.at(i) : fallback;
        };
        const int before = p.errors.size();
        SystemRecord rec;
        SystemInfo &s = rec.system;
        const QString uscc = cell(QStringLiteral("operator_uscc"));
        s.operatorId = operatorByUscc.value(uscc, 0);
        s.name = cell(QStringLiteral("name"));
        s.description = cell(QStringLiteral("description"));
        s.category = cell(QStringLiteral("category"), QStringLiteral("other"));
        s.status = cell(QStringLiteral("status"), QStringLiteral("in-service"));
        const QString level = cell(QStringLiteral("mlps_level"), QStringLiteral("2"));
        bool isNumber = false;
        s.mlpsLevel = level.toInt(&isNumber);
        if (!isNumber)
            s.mlpsLevel = 0;
        for (const FieldError &e : s.validate()) {
            if (e.field == QLatin1String("operator"))
                continue; // reported below with the code that was looked up
            p.errors << Csv::rowError(row, e.field, e.reason);
        }
        if (s.operatorId == 0)
            p.errors << Csv::rowError(row, QStringLiteral("operator_uscc"),
                                      tr("no operator with the code '%1' in the store (import "
                                         "operators first)")
                                          .arg(TextField::shown(uscc)));
        for (int c = 0; c < header.size(); ++c) {
            const QString &key = header.at(c);
            if (!byKey.contains(key) || c >= cells.size() || cells.at(c).trimmed().isEmpty())
                continue;
            Result<QString> value = byKey.value(key).canonicalValue(cells.at(c));
            if (!value) {
                p.errors << Csv::rowError(row, key, value.error().message);
                continue;
            }
            IndicatorValue v{0, key, value.value(), {}};
            const QString date = cell(key + ReportedSuffix);
            if (!date.isEmpty()) {
                v.reportedOn = QDate::fromString(date, Qt::ISODate);
                if (!v.reportedOn.isValid())
                    p.errors << Csv::rowError(
                        row, key + ReportedSuffix,
                        tr("'%1' is not a date (write YYYY-MM-DD)").arg(TextField::shown(date)));
            }
            rec.values << v;
        }
        if (p.errors.size() > before)
            p.badRows << row;
        p.systems << rec;
    }
}

Result<QVector<qint64>> RegistryTransfer::commit(const ImportPreview &preview)
{
    if (!preview.ok())
        return Error::input(
            tr("%n problem(s) found; nothing was imported", nullptr, preview.errors.size()),
            preview.errors);
    return preview.kind == ImportPreview::Kind::Operators
               ? m_repo.insertOperators(preview.operators)
               : m_repo.insertSystems(preview.systems);
}

Result<QVector<qint64>> RegistryTransfer::import(ImportPreview::Kind kind, const QByteArray &bytes,
                                                 Csv::Encoding encoding)
{
    Result<ImportPreview> p = preview(kind, bytes, encoding);
    if (!p)
        return p.error();
    return commit(p.value());
}

} // namespace cii
