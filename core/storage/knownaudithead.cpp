#include "knownaudithead.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace cii {
namespace {

QString keyOf(const QString &location)
{
    const QFileInfo info(location);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    // A hash of the path: settings keys cannot hold every character a path can.
    return QStringLiteral("audit-heads/") +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(32));
}

QSettings &settings()
{
    static QSettings s(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("cii-workbench"),
                       QStringLiteral("audit-heads"));
    return s;
}

} // namespace

void KnownAuditHead::remember(const QString &location, qint64 id, const QString &hash)
{
    QSettings &s = settings();
    s.setValue(keyOf(location), QStringLiteral("%1:%2").arg(id).arg(hash));
    s.sync();
}

std::optional<KnownAuditHead::Head> KnownAuditHead::recall(const QString &location)
{
    const QString value = settings().value(keyOf(location)).toString();
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 id = value.left(colon).toLongLong(&ok);
    if (colon <= 0 || !ok)
        return std::nullopt;
    return Head{id, value.mid(colon + 1)};
}

void KnownAuditHead::forget(const QString &location)
{
    settings().remove(keyOf(location));
    settings().sync();
}

} // namespace cii
