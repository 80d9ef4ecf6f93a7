#pragma once

#include "TestShop.h"

#include <shopdesk/core/Records.h>

#include <QList>

namespace shopdesk::test {

/// A small clothing shop for the inventory tests: one pair of jeans in 3 SKUs (cost 45 ¥) and one
/// T-shirt in 2 SKUs (cost 18.50 ¥), each SKU with its barcode, a supplier, and opening stock
/// booked in as 'receive'.
struct InventoryShop {
    TestShop shop;
    qint64 supplierId = 0;
    QList<qint64> jeans; ///< 浅蓝/30 (2000000000015), 浅蓝/31 (…022), 深蓝/30 (…039)
    QList<qint64> tees; ///< 白/M (2000000000046), 白/L (…053)
    static inline const QString kJeans30 = QStringLiteral("2000000000015");
    static inline const QString kJeans31 = QStringLiteral("2000000000022");
    static inline const QString kDark30 = QStringLiteral("2000000000039");
    static inline const QString kTeeM = QStringLiteral("2000000000046");
    static inline const QString kTeeL = QStringLiteral("2000000000053");

    /// Opening stock: jeans 10, 5, 0; tees 8, 3.
    InventoryShop();
    const core::Database &db() const { return shop.db(); }
    qint64 onHand(qint64 sku) const;
    /// Sum of the ledger rows, straight from SQL.
    qint64 ledgerSum(qint64 sku) const;
    void book(qint64 sku, const QString &kind, int qty, const QString &ref = {}) const;
};

} // namespace shopdesk::test
