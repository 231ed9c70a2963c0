#include "command.h"

#include "i18n/language.h"
#include "io/atomicfile.h"

#include <cstdio>

namespace cii::cli {

int Command::execute(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + QLatin1Char('\n') +
                                     tr("Global options (before or after the command): --db PATH, "
                                        "--json, --lang zh|en."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    configure(parser);
    const QCommandLineOption uiLanguage(
        QStringLiteral("lang"), tr("Language of messages: zh or en."), QStringLiteral("zh|en"));
    if (!ownsLangOption())
        parser.addOption(uiLanguage);
    QStringList full = args;
    full.prepend(QStringLiteral("cii-workbench-cli %1").arg(name()));
    if (!parser.parse(full))
        return ctx.usage(parser.errorText() +
                         tr(" (see 'cii-workbench-cli %1 --help')").arg(name()));
    if (!ownsLangOption() && parser.isSet(uiLanguage)) {
        const QString lang = parser.value(uiLanguage);
        if (lang != QLatin1String("zh") && lang != QLatin1String("en"))
            return ctx.usage(tr("--lang takes zh or en"));
        Language::apply(lang);
    }
    if (parser.isSet(help)) {
        // Qt's usage line names the program by argv[0], often a full path, and knows nothing
        // of the command: "Usage: /usr/bin/cii-workbench-cli [options] ID" becomes
        // "Usage: cii-workbench-cli rules document [options] ID".
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, program.size(), QStringLiteral("cii-workbench-cli ") + name());
        ctx.out() << text;
        ctx.out().flush();
        return Ok;
    }
    return run(ctx, parser);
}

bool Command::intOption(CliContext &ctx, const QCommandLineParser &p, const QString &name,
                        qint64 *out, qint64 min, qint64 max)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        ctx.usage(tr("--%1 takes a whole number from %2 to %3, not '%4'")
                      .arg(name)
                      .arg(min)
                      .arg(max)
                      .arg(p.value(name)));
        return false;
    }
    *out = v;
    return true;
}

bool Command::positionalId(CliContext &ctx, const QCommandLineParser &p, qint64 *out, int index)
{
    const QStringList args = p.positionalArguments();
    bool ok = false;
    *out = index < args.size() ? args.at(index).toLongLong(&ok) : 0;
    if (!ok || *out <= 0) {
        ctx.usage(index < args.size() ? tr("'%1' is not an id").arg(args.at(index))
                                      : tr("the id is missing"));
        return false;
    }
    return true;
}

int Command::writeOutput(CliContext &ctx, const QCommandLineParser &p, const QByteArray &bytes)
{
    if (p.isSet(QStringLiteral("out"))) {
        if (Status s = AtomicFile::write(p.value(QStringLiteral("out")), bytes); !s)
            return ctx.fail(s.error());
        return Ok;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return Ok;
}

int Command::writeExport(CliContext &ctx, const QCommandLineParser &p, Database &db,
                         ExportRecord record, const QByteArray &bytes)
{
    if (p.isSet(QStringLiteral("out"))) {
        record.file = p.value(QStringLiteral("out"));
        if (Status s = AuditedExport::writeFile(db, record, bytes); !s)
            return ctx.fail(s.error());
        return Ok;
    }
    record.file = QStringLiteral("-");
    if (Status s = AuditedExport::record(db, record); !s)
        return ctx.fail(s.error());
    return writeOutput(ctx, p, bytes);
}

bool Command::idList(CliContext &ctx, const QStringList &values, const QString &what,
                     QVector<qint64> *out)
{
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                ctx.usage(tr("%1 takes ids, not '%2'").arg(what, part));
                return false;
            }
            *out << id;
        }
    }
    return true;
}

bool Command::dateOption(CliContext &ctx, const QCommandLineParser &p, const QString &name,
                         QDate *out, bool required)
{
    if (!p.isSet(name)) {
        if (required)
            ctx.usage(tr("--%1 YYYY-MM-DD is required").arg(name));
        return !required;
    }
    *out = QDate::fromString(p.value(name), Qt::ISODate);
    if (!out->isValid()) {
        ctx.usage(tr("--%1 takes a date YYYY-MM-DD").arg(name));
        return false;
    }
    return true;
}

bool Command::documentOptions(CliContext &ctx, const QCommandLineParser &p,
                              DocumentFile::Format *format, DocLanguage *language)
{
    if (!DocumentFile::formatFromKey(p.value(QStringLiteral("format")), format)) {
        ctx.usage(tr("--format takes pdf or odt"));
        return false;
    }
    if (!DocLanguage::fromKey(p.value(QStringLiteral("lang")), language)) {
        ctx.usage(tr("the document language takes zh, en or bilingual"));
        return false;
    }
    return true;
}

int Command::printIssued(CliContext &ctx, const Notice &notice, const QString &path,
                         const QString &label, const QString &reprintLabel)
{
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("id"), notice.id},
                       {QStringLiteral("number"), notice.number},
                       {QStringLiteral("number_text"), notice.numberText(true)},
                       {QStringLiteral("reprint"), notice.reprinted},
                       {QStringLiteral("file"), path}});
    } else {
        ctx.err() << (notice.reprinted ? reprintLabel : label).arg(notice.numberText(true), path)
                  << Qt::endl;
        ctx.out() << path << Qt::endl;
    }
    return Ok;
}

} // namespace cii::cli
