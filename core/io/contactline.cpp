#include "contactline.h"

namespace cii {

ContactLine::ContactLine(const QString &name, const QString &phone)
    : zh(QStringLiteral("联系人：%1，联系电话：%2。").arg(name.toHtmlEscaped(), phone.toHtmlEscaped())),
      en(QStringLiteral("Contact: %1, telephone %2.").arg(name.toHtmlEscaped(), phone.toHtmlEscaped()))
{
}

} // namespace cii
