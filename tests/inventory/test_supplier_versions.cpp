// A supplier's details edited on two PCs at once (issue 19): an edit names the row's version it
// read; a stale one is refused, naming who changed the supplier and when, and writes nothing. Two
// Database objects on one shop are two PCs.

#include "InventoryBench.h"
#include "InventoryFixture.h"
#include "InventoryWorkbench.h"
#include "SuppliersView.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Seat.h>
#include <shopdesk/inventory/SupplierService.h>

#include <QLineEdit>
#include <QSqlQuery>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;
using test::scalar;

namespace {
/// The seat in force while the test runs (a PC's name), put back after.
struct SeatGuard {
    explicit SeatGuard(const QString &name) { core::Seat::setCurrent(name); }
    ~SeatGuard() { core::Seat::setCurrent(QString()); }
};

/// Stamps the supplier as changed at 14:02 today, local time (what the message shows).
void changedAt1402(const core::Database &db, qint64 id)
{
    const QString utc
        = QDateTime(QDate::currentDate(), QTime(14, 2)).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE suppliers SET changed_at = ? WHERE id = ?")));
    q.addBindValue(utc);
    q.addBindValue(id);
    REQUIRE(q.exec());
}

QString city(const InventoryShop &s)
{
    return scalar(s.db(), QStringLiteral("SELECT city FROM suppliers WHERE id = %1").arg(s.supplierId)).toString();
}

qint64 version(const InventoryShop &s)
{
    return scalar(s.db(), QStringLiteral("SELECT row_version FROM suppliers WHERE id = %1").arg(s.supplierId))
        .toLongLong();
}

struct Chinese {
    Chinese() { core::language::install(QStringLiteral("zh_CN")); }
    ~Chinese() { core::language::install(QStringLiteral("en")); }
};
} // namespace

TEST_CASE("a stale supplier edit from another PC is refused, naming who changed it and when, and writes nothing")
{
    InventoryShop s;
    inventory::SupplierService front(s.db());
    auto second = core::Database::open(s.shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(second.ok());
    inventory::SupplierService back(**second);

    // Both PCs read the supplier at the same version.
    const qint64 seenFront = front.versions().value().value(s.supplierId);
    const qint64 seenBack = back.versions().value().value(s.supplierId);
    REQUIRE(seenFront == seenBack);
    core::Supplier mine = front.byName(QString::fromUtf8("广州沙河服装批发")).value().supplier;
    {
        SeatGuard seat(QString::fromUtf8("前台-小王"));
        core::Supplier edit = mine;
        edit.city = QString::fromUtf8("广州");
        REQUIRE(front.update(edit, seenFront).ok());
    }
    changedAt1402(s.db(), s.supplierId);
    CHECK(scalar(s.db(), QStringLiteral("SELECT changed_by FROM suppliers WHERE id = %1").arg(s.supplierId)).toString()
        == QString::fromUtf8("前台-小王"));
    CHECK(version(s) == seenFront + 1);

    SeatGuard seat(QString::fromUtf8("仓库-老李"));
    core::Supplier theirs = mine;
    theirs.name = QString::fromUtf8("沙河 服装城");
    theirs.city = QString::fromUtf8("佛山");
    const core::Status stale = back.update(theirs, seenBack);
    REQUIRE(!stale.ok());
    CHECK(stale.errorMessage()
        == QString::fromUtf8(
            "Supplier 广州沙河服装批发 was changed by 前台-小王 at 14:02: open it again and redo the change."));
    {
        Chinese zh;
        CHECK(back.update(theirs, seenBack).errorMessage()
            == QString::fromUtf8("供应商 广州沙河服装批发 的资料已被 前台-小王 在 14:02 修改，请重新打开后再改。"));
    }
    CHECK(city(s) == QString::fromUtf8("广州"));
    CHECK(scalar(s.db(), QStringLiteral("SELECT name FROM suppliers WHERE id = %1").arg(s.supplierId)).toString()
        == QString::fromUtf8("广州沙河服装批发"));
    CHECK(version(s) == seenFront + 1);

    // Read again, the edit goes through.
    REQUIRE(back.update(theirs, back.versions().value().value(s.supplierId)).ok());
    CHECK(city(s) == QString::fromUtf8("佛山"));
    CHECK(version(s) == seenFront + 2);
    CHECK(scalar(s.db(), QStringLiteral("SELECT changed_by FROM suppliers WHERE id = %1").arg(s.supplierId)).toString()
        == QString::fromUtf8("仓库-老李"));

    // An edit without a version read (shopdesk-cli) is made and moves the version on, so that
    // an edit begun from the version before is refused in its turn.
    const qint64 seen = front.versions().value().value(s.supplierId);
    theirs.city = QString::fromUtf8("深圳");
    REQUIRE(back.update(theirs).ok());
    CHECK(version(s) == seen + 1);
    theirs.city = QString::fromUtf8("东莞");
    CHECK_FALSE(front.update(theirs, seen).ok());
    CHECK(city(s) == QString::fromUtf8("深圳"));
}

TEST_CASE("the suppliers view refuses a stale save with the message, keeps nothing on the stack, and saves once read "
          "again")
{
    InventoryShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    panel.raise(QStringLiteral("suppliers"));
    panel.show();
    auto *view = panel.wb->suppliers();
    view->reload();
    view->select(0);
    const int before = panel.undoStack()->count();

    // Another PC changes the supplier after this view read it.
    auto other = core::Database::open(s.shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    {
        SeatGuard seat(QString::fromUtf8("前台-小王"));
        inventory::SupplierService service(**other);
        core::Supplier edit = service.byName(QString::fromUtf8("广州沙河服装批发")).value().supplier;
        edit.city = QString::fromUtf8("广州");
        REQUIRE(service.update(edit, service.versions().value().value(s.supplierId)).ok());
    }
    changedAt1402(**other, s.supplierId);

    panel.findChild<QLineEdit *>(QStringLiteral("supplierCity"))->setText(QString::fromUtf8("杭州"));
    const core::Status stale = view->saveSupplier();
    REQUIRE(!stale.ok());
    CHECK(stale.errorMessage()
        == QString::fromUtf8(
            "Supplier 广州沙河服装批发 was changed by 前台-小王 at 14:02: open it again and redo the change."));
    CHECK(panel.undoStack()->count() == before);
    CHECK(city(s) == QString::fromUtf8("广州"));

    // Opened again (reloaded), the save goes through and can be undone.
    view->reload();
    view->select(0);
    CHECK(panel.findChild<QLineEdit *>(QStringLiteral("supplierCity"))->text() == QString::fromUtf8("广州"));
    panel.findChild<QLineEdit *>(QStringLiteral("supplierCity"))->setText(QString::fromUtf8("杭州"));
    REQUIRE(view->saveSupplier().ok());
    CHECK(panel.undoStack()->count() == before + 1);
    CHECK(city(s) == QString::fromUtf8("杭州"));
    panel.undoStack()->undo();
    CHECK(city(s) == QString::fromUtf8("广州"));
    panel.undoStack()->redo();
    CHECK(city(s) == QString::fromUtf8("杭州"));
    CHECK(errors.isEmpty());
}
