#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace cii {

// Notices when a widget, or anything inside it, receives a paint event: what the GUI bench
// takes for "on screen". It filters the application's events, so it sees children that are
// created while it watches (a page that builds its table only when first shown).
class PaintWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PaintWatcher(QObject *parent = nullptr);
    ~PaintWatcher() override;

    // Watches `root` from now on and forgets earlier paints.
    void watch(QWidget *root);
    bool hasPainted() const { return m_painted; }

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_root;
    bool m_painted = false;
};

} // namespace cii
