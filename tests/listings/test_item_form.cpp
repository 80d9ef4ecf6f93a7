// The item form when another PC saved the item first: OK saves while the form is open; a stale
// save is refused in the form, naming who changed the item, with nothing the user typed lost;
// Revert shows the item as the other PC left it, and a save made over it goes through.

#include "ItemDialog.h"
#include "ItemsView.h"
#include "ListingsFixture.h"
#include "ListingsService.h"

#include <shopdesk/core/Seat.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
/// The seat in force while the test runs (a PC's name), put back after.
struct SeatGuard {
    explicit SeatGuard(const QString &name) { core::Seat::setCurrent(name); }
    ~SeatGuard() { core::Seat::setCurrent(QString()); }
};

/// What the form showed at each step (read inside its event loop, checked after it closed).
struct Seen {
    bool dialog = false;
    QString refusal, titleTyped, priceTyped;
    bool revertOffered = false, stillOpen = false;
    QString titleReverted, priceReverted, shortNameReverted;
    bool revertHidden = false, errorHidden = false;
};

QAction *action(listings::ItemsView *view, const QString &name)
{
    for (QAction *a : view->itemActions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}
} // namespace

TEST_CASE("a stale item form is refused in the form, and Revert shows the item as the other PC left it")
{
    test::TestShop shop;
    test::ListingsFixture f(shop.path());
    const qint64 id
        = f.items()->addItem(test::newListingsItem(QStringLiteral("WY-3001"), QString::fromUtf8("卫衣 加绒")));
    REQUIRE(id > 0);
    f.items()->selectItem(id);
    REQUIRE(f.items()->currentItemId() == id);
    const int steps = f.undo()->count();

    // Another PC changes the title and the short name after this window read the item.
    auto other = core::Database::open(shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    {
        SeatGuard seat(QString::fromUtf8("前台-小王"));
        listings::ListingsService s(**other);
        core::Item item = s.item(id).value();
        item.title = QString::fromUtf8("卫衣 加绒 连帽");
        REQUIRE(s.editItem(item, nullptr, {}, s.itemVersion(id).value()).ok());
        REQUIRE(s.setShortName(id, QString::fromUtf8("连帽卫衣")).ok());
    }
    {
        // Stamped 14:02 today, local time (what the message shows).
        QSqlQuery q((*other)->connection());
        REQUIRE(q.prepare(QStringLiteral("UPDATE items SET changed_at = ? WHERE id = ?")));
        q.addBindValue(
            QDateTime(QDate::currentDate(), QTime(14, 2)).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        q.addBindValue(id);
        REQUIRE(q.exec());
    }

    Seen seen;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<listings::ItemDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        seen.dialog = true;
        auto *price = d->findChild<QLineEdit *>(QStringLiteral("price"));
        price->setText(QStringLiteral("109.00"));
        d->accept(); // refused: the other PC saved the item since the form was filled
        seen.refusal = d->errorLabel()->isHidden() ? QString() : d->errorLabel()->text();
        seen.revertOffered = !d->revertButton()->isHidden();
        seen.stillOpen = d->isVisible() && d->result() != QDialog::Accepted;
        seen.titleTyped = d->titleField()->text();
        seen.priceTyped = price->text();
        d->revertButton()->click();
        seen.titleReverted = d->titleField()->text();
        seen.priceReverted = price->text();
        seen.shortNameReverted = d->shortName();
        seen.revertHidden = d->revertButton()->isHidden();
        seen.errorHidden = d->errorLabel()->isHidden();
        price->setText(QStringLiteral("109.00")); // the change made again, over the other PC's
        d->accept();
        if (d->isVisible())
            d->reject();
    });
    QAction *edit = action(f.items(), QStringLiteral("listings.editItem"));
    REQUIRE(edit);
    edit->trigger();

    REQUIRE(seen.dialog);
    CHECK(seen.refusal
        == QString::fromUtf8("Item WY-3001 was changed by 前台-小王 at 14:02: open it again and redo the change."));
    CHECK(seen.revertOffered);
    CHECK(seen.stillOpen);
    CHECK(seen.titleTyped == QString::fromUtf8("卫衣 加绒")); // what this form was filled with
    CHECK(seen.priceTyped == QStringLiteral("109.00")); // what the user typed stays
    CHECK(seen.titleReverted == QString::fromUtf8("卫衣 加绒 连帽"));
    CHECK(seen.priceReverted == QStringLiteral("99.00"));
    CHECK(seen.shortNameReverted == QString::fromUtf8("连帽卫衣"));
    CHECK(seen.revertHidden);
    CHECK(seen.errorHidden);

    // The save over the other PC's change went through, as one undo step; no error box came.
    CHECK(f.errors.isEmpty());
    CHECK(f.undo()->count() == steps + 1);
    listings::ListingsService s(*f.db);
    CHECK(s.item(id).value().title == QString::fromUtf8("卫衣 加绒 连帽"));
    CHECK(s.item(id).value().price == core::Money::fromYuan(109));
    CHECK(s.shortName(id).value() == QString::fromUtf8("连帽卫衣"));
    // Undone, the item is as the other PC left it.
    f.undo()->undo();
    CHECK(f.errors.isEmpty());
    CHECK(s.item(id).value().title == QString::fromUtf8("卫衣 加绒 连帽"));
    CHECK(s.item(id).value().price == core::Money::fromYuan(99));
}

TEST_CASE("an item form refused for another reason stays open with the reason and offers no revert")
{
    test::TestShop shop;
    test::ListingsFixture f(shop.path());
    const qint64 id
        = f.items()->addItem(test::newListingsItem(QStringLiteral("WY-3002"), QString::fromUtf8("卫衣 加绒 新款")));
    REQUIRE(id > 0);
    f.items()->selectItem(id);
    const int steps = f.undo()->count();

    Seen seen;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<listings::ItemDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        seen.dialog = true;
        d->findChild<QCheckBox *>(QStringLiteral("onShelf"))->setChecked(true); // no stock yet
        d->accept();
        seen.refusal = d->errorLabel()->isHidden() ? QString() : d->errorLabel()->text();
        seen.revertOffered = !d->revertButton()->isHidden();
        seen.stillOpen = d->isVisible() && d->result() != QDialog::Accepted;
        d->reject();
    });
    QAction *edit = action(f.items(), QStringLiteral("listings.editItem"));
    REQUIRE(edit);
    edit->trigger();

    REQUIRE(seen.dialog);
    CHECK(seen.refusal == QStringLiteral("WY-3002 has no stock yet: it stays off shelf until goods are received."));
    CHECK_FALSE(seen.revertOffered);
    CHECK(seen.stillOpen);
    CHECK(f.errors.isEmpty());
    CHECK(f.undo()->count() == steps);
    CHECK_FALSE(listings::ListingsService(*f.db).item(id).value().onShelf);
}
