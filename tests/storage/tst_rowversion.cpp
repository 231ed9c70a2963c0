// No lost update between clients (issue 15): records edited in place carry a row version; an
// edit over a version another client replaced meanwhile is refused with both versions
// (EditConflict), and StoreWatcher notices what other clients wrote. Each case runs on the
// embedded SQLite store and on the shared PostgreSQL store (skipped where no server runs).
#include "domain/uscc.h"
#include "postgres/testpostgres.h"
#include "storage/database.h"
#include "storage/editconflict.h"
#include "storage/registryrepository.h"
#include "storage/storewatcher.h"
#include "storage/writetransaction.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace cii;

class TestRowVersion : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // A new store on the backend and its location (empty, with the reason, when not there).
    QString freshLocation(const QString &backend, QString *skip)
    {
        ++m_n;
        if (backend == QLatin1String("postgres")) {
            const QString why = TestPostgres::unavailableReason();
            if (!why.isEmpty()) {
                *skip = QStringLiteral("no PostgreSQL server for this case: ") + why;
                return {};
            }
            return TestPostgres::freshDatabase(QStringLiteral("rowversion%1").arg(m_n));
        }
        return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(m_n));
    }
    static std::unique_ptr<Database> open(const QString &location, Database::OpenMode mode)
    {
        auto db = std::make_unique<Database>();
        const Status s = db->open(location, mode);
        if (!s) {
            qWarning("cannot open %s: %s", qPrintable(location), qPrintable(s.error().message));
            return nullptr;
        }
        return db;
    }
    // A valid code per n (its check character computed).
    static QString code(int n)
    {
        const QString first17 = QStringLiteral("91350100M0001%1").arg(n, 4, 10, QLatin1Char('0'));
        return first17 + Uscc::checkCharacter(first17);
    }
    static OperatorInfo sampleOperator(int n = 0)
    {
        OperatorInfo o;
        o.uscc = code(n);
        o.nameZh = QStringLiteral("福州电力有限公司");
        o.nameEn = QStringLiteral("Fuzhou Power Co., Ltd.");
        o.sector = QStringLiteral("energy");
        return o;
    }
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgres") << "postgres";
    }

#define TWO_CLIENTS()                                                                              \
    QFETCH(QString, backend);                                                                      \
    QString skip;                                                                                  \
    const QString location = freshLocation(backend, &skip);                                        \
    if (location.isEmpty())                                                                        \
        QSKIP(qPrintable(skip));                                                                   \
    auto mine = open(location, Database::OpenMode::CreateIfMissing);                               \
    QVERIFY(mine);                                                                                 \
    auto theirs = open(location, Database::OpenMode::MustExist);                                   \
    QVERIFY(theirs)

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void anEditOverAChangedSystemIsRefusedWithBothVersions_data()
    {
        backends();
    }
    void anEditOverAChangedSystemIsRefusedWithBothVersions()
    {
        TWO_CLIENTS();
        RegistryRepository repo(*mine), other(*theirs);
        const qint64 op = repo.addOperator(sampleOperator()).value();
        SystemInfo s;
        s.operatorId = op;
        s.name = QStringLiteral("调度系统");
        s.category = QStringLiteral("production");
        const qint64 id = repo.addSystem(s).value();

        // Both read version 1; the other client saves first.
        SystemInfo read = repo.systemById(id).value();
        QCOMPARE(read.rowVersion, 1);
        SystemInfo theirEdit = other.systemById(id).value();
        theirEdit.name = QStringLiteral("调度控制系统");
        QVERIFY(other.updateSystem(theirEdit).ok());
        QCOMPARE(other.systemById(id)->rowVersion, 2);

        QSqlQuery count(mine->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && count.next());
        const qint64 auditBefore = count.value(0).toLongLong();

        SystemInfo myEdit = read;
        myEdit.description = QStringLiteral("省级电网调度");
        const Status st = repo.updateSystem(myEdit);
        QVERIFY(!st);
        QVERIFY(!st.error().isStorage()); // input: CLI exit 3, nothing written
        QVERIFY(st.error().isConflict());
        QVERIFY2(st.error().message.contains(QLatin1String("changed meanwhile")),
                 qPrintable(st.error().message));
        QVERIFY2(st.error().message.contains(theirs->user()), qPrintable(st.error().message));
        const EditConflict &c = *st.error().conflict;
        QCOMPARE(c.entity, QStringLiteral("system"));
        QCOMPARE(c.entityId, QString::number(id));
        QCOMPARE(c.readVersion, 1);
        QCOMPARE(c.storedVersion, 2);
        QCOMPARE(c.changedBy, theirs->user());
        QVERIFY(c.changedAt.isValid());
        QCOMPARE(c.mine.value(QLatin1String("description")).toString(),
                 QStringLiteral("省级电网调度"));
        QCOMPARE(c.mine.value(QLatin1String("name")).toString(), QStringLiteral("调度系统"));
        QCOMPARE(c.theirs.value(QLatin1String("name")).toString(), QStringLiteral("调度控制系统"));
        QCOMPARE(c.differingFields(),
                 (QStringList{QStringLiteral("description"), QStringLiteral("name")}));

        // Nothing was written: the store holds their version, the log no new record.
        const SystemInfo stored = repo.systemById(id).value();
        QCOMPARE(stored.name, QStringLiteral("调度控制系统"));
        QCOMPARE(stored.description, QString());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), auditBefore);

        // Saving over the stored version (the conflict's) is an ordinary, audited edit.
        myEdit.rowVersion = c.storedVersion;
        QVERIFY(repo.updateSystem(myEdit).ok());
        QCOMPARE(other.systemById(id)->description, QStringLiteral("省级电网调度"));
        QCOMPARE(other.systemById(id)->rowVersion, 3);
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), auditBefore + 1);
    }

    void anEditOverAChangedOperatorIsRefused_data()
    {
        backends();
    }
    void anEditOverAChangedOperatorIsRefused()
    {
        TWO_CLIENTS();
        RegistryRepository repo(*mine), other(*theirs);
        const qint64 op = repo.addOperator(sampleOperator()).value();
        OperatorInfo read = repo.operatorById(op).value();
        OperatorInfo theirEdit = other.operatorById(op).value();
        theirEdit.contactName = QStringLiteral("林工");
        QVERIFY(other.updateOperator(theirEdit).ok());
        read.region = QStringLiteral("福州");
        const Status st = repo.updateOperator(read);
        QVERIFY(!st);
        QVERIFY(st.error().isConflict());
        QCOMPARE(st.error().conflict->entity, QStringLiteral("operator"));
        QCOMPARE(st.error().conflict->theirs.value(QLatin1String("contact_name")).toString(),
                 QStringLiteral("林工"));
        QCOMPARE(repo.operatorById(op)->region, QString());
        QCOMPARE(repo.operatorById(op)->contactName, QStringLiteral("林工"));
    }

    void anEditOverAChangedDepartmentIsRefused_data()
    {
        backends();
    }
    void anEditOverAChangedDepartmentIsRefused()
    {
        TWO_CLIENTS();
        RegistryRepository repo(*mine), other(*theirs);
        auto own = [](RegistryRepository &r) {
            for (const Department &d : r.departments().value())
                if (d.own)
                    return d;
            return Department{};
        };
        Department read = own(repo);
        QCOMPARE(read.rowVersion, 1);
        Department theirEdit = own(other);
        theirEdit.docPrefix = QStringLiteral("闽网安");
        QVERIFY(other.updateDepartment(theirEdit).ok());
        read.contactName = QStringLiteral("陈工");
        const Status st = repo.updateDepartment(read);
        QVERIFY(!st);
        QVERIFY(st.error().isConflict());
        QCOMPARE(st.error().conflict->entity, QStringLiteral("department"));
        QCOMPARE(st.error().conflict->entityId, QStringLiteral("own"));
        QCOMPARE(st.error().conflict->changedBy, theirs->user());
        QCOMPARE(own(repo).contactName, QString());
        QCOMPARE(own(repo).docPrefix, QStringLiteral("闽网安"));
        QCOMPARE(own(repo).rowVersion, 2);
    }

    // An edit of what the editor itself read and nobody touched saves, and raises the version.
    void anEditOverTheVersionReadSavesAndRaisesIt_data()
    {
        backends();
    }
    void anEditOverTheVersionReadSavesAndRaisesIt()
    {
        TWO_CLIENTS();
        RegistryRepository repo(*mine);
        const qint64 op = repo.addOperator(sampleOperator()).value();
        for (int i = 1; i <= 3; ++i) {
            OperatorInfo o = repo.operatorById(op).value();
            QCOMPARE(o.rowVersion, i);
            o.region = QStringLiteral("区%1").arg(i);
            QVERIFY(repo.updateOperator(o).ok());
        }
        QCOMPARE(RegistryRepository(*theirs).operatorById(op)->rowVersion, 4);
    }

    void theWatcherNoticesWhatAnotherClientWrote_data()
    {
        backends();
    }
    void theWatcherNoticesWhatAnotherClientWrote()
    {
        TWO_CLIENTS();
        StoreWatcher watcher(*mine);
        watcher.setInterval(50);
        QSignalSpy spy(&watcher, &StoreWatcher::changedElsewhere);
        watcher.start();
        // What this client writes itself is no news.
        QVERIFY(RegistryRepository(*mine).addOperator(sampleOperator()).ok());
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);
        // What the other one writes is, within the interval.
        OperatorInfo o = sampleOperator(1);
        QVERIFY(RegistryRepository(*theirs).addOperator(o).ok());
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
        QSqlQuery q(theirs->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM audit_log")) && q.next());
        QCOMPARE(spy.first().first().toLongLong(), q.value(0).toLongLong());
        // Theirs, then mine, between two polls: still news.
        watcher.stop();
        spy.clear();
        o.uscc = code(2);
        QVERIFY(RegistryRepository(*theirs).addOperator(o).ok());
        o.uscc = code(3);
        QVERIFY(RegistryRepository(*mine).addOperator(o).ok());
        watcher.check();
        QCOMPARE(spy.count(), 1);
        watcher.check();
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRowVersion)
#include "tst_rowversion.moc"
