// The automatic daily backup: the rotation rule (7 daily and 12 month-end copies) on made-up
// dates, a verified owner-only copy, File → Restore from backup… (which keeps the current file
// first), and the window writing the day's copy when it opens a shop.

#include "BackupForm.h"
#include "BackupSchedule.h"
#include "MainWindow.h"
#include "Modules.h"
#include "TestShop.h"

#include <shopdesk/core/AutoBackup.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/SqlQuery.h>

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using core::AutoBackup;

namespace {
QList<QDate> everyDay(QDate from, QDate to)
{
    QList<QDate> out;
    for (QDate d = from; d <= to; d = d.addDays(1))
        out << d;
    return out;
}

void addSupplier(const core::Database &db, const QString &name)
{
    core::SqlQuery q(db, QStringLiteral("INSERT INTO suppliers (name) VALUES (:n)"));
    q.bind(QStringLiteral(":n"), name);
    REQUIRE(q.run());
}

int suppliers(const core::Database &db)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM suppliers")).toInt();
}
} // namespace

TEST_CASE("the rotation keeps the 7 newest copies and the newest copy of each of the 12 months before")
{
    const QList<QDate> kept = AutoBackup::kept(everyDay(QDate(2025, 10, 1), QDate(2026, 12, 1)));
    const QList<QDate> expected = { QDate(2026, 12, 1), QDate(2026, 11, 30), QDate(2026, 11, 29), QDate(2026, 11, 28),
        QDate(2026, 11, 27), QDate(2026, 11, 26), QDate(2026, 11, 25), QDate(2026, 10, 31), QDate(2026, 9, 30),
        QDate(2026, 8, 31), QDate(2026, 7, 31), QDate(2026, 6, 30), QDate(2026, 5, 31), QDate(2026, 4, 30),
        QDate(2026, 3, 31), QDate(2026, 2, 28), QDate(2026, 1, 31), QDate(2025, 12, 31) };
    CHECK(kept == expected);

    // A shop opened now and then: a month's newest copy is its month-end copy, whatever its day.
    const QList<QDate> sparse = { QDate(2026, 3, 2), QDate(2026, 1, 10), QDate(2026, 1, 20), QDate(2025, 12, 5),
        QDate(2026, 3, 9), QDate(2026, 3, 9) };
    CHECK(AutoBackup::kept(sparse)
        == QList<QDate> {
            QDate(2026, 3, 9), QDate(2026, 3, 2), QDate(2026, 1, 20), QDate(2026, 1, 10), QDate(2025, 12, 5) });
    CHECK(AutoBackup::kept({}).isEmpty());
}

TEST_CASE("a copy is due when the newest is from before today")
{
    CHECK(AutoBackup::isDue({}, QDate(2026, 12, 1)));
    CHECK(AutoBackup::isDue({ { QString(), QDate(2026, 11, 30), 1 } }, QDate(2026, 12, 1)));
    CHECK_FALSE(AutoBackup::isDue({ { QString(), QDate(2026, 12, 1), 1 } }, QDate(2026, 12, 1)));
}

TEST_CASE("the daily copy is verified, owner-only, beside the shop, and old ones go by the rotation")
{
    SHOPDESK_FILES_ONLY(); // copies of a shop file (a server shop is backed up with pg_dump)
    test::TestShop shop;
    addSupplier(shop.db(), QStringLiteral("supplier A"));
    const QString folder = AutoBackup::folder(shop.db());
    CHECK(folder == QDir(shop.dir()).filePath(QFileInfo(shop.path()).completeBaseName() + QStringLiteral("-backups")));

    for (const QDate &day : everyDay(QDate(2026, 10, 20), QDate(2026, 12, 1))) {
        auto copy = AutoBackup::write(shop.db(), folder, day);
        INFO(copy.errorMessage());
        REQUIRE(copy.ok());
    }
    const QList<core::BackupCopy> copies = AutoBackup::copies(shop.path(), folder);
    QList<QDate> days;
    for (const core::BackupCopy &c : copies)
        days << c.day;
    CHECK(days
        == QList<QDate> { QDate(2026, 12, 1), QDate(2026, 11, 30), QDate(2026, 11, 29), QDate(2026, 11, 28),
            QDate(2026, 11, 27), QDate(2026, 11, 26), QDate(2026, 11, 25), QDate(2026, 10, 31) });
    const core::BackupCopy newest = copies.first();
    CHECK(QFileInfo(newest.path).fileName()
        == QFileInfo(shop.path()).completeBaseName() + QStringLiteral("-2026-12-01.shopdesk"));
    CHECK(QFileInfo(newest.path).permissions()
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(newest.bytes == QFileInfo(newest.path).size());
    CHECK(AutoBackup::verify(newest.path).ok());
    auto opened = core::Database::open(newest.path, core::Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    CHECK(suppliers(**opened) == 1);
    // Nothing half-written is left.
    CHECK(QDir(folder).entryList({ QStringLiteral("*.partial") }, QDir::Files).isEmpty());
}

TEST_CASE("a damaged file is refused as a backup to restore, and the shop stays as it was")
{
    test::TestShop shop;
    addSupplier(shop.db(), QStringLiteral("supplier A"));
    const QString bad = shop.file(QStringLiteral("bad.shopdesk"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a shop at all");
    }
    const QString path = shop.path();
    shop.close();
    const QByteArray before = test::fileBytes(path);
    QString kept;
    const core::Status s = AutoBackup::restore(bad, path, AutoBackup::defaultFolder(path), &kept);
    CHECK_FALSE(s.ok());
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("the window writes the day's copy when it opens a shop, and restores one after keeping the current file")
{
    SHOPDESK_FILES_ONLY(); // copies of a shop file (a server shop is backed up with pg_dump)
    test::TestShop shop;
    addSupplier(shop.db(), QStringLiteral("supplier A"));
    const QString path = shop.path();
    shop.close();

    app::MainWindow window(app::panelFactories());
    window.setQuietErrors(false); // the copy is written only for a window a person uses
    window.show();
    REQUIRE(window.openShop(path));
    app::BackupSchedule *backups = window.backups();
    QSignalSpy done(backups, &app::BackupSchedule::finished);
    REQUIRE(backups->running());
    REQUIRE(done.wait(60000));
    CHECK(done.first().at(0).toBool());
    QList<core::BackupCopy> copies = backups->copies();
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().day == QDate::currentDate());
    // Once a day: opening it again starts nothing.
    CHECK_FALSE(backups->backUpIfDue());

    addSupplier(*window.shop(), QStringLiteral("supplier B"));
    CHECK(suppliers(*window.shop()) == 2);

    // File → Restore from backup… lists the copies with their date and size.
    window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("restoreDialog"));
    REQUIRE(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("copies"));
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    CHECK(list->topLevelItem(0)->text(1) == QLocale().formattedDataSize(copies.first().bytes));
    dialog->reject();

    REQUIRE(backups->restore(copies.first().path));
    REQUIRE(window.shop());
    CHECK(window.shop()->path() == QFileInfo(path).absoluteFilePath());
    CHECK(suppliers(*window.shop()) == 1);
    // The file as it was (with supplier B) was kept first.
    const QStringList before
        = QDir(AutoBackup::folder(*window.shop()))
              .entryList({ QFileInfo(path).completeBaseName() + QStringLiteral("-before-restore-*") });
    REQUIRE(before.size() == 1);
    auto kept = core::Database::open(
        QDir(AutoBackup::folder(*window.shop())).filePath(before.first()), core::Database::Mode::OpenExisting);
    REQUIRE(kept.ok());
    CHECK(suppliers(**kept) == 2);
}

TEST_CASE("the backup folder chosen in Shop settings is where the copies go")
{
    SHOPDESK_FILES_ONLY(); // copies of a shop file (a server shop is backed up with pg_dump)
    test::TestShop shop;
    app::BackupForm form;
    form.load(core::ShopSettings(shop.db()));
    auto *folder = form.findChild<QLineEdit *>(QStringLiteral("backupFolder"));
    REQUIRE(folder);
    CHECK(folder->text().isEmpty());
    const QString chosen = shop.file(QStringLiteral("elsewhere"));
    folder->setText(QDir::toNativeSeparators(chosen));
    core::ShopSettings::Batch batch;
    form.write(batch);
    REQUIRE(core::ShopSettings(shop.db()).apply(batch).ok());
    CHECK(AutoBackup::folder(shop.db()) == chosen);
    auto copy = AutoBackup::write(shop.db(), AutoBackup::folder(shop.db()), QDate(2026, 12, 1));
    REQUIRE(copy.ok());
    CHECK(QFileInfo(copy->path).absolutePath() == chosen);
    CHECK(QFileInfo(chosen).permissions()
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser
            | QFile::ExeUser));
}
