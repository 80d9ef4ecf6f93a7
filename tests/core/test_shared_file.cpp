// One shop file, two processes: the window (stood in for by shop_holder) keeps the shop open and
// opens and closes the file in its own process, as its file check and file dialogs do; then
// shopdesk-cli writes and closes. SQLite's locks are per process (POSIX fcntl): had anything in the
// window's process closed a second descriptor of the file, the window's locks would be gone, the
// CLI would think itself the last user, checkpoint and delete the write-ahead log, and every later
// write of the window would go into an unlinked file, lost at the next crash.

#include "TestShop.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {

QProcessEnvironment offscreen()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

QByteArray readLine(QProcess &p)
{
    while (!p.canReadLine()) {
        if (!p.waitForReadyRead(60000))
            break;
    }
    return p.readLine().trimmed();
}

} // namespace

TEST_CASE("a CLI run beside the open window keeps the window's write-ahead log, and no write is lost at a kill -9")
{
    SHOPDESK_FILES_ONLY();
    QString path;
    QString itemsCsv;
    test::TestShop shop;
    path = shop.path();
    itemsCsv = shop.file(QStringLiteral("items.csv"));
    {
        QFile f(itemsCsv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("货号,标题,类目,角色,主推,价格,成本,颜色,尺码,条码\r\n"
                "NZK-1001,牛仔裤 男 修身 直筒,jeans,引流款,是,129.00,58.50,蓝色,30,\r\n");
    }
    shop.close();

    QProcess holder;
    holder.setProcessEnvironment(offscreen());
    holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    holder.start(QStringLiteral(SHOP_HOLDER), { path });
    REQUIRE(holder.waitForStarted());
    REQUIRE(readLine(holder) == "ready");

    QProcess cli;
    cli.setProcessEnvironment(offscreen());
    cli.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"),
        { QStringLiteral("--db"), path, QStringLiteral("import-items"), itemsCsv });
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);

    // The CLI has closed; the window is still open, so its write-ahead log must still be there.
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));

    holder.write("go\n");
    REQUIRE(readLine(holder) == "written");
    holder.kill(); // SIGKILL: no close, no checkpoint
    REQUIRE(holder.waitForFinished(10000));
    CHECK(holder.exitStatus() == QProcess::CrashExit);

    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    core::ShopSettings settings(**db);
    CHECK(settings.value(QStringLiteral("holder.before")) == QStringLiteral("1"));
    CHECK(settings.value(QStringLiteral("holder.after")) == QStringLiteral("1"));
    auto item = core::ItemRepository(**db).itemByCode(QStringLiteral("NZK-1001"));
    REQUIRE(item.ok());
    REQUIRE(item->has_value());
    CHECK((*item)->title == QStringLiteral("牛仔裤 男 修身 直筒"));
    auto problems = (*db)->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("the open shop file itself is refused as a file to import or export, and is left as it was")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    const QByteArray before = test::fileBytes(shop.path());
    const QString shown = QDir::toNativeSeparators(QFileInfo(shop.path()).absoluteFilePath());
    const QString expected = QStringLiteral("“%1” is the shop file ShopDesk has open, not a file to import or export. "
                                            "Choose another file.")
                                 .arg(shown);

    auto read = core::CsvFile::read(shop.path());
    REQUIRE_FALSE(read.ok());
    CHECK(read.errorMessage() == expected);
    auto wal = core::readImportFile(shop.path() + QStringLiteral("-wal"));
    REQUIRE_FALSE(wal.ok());
    CHECK(wal.errorMessage()
        == QStringLiteral("“%1-wal” is the shop file ShopDesk has open, not a file to import or "
                          "export. Choose another file.")
               .arg(shown));
    core::Status csv = core::writeCsv(shop.path(), { QStringLiteral("a") }, {});
    CHECK(csv.errorMessage() == expected);
    core::Status xlsx = core::writeXlsx(shop.path(), QStringLiteral("s"), { QStringLiteral("a") }, {});
    CHECK(xlsx.errorMessage() == expected);
    CHECK(test::fileBytes(shop.path()) == before);

    CHECK(core::Database::isOpenInThisProcess(shop.path()));
    CHECK_FALSE(core::Database::isOpenInThisProcess(shop.file(QStringLiteral("other.csv"))));
    const QString path = shop.path();
    shop.close();
    CHECK_FALSE(core::Database::isOpenInThisProcess(path));
}

TEST_CASE("a file that is not a database is told apart through SQLite alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.shopdesk"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const core::ShopFileInfo info = core::Database::inspect(path);
    CHECK(info.kind == core::ShopFileInfo::Kind::NotSqlite);
    CHECK(info.message
        == QStringLiteral("“%1” is not a ShopDesk shop file: it is not a database at all.")
               .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    CHECK(test::fileBytes(path) == QByteArray(4096, 'x'));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}
