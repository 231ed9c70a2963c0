#pragma once

#include <QSize>

class QWidget;

namespace cii {

// Sizes that fit the screen a window opens on. The product runs on 1366×768 laptops with a
// panel: a window taller than what is left puts its buttons off screen, and Qt does not
// shrink a window to the screen by itself.
class ScreenFit
{
public:
    // The main window's size on first start: large enough for the tables, never larger than
    // the screen's available geometry less the window frame.
    static QSize mainWindowSize(const QWidget *window);
    // `wanted`, made no larger than the available geometry of the widget's screen (less the
    // window frame).
    static QSize bounded(const QWidget *window, QSize wanted);
};

} // namespace cii
