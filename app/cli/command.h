#pragma once

#include "clicontext.h"
#include "io/doclanguage.h"
#include "io/documentfile.h"
#include "services/auditedexport.h"
#include "storage/noticerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace cii::cli {

// One CLI verb ("init", "operators add", …). A new verb is a new subclass.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    // The words that select it, e.g. "operators list".
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // True when the command lays out a document (PDF, ODT): it needs fonts, hence a
    // QGuiApplication (on the offscreen platform). Every other command runs on a
    // QCoreApplication and never loads a platform plugin (cli_main.cpp).
    virtual bool makesDocument() const { return false; }
    // `args` are the words after the command name.
    int execute(CliContext &ctx, const QStringList &args);

protected:
    // Adds the command's options and positional arguments.
    virtual void configure(QCommandLineParser &parser) const = 0;
    // True when the command defines its own --lang (e.g. a document's language); otherwise
    // --lang after the command sets the language of messages, as before it.
    virtual bool ownsLangOption() const { return false; }
    // Runs with parsed options; returns an exit code.
    virtual int run(CliContext &ctx, const QCommandLineParser &parser) = 0;

    // Helpers for options whose values must be numbers or dates; print and return false.
    static bool intOption(CliContext &ctx, const QCommandLineParser &p, const QString &name,
                          qint64 *out, qint64 min, qint64 max);
    // The positional argument at `index` as an entity id.
    static bool positionalId(CliContext &ctx, const QCommandLineParser &p, qint64 *out,
                             int index = 0);
    // Ids given as repeated values and/or separated by commas ("3,4" "7"); prints a usage
    // error naming `what` and returns false on anything else.
    static bool idList(CliContext &ctx, const QStringList &values, const QString &what,
                       QVector<qint64> *out);
    // A YYYY-MM-DD option: false (usage printed) when set but invalid, or missing and required.
    static bool dateOption(CliContext &ctx, const QCommandLineParser &p, const QString &name,
                           QDate *out, bool required);
    // --format pdf|odt and --lang zh|en|bilingual of a document command; prints a usage
    // error and returns false on anything else.
    static bool documentOptions(CliContext &ctx, const QCommandLineParser &p,
                                DocumentFile::Format *format, DocLanguage *language);
    // Reports one numbered document written to `path`: its path on stdout and number on
    // stderr, or with --json {"id","number","number_text","reprint","file"}. `label` names
    // the document ("Notice %1 → %2" style, %1 the number, %2 the path).
    static int printIssued(CliContext &ctx, const Notice &notice, const QString &path,
                           const QString &label, const QString &reprintLabel);
    // Writes to --out (atomically, 0600) or stdout.
    static int writeOutput(CliContext &ctx, const QCommandLineParser &p, const QByteArray &bytes);
    // The same for an export of store data: recorded in the audit log (record.file is set
    // from --out, "-" for stdout); nothing is written when it cannot be recorded.
    static int writeExport(CliContext &ctx, const QCommandLineParser &p, Database &db,
                           ExportRecord record, const QByteArray &bytes);
};

} // namespace cii::cli
