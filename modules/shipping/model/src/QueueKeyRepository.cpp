#include "QueueKeyRepository.h"

#include "shopdesk/shipping/DispatchDeadline.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::shipping::detail {

using core::Result;
using core::SqlQuery;
using core::Status;

namespace {
// The rules and promotion dates the stored keys were computed with (fingerprint()).
const core::Setting<QString> kKeysSetting { QStringLiteral("shipping.queue_keys") };
} // namespace

QueueKeyRepository::QueueKeyRepository(const core::Database &db, CourierRules rules)
    : mDb(db)
    , mRules(std::move(rules))
{
}

QueueKeyRepository::QueueKeyRepository(const core::Database &db)
    : QueueKeyRepository(db, CourierRules::load(db))
{
}

QString QueueKeyRepository::courierSql(Binds &binds) const
{
    // CourierRules::choose in SQL: a request in the buyer's message or the seller's note (顺丰/SF,
    // 圆通/YTO as a word), EMS for a province the default courier does not reach, else the default.
    const QString asked = QStringLiteral("(o.buyer_message || ' ' || o.seller_note)");
    const QString word = QStringLiteral("(' ' || upper(%1) || ' ') GLOB '*[^A-Z0-9_一-鿿]%2[^A-Z0-9_一-鿿]*'");
    QString ems;
    for (qsizetype i = 0; i < mRules.emsProvinces.size(); ++i) {
        const QString p = mRules.emsProvinces[i];
        if (p.isEmpty())
            continue;
        const QString name = QStringLiteral(":ems%1").arg(i);
        binds.append({ name, p });
        ems += QStringLiteral(" OR o.province = %1 OR substr(o.province, 1, length(%1)) = %1 "
                              "OR substr(%1, 1, length(substr(o.province, 1, 2))) = substr(o.province, 1, 2)")
                   .arg(name);
    }
    binds.append({ QStringLiteral(":default_courier"), mRules.defaultCourier });
    return QStringLiteral("CASE WHEN o.courier <> '' THEN o.courier "
                          "WHEN instr(%1, '顺丰') > 0 OR %2 THEN 'SF' "
                          "WHEN instr(%1, '圆通') > 0 OR %3 THEN 'YTO' "
                          "WHEN o.province <> '' AND (0%4) THEN 'EMS' ELSE :default_courier END")
        .arg(asked, word.arg(asked, QStringLiteral("SF")), word.arg(asked, QStringLiteral("YTO")), ems);
}

QString QueueKeyRepository::deadlineSql(Binds &binds)
{
    // DispatchDeadline::mustLeave in SQL, on the stored local times: 48 h when paid on a promotion
    // day (the platforms' yearly dates, the store's own in kpi_promotions), the same day's end
    // when paid before 16:00, else 24 h; '' without a payment time.
    QStringList platform;
    for (const core::Promotion &p : core::PromotionRepository::platformDates(2000)) {
        platform << QStringLiteral(":pday%1").arg(platform.size());
        binds.append({ platform.last(), p.day.toString(QStringLiteral("MM-dd")) });
    }
    return QStringLiteral(
        "CASE WHEN o.paid_at IS NULL OR o.paid_at = '' THEN '' "
        "WHEN substr(o.paid_at, 6, 5) IN (%1) OR EXISTS (SELECT 1 FROM kpi_promotions k WHERE k.day = "
        "substr(o.paid_at, 1, 10)) THEN datetime(o.paid_at, '+%2 hours') "
        "WHEN substr(o.paid_at, 12, 8) < '%3:00:00' THEN substr(o.paid_at, 1, 10) || ' 23:59:59' "
        "ELSE datetime(o.paid_at, '+%4 hours') END")
        .arg(platform.join(QStringLiteral(", ")))
        .arg(DispatchDeadline::kPromotionHours)
        .arg(DispatchDeadline::kSameDayBeforeHour, 2, 10, QLatin1Char('0'))
        .arg(DispatchDeadline::kHours);
}

Status QueueKeyRepository::update(const QString &where, const Binds &whereBinds) const
{
    Binds binds = whereBinds;
    const QString courier = courierSql(binds);
    const QString deadline = deadlineSql(binds);
    // `o` is the updated row itself (the expressions read its columns).
    SqlQuery q(mDb,
        QStringLiteral("UPDATE orders AS o SET ship_courier = %1, ship_by = %2, "
                       "print_count = (SELECT count(*) FROM shipping_prints p WHERE p.order_id = o.id) "
                       "WHERE o.status = 'paid' AND %3")
            .arg(courier, deadline, where));
    for (const auto &[name, value] : std::as_const(binds))
        q.bind(name, value);
    return q.run();
}

Status QueueKeyRepository::refresh(const QList<qint64> &orderIds) const
{
    if (orderIds.isEmpty())
        return {};
    // In slices: well under the bound values a statement may carry.
    constexpr qsizetype kSlice = 500;
    for (qsizetype at = 0; at < orderIds.size(); at += kSlice) {
        Binds binds;
        QStringList names;
        for (qint64 id : orderIds.mid(at, kSlice)) {
            names << QStringLiteral(":id%1").arg(names.size());
            binds.append({ names.last(), id });
        }
        if (Status s = update(QStringLiteral("o.id IN (%1)").arg(names.join(QStringLiteral(", "))), binds); !s)
            return s;
    }
    return {};
}

Status QueueKeyRepository::refreshNew() const { return update(QStringLiteral("o.ship_courier IS NULL"), {}); }

Result<QString> QueueKeyRepository::fingerprint() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT day FROM kpi_promotions ORDER BY day"));
    if (Status s = q.run(); !s)
        return s.error();
    QStringList days;
    while (q.next())
        days << q.value(0).toString();
    return QStringLiteral("%1;%2;%3")
        .arg(mRules.defaultCourier, mRules.emsProvinces.join(QLatin1Char(',')), days.join(QLatin1Char(',')));
}

Status QueueKeyRepository::refreshAll() const
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto now = fingerprint();
    if (!now)
        return now.status();
    if (Status s = update(QStringLiteral("1 = 1"), {}); !s)
        return s;
    if (Status s = core::ShopSettings(mDb).set(kKeysSetting, *now); !s)
        return s;
    return tx.commit();
}

Status QueueKeyRepository::ensure() const
{
    auto now = fingerprint();
    if (!now)
        return now.status();
    const QString stored = core::ShopSettings(mDb).value(kKeysSetting.key); // empty: none yet
    if (!stored.isEmpty() && stored != *now)
        return refreshAll();
    // The new orders only: an index seek (orders_queue_courier) finds none in the common case.
    SqlQuery any(mDb, QStringLiteral("SELECT 1 FROM orders WHERE status = 'paid' AND ship_courier IS NULL LIMIT 1"));
    if (Status s = any.run(); !s)
        return s;
    if (!any.next() && !stored.isEmpty())
        return {};
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = refreshNew(); !s)
        return s;
    if (stored.isEmpty())
        if (Status s = core::ShopSettings(mDb).set(kKeysSetting, *now); !s)
            return s;
    return tx.commit();
}

} // namespace shopdesk::shipping::detail
