#pragma once

#include "shopdesk/service/ReplyFiller.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::service {

/// Gathers the facts a reply needs from the shop file: an order's buyer, goods, courier,
/// tracking and dates; the shop-level ones (return address, bank account, shop name, promotion)
/// from ShopSettings.
class FactsRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::FactsRepository)
public:
    explicit FactsRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Shop-level facts only.
    Facts shopFacts() const;
    /// Shop facts plus the order's; an error when there is no such order.
    core::Result<Facts> forOrder(const QString &orderNo) const;
    /// forOrder() of every shipped or finished order dispatched from `first` to `last` (whole
    /// days), by order number: a few queries for the whole span (the revisit list), not a few per order.
    core::Result<QHash<QString, Facts>> forShipped(QDate first, QDate last) const;
    /// forOrder() of each of these orders (by id), by order number: three queries for a window of
    /// the revisit list, whatever the span holds.
    core::Result<QHash<QString, Facts>> forOrders(const QList<qint64> &orderIds) const;
    /// Shop facts plus the buyer's newest order (or the buyer alone when none).
    core::Result<Facts> forBuyer(const QString &nick) const;
    /// An order number or a buyer's member name, whichever it is.
    core::Result<Facts> forOrderOrBuyer(const QString &text) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::service
