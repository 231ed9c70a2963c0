#include "helpcatalogue.h"

#include "i18n/language.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextDocument>

namespace cii {

QStringList HelpCatalogue::pages()
{
    // The order a department meets the work in: set up, register, rules (Art. 9), identify
    // (Art. 10), notify, deadlines, inspections (Art. 26-28), incidents (Art. 18), operator
    // compliance (Art. 13-17, 19-21), enforcement (Art. 39-42), the audit log, the shared store,
    // then the command line and the shortcuts.
    return {QStringLiteral("getting-started"),
            QStringLiteral("registry"),
            QStringLiteral("rules"),
            QStringLiteral("identification"),
            QStringLiteral("notices"),
            QStringLiteral("deadlines"),
            QStringLiteral("inspections"),
            QStringLiteral("incidents"),
            QStringLiteral("compliance"),
            QStringLiteral("enforcement"),
            QStringLiteral("audit-security"),
            QStringLiteral("shared-store"),
            QStringLiteral("cli"),
            QStringLiteral("shortcuts")};
}

QString HelpCatalogue::language()
{
    return Language::isChinese() ? QStringLiteral("zh") : QStringLiteral("en");
}

QUrl HelpCatalogue::url(const QString &page, const QString &language)
{
    return QUrl(QStringLiteral("qrc:/help/%1/%2.html").arg(language, page));
}

QString HelpCatalogue::html(const QString &page, const QString &language)
{
    QFile file(QStringLiteral(":/help/%1/%2.html").arg(language, page));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString HelpCatalogue::title(const QString &page, const QString &language)
{
    static const QRegularExpression titleTag(QStringLiteral("<title>(.*?)</title>"),
                                             QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = titleTag.match(html(page, language));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString HelpCatalogue::plainText(const QString &page, const QString &language)
{
    QTextDocument doc;
    doc.setHtml(html(page, language));
    return doc.toPlainText();
}

QString HelpCatalogue::pageOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String("qrc") || !url.path().startsWith(QLatin1String("/help/")))
        return QString();
    const QString page = QFileInfo(url.path()).completeBaseName();
    return pages().contains(page) ? page : QString();
}

} // namespace cii
