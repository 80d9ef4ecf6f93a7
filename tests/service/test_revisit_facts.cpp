// The revisit list reads the facts of a week's orders in a few queries for the whole span
// (FactsRepository::forShipped): they are exactly the facts forOrder() reads for each order alone,
// and the list's tiers are each buyer's own standing. The dock reads it a window at a time
// (Revisits::count and Revisits::window): the same rows, filled alike, whatever the window.

#include "RevisitTableModel.h"
#include "RevisitView.h"
#include "TestShop.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/Members.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/service/Facts.h>
#include <shopdesk/service/ReplyLibrary.h>
#include <shopdesk/service/Revisits.h>

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QTableView>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

TEST_CASE("the revisit list's facts for a week are each order's own facts, its tiers each buyer's standing")
{
    test::TestShop shop;
    demo::DemoOptions options;
    options.lastDay = QDate(2026, 11, 24);
    REQUIRE(demo::DemoShop::create(shop.db(), options).ok());
    const QDate first(2026, 11, 10), last(2026, 11, 16);
    const service::FactsRepository facts(shop.db());
    auto batch = facts.forShipped(first, last);
    REQUIRE(batch.ok());
    auto orders = service::RevisitRepository(shop.db()).shipped(first, last);
    REQUIRE(orders.ok());
    REQUIRE(orders->size() > 20);
    CHECK(batch->size() == orders->size());
    int withAvailability = 0;
    for (const service::RevisitDue &o : std::as_const(*orders)) {
        CAPTURE(o.orderNo.toStdString());
        auto one = facts.forOrder(o.orderNo);
        REQUIRE(one.ok());
        REQUIRE(batch->contains(o.orderNo));
        CHECK(batch->value(o.orderNo) == *one);
        if (!one->value(QStringLiteral("available")).isEmpty())
            ++withAvailability;
    }
    CHECK(withAvailability > 0);

    // The list itself: the same orders, each buyer's tier as MemberRepository reads it alone.
    REQUIRE(service::ReplyLibrary::installStarter(shop.db()).ok());
    auto due = service::Revisits::due(shop.db(), last.addDays(7), 7);
    REQUIRE(due.ok());
    REQUIRE(due->size() == orders->size());
    const core::MemberRepository members(shop.db());
    int tiered = 0;
    for (const service::RevisitDue &r : std::as_const(*due)) {
        CAPTURE(r.orderNo.toStdString());
        auto standing = members.standingOf(r.buyerNick);
        REQUIRE(standing.ok());
        CHECK(r.tier == (*standing ? (*standing)->tier : core::MemberTier::None));
        if (r.tier != core::MemberTier::None)
            ++tiered;
    }
    CHECK(tiered > 0);
}

namespace {
/// The fields of a revisit row the list shows and copies, as one line.
QString shown(const service::RevisitDue &r)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(r.orderNo, r.buyerNick, r.shippedOn.toString(Qt::ISODate), r.dueOn.toString(Qt::ISODate),
            core::Members::code(r.tier), r.message.text, r.message.missing.join(QLatin1Char(',')));
}
} // namespace

TEST_CASE("the revisit list a window at a time: the count, and every window's rows are due()'s own")
{
    test::TestShop shop;
    demo::DemoOptions options;
    options.lastDay = QDate(2026, 11, 24);
    REQUIRE(demo::DemoShop::create(shop.db(), options).ok());
    REQUIRE(service::ReplyLibrary::installStarter(shop.db()).ok());
    const QDate today(2026, 11, 23);
    auto due = service::Revisits::due(shop.db(), today, 7);
    REQUIRE(due.ok());
    REQUIRE(due->size() > 20);
    auto count = service::Revisits::count(shop.db(), today, 7);
    REQUIRE(count.ok());
    CHECK(*count == due->size());

    // Windows of 7 rows, by offset and by keyset after the last row held: due()'s rows, in order.
    QStringList byOffset, byKeyset;
    for (qint64 offset = 0; offset < *count; offset += 7) {
        auto w = service::Revisits::window(shop.db(), today, 7, offset, 7);
        REQUIRE(w.ok());
        for (const service::RevisitDue &r : std::as_const(*w))
            byOffset << shown(r);
    }
    std::optional<service::RevisitDue> last;
    while (true) {
        auto w = service::Revisits::window(shop.db(), today, 7, 0, 7, last ? &*last : nullptr);
        REQUIRE(w.ok());
        if (w->isEmpty())
            break;
        for (const service::RevisitDue &r : std::as_const(*w))
            byKeyset << shown(r);
        last = w->last();
    }
    QStringList whole;
    for (const service::RevisitDue &r : std::as_const(*due))
        whole << shown(r);
    CHECK(byOffset == whole);
    CHECK(byKeyset == whole);

    // A window's facts are each order's own.
    QList<qint64> ids;
    for (qsizetype i = 0; i < 5; ++i)
        ids << due->at(i).orderId;
    auto facts = service::FactsRepository(shop.db()).forOrders(ids);
    REQUIRE(facts.ok());
    REQUIRE(facts->size() == 5);
    for (qsizetype i = 0; i < 5; ++i)
        CHECK(facts->value(due->at(i).orderNo)
            == service::FactsRepository(shop.db()).forOrder(due->at(i).orderNo).value());
}

TEST_CASE("the revisit dock counts the list and shows its rows a page at a time; a row's reply is copied")
{
    core::language::install(QStringLiteral("en"));
    test::TestShop shop;
    demo::DemoOptions options;
    options.lastDay = QDate(2026, 11, 24);
    options.days = 30;
    options.ordersPerDay = 60;
    REQUIRE(demo::DemoShop::create(shop.db(), options).ok());
    REQUIRE(service::ReplyLibrary::installStarter(shop.db()).ok());
    const QDate today(2026, 11, 23);
    auto due = service::Revisits::due(shop.db(), today, 7);
    REQUIRE(due.ok());
    REQUIRE(due->size() > service::RevisitTableModel::kPage);

    core::ShopEvents events;
    const core::PanelContext context { shop.db(), events, QStringLiteral("test") };
    service::RevisitView view(context);
    CHECK_FALSE(view.computed());
    CHECK(view.model()->rowCount() == 0);
    view.setToday(today);
    REQUIRE(view.computed());
    const service::RevisitTableModel *m = view.model();
    REQUIRE(m->rowCount() == due->size());
    // The first page and a row past it (read by keyset after the page held), then the last.
    for (const int row :
        { 0, 1, service::RevisitTableModel::kPage - 1, service::RevisitTableModel::kPage, int(due->size()) - 1 }) {
        CAPTURE(row);
        const service::RevisitDue &r = due->at(row);
        CHECK(m->index(row, service::RevisitTableModel::Due).data().toString() == r.dueOn.toString(Qt::ISODate));
        CHECK(m->index(row, service::RevisitTableModel::Order).data().toString() == r.orderNo);
        CHECK(m->index(row, service::RevisitTableModel::Buyer).data().toString() == r.buyerNick);
        CHECK(m->index(row, service::RevisitTableModel::Tier).data().toString() == core::Members::name(r.tier));
        CHECK(m->index(row, service::RevisitTableModel::Message).data().toString() == r.message.text);
    }
    auto *table = view.findChild<QTableView *>(QStringLiteral("revisits"));
    REQUIRE(table);
    CHECK(table->currentIndex().row() == 0);
    REQUIRE(due->at(0).message.complete());
    REQUIRE(view.copyCurrent());
    CHECK(QApplication::clipboard()->text() == due->at(0).message.text);
    CHECK(view.findChild<QLabel *>(QStringLiteral("revisitStatus"))->text()
        == QStringLiteral("Copied the revisit message for %1.").arg(due->at(0).buyerNick));
}
