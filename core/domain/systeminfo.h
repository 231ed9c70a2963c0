#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cii {

// A network facility or information system (网络设施/信息系统) of an operator: the thing
// that is identified. Categories follow the 2016 national determination guide.
struct SystemInfo
{
    Q_DECLARE_TR_FUNCTIONS(SystemInfo)

public:
    qint64 id = 0;
    qint64 operatorId = 0;
    QString name;
    QString description;
    QString category = QStringLiteral("other");    // website | platform | production | other
    int mlpsLevel = 2;                             // 等级保护 level 1–5
    QString status = QStringLiteral("in-service"); // in-service | planned | retired
    // The row version the record was read at (schema 13): an edit saves only over that
    // version, else it meets a conflict (EditConflict). 0: not read, saved unconditionally.
    qint64 rowVersion = 0;

    static QStringList categories();
    static QString categoryName(const QString &key);
    static QStringList statuses();
    static QString statusName(const QString &key);

    QVector<FieldError> validate() const;
    QJsonObject toJson() const;
};

} // namespace cii
