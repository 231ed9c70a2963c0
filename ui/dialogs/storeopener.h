#pragma once

#include "result.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace cii {

// Opens a store for the window. Where the server of a shared store asks for a password that
// was neither in PGPASSFILE (~/.pgpass) nor typed before, it asks for it (a password field),
// keeps the answer in memory only (StoreAddress::rememberPassword) and tries again: up to
// MaxAttempts passwords in all, one typed beforehand in the connection dialog included; a
// refused password is forgotten again.
class StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)

public:
    static constexpr int MaxAttempts = 3;

    // Asks for the password of `user` at `location`; `attempt` counts from 1 (above 1 the last
    // one was refused). False: the user cancelled.
    using Prompt = std::function<bool(QWidget *parent, const QString &location, const QString &user,
                                      int attempt, QString *password)>;

    static Status open(Database &db, const QString &location, Database::OpenMode mode,
                       QWidget *parent);
    // The password dialog open() shows; tests replace it (an empty Prompt restores it).
    static void setPrompt(const Prompt &prompt);
    static bool askPassword(QWidget *parent, const QString &location, const QString &user,
                            int attempt, QString *password);
    // How the window names a store: the file's path, or user@host/database for a shared one
    // (`user` the database user it logged in as; empty: the address's).
    static QString describe(const QString &location, const QString &user = QString());
};

} // namespace cii
