#pragma once

#include <QPaintDevice>
#include <QRectF>

#include <memory>

class QPainter;

namespace cii {

// A paint device that forwards everything painted on it to `target` (a painter on the PDF
// writer, whose metrics it takes), clipped to one page's text block, and drops the text items
// that lie outside it. QTextLayout::draw paints one line above its clip rectangle — the last
// line of the previous page when a paragraph or a table cell runs over — and a PDF keeps
// clipped text: without this, pdftotext and copy-and-paste saw that line on both pages.
class PageCullingDevice : public QPaintDevice
{
public:
    // `page` is in device coordinates of `target`'s device.
    PageCullingDevice(QPainter *target, const QRectF &page);
    ~PageCullingDevice() override;
    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    QPainter *m_target;
    std::unique_ptr<Engine> m_engine;
};

} // namespace cii
