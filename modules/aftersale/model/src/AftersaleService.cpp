#include "shopdesk/aftersale/AftersaleService.h"

#include "shopdesk/aftersale/AftersaleRepository.h"
#include "shopdesk/aftersale/AftersaleTerms.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/inventory/QualityService.h>
#include <shopdesk/service/Facts.h>
#include <shopdesk/service/ReplyRepository.h>
#include <shopdesk/shipping/ExtraParcelRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QMap>
#include <QSet>

namespace shopdesk::aftersale {

using core::Error;
using core::Money;
using core::Result;
using core::Status;
using core::Transaction;

namespace {
/// The case lines `wanted` names (by barcode, with quantities), or every line of the order.
Result<QList<CaseLine>> chooseLines(const OrderForCase &order, const QList<AftersaleService::Pieces> &wanted)
{
    QList<CaseLine> out;
    if (wanted.isEmpty()) {
        for (const CaseLine &l : order.lines) {
            if (l.skuId == 0)
                return Error { AftersaleService::tr("Order %1: the line “%2” is not matched to a SKU; match it "
                                                    "in shipping first.")
                                   .arg(order.orderNo, l.itemTitle) };
            out.append(l);
        }
        return out;
    }
    for (const AftersaleService::Pieces &p : wanted) {
        if (p.quantity <= 0)
            return Error {
                AftersaleService::tr("%1: a case needs at least 1 piece (it is %2).").arg(p.barcode).arg(p.quantity)
            };
        const auto it = std::find_if(order.lines.cbegin(), order.lines.cend(),
            [&](const CaseLine &l) { return l.skuId != 0 && l.barcode == p.barcode.trimmed(); });
        if (it == order.lines.cend())
            return Error {
                AftersaleService::tr("Order %1 has no item with the barcode %2.").arg(order.orderNo, p.barcode)
            };
        int already = 0;
        for (const CaseLine &l : out)
            if (l.orderLineId == it->orderLineId)
                already += l.quantity;
        if (already + p.quantity > it->quantity)
            return Error { AftersaleService::tr("Order %1 holds %2 piece(s) of %3, not %4.")
                               .arg(order.orderNo)
                               .arg(it->quantity)
                               .arg(p.barcode)
                               .arg(already + p.quantity) };
        CaseLine l = *it;
        l.quantity = p.quantity;
        out.append(l);
    }
    return out;
}

/// The state an action takes a case to.
QString targetState(const QString &action)
{
    if (action == actions::kReceive)
        return states::kReceived;
    if (action == actions::kRefund)
        return states::kRefunded;
    if (action == actions::kResend)
        return states::kResent;
    if (action == actions::kClose)
        return states::kClosed;
    return states::kOpen;
}
} // namespace

Status AftersaleService::allowed(const QString &kind, const QString &state, const QString &action)
{
    using namespace kinds;
    const auto refuse = [&](const QString &why) { return Status(Error { why }); };
    if (state == states::kClosed)
        return refuse(tr("The case is closed."));
    if (action == actions::kReceive) {
        if (kind == kRefundOnly || kind == kLost)
            return refuse(tr("This kind of case (%1) has no goods coming back.").arg(AftersaleTerms::kind(kind)));
        if (state != states::kOpen)
            return refuse(tr("The goods of this case were already received."));
        return {};
    }
    if (action == actions::kRefund) {
        if (kind == kExchange)
            return refuse(tr("An exchange sends a replacement; it is not refunded."));
        if (kind == kReturn && state != states::kReceived)
            return refuse(tr("A return is refunded once its goods are received."));
        if (kind == kRefundOnly && state != states::kOpen)
            return refuse(tr("The case was already refunded."));
        if (state != states::kOpen && state != states::kReceived)
            return refuse(tr("The case was already refunded or its replacement sent."));
        return {};
    }
    if (action == actions::kResend) {
        if (kind == kReturn || kind == kRefundOnly)
            return refuse(tr("This kind of case (%1) sends no replacement.").arg(AftersaleTerms::kind(kind)));
        if (kind == kExchange && state != states::kReceived)
            return refuse(tr("An exchange sends its replacement once the goods are received."));
        if (state != states::kOpen && state != states::kReceived)
            return refuse(tr("The case was already refunded or its replacement sent."));
        return {};
    }
    if (action == actions::kClose) {
        if (state == states::kReceived)
            return refuse(tr("The goods are back: refund the buyer or send the replacement before closing."));
        return {};
    }
    return refuse(tr("“%1” is not a step of a case.").arg(action));
}

Result<Case> AftersaleService::load(const QString &caseNo) const
{
    auto found = AftersaleRepository(mDb).byNo(caseNo);
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("There is no after-sale case %1.").arg(caseNo.trimmed()) };
    return **found;
}

Result<std::optional<OrderForCase>> AftersaleService::orderForCase(const QString &orderNo) const
{
    return AftersaleRepository(mDb).order(orderNo.trimmed());
}

Result<QString> AftersaleService::open(const OpenRequest &r, const QString &actor)
{
    if (!kinds::all().contains(r.kind))
        return Error { tr("“%1” is not a kind of case; use return, exchange, refund only, lost, damaged, "
                          "undeliverable or refused.")
                           .arg(r.kind) };
    if (!reasons().contains(r.reason))
        return Error {
            tr("“%1” is not one of the store's reasons: %2.").arg(r.reason, reasons().join(QStringLiteral(", ")))
        };
    if (r.claim.fen() < 0)
        return Error { tr("A claim cannot be for a negative amount (%1).").arg(r.claim.toDisplayString()) };
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    AftersaleRepository repo(mDb);
    auto order = repo.order(r.orderNo);
    if (!order)
        return order.error();
    if (!*order)
        return Error { tr("There is no order %1.").arg(r.orderNo.trimmed()) };
    const OrderForCase &o = **order;
    const bool left = o.status == core::codes::kOrderShipped || o.status == core::codes::kOrderFinished;
    if (!left && !(r.kind == kinds::kRefundOnly && o.status == core::codes::kOrderPaid))
        return Error { tr("Order %1 has not been shipped: only a refund can be agreed for it.").arg(o.orderNo) };
    auto lines = chooseLines(o, r.lines);
    if (!lines)
        return lines.error();
    Case c;
    auto no = repo.nextCaseNo(QDate::currentDate());
    if (!no)
        return no.error();
    c.caseNo = *no;
    c.orderId = o.id;
    c.kind = r.kind;
    c.reason = r.reason;
    c.note = r.note.trimmed();
    c.openedBy = actor;
    c.openedAt = QDateTime::currentDateTime();
    c.lines = *lines;
    if (kinds::isParcel(r.kind)) {
        if (o.trackingNo.isEmpty())
            return Error { tr("Order %1 has no tracking number to claim for.").arg(o.orderNo) };
        const bool goods = r.kind == kinds::kLost || r.kind == kinds::kDamaged;
        auto claim = shipping::ShippingRepository(mDb).openClaim(
            o.trackingNo, r.kind, c.caseNo, actor, goods ? r.claim : Money());
        if (!claim)
            return claim.error();
        c.claimId = *claim;
    }
    auto id = repo.insertCase(c);
    if (!id)
        return id.error();
    if (auto e = repo.addEvent({ 0, *id, actions::kOpen, QString(), states::kOpen, {}, actor, c.openedAt }); !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c.caseNo;
}

Status AftersaleService::receive(const QString &caseNo, const QList<Inspected> &pieces, const QString &actor)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto c = load(caseNo);
    if (!c)
        return c.status();
    if (Status s = allowed(c->kind, c->state, actions::kReceive); !s)
        return Error { tr("Case %1: %2").arg(c->caseNo, s.errorMessage()) };
    QList<Inspected> todo = pieces;
    if (todo.isEmpty())
        for (const CaseLine &l : c->lines)
            todo.append({ l.barcode, l.quantity, true });
    QHash<QString, int> left;
    QHash<QString, qint64> skuOf;
    for (const CaseLine &l : c->lines) {
        left[l.barcode] += l.quantity;
        skuOf.insert(l.barcode, l.skuId);
    }
    AftersaleRepository repo(mDb);
    inventory::QualityService quality(mDb);
    for (const Inspected &p : todo) {
        const QString barcode = p.barcode.trimmed();
        if (!skuOf.contains(barcode))
            return Error { tr("Case %1 is not about the item with the barcode %2.").arg(c->caseNo, barcode) };
        if (p.quantity <= 0 || p.quantity > left.value(barcode))
            return Error { tr("Case %1 expects %2 more piece(s) of %3, not %4.")
                               .arg(c->caseNo)
                               .arg(left.value(barcode))
                               .arg(barcode)
                               .arg(p.quantity) };
        left[barcode] -= p.quantity;
        auto booked = quality.returnFromBuyer(c->orderNo, skuOf.value(barcode), p.quantity, p.intact, actor, c->caseNo);
        if (!booked)
            return booked.status();
        if (auto r = repo.addReceipt({ 0, c->id, skuOf.value(barcode), p.quantity, p.intact, *booked }, actor); !r)
            return r.status();
    }
    const QDateTime now = QDateTime::currentDateTime();
    if (Status s = repo.setState(c->id, states::kReceived, c->refund, now); !s)
        return s;
    if (auto e = repo.addEvent({ 0, c->id, actions::kReceive, c->state, states::kReceived, {}, actor, now }); !e)
        return e.status();
    return tx.commit();
}

Status AftersaleService::refund(const QString &caseNo, Money amount, const QString &actor)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto c = load(caseNo);
    if (!c)
        return c.status();
    if (Status s = allowed(c->kind, c->state, actions::kRefund); !s)
        return Error { tr("Case %1: %2").arg(c->caseNo, s.errorMessage()) };
    if (amount.fen() <= 0)
        return Error { tr("A refund needs an amount above ¥0.00 (it is %1).").arg(amount.toDisplayString()) };
    AftersaleRepository repo(mDb);
    auto before = repo.refundedForOrder(c->orderId, c->id);
    if (!before)
        return before.status();
    const Money most = c->orderTotal - *before;
    if (amount > most)
        return Error { tr("Order %1 paid %2 and %3 was refunded already: at most %4 can be refunded, not %5.")
                           .arg(c->orderNo, c->orderTotal.toDisplayString(), before->toDisplayString(),
                               most.toDisplayString(), amount.toDisplayString()) };
    const QDateTime now = QDateTime::currentDateTime();
    if (Status s = repo.setState(c->id, states::kRefunded, amount, now); !s)
        return s;
    if (auto e = repo.addEvent({ 0, c->id, actions::kRefund, c->state, states::kRefunded, amount, actor, now }); !e)
        return e.status();
    return tx.commit();
}

Status AftersaleService::resend(const QString &caseNo, const ResendRequest &r, const QString &actor)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto c = load(caseNo);
    if (!c)
        return c.status();
    if (Status s = allowed(c->kind, c->state, actions::kResend); !s)
        return Error { tr("Case %1: %2").arg(c->caseNo, s.errorMessage()) };
    shipping::ExtraParcel parcel;
    parcel.orderId = c->orderId;
    parcel.courier = r.courier.trimmed().isEmpty() ? c->courier : r.courier;
    parcel.trackingNo = r.trackingNo;
    parcel.reference = c->caseNo;
    if (r.lines.isEmpty()) {
        for (const CaseLine &l : c->lines)
            parcel.lines.append({ l.skuId, l.quantity });
    } else {
        core::ItemRepository items(mDb);
        for (const Pieces &p : r.lines) {
            auto sku = items.skuByBarcode(p.barcode.trimmed());
            if (!sku)
                return sku.status();
            if (!*sku)
                return Error { tr("No SKU has the barcode %1.").arg(p.barcode.trimmed()) };
            parcel.lines.append({ (*sku)->sku.id, p.quantity });
        }
    }
    auto id = shipping::ShippingService(mDb).addExtraParcel(parcel, actor);
    if (!id)
        return id.status();
    AftersaleRepository repo(mDb);
    const QDateTime now = QDateTime::currentDateTime();
    if (Status s = repo.setParcel(c->id, *id); !s)
        return s;
    if (Status s = repo.setState(c->id, states::kResent, c->refund, now); !s)
        return s;
    if (auto e = repo.addEvent({ 0, c->id, actions::kResend, c->state, states::kResent, {}, actor, now }); !e)
        return e.status();
    return tx.commit();
}

Status AftersaleService::close(const QString &caseNo, const QString &actor)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto c = load(caseNo);
    if (!c)
        return c.status();
    if (Status s = allowed(c->kind, c->state, actions::kClose); !s)
        return Error { tr("Case %1: %2").arg(c->caseNo, s.errorMessage()) };
    AftersaleRepository repo(mDb);
    const QDateTime now = QDateTime::currentDateTime();
    if (Status s = repo.setState(c->id, states::kClosed, c->refund, now); !s)
        return s;
    if (auto e = repo.addEvent({ 0, c->id, actions::kClose, c->state, states::kClosed, {}, actor, now }); !e)
        return e.status();
    return tx.commit();
}

Status AftersaleService::undo(const QString &caseNo, const QString &action, const QString &actor)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto c = load(caseNo);
    if (!c)
        return c.status();
    AftersaleRepository repo(mDb);
    auto last = repo.lastEvent(c->id);
    if (!last)
        return last.status();
    if (!*last || (*last)->action != action)
        return Error { tr("Case %1 has changed since: its last step is no longer “%2”.")
                           .arg(c->caseNo, AftersaleTerms::action(action)) };
    const CaseEvent &e = **last;
    if (action == actions::kOpen) {
        if (Status s = repo.deleteCase(c->id); !s)
            return s;
        if (c->claimId)
            if (Status s = shipping::ShippingRepository(mDb).withdrawClaim(*c->claimId); !s)
                return s;
        return tx.commit();
    }
    Money refund = c->refund;
    if (action == actions::kReceive) {
        auto receipts = repo.receipts(c->id);
        if (!receipts)
            return receipts.status();
        inventory::QualityService quality(mDb);
        for (const Receipt &r : *receipts)
            if (auto back = quality.undoReturn(r.bookedId, r.intact, actor); !back)
                return back.status();
        if (Status s = repo.dropReceipts(c->id); !s)
            return s;
    } else if (action == actions::kRefund) {
        refund = Money();
    } else if (action == actions::kResend) {
        if (c->parcelId) {
            if (Status s = shipping::ExtraParcelRepository(mDb).cancel(*c->parcelId); !s)
                return Error { tr("Case %1: %2").arg(c->caseNo, s.errorMessage()) };
            if (Status s = repo.setParcel(c->id, std::nullopt); !s)
                return s;
        }
    }
    if (Status s = repo.setState(c->id, e.fromState, refund, QDateTime::currentDateTime()); !s)
        return s;
    if (Status s = repo.dropEvent(e.id); !s)
        return s;
    return tx.commit();
}

Result<std::optional<Case>> AftersaleService::caseByNo(const QString &caseNo) const
{
    return AftersaleRepository(mDb).byNo(caseNo);
}

Result<QList<Case>> AftersaleService::cases(bool openOnly) const { return AftersaleRepository(mDb).cases(openOnly); }

Result<QList<CaseEvent>> AftersaleService::history(const QString &caseNo) const
{
    auto c = load(caseNo);
    if (!c)
        return c.error();
    return AftersaleRepository(mDb).events(c->id);
}

QStringList AftersaleService::reasons() const { return core::ShopSettings(mDb).get(kReasonsSetting); }

Status AftersaleService::setReasons(const QStringList &reasons)
{
    QStringList clean;
    for (const QString &r : reasons) {
        const QString t = r.trimmed();
        if (t.isEmpty())
            return Error { tr("A reason cannot be empty.") };
        if (t.contains(QLatin1Char(',')))
            return Error { tr("The reason “%1” has a comma; write it without one.").arg(t) };
        if (clean.contains(t))
            return Error { tr("The reason “%1” is on the list twice.").arg(t) };
        clean << t;
    }
    if (clean.isEmpty())
        return Error { tr("The store needs at least one reason.") };
    return core::ShopSettings(mDb).set(kReasonsSetting, clean);
}

Result<AftersaleReport> AftersaleService::report(QDate from, QDate to) const
{
    auto lines = AftersaleRepository(mDb).reportLines(from, to);
    if (!lines)
        return lines.error();
    auto sold = core::OrderRepository(mDb).itemSales(from, to);
    if (!sold)
        return sold.error();
    AftersaleReport out;
    out.from = from;
    out.to = to;
    QMap<QString, AftersaleReport::Row> reasonRows, itemRows, skuRows;
    QMap<QString, QSet<QString>> reasonCases, itemCases, skuCases;
    QSet<QString> allCases;
    for (const ReportLine &l : *lines) {
        const bool back = l.kind == kinds::kReturn || l.kind == kinds::kExchange;
        allCases.insert(l.caseNo);
        out.refund += l.refund;
        auto add = [&](QMap<QString, AftersaleReport::Row> &rows, QMap<QString, QSet<QString>> &seen,
                       const QString &key, const QString &title) {
            AftersaleReport::Row &row = rows[key];
            row.key = key;
            row.title = title;
            row.units += l.quantity;
            if (back)
                row.returned += l.quantity;
            if (!seen[key].contains(l.caseNo)) {
                seen[key].insert(l.caseNo);
                ++row.cases;
                row.refund += l.refund;
            }
        };
        add(reasonRows, reasonCases, l.reason, QString());
        add(itemRows, itemCases, l.itemCode, l.itemTitle);
        add(skuRows, skuCases, l.barcode, QStringLiteral("%1 %2/%3").arg(l.itemCode, l.color, l.size));
    }
    for (const core::ItemSales &s : *sold)
        if (itemRows.contains(s.code))
            itemRows[s.code].sold = s.units;
    out.cases = int(allCases.size());
    // Reasons in the store's order (then any no longer on its list); items and SKUs by code.
    for (const QString &r : reasons())
        if (reasonRows.contains(r))
            out.byReason.append(reasonRows.take(r));
    out.byReason += reasonRows.values();
    out.byItem = itemRows.values();
    out.bySku = skuRows.values();
    return out;
}

Status AftersaleService::writeReportXlsx(const AftersaleReport &report, const QString &path)
{
    const QStringList header = { tr("Report"), tr("Reason / item / SKU"), tr("Title"), tr("Cases"), tr("Pieces"),
        tr("Units sold"), tr("Pieces returned or exchanged"), tr("Return rate"), tr("Refunds (¥)") };
    QList<QVariantList> rows;
    auto money = [](Money m) { return QVariant(double(m.fen()) / 100.0); };
    for (const AftersaleReport::Row &r : report.byReason)
        rows.append(
            { tr("By reason"), r.key, QString(), r.cases, r.units, QString(), r.returned, QString(), money(r.refund) });
    for (const AftersaleReport::Row &r : report.byItem)
        rows.append({ tr("By item"), r.key, r.title, r.cases, r.units, r.sold, r.returned,
            r.sold > 0 ? QVariant(r.returnRate()) : QVariant(QString()), money(r.refund) });
    for (const AftersaleReport::Row &r : report.bySku)
        rows.append(
            { tr("By SKU"), r.key, r.title, r.cases, r.units, QString(), r.returned, QString(), money(r.refund) });
    rows.append({ tr("Total"), QString(), QString(), report.cases, QString(), QString(), QString(), QString(),
        money(report.refund) });
    return core::writeXlsx(path, tr("After-sale"), header, rows);
}

Result<QList<CaseReply>> AftersaleService::openCaseReplies() const
{
    auto open = cases(true);
    if (!open)
        return open.error();
    auto replies = service::ReplyRepository(mDb).all();
    if (!replies)
        return replies.error();
    QList<service::Reply> group;
    for (const service::Reply &r : *replies)
        if (r.group == QLatin1String("returns"))
            group.append(r);
    // The starter library's codes: th 退换货说明, hh 换尺码, tk 退款进度, zw 质量问题. A library
    // without the one that fits gives its first reply of the group.
    auto pick = [&](const Case &c) -> std::optional<service::Reply> {
        QString code = QStringLiteral("th");
        if (c.state == states::kReceived)
            code = QStringLiteral("tk");
        else if (c.kind == kinds::kExchange)
            code = QStringLiteral("hh");
        else if (c.kind == kinds::kDamaged || c.reason == QString::fromUtf8("质量问题")
            || c.reason == QString::fromUtf8("物流破损"))
            code = QStringLiteral("zw");
        for (const service::Reply &r : group)
            if (r.code == code)
                return r;
        if (group.isEmpty())
            return std::nullopt;
        return group.first();
    };
    QList<CaseReply> out;
    service::FactsRepository facts(mDb);
    for (const Case &c : *open) {
        CaseReply cr;
        cr.kase = c;
        const auto reply = pick(c);
        if (!reply) {
            cr.problem = tr("The reply library has no reply in the returns group.");
            out.append(cr);
            continue;
        }
        cr.replyCode = reply->code;
        cr.replyTitle = reply->title;
        auto f = facts.forOrder(c.orderNo);
        if (!f)
            return f.error();
        service::Facts known = *f;
        // The case's own goods name the item, colour and size (the order's first line may be another).
        if (!c.lines.isEmpty()) {
            known.insert(QStringLiteral("item"), c.lines.first().itemTitle);
            known.insert(QStringLiteral("color"), c.lines.first().color);
            known.insert(QStringLiteral("size"), c.lines.first().size);
        }
        const service::FillResult filled = service::ReplyFiller::fill(reply->body, known);
        if (filled.complete())
            cr.text = filled.text;
        else
            cr.problem = service::ReplyFiller::refusal(filled);
        out.append(cr);
    }
    return out;
}

} // namespace shopdesk::aftersale
