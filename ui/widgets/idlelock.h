#pragma once

#include <QObject>

class QTimer;
class QWidget;

namespace cii {

class LockScreen;

// Locks the window after a time without keyboard or mouse input (the department's setting,
// 0 = never), so an unattended workstation shows no operator data. While locked, input
// reaches only the lock screen: no click, key or shortcut gets to the window behind it.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    IdleLock(QWidget *window, const QString &passphraseHash, int minutes);

    // 0 turns locking off.
    void setIdleInterval(int milliseconds);
    void setPassphraseHash(const QString &hash);
    bool isLocked() const { return m_locked; }
    LockScreen *lockScreen() const { return m_screen; }
    void lock();

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isInsideLockScreen(QObject *watched) const;

    QWidget *m_window;
    LockScreen *m_screen;
    QTimer *m_timer;
    bool m_locked = false;
};

} // namespace cii
