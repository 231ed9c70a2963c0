#include "deadlineitem.h"

#include "domain/chinatime.h"

namespace cii {
namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// QJsonDocument's string escaping: ", \ and control characters escaped (\b \f \n \r \t,
// else \u00XX), everything else as UTF-8; a lone surrogate as \uXXXX.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = p + text.size();
    while (p != end) {
        // A run that needs no escaping goes in at once.
        const char16_t *run = p;
        while (p != end && *p >= 0x20 && *p != u'"' && *p != u'\\' && !QChar::isSurrogate(*p))
            ++p;
        if (p != run)
            out += QStringView(run, p).toUtf8();
        if (p == end)
            break;
        const char16_t u = *p++;
        if (u < 0x80) {
            out += '\\';
            switch (u) {
            case u'"':
                out += '"';
                break;
            case u'\\':
                out += '\\';
                break;
            case 0x8:
                out += 'b';
                break;
            case 0xc:
                out += 'f';
                break;
            case 0xa:
                out += 'n';
                break;
            case 0xd:
                out += 'r';
                break;
            case 0x9:
                out += 't';
                break;
            default:
                out += "u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hexDigit((u >> shift) & 0xf);
        }
    }
    out += '"';
}

// Lower-case letters and hyphens only: written as they are, and no '%' for arg() to meet.
bool isPlainKey(const QString &text)
{
    for (QChar c : text)
        if (!((c >= u'a' && c <= u'z') || c == u'-'))
            return false;
    return true;
}

// yyyy-MM-dd as QDate::toString(Qt::ISODate) writes it, without its formatting machinery.
void appendIsoDate(QByteArray &out, const QDate &date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 0 || y > 9999) {
        out += date.toString(Qt::ISODate).toLatin1();
        return;
    }
    const char text[] = {char('0' + y / 1000),
                         char('0' + y / 100 % 10),
                         char('0' + y / 10 % 10),
                         char('0' + y % 10),
                         '-',
                         char('0' + m / 10),
                         char('0' + m % 10),
                         '-',
                         char('0' + d / 10),
                         char('0' + d % 10)};
    out.append(text, sizeof text);
}

void appendDateString(QByteArray &out, const QDate &date)
{
    out += '"';
    appendIsoDate(out, date);
    out += '"';
}

} // namespace

bool DeadlineItem::isIncident() const
{
    return kind == QLatin1String("incident");
}

QString DeadlineItem::uid() const
{
    // The due date is part of an assessment's identity (one per system and year); an
    // incident's or an enforcement case's clock tells its several items apart.
    return QStringLiteral("%1-%2-%3-%4%5@cii-workbench")
        .arg(kind, subjectType)
        .arg(subjectId)
        .arg(clock.isEmpty() ? QString() : clock + QLatin1Char('-'),
             due.toString(QStringLiteral("yyyyMMdd")));
}

QJsonObject DeadlineItem::toJson() const
{
    QJsonObject json = {{QStringLiteral("kind"), kind},
                        {QStringLiteral("subject"), subject},
                        {QStringLiteral("subject_type"), subjectType},
                        {QStringLiteral("subject_id"), subjectId},
                        {QStringLiteral("sector"), sector},
                        {QStringLiteral("due"), due.toString(Qt::ISODate)},
                        {QStringLiteral("last_day"), lastDay.toString(Qt::ISODate)},
                        {QStringLiteral("basis"), basis},
                        {QStringLiteral("statutory"), statutory},
                        {QStringLiteral("calendar_missing"), calendarMissing},
                        {QStringLiteral("done"),
                         done.isValid() ? QJsonValue(done.toString(Qt::ISODate)) : QJsonValue()},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("days"), days},
                        {QStringLiteral("uid"), uid()}};
    if (!clock.isEmpty())
        json.insert(isIncident() ? QStringLiteral("clock") : QStringLiteral("step"), clock);
    if (isIncident()) {
        json.insert(QStringLiteral("due_at"), ChinaTime::iso(dueAt));
        json.insert(QStringLiteral("done_at"),
                    doneAt.isValid() ? QJsonValue(ChinaTime::iso(doneAt)) : QJsonValue());
        json.insert(QStringLiteral("minutes"), minutes);
    }
    return json;
}

void DeadlineItem::appendJson(QByteArray &out) const
{
    // The keys in the order QJsonObject keeps them (sorted).
    auto boolean = [](bool b) { return b ? "true" : "false"; };
    out += "{\"basis\":";
    appendString(out, basis);
    out += ",\"calendar_missing\":";
    out += boolean(calendarMissing);
    const bool incident = isIncident();
    if (incident && !clock.isEmpty()) {
        out += ",\"clock\":";
        appendString(out, clock);
    }
    out += ",\"days\":";
    out += QByteArray::number(days);
    out += ",\"done\":";
    if (done.isValid())
        appendDateString(out, done);
    else
        out += "null";
    if (incident) {
        out += ",\"done_at\":";
        if (doneAt.isValid())
            appendString(out, ChinaTime::iso(doneAt));
        else
            out += "null";
    }
    out += ",\"due\":";
    appendDateString(out, due);
    if (incident) {
        out += ",\"due_at\":";
        appendString(out, ChinaTime::iso(dueAt));
    }
    out += ",\"kind\":";
    appendString(out, kind);
    out += ",\"last_day\":";
    appendDateString(out, lastDay);
    if (incident) {
        out += ",\"minutes\":";
        out += QByteArray::number(minutes);
    }
    out += ",\"sector\":";
    appendString(out, sector);
    out += ",\"status\":";
    appendString(out, status);
    out += ",\"statutory\":";
    out += boolean(statutory);
    if (!incident && !clock.isEmpty()) {
        out += ",\"step\":";
        appendString(out, clock);
    }
    out += ",\"subject\":";
    appendString(out, subject);
    out += ",\"subject_id\":";
    out += QByteArray::number(subjectId);
    out += ",\"subject_type\":";
    appendString(out, subjectType);
    out += ",\"uid\":";
    int year = due.year();
    if (due.isValid() && year >= 1000 && year <= 9999 && isPlainKey(kind) &&
        isPlainKey(subjectType) && isPlainKey(clock)) {
        // uid() as it reads, without its arg() and date formatting.
        int m = 0, d = 0;
        due.getDate(&year, &m, &d);
        out += '"';
        out += kind.toLatin1();
        out += '-';
        out += subjectType.toLatin1();
        out += '-';
        out += QByteArray::number(subjectId);
        out += '-';
        if (!clock.isEmpty()) {
            out += clock.toLatin1();
            out += '-';
        }
        const char date[] = {char('0' + year / 1000),    char('0' + year / 100 % 10),
                             char('0' + year / 10 % 10), char('0' + year % 10),
                             char('0' + m / 10),         char('0' + m % 10),
                             char('0' + d / 10),         char('0' + d % 10)};
        out.append(date, sizeof date);
        out += "@cii-workbench\"";
    } else {
        appendString(out, uid());
    }
    out += '}';
}

} // namespace cii
