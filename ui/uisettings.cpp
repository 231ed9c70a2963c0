#include "uisettings.h"

#include "storage/storeaddress.h"

#include <QFileInfo>

namespace cii {

UiSettings::UiSettings()
    : m_settings(QStringLiteral("cii-workbench"), QStringLiteral("cii-workbench"))
{
}

QString UiSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void UiSettings::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("ui/language"), code);
}

QString UiSettings::store() const
{
    return m_settings.value(QStringLiteral("store/path")).toString();
}

void UiSettings::setStore(const QString &path)
{
    m_settings.setValue(QStringLiteral("store/path"), path);
}

QStringList UiSettings::recentSharedStores() const
{
    return m_settings.value(QStringLiteral("store/recentShared")).toStringList();
}

void UiSettings::addRecentSharedStore(const QString &url)
{
    // Only what parses as an address is kept, and it never holds a password (parse refuses).
    if (!StoreAddress::parse(url))
        return;
    QStringList recent = recentSharedStores();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > MaxRecentSharedStores)
        recent.removeLast();
    m_settings.setValue(QStringLiteral("store/recentShared"), recent);
}

QByteArray UiSettings::geometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void UiSettings::setGeometry(const QByteArray &g)
{
    m_settings.setValue(QStringLiteral("window/geometry"), g);
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &s)
{
    m_settings.setValue(QStringLiteral("window/state"), s);
}

int UiSettings::area() const
{
    return m_settings.value(QStringLiteral("window/area"), 0).toInt();
}

void UiSettings::setArea(int area)
{
    m_settings.setValue(QStringLiteral("window/area"), area);
}

namespace {

const QString FirstRunKey = QStringLiteral("first-run/dismissed");

// One entry per store, by its absolute path (a store opened by two relative paths is one);
// a shared store by its address.
QString storeId(const QString &storePath)
{
    if (StoreAddress::isPostgres(storePath))
        return storePath;
    return QFileInfo(storePath).absoluteFilePath();
}

} // namespace

bool UiSettings::firstRunDismissed(const QString &storePath) const
{
    return m_settings.value(FirstRunKey).toStringList().contains(storeId(storePath));
}

void UiSettings::setFirstRunDismissed(const QString &storePath)
{
    QStringList stores = m_settings.value(FirstRunKey).toStringList();
    if (!stores.contains(storeId(storePath)))
        stores << storeId(storePath);
    m_settings.setValue(FirstRunKey, stores);
}

} // namespace cii
