// Changes seen live: a write through a second Database on the same shop (another PC, or
// shopdesk-cli) reaches the first one's panels through the change feed: polled by the test itself
// (the timer's work), or, as the window runs it, waited for as a signal (on the server a NOTIFY).

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

namespace {
/// The row of the items table showing `code`, or -1.
int rowOf(const QAbstractItemModel *model, const QString &code)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == code)
            return r;
    return -1;
}
} // namespace

TEST_CASE("a change committed on another connection reaches the panel as it lands, on either engine")
{
    test::TestShop shop;
    qint64 first = 0;
    {
        listings::ListingsService s(shop.db());
        first = s.addItem(test::newListingsItem(QStringLiteral("WY-3001"), QString::fromUtf8("卫衣 加绒"))).value();
    }
    test::ListingsFixture f(shop.path());
    core::ChangeFeed feed(*f.db);
    core::relayChanges(feed, f.events);
    QSignalSpy heard(&feed, &core::ChangeFeed::changed);
    feed.start();
    // The server tells the feed (LISTEN/NOTIFY); a shop file is looked at on the feed's timer.
    CHECK(feed.usesNotifications() == test::onServer());
    auto *table = f.window.findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(table);

    auto other = core::Database::open(shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    core::Seat::setCurrent(QStringLiteral("warehouse"));
    REQUIRE(listings::ListingsService(**other).setPrice(first, core::Money::fromYuan(129)).ok());
    core::Seat::setCurrent(QString());

    // Waits for the signal itself (the spy's limit is only there so that a broken feed fails
    // instead of hanging the run): what arrived is asserted, not how fast.
    REQUIRE((heard.size() > 0 || heard.wait(60000)));
    REQUIRE(heard.size() == 1);
    CHECK(heard.at(0).at(0).toString() == QStringLiteral("items"));
    CHECK(heard.at(0).at(1).toString() == QStringLiteral("warehouse"));
    const int row = rowOf(table->model(), QStringLiteral("WY-3001"));
    REQUIRE(row >= 0);
    CHECK(table->model()->index(row, 5).data().toString() == QString::fromUtf8("¥129.00"));
}

TEST_CASE("the window's own edit is not told back to it by its feed; another's edit after it is")
{
    test::TestShop shop;
    listings::ListingsService mine(shop.db());
    const qint64 first
        = mine.addItem(test::newListingsItem(QStringLiteral("WY-3001"), QString::fromUtf8("卫衣 加绒"))).value();
    core::ChangeFeed feed(shop.db());
    QSignalSpy heard(&feed, &core::ChangeFeed::changed);

    // The window's own edits: the panel that made them shows them already.
    REQUIRE(mine.setPrice(first, core::Money::fromYuan(119)).ok());
    CHECK(feed.poll().isEmpty());
    REQUIRE(mine.setPrice(first, core::Money::fromYuan(109)).ok());
    REQUIRE(mine.setPrice(first, core::Money::fromYuan(99)).ok());
    CHECK(feed.poll().isEmpty());
    CHECK(heard.isEmpty());

    // Another connection's edit between two of the window's own: news, told once.
    auto other = core::Database::open(shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    REQUIRE(mine.setPrice(first, core::Money::fromYuan(89)).ok());
    core::Seat::setCurrent(QStringLiteral("warehouse"));
    REQUIRE(listings::ListingsService(**other).setPrice(first, core::Money::fromYuan(129)).ok());
    core::Seat::setCurrent(QString());
    REQUIRE(mine.setPrice(first, core::Money::fromYuan(139)).ok());
    CHECK(feed.poll() == QStringList { QStringLiteral("items") });
    REQUIRE(heard.size() == 1);
    CHECK(heard.at(0).at(0).toString() == QStringLiteral("items"));
    CHECK(feed.poll().isEmpty());

    // Another connection's edit alone: news.
    REQUIRE(listings::ListingsService(**other).setPrice(first, core::Money::fromYuan(149)).ok());
    CHECK(feed.poll() == QStringList { QStringLiteral("items") });
    CHECK(heard.size() == 2);
}

TEST_CASE("the feed's topics name the tables' panels")
{
    CHECK(core::topicOfFeed(QStringLiteral("items")) == core::Topic::Items);
    CHECK(core::topicOfFeed(QStringLiteral("buyers")) == core::Topic::Orders);
    CHECK(core::topicOfFeed(QStringLiteral("stock")) == core::Topic::Stock);
    CHECK(core::topicOfFeed(QStringLiteral("replies")) == core::Topic::Replies);
    CHECK(core::topicOfFeed(QStringLiteral("something new")) == core::Topic::Everything);
}
