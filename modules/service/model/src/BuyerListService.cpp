#include "shopdesk/service/BuyerListService.h"

namespace shopdesk::service {

core::Result<QList<WaitEntry>> BuyerListService::waiting(bool openOnly) const
{
    return BuyerListsRepository(mDb).waiting(openOnly);
}

core::Result<WaitEntry> BuyerListService::addWaiting(
    const QString &buyerNick, const QString &barcode, const QDateTime &at, const QString &actor)
{
    BuyerListsRepository repo(mDb);
    auto added = repo.addWaiting(buyerNick, barcode, at, actor);
    if (!added)
        return added.error();
    auto all = repo.waiting(false);
    if (!all)
        return all.error();
    for (const WaitEntry &e : *all)
        if (e.id == *added)
            return e;
    WaitEntry e;
    e.id = *added;
    return e;
}

core::Result<qint64> BuyerListService::restoreWaiting(const WaitEntry &entry, const QString &actor)
{
    return BuyerListsRepository(mDb).restoreWaiting(entry, actor);
}

core::Status BuyerListService::setContacted(qint64 id, const QDateTime &at)
{
    return BuyerListsRepository(mDb).setContacted(id, at);
}

core::Status BuyerListService::removeWaiting(qint64 id) { return BuyerListsRepository(mDb).removeWaiting(id); }

core::Result<QList<FollowUp>> BuyerListService::followUps() const { return BuyerListsRepository(mDb).followUps(); }

core::Result<qint64> BuyerListService::addFollowUp(const FollowUp &followUp, const QString &actor)
{
    return BuyerListsRepository(mDb).addFollowUp(followUp, actor);
}

core::Status BuyerListService::setFollowUpDone(qint64 id, const QDateTime &at)
{
    return BuyerListsRepository(mDb).setFollowUpDone(id, at);
}

core::Status BuyerListService::removeFollowUp(qint64 id) { return BuyerListsRepository(mDb).removeFollowUp(id); }

core::Result<QList<FailedDeal>> BuyerListService::failedDeals() const
{
    return BuyerListsRepository(mDb).failedDeals();
}

core::Result<qint64> BuyerListService::addFailedDeal(const FailedDeal &deal, const QString &actor)
{
    return BuyerListsRepository(mDb).addFailedDeal(deal, actor);
}

core::Status BuyerListService::removeFailedDeal(qint64 id) { return BuyerListsRepository(mDb).removeFailedDeal(id); }

} // namespace shopdesk::service
