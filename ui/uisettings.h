#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace cii {

// What the GUI remembers between runs (QSettings, per user).
class UiSettings
{
public:
    UiSettings();

    QString language() const;
    void setLanguage(const QString &code);
    QString store() const;
    void setStore(const QString &path);
    // The shared stores (PostgreSQL addresses, never with a password) opened lately, the
    // latest first; at most MaxRecentSharedStores.
    QStringList recentSharedStores() const;
    void addRecentSharedStore(const QString &url);
    static constexpr int MaxRecentSharedStores = 8;
    QByteArray geometry() const;
    void setGeometry(const QByteArray &g);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &s);
    int area() const;
    void setArea(int area);
    // Whether the user closed the first-run assistant for the store at `storePath` (each
    // store is asked about once).
    bool firstRunDismissed(const QString &storePath) const;
    void setFirstRunDismissed(const QString &storePath);

private:
    QSettings m_settings;
};

} // namespace cii
