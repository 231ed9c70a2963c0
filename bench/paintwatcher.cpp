#include "paintwatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace cii {

PaintWatcher::PaintWatcher(QObject *parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

PaintWatcher::~PaintWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void PaintWatcher::watch(QWidget *root)
{
    m_root = root;
    m_painted = false;
}

bool PaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // The filter runs before the widget paints; whoever waits for painted() lets a zero-timer
    // pass afterwards, by which time the paint and the flush to the screen are done.
    if (event->type() == QEvent::Paint && m_root && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget == m_root || m_root->isAncestorOf(widget)) {
            const bool first = !m_painted;
            m_painted = true;
            if (first)
                emit painted();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cii
