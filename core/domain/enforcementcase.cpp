#include "enforcementcase.h"

#include <QJsonArray>

namespace cii {

QStringList EnforcementStep::kinds()
{
    return {QStringLiteral("order"), QStringLiteral("check"), QStringLiteral("advance-notice"),
            QStringLiteral("decision"), QStringLiteral("closed")};
}

QString EnforcementStep::kindName(const QString &kind)
{
    if (kind == QLatin1String("opened"))
        return EnforcementCase::tr("Opened");
    if (kind == QLatin1String("order"))
        return EnforcementCase::tr("Order to rectify");
    if (kind == QLatin1String("check"))
        return EnforcementCase::tr("Rectification checked");
    if (kind == QLatin1String("advance-notice"))
        return EnforcementCase::tr("Advance notice of penalty");
    if (kind == QLatin1String("decision"))
        return EnforcementCase::tr("Penalty decision");
    if (kind == QLatin1String("closed"))
        return EnforcementCase::tr("Closed");
    return kind;
}

QJsonObject EnforcementStep::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("step"), kind},
                  {QStringLiteral("date"), date.toString(Qt::ISODate)}};
    if (kind == QLatin1String("order")) {
        o.insert(QStringLiteral("rectify_by"), rectifyBy.toString(Qt::ISODate));
        o.insert(QStringLiteral("warning"), warning);
    }
    if (kind == QLatin1String("check")) {
        o.insert(QStringLiteral("rectified"), rectified);
        o.insert(QStringLiteral("harm"), harm);
    }
    if (kind == QLatin1String("advance-notice") || kind == QLatin1String("decision")) {
        o.insert(QStringLiteral("fine_operator"), fineOperator);
        o.insert(QStringLiteral("fine_person"), finePerson);
    }
    if (kind == QLatin1String("decision")) {
        o.insert(QStringLiteral("hearing_held"), hearingHeld);
        o.insert(QStringLiteral("hearing_on"),
                 hearingOn.isValid() ? QJsonValue(hearingOn.toString(Qt::ISODate)) : QJsonValue());
    }
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    o.insert(QStringLiteral("document"),
             noticeId ? QJsonValue(noticeNumber) : QJsonValue(QJsonValue::Null));
    return o;
}

QString EnforcementCase::step() const
{
    return steps.isEmpty() ? QStringLiteral("opened") : steps.constLast().kind;
}

const EnforcementStep *EnforcementCase::last(const QString &kind) const
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it)
        if (it->kind == kind)
            return &*it;
    return nullptr;
}

QStringList EnforcementCase::evidenceKinds()
{
    return {QStringLiteral("finding"), QStringLiteral("incident"), QStringLiteral("deadline"),
            QStringLiteral("compliance")};
}

QString EnforcementCase::evidenceName(const QString &link)
{
    const qsizetype colon = link.indexOf(QLatin1Char(':'));
    const QString kind = link.left(colon);
    const QString id = link.mid(colon + 1);
    if (kind == QLatin1String("finding"))
        return tr("Finding %1").arg(id);
    if (kind == QLatin1String("incident"))
        return tr("Incident %1").arg(id);
    if (kind == QLatin1String("deadline"))
        return tr("Deadline item %1").arg(id);
    if (kind == QLatin1String("compliance"))
        return tr("Compliance record %1").arg(id);
    return link;
}

QJsonObject EnforcementCase::toJson() const
{
    QJsonArray ev;
    for (const QString &e : evidence)
        ev.append(e);
    QJsonArray st;
    for (const EnforcementStep &s : steps)
        st.append(s.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("operator"), operatorId},
            {QStringLiteral("operator_name"), operatorName},
            {QStringLiteral("article"), article},
            {QStringLiteral("facts"), facts},
            {QStringLiteral("person"), person},
            {QStringLiteral("purchase_amount"), purchaseAmount},
            {QStringLiteral("opened_on"), openedOn.toString(Qt::ISODate)},
            {QStringLiteral("evidence"), ev},
            {QStringLiteral("step"), step()},
            {QStringLiteral("steps"), st}};
}

} // namespace cii
