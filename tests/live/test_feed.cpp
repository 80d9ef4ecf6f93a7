// Changes seen live: a write through a second Database on the same file (another PC, or
// shopdesk-cli) reaches the first one's panels through the change feed, which the test polls
// itself (the timer's work) — no timed wait.

#include "ListingsFixture.h"
#include "ListingsService.h"
#include "TestShop.h"

#include <shopdesk/core/ChangeFeed.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/LiveChanges.h>
#include <shopdesk/core/Seat.h>
#include <shopdesk/core/StockLedger.h>

#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::scalar;

TEST_CASE("a price changed through another connection reaches the items table, which keeps its selection")
{
    test::TestShop shop;
    qint64 first = 0, second = 0;
    {
        listings::ListingsService s(shop.db());
        first = s.addItem(test::newListingsItem(QStringLiteral("WY-3001"), QString::fromUtf8("卫衣 加绒"))).value();
        second = s.addItem(test::newListingsItem(QStringLiteral("WY-3002"), QString::fromUtf8("卫衣 连帽"))).value();
    }
    test::ListingsFixture f(shop.path());
    core::ChangeFeed feed(*f.db);
    core::relayChanges(feed, f.events);
    QSignalSpy heard(&feed, &core::ChangeFeed::changed);
    auto *table = f.window.findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() == 2);
    table->selectRow(1);
    const QString selected = table->currentIndex().siblingAtColumn(0).data().toString();

    // Nothing committed elsewhere: the poll reads nothing and tells nothing.
    CHECK(feed.poll().isEmpty());

    auto other = core::Database::open(shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    core::Seat::setCurrent(QStringLiteral("warehouse"));
    REQUIRE(listings::ListingsService(**other).setPrice(first, core::Money::fromYuan(129)).ok());
    core::Seat::setCurrent(QString());

    CHECK(feed.poll() == QStringList { QStringLiteral("items") });
    REQUIRE(heard.size() == 1);
    CHECK(heard.at(0).at(0).toString() == QStringLiteral("items"));
    CHECK(heard.at(0).at(1).toString() == QStringLiteral("warehouse"));
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data().toString() == QStringLiteral("WY-3001"))
            row = r;
    REQUIRE(row >= 0);
    CHECK(table->model()->index(row, 5).data().toString() == QString::fromUtf8("¥129.00"));
    CHECK(table->currentIndex().siblingAtColumn(0).data().toString() == selected);
    CHECK(second > 0);

    // Stock booked elsewhere is a stock change; a second look finds nothing new.
    const qint64 sku = core::ItemRepository(**other).skusOf(first).value().first().id;
    REQUIRE(
        core::StockLedger(**other).book({ 0, sku, core::codes::kMoveReceive, 5, {}, {}, {}, {}, std::nullopt }).ok());
    CHECK(feed.poll() == QStringList { QStringLiteral("stock") });
    CHECK(feed.poll().isEmpty());
}

TEST_CASE("the feed's topics name the tables' panels")
{
    CHECK(core::topicOfFeed(QStringLiteral("items")) == core::Topic::Items);
    CHECK(core::topicOfFeed(QStringLiteral("buyers")) == core::Topic::Orders);
    CHECK(core::topicOfFeed(QStringLiteral("stock")) == core::Topic::Stock);
    CHECK(core::topicOfFeed(QStringLiteral("replies")) == core::Topic::Replies);
    CHECK(core::topicOfFeed(QStringLiteral("something new")) == core::Topic::Everything);
}
