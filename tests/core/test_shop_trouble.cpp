// Shop files in trouble: a damaged shop is refused before anything writes to it, a refused file
// gets no -wal or -shm beside it, every failure says what is actually wrong (busy, read-only, disk
// full, damaged) and never calls a sound shop damaged, and `check` compares the schema with the
// one the shop's format version promises.

#include "CliRun.h"
#include "TestShop.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/ShopCheck.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch_test_macros.hpp>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace shopdesk;

namespace {

QString shown(const QString &path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()); }

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run cli(const QString &shop, const QStringList &args)
{
    const test::CliRun r = test::runCli(
        QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), shop } + args,
        { { QStringLiteral("LANG"), QStringLiteral("C.UTF-8") } }, 60000);
    return { r.exitCode, r.outText(), r.errText() };
}

/// A raw SQLite connection of "another program", closed with the object.
class Raw {
public:
    explicit Raw(const QString &path)
        : mName(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mName);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~Raw()
    {
        QSqlDatabase::database(mName).close();
        QSqlDatabase::removeDatabase(mName);
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(mName));
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }

private:
    QString mName;
};

/// A shop of about 300 KB (2,000 items), closed.
void fillShop(test::TestShop &shop)
{
    QSqlQuery q(shop.db().connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < 2000; ++i) {
        REQUIRE(q.exec(QStringLiteral("INSERT INTO items (code, title, created_at, updated_at) VALUES ('NZK-%1', "
                                      "'牛仔裤 男 修身 直筒 第%1款', '2026-01-01 09:00:00', '2026-01-01 09:00:00')")
                           .arg(i)));
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
    shop.close();
}

QSqlError sqliteError(int code)
{
    return QSqlError(QString(), QStringLiteral("x"), QSqlError::StatementError, QString::number(code));
}

} // namespace

TEST_CASE("a shop damaged mid-file is refused for writing, left byte-identical, and check reports it")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    const QString path = shop.path();
    fillShop(shop);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 middle = (f.size() / 2) / 4096 * 4096;
        REQUIRE(f.seek(middle));
        QByteArray page = f.read(4096);
        for (char &c : page)
            c = char(~c);
        REQUIRE(f.seek(middle));
        REQUIRE(f.write(page) == 4096);
    }
    const QByteArray damaged = test::fileBytes(path);
    const QString refusal = QStringLiteral(
        "“%1” is damaged: SQLite's check of the file failed. ShopDesk changes nothing in it, so that nothing more is "
        "lost. Open a backup copy instead (one you made, or a .bak copy beside the shop); shopdesk-cli check lists "
        "the damage.")
                                .arg(shown(path));

    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorMessage() == refusal);
    CHECK(test::fileBytes(path) == damaged);

    const QString note = shop.file(QStringLiteral("RK-1.csv"));
    {
        QFile f(note);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("入库单号,供应商,条码,数量,单价,运费,已付\nRK-1,广州沙河服装批发,2000000000015,5,45,10,100\n");
    }
    for (const QStringList &args : { QStringList { QStringLiteral("receive"), note },
             QStringList { QStringLiteral("stock") }, QStringList { QStringLiteral("init") } }) {
        CAPTURE(args.first());
        const Run r = cli(path, args);
        CHECK(r.exitCode == 1);
        CHECK(r.err == refusal);
        CHECK(test::fileBytes(path) == damaged);
    }
    const Run check = cli(path, { QStringLiteral("check") });
    CHECK(check.exitCode == 1);
    CHECK(check.err.startsWith(QStringLiteral("%1 has problems:\n").arg(shown(path))));
    CHECK(test::fileBytes(path) == damaged);
}

namespace {
/// Turns the middle page of the shop file at `path` into noise.
void damageMiddlePage(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 middle = (f.size() / 2) / 4096 * 4096;
    REQUIRE(f.seek(middle));
    QByteArray page = f.read(4096);
    for (char &c : page)
        c = char(~c);
    REQUIRE(f.seek(middle));
    REQUIRE(f.write(page) == 4096);
}

/// The window's way of opening (ShopCheck deferred) for the length of a test.
struct DeferredCheck {
    DeferredCheck() { core::ShopCheck::setDeferred(true); }
    ~DeferredCheck() { core::ShopCheck::setDeferred(false); }
};
} // namespace

TEST_CASE("with the check left for later, a damaged shop opens for reading and refuses every write, untouched")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    const QString path = shop.path();
    fillShop(shop);
    damageMiddlePage(path);
    const QByteArray damaged = test::fileBytes(path);
    const QString refusal = QStringLiteral(
        "“%1” is damaged: SQLite's check of the file failed. ShopDesk changes nothing in it, so that nothing more is "
        "lost. Open a backup copy instead (one you made, or a .bak copy beside the shop); shopdesk-cli check lists "
        "the damage.")
                                .arg(shown(path));

    const DeferredCheck deferred;
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok()); // nothing read but the header: the window shows at once
    std::unique_ptr<core::Database> owned = std::move(db).value();
    const core::Database &opened = *owned;

    SECTION("a transaction that changes nothing commits without the verdict (a window's start-up)")
    {
        core::Transaction tx(opened);
        REQUIRE(tx.isActive());
        REQUIRE(core::SqlQuery(opened, QStringLiteral("UPDATE suppliers SET name = 'B' WHERE name = 'none'")).run());
        CHECK(tx.commit().ok());
        CHECK(core::ShopCheck::pending(opened));
    }
    SECTION("a change before anybody started the check runs it at COMMIT, and is refused, undone")
    {
        core::Transaction tx(opened);
        REQUIRE(tx.isActive()); // the verdict is not in yet; nothing reaches the file before COMMIT
        REQUIRE(core::SqlQuery(opened, QStringLiteral("INSERT INTO suppliers (name) VALUES ('A')")).run());
        CHECK(tx.commit().errorMessage() == refusal);
        CHECK_FALSE(core::ShopCheck::pending(opened));
        CHECK(test::scalar(opened, QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 0);
    }
    SECTION("the check on its worker thread gives the refusal; every later write is refused")
    {
        QFuture<core::Status> verdict = core::ShopCheck::start(opened);
        verdict.waitForFinished();
        CHECK(verdict.result().errorMessage() == refusal);
        core::Transaction tx(opened);
        CHECK(tx.beginStatus().errorMessage() == refusal);
        // A statement of its own, outside a transaction, no more than one inside.
        CHECK(core::SqlQuery(opened, QStringLiteral("INSERT INTO suppliers (name) VALUES ('A')")).run().errorMessage()
            == refusal);
        CHECK(core::ShopSettings(opened).set(core::ShopSettings::kShopName, QStringLiteral("X")).errorMessage()
            == refusal);
        CHECK(core::ShopCheck::verdict(opened).errorMessage() == refusal);
    }
    owned.reset();
    CHECK(test::fileBytes(path) == damaged);
}

TEST_CASE("with the check left for later, a sound shop opens, passes it and takes writes")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    const QString path = shop.path();
    fillShop(shop);
    const DeferredCheck deferred;
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    QFuture<core::Status> verdict = core::ShopCheck::start(**db);
    // A write meanwhile waits for the verdict, then goes in.
    REQUIRE(core::SqlQuery(**db, QStringLiteral("INSERT INTO suppliers (name) VALUES ('A')")).run().ok());
    verdict.waitForFinished();
    CHECK(verdict.result().ok());
    CHECK(core::ShopCheck::verdict(**db).ok());
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 1);
}

TEST_CASE("a sound shop passes the quick check on every open")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    const QString path = shop.path();
    fillShop(shop);
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK_FALSE((*db)->isReadOnly());
    auto problems = (*db)->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(*problems == QStringList {});
}

TEST_CASE("a refused WAL-mode file, another program's or a newer ShopDesk's, gets no -wal or -shm beside it")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("other.db"));
    const QString newer = dir.filePath(QStringLiteral("newer.shopdesk"));
    {
        Raw raw(foreign);
        raw.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO notes VALUES ('hello')"));
    }
    {
        Raw raw(newer);
        raw.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        raw.exec(QStringLiteral("CREATE TABLE items (id INTEGER)"));
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(core::Database::kApplicationId));
        raw.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    REQUIRE_FALSE(QFileInfo::exists(foreign + QStringLiteral("-wal")));
    REQUIRE_FALSE(QFileInfo::exists(newer + QStringLiteral("-wal")));
    const QByteArray foreignBytes = test::fileBytes(foreign);
    const QByteArray newerBytes = test::fileBytes(newer);

    CHECK(core::Database::inspect(foreign).kind == core::ShopFileInfo::Kind::Foreign);
    auto a = core::Database::open(foreign);
    CHECK(a.errorMessage()
        == QStringLiteral("“%1” is another program's database, not a ShopDesk shop file. ShopDesk leaves it untouched.")
               .arg(shown(foreign)));
    const core::ShopFileInfo n = core::Database::inspect(newer);
    CHECK(n.kind == core::ShopFileInfo::Kind::Newer);
    CHECK(n.schemaVersion == 99);
    auto b = core::Database::open(newer);
    CHECK_FALSE(b.ok());
    for (const QString &path : { foreign, newer }) {
        CAPTURE(path);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    }
    CHECK(test::fileBytes(foreign) == foreignBytes);
    CHECK(test::fileBytes(newer) == newerBytes);
}

TEST_CASE("a failure says what is wrong: busy, read-only, disk full, damaged; never SQLite's text")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    const QString s = shown(shop.path());
    const core::Database &db = shop.db();
    CHECK(db.failureMessage(sqliteError(5))
        == QStringLiteral("“%1” is in use by another program (or another ShopDesk) that is writing to it, and stayed "
                          "busy: try again in a moment.")
               .arg(s));
    CHECK(db.failureMessage(sqliteError(517)) == db.failureMessage(sqliteError(5))); // SQLITE_BUSY_SNAPSHOT
    CHECK(db.failureMessage(sqliteError(13))
        == QStringLiteral("The disk holding “%1” is full: free some space and try again (the shop file itself is "
                          "sound).")
               .arg(s));
    CHECK(db.failureMessage(sqliteError(13), shop.file(QStringLiteral("copy.shopdesk")))
        == QStringLiteral("The disk holding “%1” is full: free some space and try again (the shop file itself is "
                          "sound).")
               .arg(shown(shop.file(QStringLiteral("copy.shopdesk")))));
    CHECK(db.failureMessage(sqliteError(8))
        == QStringLiteral("“%1” cannot be written: the file or its folder is read-only.").arg(s));
    CHECK(db.failureMessage(sqliteError(11))
        == QStringLiteral("“%1” is damaged and cannot be read. Open a backup copy instead.").arg(s));
    CHECK(db.failureMessage(sqliteError(2067))
        == QStringLiteral("The change conflicts with what the shop already holds (a record that must be unique "
                          "exists, or other records refer to this one)."));
    CHECK(db.failureMessage(sqliteError(778))
        == QStringLiteral("“%1” could not be read or written on the disk (an input/output error): the disk may be "
                          "full, failing or unplugged.")
               .arg(s));
    CHECK(core::Database::isBusy(sqliteError(5)));
    CHECK(core::Database::isBusy(sqliteError(6)));
    CHECK_FALSE(core::Database::isBusy(sqliteError(19)));
}

TEST_CASE("a write refused by the shop file gives the reason, not the driver's text")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    QSqlQuery q(shop.db().connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO items (code, title, created_at, updated_at) "
                                  "VALUES ('NZK-1', 'a', '2026-01-01 09:00:00', '2026-01-01 09:00:00')")));
    core::SqlQuery dup(
        shop.db(), QStringLiteral("INSERT INTO items (code, title, created_at, updated_at) VALUES (:c, 'b', '', '')"));
    dup.bind(QStringLiteral(":c"), QStringLiteral("NZK-1"));
    const core::Status s = dup.run();
    CHECK(s.errorMessage()
        == QStringLiteral("The change conflicts with what the shop already holds (a record that must be unique "
                          "exists, or other records refer to this one)."));
}

TEST_CASE("a writer waiting for another program's write lock is told the shop is busy, after its retries")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    Raw other(shop.path());
    other.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    other.exec(QStringLiteral("BEGIN IMMEDIATE"));
    // A connection of this process with a short wait, so the test does not wait the full timeout.
    {
        QSqlQuery q(shop.db().connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
    }
    core::Transaction tx(shop.db());
    CHECK_FALSE(tx.isActive());
    CHECK(tx.beginStatus().errorMessage()
        == QStringLiteral("“%1” is in use by another program (or another ShopDesk) that is writing to it, and stayed "
                          "busy: try again in a moment. Nothing was changed.")
               .arg(shown(shop.path())));
    other.exec(QStringLiteral("ROLLBACK"));
    core::Transaction again(shop.db());
    CHECK(again.isActive());
}

TEST_CASE("check finds a table, a column and an index the format promises but the file lacks")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    {
        Raw raw(path);
        raw.exec(QStringLiteral("DROP TABLE service_waitlist"));
        raw.exec(QStringLiteral("DROP INDEX orders_tracking_no"));
        raw.exec(QStringLiteral("ALTER TABLE items DROP COLUMN listed_at"));
    }
    auto db = core::Database::open(path, core::Database::Mode::Examine);
    REQUIRE(db.ok());
    auto problems = (*db)->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(*problems
        == QStringList { QStringLiteral("The table items has lost its column listed_at."),
            QStringLiteral("The table service_waitlist is missing."),
            QStringLiteral("The index service_waitlist_sku is missing."),
            QStringLiteral("The index orders_tracking_no is missing.") });
    db->reset();

    const Run r = cli(path, { QStringLiteral("check") });
    CHECK(r.exitCode == 1);
    CHECK(r.err
        == QStringLiteral(
            "%1 has problems:\nThe table items has lost its column listed_at.\nThe table service_waitlist is "
            "missing.\nThe index service_waitlist_sku is missing.\nThe index orders_tracking_no is missing.")
               .arg(shown(path)));
}

#ifdef Q_OS_UNIX
TEST_CASE("shop files, backups and exports are owner-only whatever the umask")
{
    SHOPDESK_FILES_ONLY();
    const mode_t old = ::umask(0);
    {
        test::TestShop shop;
        auto bits = [](const QString &path) {
            struct stat st;
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
        };
        core::ShopSettings settings(shop.db());
        REQUIRE(settings.setValue(QStringLiteral("x"), QStringLiteral("1")).ok());
        CHECK(bits(shop.path()) == 0600);
        CHECK(bits(shop.path() + QStringLiteral("-wal")) == 0600);
        CHECK(bits(shop.path() + QStringLiteral("-shm")) == 0600);
        const QString backup = shop.file(QStringLiteral("backup.shopdesk"));
        REQUIRE(shop.db().backupTo(backup).ok());
        CHECK(bits(backup) == 0600);
        const QString csv = shop.file(QStringLiteral("out.csv"));
        REQUIRE(core::writeCsv(csv, { QStringLiteral("a") }, { { QStringLiteral("1") } }).ok());
        CHECK(bits(csv) == 0600);
        const QString xlsx = shop.file(QStringLiteral("out.xlsx"));
        REQUIRE(core::writeXlsx(xlsx, QStringLiteral("s"), { QStringLiteral("a") }, { { 1 } }).ok());
        CHECK(bits(xlsx) == 0600);
    }
    ::umask(old);
}

namespace {
/// A small folder of its own file system (root only: a tmpfs mounted for the test), to fill up or
/// to make read-only. Without root the test that needs one is skipped.
class SmallDisk {
public:
    explicit SmallDisk(const QString &size)
    {
        if (::geteuid() != 0)
            return;
        mMounted = QProcess::execute(QStringLiteral("mount"),
                       { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=") + size, QStringLiteral("tmpfs"), mDir.path() })
            == 0;
    }
    ~SmallDisk()
    {
        if (mMounted)
            QProcess::execute(QStringLiteral("umount"), { mDir.path() });
    }
    bool ok() const { return mMounted; }
    QString file(const QString &name) const { return mDir.filePath(name); }
    bool makeReadOnly()
    {
        return QProcess::execute(
                   QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,ro"), mDir.path() })
            == 0;
    }

private:
    QTemporaryDir mDir;
    bool mMounted = false;
};
} // namespace

TEST_CASE("a backup or an export to a full disk says the disk is full, and the shop is sound")
{
    SHOPDESK_FILES_ONLY();
    SmallDisk disk(QStringLiteral("256k"));
    if (!disk.ok())
        SKIP("needs root to mount a small file system");
    {
        // Another program filled the disk.
        QFile filler(disk.file(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
    }
    test::TestShop shop;
    const QString path = shop.path();
    fillShop(shop);
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    const QString target = disk.file(QStringLiteral("backup.shopdesk"));
    const core::Status s = (*db)->backupTo(target);
    CHECK(s.errorMessage()
        == QStringLiteral("The backup “%1” could not be written: The disk holding “%1” is full: free some space and "
                          "try again (the shop file itself is sound).")
               .arg(shown(target)));
    CHECK_FALSE(QFileInfo::exists(target));

    QList<QStringList> rows;
    QList<QVariantList> cells;
    for (int i = 0; i < 20000; ++i) {
        rows << QStringList { QStringLiteral("NZK-%1").arg(i), QStringLiteral("牛仔裤 男 修身 直筒") };
        cells << QVariantList { QStringLiteral("NZK-%1").arg(i), QStringLiteral("牛仔裤 男 修身 直筒") };
    }
    const QString csv = disk.file(QStringLiteral("items.csv"));
    CHECK(core::writeCsv(csv, { QStringLiteral("a"), QStringLiteral("b") }, rows).errorMessage()
        == QStringLiteral("“%1” cannot be written: the disk is full. Free some space and try again.").arg(shown(csv)));
    const QString xlsx = disk.file(QStringLiteral("items.xlsx"));
    CHECK(core::writeXlsx(xlsx, QStringLiteral("s"), { QStringLiteral("a"), QStringLiteral("b") }, cells).errorMessage()
        == QStringLiteral("“%1” cannot be written: the disk is full. Free some space and try again.").arg(shown(xlsx)));

    auto problems = (*db)->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("a read-only shop opens read-only, says so, and refuses writes with that reason")
{
    SmallDisk disk(QStringLiteral("4m"));
    QTemporaryDir plain;
    QString path;
    if (disk.ok()) {
        path = disk.file(QStringLiteral("shop.shopdesk"));
    } else {
        path = plain.filePath(QStringLiteral("shop.shopdesk"));
    }
    {
        auto made = core::Database::open(path);
        REQUIRE(made.ok());
        core::ShopSettings settings(**made);
        REQUIRE(settings.setValue(QStringLiteral("shop.name"), QStringLiteral("小鹿服饰")).ok());
    }
    if (disk.ok())
        REQUIRE(disk.makeReadOnly());
    else
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray before = test::fileBytes(path);
    const QString reason = QStringLiteral("“%1” is read-only: ShopDesk shows it but changes nothing in it. To work in "
                                          "this shop, make the file writable or copy it to a folder of your own.")
                               .arg(shown(path));

    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    INFO(db.errorMessage().toStdString());
    REQUIRE(db.ok());
    CHECK((*db)->isReadOnly());
    CHECK((*db)->readOnlyReason() == reason);
    core::ShopSettings settings(**db);
    CHECK(settings.value(QStringLiteral("shop.name")) == QStringLiteral("小鹿服饰"));
    const core::Status write = settings.setValue(QStringLiteral("shop.name"), QStringLiteral("x"));
    CHECK(write.errorMessage() == reason);
    auto problems = (*db)->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    db->reset();
    CHECK(test::fileBytes(path) == before);

    const Run r = cli(path, { QStringLiteral("init") });
    CHECK(r.exitCode == 0);
    const Run check = cli(path, { QStringLiteral("check") });
    CHECK(check.exitCode == 0);
}
#endif
