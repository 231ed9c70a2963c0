#include "complianceduty.h"

#include "domain/textfield.h"
#include "i18n/language.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace cii {

QString ComplianceDuty::name() const
{
    return Language::pick(nameZh, nameEn);
}

QString ComplianceDuty::articleName() const
{
    static const QHash<QString, QString> zh = {
        {QStringLiteral("Art. 13"), QStringLiteral("第十三条")},
        {QStringLiteral("Art. 14"), QStringLiteral("第十四条")},
        {QStringLiteral("Art. 15(3)"), QStringLiteral("第十五条第（三）项")},
        {QStringLiteral("Art. 16"), QStringLiteral("第十六条")},
        {QStringLiteral("Art. 17"), QStringLiteral("第十七条")},
        {QStringLiteral("Art. 19"), QStringLiteral("第十九条")},
        {QStringLiteral("Art. 20"), QStringLiteral("第二十条")},
        {QStringLiteral("Art. 21"), QStringLiteral("第二十一条")},
    };
    return Language::isChinese() ? zh.value(article, article) : article;
}

QString ComplianceDuty::shortName() const
{
    return Language::pick(shortZh, shortEn);
}

const QVector<ComplianceDuty> &ComplianceDuty::all()
{
    using V = Value;
    using J = Judgement;
    static const QVector<ComplianceDuty> duties = {
        // Art. 13: 运营者的主要负责人对关键信息基础设施安全保护负总责.
        {QStringLiteral("principal-person"), QStringLiteral("Art. 13"),
         QStringLiteral("主要负责人（负总责）"),
         QStringLiteral("Principal responsible person (overall responsibility)"),
         QStringLiteral("主要负责人"), QStringLiteral("Principal"), V::Person, J::Record},
        // Art. 14: 设置专门安全管理机构.
        {QStringLiteral("security-body"), QStringLiteral("Art. 14"),
         QStringLiteral("专门安全管理机构"), QStringLiteral("Dedicated security management body"),
         QStringLiteral("安全机构"), QStringLiteral("Body"), V::Body, J::Record},
        {QStringLiteral("security-body-head"), QStringLiteral("Art. 14"),
         QStringLiteral("专门安全管理机构负责人"),
         QStringLiteral("Head of the security management body"), QStringLiteral("机构负责人"),
         QStringLiteral("Body head"), V::Person, J::Record},
        // Art. 14: 对专门安全管理机构负责人和关键岗位人员进行安全背景审查. The article sets no
        // period for renewing a check; a department that wants one sets its own target.
        {QStringLiteral("head-background-check"), QStringLiteral("Art. 14"),
         QStringLiteral("机构负责人安全背景审查"),
         QStringLiteral("Security background check of the body's head"),
         QStringLiteral("负责人审查"), QStringLiteral("Head check"), V::YesNo, J::Renewed},
        {QStringLiteral("key-staff-background-check"), QStringLiteral("Art. 14"),
         QStringLiteral("关键岗位人员安全背景审查（人数）"),
         QStringLiteral("Security background checks of key personnel (people checked)"),
         QStringLiteral("岗位审查"), QStringLiteral("Staff checks"), V::Count, J::Renewed},
        // Art. 15(3): 制定本单位应急预案，定期开展应急演练 — 定期 without a period: the
        // department's target again.
        {QStringLiteral("emergency-drill"), QStringLiteral("Art. 15(3)"),
         QStringLiteral("应急预案及应急演练"), QStringLiteral("Emergency plan and drill"),
         QStringLiteral("应急演练"), QStringLiteral("Drill"), V::YesNo, J::Renewed},
        // Art. 16: 保障专门安全管理机构的运行经费、配备相应的人员.
        {QStringLiteral("budget"), QStringLiteral("Art. 16"),
         QStringLiteral("专门安全管理机构运行经费（元）"),
         QStringLiteral("Operating budget of the security body (yuan)"), QStringLiteral("运行经费"),
         QStringLiteral("Budget"), V::Amount, J::Record},
        {QStringLiteral("staffing"), QStringLiteral("Art. 16"),
         QStringLiteral("专门安全管理机构人员（人数）"),
         QStringLiteral("Staff of the security body (people)"), QStringLiteral("人员配备"),
         QStringLiteral("Staff"), V::Count, J::Record},
        // Art. 17: 每年至少进行一次网络安全检测和风险评估, 对发现的安全问题及时整改.
        {QStringLiteral("annual-assessment"), QStringLiteral("Art. 17"),
         QStringLiteral("年度网络安全检测和风险评估"),
         QStringLiteral("Annual security testing and risk assessment"), QStringLiteral("年度评估"),
         QStringLiteral("Assessed"), V::Derived, J::Assessments},
        {QStringLiteral("rectification"), QStringLiteral("Art. 17"),
         QStringLiteral("评估发现问题的整改"),
         QStringLiteral("Rectification of the problems an assessment found"),
         QStringLiteral("问题整改"), QStringLiteral("Rectified"), V::Derived, J::Rectification},
        // Art. 19: 优先采购安全可信的网络产品和服务.
        {QStringLiteral("trusted-procurement"), QStringLiteral("Art. 19"),
         QStringLiteral("优先采购安全可信的网络产品和服务"),
         QStringLiteral("Secure and trusted network products and services purchased first"),
         QStringLiteral("可信采购"), QStringLiteral("Trusted buy"), V::YesNo, J::Record},
        // Art. 20: 与网络产品和服务提供者签订安全保密协议.
        {QStringLiteral("supplier-agreements"), QStringLiteral("Art. 20"),
         QStringLiteral("与提供者签订的安全保密协议（份数）"),
         QStringLiteral("Security and confidentiality agreements with suppliers (signed)"),
         QStringLiteral("保密协议"), QStringLiteral("Supplier NDA"), V::Count, J::Record},
        // Art. 21: 合并、分立、解散等情况，应当及时报告保护工作部门，并按要求处置.
        {QStringLiteral("reorganisation"), QStringLiteral("Art. 21"),
         QStringLiteral("合并、分立、解散的报告及处置"),
         QStringLiteral("Merger, separation or dissolution reported and handled"),
         QStringLiteral("合并分立"), QStringLiteral("Merger etc."), V::Derived, J::Reorganisation},
    };
    return duties;
}

const ComplianceDuty *ComplianceDuty::find(const QString &key)
{
    for (const ComplianceDuty &d : all())
        if (d.key == key)
            return &d;
    return nullptr;
}

QStringList ComplianceDuty::keys()
{
    QStringList out;
    for (const ComplianceDuty &d : all())
        out << d.key;
    return out;
}

QStringList ComplianceDuty::recordedKeys()
{
    QStringList out;
    for (const ComplianceDuty &d : all())
        if (d.isRecorded())
            out << d.key;
    return out;
}

QString ComplianceDuty::valueKey(Value value)
{
    switch (value) {
    case Value::Person:
        return QStringLiteral("person");
    case Value::Body:
        return QStringLiteral("body");
    case Value::YesNo:
        return QStringLiteral("yes-no");
    case Value::Amount:
        return QStringLiteral("amount");
    case Value::Count:
        return QStringLiteral("count");
    case Value::Text:
        return QStringLiteral("text");
    case Value::Derived:
        break;
    }
    return QStringLiteral("derived");
}

QString ComplianceDuty::valueName(Value value)
{
    switch (value) {
    case Value::Person:
        return tr("a person's name");
    case Value::Body:
        return tr("the body's name");
    case Value::YesNo:
        return tr("yes or no");
    case Value::Amount:
        return tr("an amount in yuan");
    case Value::Count:
        return tr("a whole number");
    case Value::Text:
        return tr("text");
    case Value::Derived:
        break;
    }
    return tr("read from other records");
}

Result<QString> ComplianceDuty::normalised(const QString &input) const
{
    const QString v = input.trimmed();
    switch (value) {
    case Value::Derived:
        return Error::input(
            judgement == Judgement::Reorganisation
                ? tr("%1 is read from the operator events (event add)").arg(key)
                : tr("%1 is read from the annual assessments (assessment add)").arg(key));
    case Value::YesNo: {
        const QString l = v.toLower();
        if (l == QLatin1String("yes") || l == QLatin1String("y") || v == QStringLiteral("是"))
            return QStringLiteral("yes");
        if (l == QLatin1String("no") || l == QLatin1String("n") || v == QStringLiteral("否"))
            return QStringLiteral("no");
        return Error::input(tr("yes or no"));
    }
    case Value::Count: {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,7}$"));
        if (!digits.match(v).hasMatch())
            return Error::input(tr("a whole number, 0 or more"));
        return QString::number(v.toLongLong());
    }
    case Value::Amount: {
        // Yuan with up to two decimals (fen); thousands separators are accepted as typed.
        QString plain = v;
        plain.remove(QLatin1Char(',')).remove(QChar(0xFF0C));
        static const QRegularExpression amount(QStringLiteral("^([0-9]{1,13})(\\.([0-9]{1,2}))?$"));
        const QRegularExpressionMatch m = amount.match(plain);
        if (!m.hasMatch())
            return Error::input(tr("an amount in yuan, e.g. 1200000 or 1200000.50"));
        QString out = QString::number(m.captured(1).toLongLong());
        const QString fen = m.captured(3);
        if (!fen.isEmpty() && fen != QLatin1String("0") && fen != QLatin1String("00"))
            out += QLatin1Char('.') + fen.leftJustified(2, QLatin1Char('0'));
        return out;
    }
    case Value::Person:
    case Value::Body:
    case Value::Text:
        break;
    }
    if (v.isEmpty())
        return Error::input(tr("a value is required"));
    const int length = value == Value::Text   ? TextField::DescriptionLength
                       : value == Value::Body ? TextField::NameLength
                                              : TextField::ShortLength;
    if (const QString p = TextField::problem(
            v, length, value == Value::Text ? TextField::Lines::Multi : TextField::Lines::Single);
        !p.isEmpty())
        return Error::input(p);
    return v;
}

QString ComplianceDuty::shownValue(const QString &stored) const
{
    switch (value) {
    case Value::YesNo:
        return stored == QLatin1String("yes") ? tr("yes") : tr("no");
    case Value::Amount: {
        const QString integral = stored.section(QLatin1Char('.'), 0, 0);
        const QString fen = stored.section(QLatin1Char('.'), 1);
        QString text = QLocale(QLocale::English).toString(integral.toLongLong());
        if (!fen.isEmpty())
            text += QLatin1Char('.') + fen;
        return tr("%1 yuan").arg(text);
    }
    case Value::Count:
    case Value::Person:
    case Value::Body:
    case Value::Text:
    case Value::Derived:
        break;
    }
    return stored;
}

bool ComplianceDuty::affirms(const QString &stored) const
{
    switch (value) {
    case Value::YesNo:
        return stored == QLatin1String("yes");
    case Value::Count:
    case Value::Amount:
        return stored.toDouble() > 0;
    case Value::Person:
    case Value::Body:
    case Value::Text:
    case Value::Derived:
        break;
    }
    return !stored.trimmed().isEmpty();
}

} // namespace cii
