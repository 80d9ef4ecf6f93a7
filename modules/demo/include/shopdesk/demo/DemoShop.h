#pragma once

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::demo {

struct DemoOptions {
    quint32 seed = 20261125;
    QDate lastDay = QDate::currentDate().addDays(-1); ///< the newest day of orders and KPI rows
    int days = 90;
    QString actor = QStringLiteral("demo");
    /// A big shop (bench/, large-shop tests): 0 keeps the demo's 46 items; more repeats them as
    /// numbered styles ("款2" …), each with the same colours and sizes (only the first 46 main-push).
    int items = 0;
    /// 0 keeps the demo's 16–40 orders a day; more draws about this many a day, half of them with
    /// two lines, and restocks every week what ran low. The default demo is the same shop as ever.
    int ordersPerDay = 0;
};

/// What the demo put in the shop.
struct DemoSummary {
    int items = 0, skus = 0, suppliers = 0, orders = 0, orderLines = 0, kpiDays = 0, replies = 0;
};

/// Fills an empty shop with a believable clothing store: 46 items (jeans, T-shirts, hoodies,
/// shoes) with colour × size SKUs and in-store EAN-13 barcodes, the three roles and main-push
/// items, 4 suppliers with posted receiving notes, `days` days of paid / shipped orders with
/// Chinese names and addresses (shipments booked out of the ledger with their tracking numbers),
/// daily KPI rows for those days and the quick-reply library. One transaction; the same seed and
/// last day give the same shop. Refuses a shop that already holds items.
class DemoShop {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::demo::DemoShop)
public:
    static core::Result<DemoSummary> create(const core::Database &db, const DemoOptions &options = {});
};

} // namespace shopdesk::demo
