#pragma once

#include <QString>

namespace cii {

// The department's contact as every numbered document states it, as a zh/en pair of HTML.
struct ContactLine
{
    QString zh; // 联系人：某某，联系电话：…。
    QString en; // Contact: …, telephone ….

    ContactLine(const QString &name, const QString &phone);
};

} // namespace cii
