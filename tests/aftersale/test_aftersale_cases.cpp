// After-sale cases (售后): a return refunds ¥ and books the goods back in, each step validated,
// undone through the service; the migration that holds the cases.

#include "AftersaleFixture.h"

#include <shopdesk/aftersale/AftersaleService.h>
#include <shopdesk/aftersale/AftersaleTerms.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/StockLedger.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using aftersale::AftersaleService;
using test::AftersaleShop;

namespace {
constexpr int kFormat = 10; // this migration's number

const QString kSize = QString::fromUtf8("尺码不合适");

AftersaleService::OpenRequest returnOfTwoTees()
{
    AftersaleService::OpenRequest r;
    r.orderNo = AftersaleShop::kOrder;
    r.kind = aftersale::kinds::kReturn;
    r.reason = kSize;
    r.lines = { { AftersaleShop::kTeeWhiteM, 2 } };
    r.note = QString::fromUtf8("买家说偏小");
    return r;
}
} // namespace

TEST_CASE("a return with reason 尺码不合适 refunds ¥ and books the goods back in")
{
    AftersaleShop shop;
    AftersaleService service(shop.db());
    REQUIRE(shop.onHand(AftersaleShop::kTeeWhiteM) == 8); // 10 received, 2 shipped
    auto no = service.open(returnOfTwoTees(), QString::fromUtf8("客服小美"));
    INFO(no.errorMessage().toStdString());
    REQUIRE(no.ok());
    CHECK(no->startsWith(QStringLiteral("SH") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    CHECK(no->endsWith(QStringLiteral("-001")));

    // Refunding before the goods are back is refused, and nothing changes.
    auto early = service.refund(*no, core::Money::fromFen(15800), QString::fromUtf8("客服小美"));
    REQUIRE_FALSE(early.ok());
    CHECK(
        early.errorMessage() == QStringLiteral("Case %1: A return is refunded once its goods are received.").arg(*no));

    REQUIRE(service.receive(*no, {}, QString::fromUtf8("仓管小王")).ok());
    CHECK(shop.onHand(AftersaleShop::kTeeWhiteM) == 10);
    // The ledger row: a return of 2, the order as reference, the case as note.
    auto moves = core::StockLedger(shop.db()).history(shop.skuId(AftersaleShop::kTeeWhiteM));
    REQUIRE(moves.ok());
    const core::StockMove back = moves->last();
    CHECK(back.kind == core::codes::kMoveReturn);
    CHECK(back.quantity == 2);
    CHECK(back.reference == AftersaleShop::kOrder);
    CHECK(back.note == *no);
    CHECK(back.actor == QString::fromUtf8("仓管小王"));

    // More than the order paid is refused; ¥158.00 is refunded.
    auto tooMuch = service.refund(*no, core::Money::fromFen(25801), QString::fromUtf8("客服小美"));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.errorMessage()
        == QStringLiteral("Order %1 paid ¥258.00 and ¥0.00 was refunded already: at most ¥258.00 can be refunded, "
                          "not ¥258.01.")
               .arg(AftersaleShop::kOrder));
    REQUIRE(service.refund(*no, core::Money::fromFen(15800), QString::fromUtf8("客服小美")).ok());
    REQUIRE(service.close(*no, QString::fromUtf8("客服小美")).ok());

    auto c = service.caseByNo(*no);
    REQUIRE(c.ok());
    REQUIRE(c->has_value());
    const aftersale::Case &k = **c;
    CHECK(k.state == aftersale::states::kClosed);
    CHECK(k.refund.toDisplayString() == QStringLiteral("¥158.00"));
    CHECK(k.reason == kSize);
    CHECK(k.openedBy == QString::fromUtf8("客服小美"));
    CHECK(k.buyerNick == QString::fromUtf8("小林"));
    CHECK(k.goods() == QString::fromUtf8("TX002/白色/M×2"));
    REQUIRE(k.lines.size() == 1);
    CHECK(k.lines.first().received == 2);
    CHECK(k.closedAt.isValid());
    auto steps = service.history(*no);
    REQUIRE(steps.ok());
    QStringList actions;
    for (const aftersale::CaseEvent &e : *steps)
        actions << e.action;
    CHECK(actions
        == QStringList {
            QStringLiteral("open"), QStringLiteral("receive"), QStringLiteral("refund"), QStringLiteral("close") });

    // A closed case takes no more steps; a second case of the order may refund what is left only.
    CHECK(service.refund(*no, core::Money::fromFen(100), {}).errorMessage()
        == QStringLiteral("Case %1: The case is closed.").arg(*no));
    AftersaleService::OpenRequest more;
    more.orderNo = AftersaleShop::kOrder;
    more.kind = aftersale::kinds::kRefundOnly;
    more.reason = QString::fromUtf8("质量问题");
    more.lines = { { AftersaleShop::kJeans30, 1 } };
    auto second = service.open(more, {});
    REQUIRE(second.ok());
    CHECK(second->endsWith(QStringLiteral("-002")));
    CHECK(service.refund(*second, core::Money::fromFen(10001), {}).errorMessage()
        == QStringLiteral("Order %1 paid ¥258.00 and ¥158.00 was refunded already: at most ¥100.00 can be refunded, "
                          "not ¥100.01.")
               .arg(AftersaleShop::kOrder));
    CHECK(service.refund(*second, core::Money::fromFen(10000), {}).ok());
}

TEST_CASE("damaged pieces go to the faulty-goods account, and undo takes every step back")
{
    AftersaleShop shop;
    AftersaleService service(shop.db());
    auto no = service.open(returnOfTwoTees(), {});
    REQUIRE(no.ok());
    REQUIRE(service
                .receive(*no, { { AftersaleShop::kTeeWhiteM, 1, true }, { AftersaleShop::kTeeWhiteM, 1, false } },
                    QString::fromUtf8("仓管小王"))
                .ok());
    CHECK(shop.onHand(AftersaleShop::kTeeWhiteM) == 9);
    CHECK(test::scalar(shop.db(),
              QStringLiteral("SELECT group_concat(quantity || ':' || source || ':' || reference || ':' || note, ',') "
                             "FROM faulty_goods"))
              .toString()
        == QStringLiteral("1:damaged_return:%1:%2").arg(AftersaleShop::kOrder, *no));
    // More than the case holds is refused.
    CHECK(service.receive(*no, {}, {}).errorMessage()
        == QStringLiteral("Case %1: The goods of this case were already received.").arg(*no));

    // Undo must name the last step; then it takes back the booking.
    CHECK(service.undo(*no, aftersale::actions::kRefund, {}).errorMessage()
        == QStringLiteral("Case %1 has changed since: its last step is no longer “Refunded”.").arg(*no));
    REQUIRE(service.undo(*no, aftersale::actions::kReceive, {}).ok());
    CHECK(shop.onHand(AftersaleShop::kTeeWhiteM) == 8);
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT sum(quantity) FROM faulty_goods")).toInt() == 0);
    auto c = service.caseByNo(*no);
    REQUIRE(c.ok());
    CHECK((*c)->state == aftersale::states::kOpen);
    REQUIRE(service.undo(*no, aftersale::actions::kOpen, {}).ok());
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT count(*) FROM aftersale_cases")).toInt() == 0);
}

TEST_CASE("a case is refused with a clear message and nothing written")
{
    AftersaleShop shop;
    AftersaleService service(shop.db());
    AftersaleService::OpenRequest r = returnOfTwoTees();
    r.reason = QString::fromUtf8("太贵了");
    CHECK(service.open(r, {}).errorMessage()
        == QString::fromUtf8(
            "“太贵了” is not one of the store's reasons: 尺码不合适, 质量问题, 发错货, 不喜欢, 物流破损, 其他."));
    r = returnOfTwoTees();
    r.lines = { { AftersaleShop::kTeeWhiteM, 3 } };
    CHECK(service.open(r, {}).errorMessage()
        == QStringLiteral("Order %1 holds 2 piece(s) of %2, not 3.")
               .arg(AftersaleShop::kOrder, AftersaleShop::kTeeWhiteM));
    r = returnOfTwoTees();
    r.orderNo = QStringLiteral("999");
    CHECK(service.open(r, {}).errorMessage() == QStringLiteral("There is no order 999."));
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT count(*) FROM aftersale_cases")).toInt() == 0);

    // The store's list is its own: edited, it is what a case may name.
    REQUIRE(service.setReasons({ kSize, QString::fromUtf8("太贵了") }).ok());
    r = returnOfTwoTees();
    r.reason = QString::fromUtf8("太贵了");
    CHECK(service.open(r, {}).ok());
    CHECK(service.setReasons({ QString::fromUtf8("a,b") }).errorMessage()
        == QStringLiteral("The reason “a,b” has a comma; write it without one."));
}

TEST_CASE("the after-sale terms are the store's words, never codes")
{
    CHECK(aftersale::AftersaleTerms::kind(QStringLiteral("refused")) == QStringLiteral("Refused parcel"));
    CHECK(aftersale::AftersaleTerms::kindCode(QString::fromUtf8("换货")) == QStringLiteral("exchange"));
    CHECK(aftersale::AftersaleTerms::kindCode(QString::fromUtf8("仅退款")) == QStringLiteral("refund_only"));
    CHECK(aftersale::AftersaleTerms::kindCode(QStringLiteral("nonsense")).isEmpty());
}

TEST_CASE("shop format 10 adds the after-sale tables to an older shop and keeps its records")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.shopdesk"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("aftersale-raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO orders (order_no, status, created_at, courier, tracking_no) "
                                      "VALUES ('31', 'shipped', '2026-11-20 09:00:00', 'STO', '773000000999')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO shipping_claims (order_id, courier, tracking_no, kind, opened_at) "
                                      "VALUES (1, 'STO', '773000000999', 'lost', '2026-11-21 09:00:00')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("aftersale-raw"));
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    CHECK(test::scalar(**db, QStringLiteral("SELECT claim_fen FROM shipping_claims")).toInt() == 0);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM aftersale_cases")).toInt() == 0);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM shipping_extra_parcels")).toInt() == 0);
    CHECK(test::scalar(**db, QStringLiteral("SELECT order_no FROM orders")).toString() == QStringLiteral("31"));
}
