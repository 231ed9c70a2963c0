#pragma once

#include <QTranslator>

namespace cii {

// Qt 6 looks some of its own strings up under contexts its Chinese catalogue (Debian's
// qt6-translations-l10n for Qt 6.4) does not have yet: the file dialog's "Folder" type
// column asks QAbstractFileIconProvider, while qtbase_zh_CN holds 文件夹 under QFileDialog
// only. This translator answers such a lookup from Qt's catalogue under the context that has
// the string; installed after it, it is asked first and stays silent for everything else.
class QtContextFallback : public QTranslator
{
public:
    explicit QtContextFallback(const QTranslator &qt) : m_qt(qt) {}

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    const QTranslator &m_qt;
};

} // namespace cii
