#include "page.h"

#include <QEvent>

namespace cii {

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void Page::reloadWhenVisible()
{
    m_stale = !isVisible();
    if (!m_stale)
        reload();
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

} // namespace cii
