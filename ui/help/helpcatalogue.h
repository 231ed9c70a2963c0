#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace cii {

// The pages of the user guide, shipped as plain HTML in the resources
// (:/help/<language>/<page>.html), one per workflow, in the order of the contents list.
class HelpCatalogue
{
public:
    // Page ids ("getting-started", "rules", …) in the order the contents list shows them.
    static QStringList pages();
    // "en" or "zh": the guide's language for the application's current language.
    static QString language();
    static QUrl url(const QString &page, const QString &language);
    // The page's HTML source, empty when the resource is missing.
    static QString html(const QString &page, const QString &language);
    // The text of the page's <title>.
    static QString title(const QString &page, const QString &language);
    // The page's text without markup, for searching the guide.
    static QString plainText(const QString &page, const QString &language);
    // The page id of a guide URL (qrc:/help/zh/rules.html → "rules"); empty if not a page.
    static QString pageOf(const QUrl &url);
};

} // namespace cii
