#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cii {

// An operator (运营者) of network facilities and information systems, identified by its
// Unified Social Credit Code. (Named OperatorInfo: "operator" is a C++ keyword.)
struct OperatorInfo
{
    Q_DECLARE_TR_FUNCTIONS(OperatorInfo)

public:
    qint64 id = 0;
    QString uscc;
    QString nameZh;
    QString nameEn;
    QString sector;
    QString region;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    // The row version the record was read at (schema 13): an edit saves only over that
    // version, else it meets a conflict (EditConflict). 0: not read, saved unconditionally.
    qint64 rowVersion = 0;

    QString displayName() const;
    // Field by field; the first problem found, naming the field (a CSV column name).
    QVector<FieldError> validate() const;
    QJsonObject toJson() const;

    bool operator==(const OperatorInfo &o) const;
};

} // namespace cii
