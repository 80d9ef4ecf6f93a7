#pragma once

#include "TestShop.h"

#include <shopdesk/core/Records.h>

namespace shopdesk::test {

/// UTF-8 text in the tests' source (Chinese replies, names).
inline QString u8(const char *s) { return QString::fromUtf8(s); }

/// A small shop for the service tests: one jeans item in two SKUs, a buyer 小鱼爱购物 and her
/// shipped order 3001 (申通, tracking 773012345678), the shop settings the replies use.
struct ServiceShop : TestShop {
    ServiceShop();
    qint64 skuBlackL = 0, skuBlackXL = 0;
    static inline const QString kBarcodeBlackL = QStringLiteral("2000000000015");
    static inline const QString kBarcodeBlackXL = QStringLiteral("2000000000022");
    static inline const QString kOrderNo = QStringLiteral("3001");
    static QString buyer() { return QString::fromUtf8("小鱼爱购物"); }
    /// Adds an unpaid order of the buyer created at `created`.
    void addUnpaidOrder(const QString &orderNo, const QDateTime &created);
};

} // namespace shopdesk::test
