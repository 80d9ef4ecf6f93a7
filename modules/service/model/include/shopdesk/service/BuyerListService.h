#pragma once

#include "shopdesk/service/BuyerLists.h"
#include "shopdesk/service/BuyerListsRepository.h"

namespace shopdesk::service {

/// What the buyer-lists view needs of the shop: the lists with their replies filled, and the
/// entries an agent adds, marks and removes. Made once by the workbench and handed to its view.
class BuyerListService {
public:
    explicit BuyerListService(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<QList<RestockNotice>> restockNotices() const { return BuyerLists::restockNotices(mDb); }
    core::Result<QList<PaymentReminder>> paymentReminders(const QDateTime &now, int afterHours) const
    {
        return BuyerLists::paymentReminders(mDb, now, afterHours);
    }
    core::Result<QList<CannotShipNotice>> cannotShipNotices() const { return BuyerLists::cannotShipNotices(mDb); }

    core::Result<QList<WaitEntry>> waiting(bool openOnly = true) const;
    /// Registers a waiting buyer and gives the entry as stored (for a later restore).
    core::Result<WaitEntry> addWaiting(
        const QString &buyerNick, const QString &barcode, const QDateTime &at, const QString &actor);
    core::Result<qint64> restoreWaiting(const WaitEntry &entry, const QString &actor);
    core::Status setContacted(qint64 id, const QDateTime &at);
    core::Status removeWaiting(qint64 id);

    core::Result<QList<FollowUp>> followUps() const;
    core::Result<qint64> addFollowUp(const FollowUp &followUp, const QString &actor);
    core::Status setFollowUpDone(qint64 id, const QDateTime &at);
    core::Status removeFollowUp(qint64 id);

    core::Result<QList<FailedDeal>> failedDeals() const;
    core::Result<qint64> addFailedDeal(const FailedDeal &deal, const QString &actor);
    core::Status removeFailedDeal(qint64 id);

    static QStringList followUpReasons() { return BuyerListsRepository::followUpReasons(); }
    static QString followUpReasonName(const QString &code) { return BuyerListsRepository::followUpReasonName(code); }

private:
    const core::Database &mDb;
};

} // namespace shopdesk::service
