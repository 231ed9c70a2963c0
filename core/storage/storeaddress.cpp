#include "storeaddress.h"

#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

namespace cii {
namespace {

QMutex g_passwordsLock;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> typed;
    return typed;
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString &part, const char *keep = "")
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part, keep));
}

} // namespace

Error StoreAddress::passwordInAddress()
{
    return Error::input(tr("the address contains a password: leave it out, and put it in the "
                           "file PGPASSFILE names (~/.pgpass) or type it when asked"));
}

bool StoreAddress::isPostgres(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql:"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres:"), Qt::CaseInsensitive);
}

Result<StoreAddress> StoreAddress::parse(const QString &location)
{
    const qsizetype colon = location.indexOf(QLatin1Char(':'));
    QString rest = location.mid(colon + 1);
    if (!isPostgres(location) || !rest.startsWith(QLatin1String("//")))
        return Error::input(tr("%1 is not a PostgreSQL address: write "
                               "postgresql://USER@HOST:PORT/DATABASE")
                                .arg(location));
    rest = rest.mid(2);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash >= 0 ? rest.left(slash) : rest;
    StoreAddress a;
    a.m_database = slash >= 0 ? decoded(rest.mid(slash + 1)) : QString();
    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':')))
            return passwordInAddress();
        a.m_user = decoded(userInfo);
    }
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Error::input(tr("%1: the host's closing ']' is missing").arg(location));
        a.m_host = hostPort.mid(1, close - 1);
        if (hostPort.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = hostPort.mid(close + 2);
    } else if (const qsizetype c = hostPort.lastIndexOf(QLatin1Char(':')); c >= 0) {
        a.m_host = decoded(hostPort.left(c));
        portText = hostPort.mid(c + 1);
    } else {
        a.m_host = decoded(hostPort);
    }
    const QUrlQuery params(query);
    for (const auto &item : params.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("host"))
            a.m_host = item.second;
        else if (item.first == QLatin1String("port"))
            portText = item.second;
        else if (item.first == QLatin1String("user"))
            a.m_user = item.second;
        else if (item.first == QLatin1String("dbname"))
            a.m_database = item.second;
        else if (item.first == QLatin1String("password"))
            return passwordInAddress();
        else
            return Error::input(tr("%1: unknown setting '%2' (known: host, port, user, dbname)")
                                    .arg(location, item.first));
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        a.m_port = portText.toInt(&ok);
        if (!ok || a.m_port < 1 || a.m_port > 65535)
            return Error::input(
                tr("%1: the port '%2' is not a number from 1 to 65535").arg(location, portText));
    }
    if (a.m_database.isEmpty())
        return Error::input(
            tr("%1 names no database: write postgresql://USER@HOST:PORT/DATABASE").arg(location));
    return a;
}

QString StoreAddress::postgresUrl(const QString &user, const QString &host, int port,
                                  const QString &database)
{
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += encoded(user) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket) {
        url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                               : encoded(host, ".-");
        if (port > 0)
            url += QLatin1Char(':') + QString::number(port);
    }
    url += QLatin1Char('/') + encoded(database, ".-_");
    if (socket) {
        url += QStringLiteral("?host=") + encoded(host, "/.-_");
        if (port > 0)
            url += QStringLiteral("&port=") + QString::number(port);
    }
    return url;
}

void StoreAddress::rememberPassword(const QString &location, const QString &password)
{
    QMutexLocker lock(&g_passwordsLock);
    passwords().insert(location, password);
}

QString StoreAddress::rememberedPassword(const QString &location)
{
    QMutexLocker lock(&g_passwordsLock);
    return passwords().value(location);
}

} // namespace cii
