#include "pagecullingdevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

namespace cii {

class PageCullingDevice::Engine : public QPaintEngine
{
public:
    Engine(QPainter *target, const QRectF &page)
        : QPaintEngine(QPaintEngine::AllFeatures), m_target(target), m_page(page)
    {
    }

    bool begin(QPaintDevice *) override
    {
        m_target->save();
        m_target->resetTransform();
        m_target->setClipRect(m_page);
        return true;
    }
    bool end() override
    {
        m_target->restore();
        return true;
    }
    Type type() const override { return QPaintEngine::User; }

    // The painter's clips are left out: the page is the clip.
    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags f = state.state();
        if (f & DirtyPen)
            m_target->setPen(state.pen());
        if (f & DirtyBrush)
            m_target->setBrush(state.brush());
        if (f & DirtyBrushOrigin)
            m_target->setBrushOrigin(state.brushOrigin());
        if (f & DirtyBackground)
            m_target->setBackground(state.backgroundBrush());
        if (f & DirtyBackgroundMode)
            m_target->setBackgroundMode(state.backgroundMode());
        if (f & DirtyTransform)
            m_transform = state.transform();
        if (f & DirtyHints)
            m_target->setRenderHints(state.renderHints());
        if (f & DirtyCompositionMode)
            m_target->setCompositionMode(state.compositionMode());
        if (f & DirtyOpacity)
            m_target->setOpacity(state.opacity());
        if (f & DirtyFont)
            m_target->setFont(state.font());
        m_target->setTransform(m_transform);
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QRectF box(p.x(), p.y() - item.ascent(), item.width(),
                         item.ascent() + item.descent());
        if (m_page.contains(m_transform.map(box.center())))
            m_target->drawTextItem(p, item);
    }
    void drawPath(const QPainterPath &path) override { m_target->drawPath(path); }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (mode == PolylineMode)
            m_target->drawPolyline(points, count);
        else
            m_target->drawPolygon(points, count,
                                  mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
    }
    void drawRects(const QRectF *rects, int count) override { m_target->drawRects(rects, count); }
    void drawLines(const QLineF *lines, int count) override { m_target->drawLines(lines, count); }
    void drawEllipse(const QRectF &r) override { m_target->drawEllipse(r); }
    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override
    {
        m_target->drawPixmap(r, pm, sr);
    }
    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                   Qt::ImageConversionFlags flags) override
    {
        m_target->drawImage(r, image, sr, flags);
    }
    void drawTiledPixmap(const QRectF &r, const QPixmap &pm, const QPointF &s) override
    {
        m_target->drawTiledPixmap(r, pm, s);
    }

private:
    QPainter *m_target;
    QRectF m_page;
    QTransform m_transform;
};

PageCullingDevice::PageCullingDevice(QPainter *target, const QRectF &page)
    : m_target(target), m_engine(std::make_unique<Engine>(target, page))
{
}

PageCullingDevice::~PageCullingDevice() = default;

QPaintEngine *PageCullingDevice::paintEngine() const
{
    return m_engine.get();
}

int PageCullingDevice::metric(PaintDeviceMetric metric) const
{
    const QPaintDevice *d = m_target->device();
    switch (metric) {
    case PdmWidth:
        return d->width();
    case PdmHeight:
        return d->height();
    case PdmWidthMM:
        return d->widthMM();
    case PdmHeightMM:
        return d->heightMM();
    case PdmNumColors:
        return d->colorCount();
    case PdmDepth:
        return d->depth();
    case PdmDpiX:
        return d->logicalDpiX();
    case PdmDpiY:
        return d->logicalDpiY();
    case PdmPhysicalDpiX:
        return d->physicalDpiX();
    case PdmPhysicalDpiY:
        return d->physicalDpiY();
    case PdmDevicePixelRatio:
        return d->devicePixelRatio();
    case PdmDevicePixelRatioScaled:
        return int(d->devicePixelRatioF() * QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

} // namespace cii
