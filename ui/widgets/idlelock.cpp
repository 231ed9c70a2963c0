#include "idlelock.h"

#include "lockscreen.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace cii {

IdleLock::IdleLock(QWidget *window, const QString &passphraseHash, int minutes)
    : QObject(window), m_window(window), m_screen(new LockScreen(passphraseHash, window)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lock);
    connect(m_screen, &LockScreen::unlocked, this, [this] {
        m_locked = false;
        if (m_timer->interval() > 0)
            m_timer->start();
        emit unlocked();
    });
    qApp->installEventFilter(this);
    setIdleInterval(minutes * 60 * 1000);
}

void IdleLock::setIdleInterval(int milliseconds)
{
    m_timer->stop();
    m_timer->setInterval(milliseconds);
    if (milliseconds > 0 && !m_locked)
        m_timer->start();
}

void IdleLock::setPassphraseHash(const QString &hash)
{
    m_screen->setPassphraseHash(hash);
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer->stop();
    m_screen->lock();
    emit locked();
}

bool IdleLock::isInsideLockScreen(QObject *watched) const
{
    for (QObject *o = watched; o; o = o->parent())
        if (o == m_screen)
            return true;
    return false;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::ContextMenu:
        if (m_locked)
            return !isInsideLockScreen(watched); // swallowed: the window is behind the lock
        if (m_timer->interval() > 0)
            m_timer->start(); // activity: the idle time starts again
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cii
