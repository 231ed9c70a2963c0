#include "language.h"

#include "qtcontextfallback.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace cii {
namespace {

QString g_current = QStringLiteral("en");
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QString Language::normalize(const QString &code)
{
    return code.trimmed().toLower().startsWith(QLatin1String("zh")) ? QStringLiteral("zh")
                                                                    : QStringLiteral("en");
}

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh")
                                                            : QStringLiteral("en");
}

void Language::apply(const QString &code)
{
    g_current = normalize(code);
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    const QLocale locale =
        g_current == QLatin1String("zh")
            ? QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)
            : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    // English is the source language; its translation holds only the plural forms.
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(locale, QStringLiteral("cii-workbench"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours.get());
        installed().push_back(std::move(ours));
    }
    if (g_current == QLatin1String("en"))
        return;
    // Qt's own strings (standard dialog buttons, context menus).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        // Installed after Qt's catalogue, so asked first: see QtContextFallback.
        auto fallback = std::make_unique<QtContextFallback>(*qt);
        installed().push_back(std::move(qt));
        QCoreApplication::installTranslator(fallback.get());
        installed().push_back(std::move(fallback));
    }
}

QString Language::current()
{
    return g_current;
}

QString Language::pick(const QString &zh, const QString &en)
{
    if (isChinese())
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

} // namespace cii
