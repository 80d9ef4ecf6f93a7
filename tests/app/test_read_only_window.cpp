// A read-only shop in the window: it opens, the title and the status bar say read-only and why,
// and the shop file is left as it was.

#include "MainWindow.h"
#include "Modules.h"
#include "TestShop.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/ShopSettings.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace shopdesk;

#ifdef Q_OS_UNIX
TEST_CASE("a read-only shop opens in the window, which says read-only and why")
{
    core::language::install(QStringLiteral("en"));
    // Root writes through permission bits: it gets a file system of its own, remounted read-only.
    QTemporaryDir dir;
    const bool root = ::geteuid() == 0;
    bool mounted = false;
    if (root) {
        mounted = QProcess::execute(QStringLiteral("mount"),
                      { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=4m"),
                          QStringLiteral("tmpfs"), dir.path() })
            == 0;
        if (!mounted)
            SKIP("needs a read-only file system, which root can only get by mounting one");
    }
    const QString path = dir.filePath(QStringLiteral("shop.shopdesk"));
    {
        auto made = core::Database::open(path);
        REQUIRE(made.ok());
        REQUIRE(core::ShopSettings(**made).setValue(QStringLiteral("shop.name"), QStringLiteral("小鹿服饰")).ok());
    }
    if (mounted)
        REQUIRE(QProcess::execute(
                    QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,ro"), dir.path() })
            == 0);
    else
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray before = test::fileBytes(path);
    const QString reason = QStringLiteral("“%1” is read-only: ShopDesk shows it but changes nothing in it. To work in "
                                          "this shop, make the file writable or copy it to a folder of your own.")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    {
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        REQUIRE(w.openShop(path));
        CHECK(w.windowTitle() == QStringLiteral("shop (read-only) — ShopDesk"));
        CHECK(w.statusBar()->currentMessage() == reason);
        QStringList labels;
        for (const QLabel *l : w.statusBar()->findChildren<QLabel *>())
            if (l->toolTip() == reason)
                labels << l->text();
        CHECK(labels
            == QStringList { QStringLiteral("Shop file: %1 (format %2), read-only")
                                 .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                                 .arg(core::Database::latestSchemaVersion()) });
    }
    CHECK(test::fileBytes(path) == before);
    if (mounted)
        QProcess::execute(QStringLiteral("umount"), { dir.path() });
}
#endif
