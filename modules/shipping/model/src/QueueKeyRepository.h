#pragma once

#include "shopdesk/shipping/Couriers.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QVariant>

namespace shopdesk::core {
class Database;
struct Order;
} // namespace shopdesk::core

namespace shopdesk::shipping::detail {

/// The dispatch queue's sort and filter keys, kept in the orders' own indexed columns (shop format
/// 19): ship_by (发货时限, DispatchDeadline's rule), ship_courier (CourierRules::courierOf) and
/// print_count. Computed in SQL, one UPDATE for any number of orders, by the write paths inside
/// their transactions: import (the new orders), a courier or tracking change, a print. What changes
/// outside shipping's writes (the courier rules, the store's own promotion dates, orders another
/// module adds) is caught by ensure() when the queue is read: a fingerprint of the rules and the
/// promotion dates, and the queued orders whose keys are not computed yet (ship_courier NULL).
class QueueKeyRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::QueueKeyRepository)
public:
    QueueKeyRepository(const core::Database &db, CourierRules rules);
    /// With the shop's own courier rules.
    explicit QueueKeyRepository(const core::Database &db);

    /// These orders' keys (those still queued).
    core::Status refresh(const QList<qint64> &orderIds) const;
    /// The queued orders whose keys were never computed (added by an import or another module).
    core::Status refreshNew() const;
    /// Every queued order's keys, and the fingerprint they were computed with.
    core::Status refreshAll() const;
    /// Brings the keys up to date before a read: everything when the rules or the promotion dates
    /// changed since, else the new orders only (an index seek when there are none).
    core::Status ensure() const;

    /// The keys of a new queued order, computed here as the SQL computes them for a stored order:
    /// `paidAt` as stored (text, or empty), `ownPromotionDays` the store's promotion days
    /// (kpi_promotions, 'yyyy-MM-dd'; ownPromotionDays()). The import writes them with the order,
    /// so its orders need no second pass.
    struct Keys {
        QString courier;
        QVariant shipBy; ///< text; NULL where the engine's date arithmetic gives none
    };
    Keys keysOf(const core::Order &order, const QString &paidAt, const QSet<QString> &ownPromotionDays) const;
    core::Result<QSet<QString>> ownPromotionDays() const;

    /// The SQL of the rules' courier and of the deadline of the orders `o` (bound values appended).
    /// The courier's SQL reads the Chinese names (顺丰, 圆通) only: update() applies the English
    /// words (CourierRules::asksFor) to the few orders whose text holds them, as both engines' SQL has no
    /// portable word match.
    using Binds = QList<std::pair<QString, QVariant>>;
    QString courierSql(Binds &binds) const;
    static QString deadlineSql(Binds &binds);

private:
    core::Status update(const QString &where, const Binds &whereBinds) const;
    core::Result<QString> fingerprint() const;
    const core::Database &mDb;
    CourierRules mRules;
};

} // namespace shopdesk::shipping::detail
