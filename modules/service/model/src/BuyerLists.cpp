#include "shopdesk/service/BuyerLists.h"

#include "shopdesk/service/Facts.h"
#include "shopdesk/service/ReplyRepository.h"

#include <shopdesk/core/OrderRepository.h>

namespace shopdesk::service {

using core::Error;

namespace {
core::Result<QString> replyText(const core::Database &db, const QString &code)
{
    auto r = ReplyRepository(db).byCode(code);
    if (!r)
        return r.error();
    if (!*r)
        return Error { BuyerLists::tr("The library has no reply with the code %1.").arg(code) };
    return (*r)->body;
}
} // namespace

QString BuyerLists::restockReplyCode(const core::Database &db)
{
    return core::ShopSettings(db).get(BuyerListsRepository::kRestockReplySetting);
}

QString BuyerLists::paymentReplyCode(const core::Database &db)
{
    return core::ShopSettings(db).get(BuyerListsRepository::kPaymentReplySetting);
}

QString BuyerLists::cannotShipReplyCode(const core::Database &db)
{
    return core::ShopSettings(db).get(BuyerListsRepository::kCannotShipReplySetting);
}

core::Result<QList<CannotShipNotice>> BuyerLists::cannotShipNotices(const core::Database &db)
{
    auto held = BuyerListsRepository(db).cannotShip();
    if (!held)
        return held.error();
    QList<CannotShipNotice> out;
    if (held->isEmpty())
        return out;
    auto text = replyText(db, cannotShipReplyCode(db));
    if (!text)
        return text.error();
    FactsRepository facts(db);
    for (const HeldOrder &o : *held) {
        auto f = facts.forOrder(o.orderNo);
        if (!f)
            return f.error();
        out.append({ o, ReplyFiller::fill(*text, *f) });
    }
    return out;
}

core::Result<QList<RestockNotice>> BuyerLists::restockNotices(const core::Database &db)
{
    auto waiting = BuyerListsRepository(db).waiting(true);
    if (!waiting)
        return waiting.error();
    auto text = replyText(db, restockReplyCode(db));
    if (!text)
        return text.error();
    const Facts shop = FactsRepository(db).shopFacts();
    QList<RestockNotice> out;
    for (const WaitEntry &e : *waiting) {
        if (e.toContact())
            out.append({ e, ReplyFiller::fill(*text, BuyerListsRepository::factsFor(e, shop)) });
    }
    return out;
}

core::Result<QList<PaymentReminder>> BuyerLists::paymentReminders(
    const core::Database &db, const QDateTime &now, int afterHours)
{
    auto unpaid = BuyerListsRepository(db).unpaid(now, afterHours);
    if (!unpaid)
        return unpaid.error();
    auto text = replyText(db, paymentReplyCode(db));
    if (!text)
        return text.error();
    FactsRepository facts(db);
    QList<PaymentReminder> out;
    for (const UnpaidOrder &o : *unpaid) {
        auto f = facts.forOrder(o.orderNo);
        if (!f)
            return f.error();
        out.append({ o, ReplyFiller::fill(*text, *f) });
    }
    return out;
}

} // namespace shopdesk::service
