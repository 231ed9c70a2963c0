#include "storeopener.h"

#include "storage/storeaddress.h"

#include <QInputDialog>
#include <QLineEdit>

namespace cii {
namespace {

StoreOpener::Prompt &prompt()
{
    static StoreOpener::Prompt p;
    return p;
}

} // namespace

void StoreOpener::setPrompt(const Prompt &p)
{
    prompt() = p;
}

bool StoreOpener::askPassword(QWidget *parent, const QString &location, const QString &user,
                              int attempt, QString *password)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordPrompt"));
    dialog.setWindowTitle(tr("Password"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    const QString where = describe(location, user);
    //: %1 is a shared store, user@host/database.
    dialog.setLabelText(
        attempt > 1 ? tr("The password was refused. Password for %1 (attempt %2 of %3):")
                          .arg(where)
                          .arg(attempt)
                          .arg(MaxAttempts)
                    : tr("The server asks for the password of %1.\nIt is kept in memory only, "
                         "until the program closes.")
                          .arg(where));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *password = dialog.textValue();
    return true;
}

Status StoreOpener::open(Database &db, const QString &location, Database::OpenMode mode,
                         QWidget *parent)
{
    Status s = db.open(location, mode);
    if (s || !StoreAddress::isPostgres(location))
        return s;
    const Result<StoreAddress> address = StoreAddress::parse(location);
    const QString user = address ? address->user() : QString();
    // A password typed beforehand (the connection dialog's) was the first attempt.
    const int first = StoreAddress::rememberedPassword(location).isEmpty() ? 1 : 2;
    for (int attempt = first; !s && db.passwordRequired() && attempt <= MaxAttempts; ++attempt) {
        QString password;
        const bool given = prompt() ? prompt()(parent, location, user, attempt, &password)
                                    : askPassword(parent, location, user, attempt, &password);
        if (!given || password.isEmpty())
            break;
        StoreAddress::rememberPassword(location, password);
        s = db.open(location, mode);
    }
    // A password the server refused is not offered to it again.
    if (!s && db.passwordRequired())
        StoreAddress::rememberPassword(location, QString());
    return s;
}

QString StoreOpener::describe(const QString &location, const QString &user)
{
    if (!StoreAddress::isPostgres(location))
        return location;
    const Result<StoreAddress> a = StoreAddress::parse(location);
    if (!a)
        return location;
    const QString who = user.isEmpty() ? a->user() : user;
    // A unix socket is on this computer; the full address is in the tooltips.
    QString host = a->host().isEmpty() || a->host().startsWith(QLatin1Char('/'))
                       ? QStringLiteral("localhost")
                       : a->host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (a->port() > 0 && a->port() != 5432)
        host += QLatin1Char(':') + QString::number(a->port());
    return (who.isEmpty() ? QString() : who + QLatin1Char('@')) + host + QLatin1Char('/') +
           a->database();
}

} // namespace cii
