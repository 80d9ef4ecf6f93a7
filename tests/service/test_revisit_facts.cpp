// The revisit list reads the facts of a week's orders in a few queries for the whole span
// (FactsRepository::forShipped): they are exactly the facts forOrder() reads for each order alone,
// and the list's tiers are each buyer's own standing.

#include "TestShop.h"

#include <shopdesk/core/Members.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/service/Facts.h>
#include <shopdesk/service/ReplyLibrary.h>
#include <shopdesk/service/Revisits.h>

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
