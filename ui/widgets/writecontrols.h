#pragma once

#include <initializer_list>

class QWidget;

namespace cii {

// The controls that change the store. On a store opened read-only they are hidden (their
// pages enable and disable them by selection, so hiding is what stays true); reading,
// printing and exporting stay.
class WriteControls
{
public:
    static void mark(std::initializer_list<QWidget *> widgets);
    static void apply(QWidget *root, bool readOnly);
};

} // namespace cii
