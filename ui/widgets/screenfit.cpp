#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace cii {
namespace {

// What the window manager adds around a window: title bar and borders.
constexpr int FrameWidth = 16;
constexpr int FrameHeight = 40;

} // namespace

QSize ScreenFit::bounded(const QWidget *window, QSize wanted)
{
    const QScreen *screen =
        window && window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return wanted;
    const QSize room = screen->availableGeometry().size() - QSize(FrameWidth, FrameHeight);
    return wanted.boundedTo(room.expandedTo(QSize(320, 240)));
}

QSize ScreenFit::mainWindowSize(const QWidget *window)
{
    // 1280×720 shows the tables' usual columns; on a 1366×768 screen with a panel it leaves
    // the status bar on screen (1280×800 did not).
    return bounded(window, QSize(1280, 720));
}

} // namespace cii
