#include "clicontext.h"

#include "jsonstream.h"
#include "passwordprompt.h"
#include "storage/documentfontrepository.h"
#include "storage/storeaddress.h"

#include <QJsonDocument>

#include <cstdio>

namespace cii::cli {
namespace {

int displayWidth(const QString &s)
{
    int w = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        w += wide ? 2 : 1;
    }
    return w;
}

} // namespace

CliContext::CliContext() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
    dbLocation = Database::defaultLocation();
}

Database *CliContext::openStore(Database::OpenMode mode)
{
    auto db = std::make_unique<Database>();
    const Status opened = open(*db, dbLocation, mode);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    // Documents any command prints use the department's body font.
    DocumentFontRepository(*db).apply();
    m_db = std::move(db);
    return m_db.get();
}

Status CliContext::open(Database &db, const QString &location, Database::OpenMode mode)
{
    Status opened = db.open(location, mode);
    // The shared store's server wants a password PGPASSFILE did not give: asked at the
    // terminal (up to three times), kept in memory only.
    for (int attempt = 0;
         !opened && db.passwordRequired() && PasswordPrompt::available() && attempt < 3;
         ++attempt) {
        const Result<StoreAddress> a = StoreAddress::parse(location);
        StoreAddress::rememberPassword(
            location, PasswordPrompt::ask(
                          tr("Password for %1 at %2: ").arg(a ? a->user() : QString(), location)));
        opened = db.open(location, mode);
    }
    return opened;
}

int CliContext::fail(const Error &error)
{
    m_err << tr("error: %1").arg(error.message) << Qt::endl;
    for (const QString &line : error.details) {
        if (line != error.message)
            m_err << line << Qt::endl;
    }
    return error.isStorage() ? StorageError : InputRejected;
}

int CliContext::usage(const QString &message)
{
    m_err << tr("usage error: %1").arg(message) << Qt::endl;
    return Usage;
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void CliContext::printCreated(qint64 id)
{
    if (json)
        printJson({{QStringLiteral("id"), id}});
    else
        m_out << id << Qt::endl;
}

int CliContext::printJsonList(QLatin1String key, const std::function<Status(JsonStream &)> &rows)
{
    m_out.flush();
    JsonStream json(stdout);
    json.beginObject();
    json.key(key);
    json.beginArray();
    if (Status s = rows(json); !s) {
        json.abandon();
        return fail(s.error());
    }
    json.endArray();
    json.endObject();
    json.finish();
    return Ok;
}

void CliContext::printTable(const QStringList &header, const QVector<QStringList> &rows)
{
    printTable(header, [&rows](const RowSink &sink) {
        for (const QStringList &r : rows)
            sink(r);
        return Status{};
    });
}

int CliContext::printTable(const QStringList &header, const RowSource &rows)
{
    QVector<int> widths(header.size(), 0);
    auto measure = [&](const QStringList &cells) {
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], qMin(48, displayWidth(cells.at(i))));
    };
    measure(header);
    if (Status s = rows(measure); !s)
        return fail(s.error());
    QString text;
    auto line = [&](const QStringList &cells) {
        text.clear();
        for (int i = 0; i < cells.size(); ++i) {
            QString cell = cells.at(i);
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            text += cell;
            if (i + 1 < cells.size())
                text += QString(qMax(1, widths[i] - displayWidth(cell) + 2), QLatin1Char(' '));
        }
        m_out << text << '\n';
    };
    line(header);
    const Status s = rows(line);
    m_out.flush();
    return s ? Ok : fail(s.error());
}

} // namespace cii::cli
