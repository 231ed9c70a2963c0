#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace cii {

// The application's current language. Both fronts install translators through this class
// so that tr() strings, QLocale-formatted dates and numbers, and bilingual names stored in
// the database (name_zh / name_en) all follow the same choice.
class Language
{
public:
    // "zh" or "en"; anything else falls back to English.
    static QString normalize(const QString &code);
    // The language to start in when the user has not chosen one: the system locale's.
    static QString systemDefault();
    // Installs the translators for `code` ("zh" or "en") and makes its locale the default.
    // Safe to call again to switch at run time: Qt then sends QEvent::LanguageChange.
    static void apply(const QString &code);
    static QString current();
    static bool isChinese() { return current() == QLatin1String("zh"); }
    // Picks the stored name in the current language, falling back to the other one.
    static QString pick(const QString &zh, const QString &en);
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("zh")}; }
};

} // namespace cii
