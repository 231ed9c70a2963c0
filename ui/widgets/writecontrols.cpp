#include "writecontrols.h"

#include <QVariant>
#include <QWidget>

namespace cii {
namespace {
constexpr char WritesProperty[] = "cii-writes";
constexpr char HiddenProperty[] = "cii-hidden-read-only";
} // namespace

void WriteControls::mark(std::initializer_list<QWidget *> widgets)
{
    for (QWidget *w : widgets)
        w->setProperty(WritesProperty, true);
}

void WriteControls::apply(QWidget *root, bool readOnly)
{
    // Only what this hid is shown again: a page may hide a control for reasons of its own.
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->property(WritesProperty).toBool())
            continue;
        if (readOnly && !w->isHidden()) {
            w->setProperty(HiddenProperty, true);
            w->hide();
        } else if (!readOnly && w->property(HiddenProperty).toBool()) {
            w->setProperty(HiddenProperty, false);
            w->show();
        }
    }
}

} // namespace cii
