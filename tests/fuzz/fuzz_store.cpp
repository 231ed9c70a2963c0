// Opening a damaged store. The input is laid over a copy of a small valid store (seed.sqlite,
// made by `cii-workbench-cli init` and a few adds):
//   - an input that starts with SQLite's magic is the whole file (libFuzzer mutates the seed's
//     pages directly, corpus/store/ holds the seed itself);
//   - otherwise its first four bytes are an offset into the seed (little-endian, modulo its
//     size; the top bit also cuts the file there) and the rest is written at that offset.
// Then the store is opened and read as the fronts read it. Every failure must be an Error
// with a message; no crash, no sanitizer report, no hang.

#include "fuzzsupport.h"
#include "storage/auditlog.h"
#include "storage/calendarrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/inspectionrepository.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cii;

namespace {

QByteArray g_seed;
QString g_path;

template <typename T> void expectClean(const Result<T> &r, const char *what)
{
    if (!r)
        fuzz::check(!r.error().message.isEmpty(), what);
}

QByteArray damaged(const QByteArray &input)
{
    static const QByteArray magic("SQLite format 3", 16);
    if (input.startsWith(magic) || input.size() < 4)
        return input.size() < 4 ? g_seed : input;
    const quint32 word = quint32(uchar(input[0])) | quint32(uchar(input[1])) << 8 |
                         quint32(uchar(input[2])) << 16 | quint32(uchar(input[3])) << 24;
    const bool truncate = word & 0x80000000u;
    const qsizetype offset = qsizetype((word & 0x7fffffffu) % quint32(g_seed.size()));
    QByteArray file = g_seed;
    const QByteArray patch = input.mid(4);
    if (offset + patch.size() > file.size())
        file.resize(offset + patch.size());
    std::copy(patch.begin(), patch.end(), file.begin() + offset);
    if (truncate)
        file.truncate(offset + patch.size());
    return file;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    QFile seed(QStringLiteral(CII_FUZZ_SEED_STORE));
    fuzz::check(seed.open(QIODevice::ReadOnly), "read the seed store " CII_FUZZ_SEED_STORE);
    g_seed = seed.readAll();
    fuzz::check(!g_seed.isEmpty(), "the seed store is not empty");
    static QTemporaryDir dir;
    g_path = dir.filePath(QStringLiteral("store.sqlite"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(g_path + suffix);
    {
        QFile f(g_path);
        fuzz::check(f.open(QIODevice::WriteOnly), "write the damaged store");
        f.write(damaged(fuzz::bytesOf(data, size)));
    }
    Database db;
    const Status opened = db.open(g_path);
    if (!opened) {
        fuzz::check(!opened.error().message.isEmpty(), "a refused store says why");
        return 0;
    }
    RegistryRepository registry(db);
    expectClean(registry.operators(), "operators");
    expectClean(registry.systems(), "systems");
    expectClean(registry.indicators(), "indicators");
    expectClean(registry.departments(), "departments");
    expectClean(registry.allIndicatorValues(), "indicator values");
    expectClean(registry.stats(), "stats");
    expectClean(RuleSetRepository(db).list(), "rule sets");
    expectClean(CaseRepository(db).list({}), "cases");
    expectClean(InspectionRepository(db).list(), "inspections");
    expectClean(CalendarRepository(db).calendar(), "calendar");
    const Result<AuditVerification> audit = AuditLog::verify(db);
    expectClean(audit, "audit verify");
    expectClean(AuditLog::recent(db, 20), "audit recent");
    if (!db.isReadOnly()) {
        // A write to a store that opened: refused cleanly or done.
        OperatorInfo o;
        o.uscc = QStringLiteral("91350100M000100Y43");
        o.nameZh = QStringLiteral("福州电力有限公司");
        o.sector = QStringLiteral("energy");
        expectClean(registry.addOperator(o), "add an operator");
    }
    return 0;
}
