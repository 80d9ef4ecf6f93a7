#include "shopdesk/service/ReplyService.h"

#include "shopdesk/service/Facts.h"
#include "shopdesk/service/ServiceLog.h"

#include <shopdesk/core/RowVersions.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/core/WriteRetry.h>

namespace shopdesk::service {

Q_LOGGING_CATEGORY(lcService, "shopdesk.service")

core::Result<QList<Reply>> ReplyService::all() const { return ReplyRepository(mDb).all(); }

core::Result<std::optional<Reply>> ReplyService::byId(qint64 id) const
{
    auto replies = ReplyRepository(mDb).all();
    if (!replies)
        return replies.error();
    for (const Reply &r : *replies)
        if (r.id == id)
            return std::optional<Reply>(r);
    return std::optional<Reply>();
}

core::Result<qint64> ReplyService::add(const Reply &reply) { return ReplyRepository(mDb).add(reply); }
core::Status ReplyService::update(const Reply &reply, std::optional<qint64> seen)
{
    return core::retrying([&]() -> core::Status {
        core::Transaction tx(mDb);
        if (!tx.isActive())
            return tx.beginStatus();
        if (auto v = core::RowVersions(mDb).touch(
                core::RowVersions::Table::Replies, reply.id, seen, tr("The reply %1").arg(reply.code));
            !v)
            return v.status();
        if (core::Status s = ReplyRepository(mDb).update(reply); !s)
            return s;
        return tx.commit();
    });
}

core::Result<QHash<qint64, qint64>> ReplyService::versions() const
{
    return core::RowVersions(mDb).versions(core::RowVersions::Table::Replies);
}
core::Status ReplyService::remove(qint64 id) { return ReplyRepository(mDb).remove(id); }
core::Status ReplyService::restore(const Reply &reply) { return ReplyRepository(mDb).restore(reply); }
core::Status ReplyService::replaceAll(const QList<Reply> &replies) { return ReplyRepository(mDb).replaceAll(replies); }

core::Result<ReplyTransfer::ImportSummary> ReplyService::importCsv(const QString &path)
{
    return ReplyTransfer::importCsv(mDb, path);
}

core::Result<int> ReplyService::exportFile(const QString &path) const { return ReplyTransfer::exportFile(mDb, path); }

Facts ReplyService::shopFacts() const { return FactsRepository(mDb).shopFacts(); }

core::Result<Facts> ReplyService::factsFor(const QString &orderOrBuyer) const
{
    return FactsRepository(mDb).forOrderOrBuyer(orderOrBuyer);
}

HouseStyle ReplyService::houseStyle() const { return HouseStyle::forShop(mDb); }

ReplyService::Standing ReplyService::standing(const QList<Reply> &library)
{
    Standing s;
    for (const Reply &r : library) {
        if (!s.autoReply && r.group == QLatin1String("autoreply"))
            s.autoReply = r;
        if (!s.status && r.group == QLatin1String("status"))
            s.status = r;
    }
    for (const Reply &r : library) {
        if (!s.autoReply && r.code == QLatin1String("auto"))
            s.autoReply = r;
        if (!s.status && r.code == QLatin1String("promo"))
            s.status = r;
    }
    return s;
}

} // namespace shopdesk::service
