#pragma once

#include "TestShop.h"

#include <shopdesk/core/Records.h>

#include <QDate>

namespace shopdesk::test {

inline QString u8(const char *s) { return QString::fromUtf8(s); }

/// A hand-computed shop for the buyers tests (today 2026-12-01). Two items: jeans (牛仔裤) and a
/// tee (T恤). Six buyers:
///   阿花  O-A1 2026-10-20 ¥200 finished (jeans), O-A2 2026-11-05 ¥120 shipped 11-24 (jeans): ¥320 → gift
///   小白  O-B1 2026-11-03 ¥60, O-B2 2026-11-20 ¥40, both finished (tee):                   ¥100 → discount
///   小陈  O-C1 2026-11-10 ¥58 shipped 11-24 (jeans), one piece returned into stock:         ¥58  → care
///   老丁  O-D1 2026-09-01 ¥57.99 finished (tee):                                              ¥57.99 → none
///   小鄂  O-E1 2026-10-02 ¥500 closed after payment (refunded), O-E2 2026-10-15 ¥30 finished
///         flagged purple (return):                                                           ¥30, 2 returns
///   小方  O-F1 created 2026-11-30 ¥400, unpaid:                                              ¥0
/// Repeat buyers: November 3 buyers (阿花, 小白, 小陈), 2 repeat (阿花 earlier, 小白 twice);
/// October 2 buyers (阿花, 小鄂), none repeat; September 1 (老丁), none.
struct BuyersShop : TestShop {
    BuyersShop();
    static QDate today() { return QDate(2026, 12, 1); }
    static QString a() { return u8("阿花"); }
    static QString b() { return u8("小白"); }
    static QString c() { return u8("小陈"); }
    static QString d() { return u8("老丁"); }
    static QString e() { return u8("小鄂"); }
    static QString f() { return u8("小方"); }
    qint64 jeansL = 0, teeM = 0;
    void order(const QString &no, const QString &nick, const QString &status, QDateTime paid, qint64 fen, qint64 sku,
        const QString &flag = {}, QDateTime shipped = {});
};

} // namespace shopdesk::test
