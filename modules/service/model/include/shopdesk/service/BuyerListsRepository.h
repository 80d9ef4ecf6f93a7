#pragma once

#include "shopdesk/service/ReplyFiller.h"

#include <shopdesk/core/Result.h>
#include <shopdesk/core/ShopSettings.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::service {

/// A buyer waiting for an out-of-stock SKU (缺货登记).
struct WaitEntry {
    qint64 id = 0;
    QString buyerNick;
    qint64 skuId = 0;
    QString itemCode, itemTitle, color, size, barcode;
    QString itemShortName, itemCategory; ///< what a message calls the item (core::format::messageItemName)
    QDateTime registeredAt;
    QDateTime arrivedAt; ///< first receiving of the SKU after registration; invalid while none
    QDateTime contactedAt; ///< invalid until the buyer was told
    QString note;
    bool toContact() const { return arrivedAt.isValid() && !contactedAt.isValid(); }
};

/// A failed deal (流失客户).
struct FailedDeal {
    qint64 id = 0;
    QString buyerNick, item, reason, nextTime;
    QDateTime recordedAt;
};

/// An order to follow up (跟进).
struct FollowUp {
    qint64 id = 0;
    QString orderNo;
    QString reason; ///< logistics | cannot_ship | other
    QString note;
    QDateTime createdAt, doneAt;
};

/// An order created but not paid.
struct UnpaidOrder {
    QString orderNo, buyerNick;
    QDateTime createdAt;
    qint64 totalFen = 0;
};

/// A paid order the warehouse flagged yellow (cannot ship yet / out of stock): the buyer must be told.
struct HeldOrder {
    QString orderNo, buyerNick;
    QDateTime paidAt;
    bool followedUp = false; ///< an open 跟进 “cannot ship” exists for the order
};

/// The agents' buyer lists.
class BuyerListsRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::BuyerListsRepository)
public:
    explicit BuyerListsRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Registers a buyer waiting for the SKU with `barcode` (缺货登记); refused, with a message,
    /// for a SKU in stock (available to sell now: nothing to wait for).
    core::Result<qint64> addWaiting(const QString &buyerNick, const QString &barcode, const QDateTime &at,
        const QString &actor, const QString &note = {});
    /// Every registration, newest first; `open` only those not yet contacted.
    core::Result<QList<WaitEntry>> waiting(bool openOnly = true) const;
    core::Status setContacted(qint64 id, const QDateTime &at); ///< invalid `at` clears the mark
    core::Status removeWaiting(qint64 id);
    core::Result<qint64> restoreWaiting(const WaitEntry &entry, const QString &actor);

    core::Result<qint64> addFailedDeal(const FailedDeal &deal, const QString &actor);
    core::Result<QList<FailedDeal>> failedDeals() const;
    core::Status removeFailedDeal(qint64 id);

    core::Result<qint64> addFollowUp(const FollowUp &followUp, const QString &actor);
    core::Result<QList<FollowUp>> followUps() const;
    core::Status setFollowUpDone(qint64 id, const QDateTime &at); ///< invalid `at` clears the mark
    core::Status removeFollowUp(qint64 id);

    /// Orders created at least `afterHours` hours before `now` and still unpaid, within the
    /// 3 days the platform keeps them.
    core::Result<QList<UnpaidOrder>> unpaid(const QDateTime &now, int afterHours) const;
    /// Paid orders flagged yellow by the warehouse, oldest payment first.
    core::Result<QList<HeldOrder>> cannotShip() const;

    static QStringList followUpReasons();
    static QString followUpReasonName(const QString &code);

    /// The facts a 到货通知 needs for one waiting buyer.
    static Facts factsFor(const WaitEntry &entry, const Facts &shopFacts);

    /// Codes of the replies used by the lists (settings, with the demo's codes as defaults).
    static inline const core::Setting<QString> kRestockReplySetting { QStringLiteral("service.reply.restock"),
        QStringLiteral("dh") };
    static inline const core::Setting<QString> kPaymentReplySetting { QStringLiteral("service.reply.payment"),
        QStringLiteral("cf") };
    static inline const core::Setting<QString> kCannotShipReplySetting { QStringLiteral("service.reply.cannot_ship"),
        QStringLiteral("wl4") };

private:
    const core::Database &mDb;
};

} // namespace shopdesk::service
