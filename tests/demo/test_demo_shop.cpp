// The demo shop: a believable, sound and deterministic store.

#include "TestShop.h"

#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/kpi/KpiRepository.h>
#include <shopdesk/service/ReplyRepository.h>
#include <shopdesk/shipping/Couriers.h>

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::scalar;

namespace {
const QDate kLastDay(2026, 11, 24);

demo::DemoSummary makeDemo(const core::Database &db)
{
    demo::DemoOptions options;
    options.lastDay = kLastDay;
    auto made = demo::DemoShop::create(db, options);
    if (!made)
        FAIL(made.errorMessage().toStdString());
    return *made;
}

// Every business record as text, for comparing two shops (creation stamps left out).
QStringList dump(const core::Database &db)
{
    const QStringList queries = {
        QStringLiteral("SELECT code, title, category, role, main_push, price_fen, cost_fen, on_shelf, listed_at FROM "
                       "items ORDER BY id"),
        QStringLiteral("SELECT item_id, color, size, barcode FROM skus ORDER BY id"),
        QStringLiteral("SELECT order_no, status, receiver_name, receiver_phone, province, address, total_fen, paid_at, "
                       "shipped_at, courier, tracking_no FROM orders ORDER BY id"),
        QStringLiteral("SELECT order_id, sku_id, quantity, price_fen FROM order_lines ORDER BY id"),
        QStringLiteral("SELECT sku_id, kind, quantity, reference, moved_at FROM stock_moves ORDER BY id"),
        QStringLiteral("SELECT day, pv, uv, sales_fen, units, paid_buyers FROM kpi_daily ORDER BY day"),
        QStringLiteral("SELECT group_code, code, body FROM replies ORDER BY id"),
    };
    QStringList out;
    for (const QString &sql : queries) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(sql));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}
} // namespace

TEST_CASE("the demo shop is a believable clothing store")
{
    test::TestShop shop;
    const demo::DemoSummary s = makeDemo(shop.db());
    CHECK(s.items >= 40);
    CHECK(s.items <= 50);
    CHECK(s.suppliers >= 3);
    CHECK(s.kpiDays == 90);
    CHECK(s.replies >= 20);
    CHECK(s.orders > 90 * 15);

    // Four categories, all three roles, one or two main-push items per category.
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(DISTINCT category) FROM items")).toInt() == 4);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(DISTINCT role) FROM items")).toInt() == 3);
    QSqlQuery q(shop.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT category, sum(main_push) FROM items GROUP BY category")));
    while (q.next()) {
        CAPTURE(q.value(0).toString());
        CHECK(q.value(1).toInt() >= 1);
        CHECK(q.value(1).toInt() <= 2);
    }
    // Orders of all 90 days, shipped ones with a tracking number, today's waiting to be shipped.
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(DISTINCT substr(created_at, 1, 10)) FROM orders")).toInt()
        == 90);
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT count(*) FROM orders WHERE status IN ('shipped','finished') "
                             "AND (tracking_no = '' OR courier = '' OR shipped_at IS NULL)"))
              .toInt()
        == 0);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM orders WHERE status = 'paid'")).toInt() > 0);
    CHECK(
        scalar(shop.db(), QStringLiteral("SELECT count(*) FROM receiving_notes WHERE status = 'posted'")).toInt() >= 1);
    // Chinese names and addresses.
    const QString name = scalar(shop.db(), QStringLiteral("SELECT receiver_name FROM orders LIMIT 1")).toString();
    CHECK(name.size() >= 2);
    CHECK(name.at(0).script() == QChar::Script_Han);
}

TEST_CASE("the demo shop's records are sound")
{
    test::TestShop shop;
    makeDemo(shop.db());

    // Unique, valid in-store barcodes.
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) - count(DISTINCT barcode) FROM skus")).toInt() == 0);
    QSqlQuery q(shop.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT barcode FROM skus")));
    int checked = 0;
    while (q.next()) {
        const QString code = q.value(0).toString();
        CHECK(core::ean13::isValid(code));
        CHECK(code.left(2).toInt() >= 20);
        CHECK(code.left(2).toInt() <= 29);
        ++checked;
    }
    CHECK(checked > 400);

    // Every order line refers to a SKU.
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM order_lines WHERE sku_id IS NULL")).toInt() == 0);
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT count(*) FROM order_lines l LEFT JOIN skus s ON s.id = l.sku_id "
                             "WHERE s.id IS NULL"))
              .toInt()
        == 0);

    // On-hand per SKU = posted receiving − shipped order lines, and the ledger agrees; never negative.
    auto onHand = core::StockLedger(shop.db()).onHandBySku();
    REQUIRE(onHand.ok());
    QSqlQuery e(shop.db().connection());
    REQUIRE(e.exec(QStringLiteral(
        "SELECT s.id, "
        " coalesce((SELECT sum(r.quantity) FROM receiving_lines r JOIN receiving_notes n ON n.id = r.note_id "
        "           WHERE r.sku_id = s.id AND n.status = 'posted'), 0) - "
        " coalesce((SELECT sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id "
        "           WHERE l.sku_id = s.id AND o.status IN ('shipped', 'finished')), 0) "
        "FROM skus s")));
    int skus = 0;
    while (e.next()) {
        const qint64 sku = e.value(0).toLongLong();
        CAPTURE(sku);
        CHECK(onHand->value(sku) == e.value(1).toLongLong());
        CHECK(onHand->value(sku) >= 0);
        ++skus;
    }
    CHECK(skus > 400);
    // Every shipment in the ledger carries its tracking number.
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stock_moves WHERE kind = 'ship' AND reference = ''"))
              .toInt()
        == 0);

    // KPI rows agree with the paid orders of their day.
    auto days = kpi::KpiRepository(shop.db()).range(kLastDay.addDays(-89), kLastDay);
    REQUIRE(days.ok());
    REQUIRE(days->size() == 90);
    for (const kpi::DailyKpi &d : *days) {
        CAPTURE(d.day.toString(Qt::ISODate));
        CHECK(d.uv >= d.paidBuyers);
        CHECK(d.pv >= d.uv);
        CHECK(d.conversion() > 0.01);
        CHECK(d.conversion() < 0.06);
    }

    auto problems = shop.db().integrityCheck();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("every demo reply is in the house tone")
{
    test::TestShop shop;
    makeDemo(shop.db());
    auto replies = service::ReplyRepository(shop.db()).all();
    REQUIRE(replies.ok());
    for (const service::Reply &r : *replies) {
        CAPTURE(r.code.toStdString());
        CHECK(r.body.startsWith(QString::fromUtf8("亲")));
        CHECK_FALSE(r.body.contains(QString::fromUtf8("明天到")));
    }
}

TEST_CASE("the same seed and last day give the same shop")
{
    test::TestShop a;
    test::TestShop b;
    makeDemo(a.db());
    makeDemo(b.db());
    const QStringList da = dump(a.db());
    CHECK(da.size() > 5000);
    CHECK(da == dump(b.db()));
}

TEST_CASE("the demo is only added to an empty shop")
{
    test::TestShop shop;
    makeDemo(shop.db());
    const int orders = scalar(shop.db(), QStringLiteral("SELECT count(*) FROM orders")).toInt();
    demo::DemoOptions options;
    options.lastDay = kLastDay;
    auto again = demo::DemoShop::create(shop.db(), options);
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorMessage().contains(QStringLiteral("already holds")));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM orders")).toInt() == orders);
}

TEST_CASE("every demo tracking number obeys its courier's rule, the one ShopDesk checks")
{
    test::TestShop shop;
    makeDemo(shop.db());
    QSqlQuery q(shop.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT courier, tracking_no FROM orders WHERE tracking_no <> ''")));
    int checked = 0;
    QStringList refused;
    while (q.next()) {
        ++checked;
        if (!shipping::Couriers::validTracking(q.value(0).toString(), q.value(1).toString()))
            refused << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    }
    CHECK(checked > 100);
    CHECK(refused == QStringList {});
}
