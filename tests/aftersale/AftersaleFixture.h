#pragma once

#include "TestShop.h"

#include <shopdesk/core/Records.h>

namespace shopdesk::test {

/// A shop with two items (10 of each SKU in stock), the starter reply library, the return address
/// set, and one order of buyer 小林 shipped by 申通 with tracking 773000000101:
///   order 3100000000000000001, paid ¥258.00: TX002 白色/M ×2 at ¥79.00, NZK001 深蓝/30 ×1 at ¥100.00.
struct AftersaleShop : TestShop {
    AftersaleShop();
    static inline const QString kOrder = QStringLiteral("3100000000000000001");
    static inline const QString kTracking = QStringLiteral("773000000101");
    static inline const QString kTeeWhiteM = QStringLiteral("6901234500035");
    static inline const QString kTeeWhiteL = QStringLiteral("6901234500042");
    static inline const QString kJeans30 = QStringLiteral("6901234500011");
    qint64 skuId(const QString &barcode) const;
    qint64 onHand(const QString &barcode) const;
};

} // namespace shopdesk::test
