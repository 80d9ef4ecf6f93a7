#pragma once

#include "shopdesk/service/BuyerListsRepository.h"
#include "shopdesk/service/ReplyFiller.h"

#include <QCoreApplication>

namespace shopdesk::service {

/// A waiting buyer whose SKU has been booked in, with the 到货通知 filled in.
struct RestockNotice {
    WaitEntry entry;
    FillResult message;
};

/// An unpaid order with the 催付 reminder filled in.
struct PaymentReminder {
    UnpaidOrder order;
    FillResult message;
};

/// An order the warehouse cannot ship, with the 缺货无法发货 message filled in.
struct CannotShipNotice {
    HeldOrder order;
    FillResult message;
};

/// The lists an agent works through, each with its reply ready.
class BuyerLists {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::BuyerLists)
public:
    /// Who to contact now: buyers still waiting whose SKU has had a receiving since they registered.
    static core::Result<QList<RestockNotice>> restockNotices(const core::Database &db);
    /// Unpaid orders older than `afterHours` (within the 3 days they are kept).
    static core::Result<QList<PaymentReminder>> paymentReminders(
        const core::Database &db, const QDateTime &now, int afterHours);
    /// Paid orders the warehouse flagged yellow (cannot ship yet / out of stock), to tell the buyer.
    static core::Result<QList<CannotShipNotice>> cannotShipNotices(const core::Database &db);
    /// The reply used for a list (setting, else the demo's code: dh / cf / wl4).
    static QString restockReplyCode(const core::Database &db);
    static QString paymentReplyCode(const core::Database &db);
    static QString cannotShipReplyCode(const core::Database &db);
    static constexpr int kDefaultUnpaidHours = 2;
};

} // namespace shopdesk::service
