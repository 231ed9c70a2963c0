#include "qtcontextfallback.h"

#include <cstring>

namespace cii {

QString QtContextFallback::translate(const char *context, const char *sourceText,
                                     const char *disambiguation, int n) const
{
    // The contexts of Qt 6's file dialog pieces whose strings the catalogue keeps under the
    // dialog's own (Qt 5's) context.
    static const char *const Moved[] = {"QAbstractFileIconProvider", "QFileIconProvider",
                                        "QFileSystemModel"};
    if (!context)
        return {};
    for (const char *moved : Moved) {
        if (std::strcmp(context, moved) != 0)
            continue;
        // QFileSystemModel has translations of its own (its column headers): those win.
        const QString own = m_qt.translate(context, sourceText, disambiguation, n);
        return own.isEmpty() ? m_qt.translate("QFileDialog", sourceText, disambiguation, n) : own;
    }
    return {};
}

} // namespace cii
