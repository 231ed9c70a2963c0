#include "inspectiontransfer.h"

#include "domain/textfield.h"
#include "domain/uscc.h"
#include "io/csvtable.h"
#include "io/icalendar.h"

#include <QRegularExpression>

namespace cii {
namespace {

QString joinIds(const QVector<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(';'));
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[;,|\\s]+")), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

} // namespace

QStringList InspectionTransfer::csvColumns()
{
    return {
        QStringLiteral("operator_uscc"), QStringLiteral("lead"),   QStringLiteral("kind"),
        QStringLiteral("start"),         QStringLiteral("end"),    QStringLiteral("participants"),
        QStringLiteral("team"),          QStringLiteral("status"), QStringLiteral("notes")};
}

QByteArray InspectionTransfer::toCsv(const QVector<Inspection> &list, const QString &classification)
{
    QVector<QStringList> rows;
    for (const Inspection &i : list)
        rows << QStringList{i.operatorUscc,
                            i.lead,
                            i.kind,
                            i.start.toString(Qt::ISODate),
                            i.end.toString(Qt::ISODate),
                            i.participants.join(QLatin1Char(';')),
                            i.team,
                            i.status,
                            i.notes};
    return Csv::encode(Csv::write(csvColumns(), rows, classification), Csv::Encoding::Utf8Bom);
}

QByteArray InspectionTransfer::toIcs(const QVector<Inspection> &list, const QDateTime &stamp,
                                     const QString &classification)
{
    QByteArray out = ICalendar::begin(QStringLiteral("-//CII Workbench//Inspections//EN"),
                                      tr("CII Workbench: inspections"), classification);
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const Inspection &i : list) {
        out += ICalendar::line(QStringLiteral("BEGIN:VEVENT"));
        out += ICalendar::line(QStringLiteral("UID:inspection-%1@cii-workbench").arg(i.id));
        out += ICalendar::line(QStringLiteral("DTSTAMP:") + dtstamp);
        out += ICalendar::allDay(i.start, i.end);
        out += ICalendar::line(QStringLiteral("SUMMARY:") +
                               ICalendar::escapeText(QStringLiteral("%1: %2 (%3)")
                                                         .arg(Inspection::kindName(i.kind),
                                                              i.operatorName, i.operatorUscc)));
        // For the person reading the calendar: what, under which article, of whom, when,
        // by whom; our own import reads the team and notes from X-CII-TEAM and X-CII-NOTES.
        QStringList description;
        description << tr("%1 of a critical information infrastructure operator (Art. 26)")
                           .arg(Inspection::kindName(i.kind));
        description << tr("Operator: %1 (%2)").arg(i.operatorName, i.operatorUscc);
        description << tr("From %1 to %2; status: %3")
                           .arg(i.start.toString(Qt::ISODate), i.end.toString(Qt::ISODate),
                                Inspection::statusName(i.status));
        if (!i.team.isEmpty())
            description << tr("Team: %1").arg(i.team);
        if (!i.notes.isEmpty())
            description << i.notes;
        out += ICalendar::line(QStringLiteral("DESCRIPTION:") +
                               ICalendar::escapeText(description.join(QLatin1Char('\n'))));
        // Always written, empty too: it tells our import the description is not the team.
        out += ICalendar::line(QStringLiteral("X-CII-TEAM:") + ICalendar::escapeText(i.team));
        if (!i.notes.isEmpty())
            out += ICalendar::line(QStringLiteral("X-CII-NOTES:") + ICalendar::escapeText(i.notes));
        out += ICalendar::line(QStringLiteral("X-CII-OPERATOR:") + i.operatorUscc);
        out += ICalendar::line(QStringLiteral("X-CII-LEAD:") + i.lead);
        out += ICalendar::line(QStringLiteral("X-CII-KIND:") + i.kind);
        out += ICalendar::line(QStringLiteral("X-CII-STATUS:") + i.status);
        if (!i.participants.isEmpty())
            out += ICalendar::line(QStringLiteral("X-CII-PARTICIPANTS:") +
                                   i.participants.join(QLatin1Char(';')));
        if (!i.systems.isEmpty())
            out += ICalendar::line(QStringLiteral("X-CII-SYSTEMS:") + joinIds(i.systems));
        out += ICalendar::confidential();
        out += ICalendar::line(QStringLiteral("END:VEVENT"));
    }
    out += ICalendar::line(QStringLiteral("END:VCALENDAR"));
    return out;
}

Result<QVector<Inspection>> InspectionTransfer::fromCsv(const QByteArray &bytes,
                                                        const QHash<QString, qint64> &operators,
                                                        const QString &defaultLead)
{
    Result<QString> text = Csv::decode(bytes, Csv::Encoding::Auto);
    if (!text)
        return text.error();
    Result<CsvTable> table = Csv::parse(text.value());
    if (!table)
        return table.error();
    const CsvTable &t = table.value();
    QStringList errors;
    for (const char *required : {"operator_uscc", "start", "end"})
        if (!t.header.contains(QLatin1String(required)))
            errors << Csv::rowError(t.headerRow, QLatin1String(required), tr("missing column"));
    if (!errors.isEmpty())
        return Error::input(tr("the file does not have the inspection columns"), errors);
    auto cell = [&](const QStringList &row, const char *column) {
        const qsizetype i = t.header.indexOf(QLatin1String(column));
        return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
    };
    QVector<Inspection> out;
    int badRows = 0;
    for (int r = 0; r < t.rows.size(); ++r) {
        const QStringList &row = t.rows.at(r);
        const int line = t.rowNumbers.value(r, r + 2);
        const qsizetype before = errors.size();
        Inspection in;
        const QString uscc = cell(row, "operator_uscc").toUpper();
        in.operatorUscc = uscc;
        in.operatorId = operators.value(uscc);
        if (!in.operatorId)
            errors << Csv::rowError(
                line, QStringLiteral("operator_uscc"),
                tr("no operator with code '%1' in the registry").arg(TextField::shown(uscc)));
        in.lead = cell(row, "lead").isEmpty() ? defaultLead : cell(row, "lead");
        if (!cell(row, "kind").isEmpty())
            in.kind = cell(row, "kind");
        if (!Inspection::kinds().contains(in.kind))
            errors << Csv::rowError(
                line, QStringLiteral("kind"),
                tr("one of %1").arg(Inspection::kinds().join(QStringLiteral(", "))));
        in.start = QDate::fromString(cell(row, "start"), Qt::ISODate);
        in.end = QDate::fromString(cell(row, "end"), Qt::ISODate);
        if (!in.start.isValid())
            errors << Csv::rowError(line, QStringLiteral("start"), tr("a date YYYY-MM-DD"));
        if (!in.end.isValid())
            errors << Csv::rowError(line, QStringLiteral("end"), tr("a date YYYY-MM-DD"));
        else if (in.start.isValid() && in.end < in.start)
            errors << Csv::rowError(line, QStringLiteral("end"), tr("before the start"));
        in.participants = splitList(cell(row, "participants"));
        in.team = cell(row, "team");
        if (!cell(row, "status").isEmpty())
            in.status = cell(row, "status");
        if (!Inspection::statuses().contains(in.status))
            errors << Csv::rowError(
                line, QStringLiteral("status"),
                tr("one of %1").arg(Inspection::statuses().join(QStringLiteral(", "))));
        in.notes = cell(row, "notes");
        QVector<FieldError> text;
        TextField::check(text, QStringLiteral("lead"), in.lead, TextField::ShortLength);
        TextField::check(text, QStringLiteral("participants"), cell(row, "participants"),
                         TextField::NameLength);
        TextField::check(text, QStringLiteral("team"), in.team, TextField::NameLength);
        TextField::check(text, QStringLiteral("notes"), in.notes, TextField::DescriptionLength,
                         TextField::Lines::Multi);
        for (const FieldError &e : text)
            errors << Csv::rowError(line, e.field, e.reason);
        if (errors.size() > before)
            ++badRows; // a row with two problems is one row that cannot be imported
        out << in;
    }
    if (!errors.isEmpty())
        return Error::input(
            tr("%n row(s) cannot be imported; nothing was imported", nullptr, badRows), errors);
    return out;
}

Result<QVector<Inspection>> InspectionTransfer::fromIcs(const QByteArray &bytes,
                                                        const QHash<QString, qint64> &operators,
                                                        const QString &defaultLead)
{
    const Result<QVector<ICalendar::Event>> parsed = ICalendar::events(bytes);
    if (!parsed)
        return parsed.error();
    const QVector<ICalendar::Event> &events = parsed.value();
    if (events.isEmpty())
        return Error::input(tr("the calendar has no events"));
    static const QRegularExpression code(QStringLiteral("\\b[0-9A-HJ-NPQRTUWXY]{18}\\b"));
    QStringList errors;
    int badEvents = 0;
    QVector<Inspection> out;
    for (int n = 0; n < events.size(); ++n) {
        const QMap<QString, QString> &e = events.at(n).properties;
        // "row N" is the event's number in the file; its line is said in the message too.
        const int row = n + 1;
        const qsizetype before = errors.size();
        Inspection in;
        in.operatorUscc = e.value(QStringLiteral("X-CII-OPERATOR")).trimmed().toUpper();
        if (in.operatorUscc.isEmpty()) {
            // A plain calendar: the operator's code somewhere in its words.
            for (const char *field : {"SUMMARY", "DESCRIPTION", "LOCATION"}) {
                auto m = code.globalMatch(ICalendar::unescapeText(e.value(QLatin1String(field))));
                while (m.hasNext() && in.operatorUscc.isEmpty()) {
                    const QString candidate = m.next().captured(0);
                    if (Uscc::isValid(candidate))
                        in.operatorUscc = candidate;
                }
            }
        }
        in.operatorId = operators.value(in.operatorUscc);
        if (!in.operatorId)
            errors << Csv::rowError(
                row, QStringLiteral("X-CII-OPERATOR"),
                in.operatorUscc.isEmpty()
                    ? tr("the event names no operator code")
                    : tr("no operator with code '%1' in the registry").arg(in.operatorUscc));
        in.lead = e.value(QStringLiteral("X-CII-LEAD"), defaultLead).trimmed();
        in.kind = e.value(QStringLiteral("X-CII-KIND"), QStringLiteral("inspection")).trimmed();
        if (!Inspection::kinds().contains(in.kind))
            errors << Csv::rowError(
                row, QStringLiteral("X-CII-KIND"),
                tr("one of %1").arg(Inspection::kinds().join(QStringLiteral(", "))));
        in.status = e.value(QStringLiteral("X-CII-STATUS"), QStringLiteral("planned")).trimmed();
        // Checked here as fromCsv checks it, so a bad status is refused with its event, not
        // later by the store without one (found by fuzz_ics).
        if (!Inspection::statuses().contains(in.status))
            errors << Csv::rowError(
                row, QStringLiteral("X-CII-STATUS"),
                tr("one of %1").arg(Inspection::statuses().join(QStringLiteral(", "))));
        const QString start = e.value(QStringLiteral("DTSTART")).left(8);
        in.start = QDate::fromString(start, QStringLiteral("yyyyMMdd"));
        in.end = ICalendar::allDayLast(e, in.start);
        if (!in.start.isValid())
            errors << Csv::rowError(row, QStringLiteral("DTSTART"), tr("a date is required"));
        else if (!in.end.isValid() || in.end < in.start)
            errors << Csv::rowError(row, QStringLiteral("DTEND"), tr("before the start"));
        in.participants = splitList(e.value(QStringLiteral("X-CII-PARTICIPANTS")));
        if (e.contains(QStringLiteral("X-CII-TEAM"))) {
            // Ours: the description is for people; the team and notes are kept apart.
            in.team = ICalendar::unescapeText(e.value(QStringLiteral("X-CII-TEAM")));
            in.notes = ICalendar::unescapeText(e.value(QStringLiteral("X-CII-NOTES")));
        } else {
            // A plain calendar, or ours before X-CII-TEAM: the team on the description's first
            // line, the notes after it.
            const QStringList description =
                ICalendar::unescapeText(e.value(QStringLiteral("DESCRIPTION")))
                    .split(QLatin1Char('\n'));
            in.team = description.value(0);
            in.notes = description.mid(1).join(QLatin1Char('\n'));
        }
        for (int i = before; i < errors.size(); ++i)
            errors[i] += tr(" (event beginning on line %1)").arg(events.at(n).line);
        if (errors.size() > before)
            ++badEvents;
        out << in;
    }
    if (!errors.isEmpty())
        return Error::input(
            tr("%n event(s) cannot be imported; nothing was imported", nullptr, badEvents), errors);
    return out;
}

} // namespace cii
