#pragma once

// Hand-computed shops for the profit tests (test_profit.cpp, test_profit_view.cpp).

#include "TestShop.h"

#include <shopdesk/core/CostHistoryRepository.h>
#include <shopdesk/core/Records.h>

#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

inline void sql(const core::Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
}

/// Two items: jeans NZK-1 (裤装, 100 ¥, cost 40 ¥; SKU 1) and a T-shirt TX-1 (上衣, 50 ¥, cost 20 ¥;
/// SKU 2), 10 of each booked in on 1 October. October: order O0 (1 T-shirt). 10 November: 10 jeans
/// received at 46 ¥ onto the 10 on hand, the cost becomes (10 × 40 + 10 × 46) / 20 = 43 ¥.
/// November: O1 paid on the 5th (2 jeans + 1 T-shirt, freight estimated 10 ¥ at packing), O2 paid on
/// the 15th (1 pair of jeans, estimated 8 ¥ but billed 6 ¥ by the courier), which came back intact; an
/// unpaid and a closed order that do not count. The platform fee is 5%.
struct ProfitShop {
    TestShop shop;
    const core::Database &db() const { return shop.db(); }

    ProfitShop()
    {
        const core::Database &d = db();
        sql(d,
            QString::fromUtf8(
                "INSERT INTO items (id, code, title, category, price_fen, cost_fen, created_at, updated_at) VALUES "
                "(1, 'NZK-1', '牛仔裤 直筒', '裤装', 10000, 4000, '2026-09-01 09:00:00', '2026-09-01 09:00:00'), "
                "(2, 'TX-1', '纯棉T恤', '上衣', 5000, 2000, '2026-09-01 09:00:00', '2026-09-01 09:00:00')"));
        sql(d,
            QString::fromUtf8("INSERT INTO skus (id, item_id, color, size, barcode) VALUES "
                              "(1, 1, '蓝', '30', '2000000000015'), (2, 2, '白', 'M', '2000000000046')"));
        move(1, "receive", 10, "RK-0", "2026-10-01 09:00:00");
        move(2, "receive", 10, "RK-0", "2026-10-01 09:00:00");
        order(100, "O0", "finished", "2026-10-20 12:00:00", "ST0");
        line(100, 2, 1, 5000);
        move(2, "ship", -1, "ST0", "2026-10-20 15:00:00");

        const QDateTime received(QDate(2026, 11, 10), QTime(10, 0));
        REQUIRE(core::CostHistoryRepository(d)
                    .receive({ { 1, 10, core::Money::fromYuan(46) } }, QStringLiteral("RK-1"), received)
                    .ok());
        move(1, "receive", 10, "RK-1", "2026-11-10 10:00:00");

        order(101, "O1", "shipped", "2026-11-05 12:00:00", "ST1");
        line(101, 1, 2, 10000);
        line(101, 2, 1, 5000);
        sql(d,
            QStringLiteral("INSERT INTO shipping_packs (order_id, courier, tracking_no, est_freight_fen, packed_at) "
                           "VALUES (101, 'STO', 'ST1', 1000, '2026-11-05 14:00:00')"));
        move(1, "ship", -2, "ST1", "2026-11-05 15:00:00");
        move(2, "ship", -1, "ST1", "2026-11-05 15:00:00");

        order(102, "O2", "finished", "2026-11-15 12:00:00", "ST2");
        line(102, 1, 1, 10000);
        sql(d,
            QStringLiteral("INSERT INTO shipping_packs (order_id, courier, tracking_no, est_freight_fen, packed_at) "
                           "VALUES (102, 'STO', 'ST2', 800, '2026-11-15 14:00:00')"));
        sql(d,
            QStringLiteral("INSERT INTO shipping_bill_fees (tracking_no, courier, fee_fen, checked_at) "
                           "VALUES ('ST2', 'STO', 600, '2026-12-01 09:00:00')"));
        move(1, "ship", -1, "ST2", "2026-11-15 15:00:00");
        move(1, "return", 1, "O2", "2026-11-20 10:00:00");

        order(103, "O3", "unpaid", "2026-11-16 12:00:00", "");
        line(103, 1, 5, 10000);
        order(104, "O4", "closed", "2026-11-17 12:00:00", "");
        line(104, 2, 5, 5000);
        sql(d, QStringLiteral("INSERT INTO shop_settings (name, value) VALUES ('shop.platform_fee', '0.05')"));
    }

    void move(int sku, const char *kind, int qty, const char *ref, const char *at) const
    {
        sql(db(),
            QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, reference, moved_at) VALUES "
                           "(%1, '%2', %3, '%4', '%5')")
                .arg(sku)
                .arg(QLatin1String(kind))
                .arg(qty)
                .arg(QLatin1String(ref), QLatin1String(at)));
    }
    void order(int id, const char *no, const char *status, const char *paidAt, const char *tracking) const
    {
        const QString paid = QLatin1String(status) == QLatin1String("unpaid")
            ? QStringLiteral("NULL")
            : QStringLiteral("'%1'").arg(QLatin1String(paidAt));
        sql(db(),
            QStringLiteral(
                "INSERT INTO orders (id, order_no, status, created_at, paid_at, courier, tracking_no) VALUES "
                "(%1, '%2', '%3', '%4', %5, 'STO', '%6')")
                .arg(id)
                .arg(QLatin1String(no), QLatin1String(status), QLatin1String(paidAt), paid, QLatin1String(tracking)));
    }
    void line(int order, int sku, int qty, int priceFen) const
    {
        sql(db(),
            QStringLiteral("INSERT INTO order_lines (order_id, sku_id, title, quantity, price_fen) VALUES "
                           "(%1, %2, 'x', %3, %4)")
                .arg(order)
                .arg(sku)
                .arg(qty)
                .arg(priceFen));
    }
};

} // namespace shopdesk::test
