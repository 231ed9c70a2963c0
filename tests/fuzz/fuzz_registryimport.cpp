// The registry's CSV import (operators and systems) against a small store: decode (GBK or
// UTF-8), parse, check every row; a file without problems is committed, then the store is put
// back so every input meets the same store.

#include "fuzzsupport.h"
#include "services/registrytransfer.h"
#include "storage/database.h"
#include "storage/knownaudithead.h"
#include "storage/registryrepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cii;

namespace {

struct Store
{
    QTemporaryDir dir;
    QString seed;
    QString path;
    std::unique_ptr<Database> db;

    void reopen()
    {
        db.reset();
        QFile::remove(path);
        fuzz::check(QFile::copy(seed, path), "copy the seed store");
        // Putting an older copy back is what a truncation looks like: this workstation's
        // memory of the newer audit record goes with the reset.
        KnownAuditHead::forget(path);
        db = std::make_unique<Database>();
        const Status s = db->open(path);
        fuzz::check(s.ok(), "open the seed store", s.ok() ? QString() : s.error().message);
    }
};

Store *g_store = nullptr;

Store &store()
{
    return *g_store;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    g_store = new Store;
    Store &s = store();
    s.seed = s.dir.filePath(QStringLiteral("seed.sqlite"));
    s.path = s.dir.filePath(QStringLiteral("store.sqlite"));
    {
        Database db;
        fuzz::check(db.open(s.seed, Database::OpenMode::CreateIfMissing).ok(), "create a store");
        RegistryRepository repo(db);
        // Two operators, so system rows can name one and duplicates can be found.
        OperatorInfo o;
        o.uscc = QStringLiteral("91350100M000100Y43");
        o.nameZh = QStringLiteral("福州电力有限公司");
        o.nameEn = QStringLiteral("Fuzhou Power Co., Ltd.");
        o.sector = QStringLiteral("energy");
        fuzz::check(repo.addOperator(o).ok(), "add an operator");
        o.uscc = QStringLiteral("91110000100000000X");
        o.nameZh = QStringLiteral("北京测试有限公司");
        o.sector = QStringLiteral("telecom");
        repo.addOperator(o); // a second one if the code is accepted
    }
    s.reopen();
    // Closed at exit before Qt SQL's own statics (made above, so destroyed after this runs):
    // a static Store would outlive them and crash in QSqlDatabase's connection list.
    std::atexit([] { delete g_store; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    Store &s = store();
    for (ImportPreview::Kind kind :
         {ImportPreview::Kind::Operators, ImportPreview::Kind::Systems}) {
        for (Csv::Encoding e : {Csv::Encoding::Auto, Csv::Encoding::Gbk}) {
            RegistryRepository repo(*s.db);
            RegistryTransfer transfer(repo);
            const Result<ImportPreview> p = transfer.preview(kind, bytes, e);
            if (!p)
                continue;
            fuzz::check(p->count() == p->table.rows.size() || !p->ok(),
                        "a clean preview has one entity per row");
            if (!p->ok())
                continue;
            const Result<QVector<qint64>> ids = transfer.commit(p.value());
            // The preview checked everything against the store: what it passed is written.
            fuzz::check(ids.ok(), "a preview without problems commits",
                        ids.ok() ? QString()
                                 : ids.error().message + QLatin1Char('\n') +
                                       ids.error().details.join(QLatin1Char('\n')));
            fuzz::check(ids->size() == p->count(), "one id per imported row");
            s.reopen();
        }
    }
    return 0;
}
