#include "shopdesk/shipping/ParcelService.h"

#include "ParcelRepository.h"
#include "shopdesk/shipping/Couriers.h"
#include "shopdesk/shipping/ShippingDesk.h"

#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/core/Vocabulary.h>

#include <QSet>

#include <algorithm>

namespace shopdesk::shipping {

using core::Error;
using core::Result;
using core::Status;

namespace {
const QString kMerged = QStringLiteral("merged");
const QString kSplit = QStringLiteral("split");
const QString kOpen = QStringLiteral("open");
} // namespace

QStringList Parcel::orderNos() const
{
    QStringList out;
    for (const ParcelLine &l : lines)
        if (!out.contains(l.orderNo))
            out << l.orderNo;
    return out;
}

QList<qint64> Parcel::orderIds() const
{
    QList<qint64> out;
    for (const ParcelLine &l : lines)
        if (!out.contains(l.orderId))
            out << l.orderId;
    return out;
}

ShipmentOrder Parcel::asShipment() const
{
    ShipmentOrder so;
    so.order = order;
    so.order.courier = courier.isEmpty() ? order.courier : courier;
    so.order.trackingNo = trackingNo;
    for (const ParcelLine &l : lines)
        so.lines.append(l.line);
    so.printCount = printed ? 1 : 0;
    return so;
}

// --- merge detection ---------------------------------------------------------------------------

QString MergeDetector::key(const core::Order &o)
{
    // Spaces in a typed address never make two addresses different.
    QString k;
    k.reserve(128);
    k += o.buyerId ? QString::number(*o.buyerId) : QString();
    for (const QString *part : { &o.receiverName, &o.receiverPhone, &o.province, &o.city, &o.district, &o.address }) {
        k += QChar(0x1f);
        const bool spaced = std::any_of(part->cbegin(), part->cend(), [](QChar c) { return c.isSpace(); });
        if (!spaced) {
            k += *part;
            continue;
        }
        for (QChar c : *part)
            if (!c.isSpace())
                k += c;
    }
    return k;
}

namespace {
// The refusal of orders whose keys are known to be equal (`sameKey`), or to be compared.
QString refusalOf(const QList<const core::Order *> &orders, const QStringList &couriers, bool sameKey)
{
    if (orders.size() < 2)
        return MergeDetector::tr("Merging takes two or more orders.");
    const core::Order &first = *orders.first();
    const QString firstKey = sameKey ? QString() : MergeDetector::key(first);
    for (qsizetype i = 1; i < orders.size(); ++i) {
        const core::Order &o = *orders.at(i);
        if (!first.buyerId || o.buyerId != first.buyerId)
            return MergeDetector::tr("Orders %1 and %2 are not of the same buyer: they are not merged.")
                .arg(first.orderNo, o.orderNo);
        if (!sameKey && MergeDetector::key(o) != firstKey)
            return MergeDetector::tr("Orders %1 and %2 go to different receivers or addresses: they are not merged.")
                .arg(first.orderNo, o.orderNo);
        if (o.flag != first.flag)
            return MergeDetector::tr("Orders %1 and %2 have different flags (%3, %4): they are not merged.")
                .arg(first.orderNo, o.orderNo,
                    first.flag.isEmpty() ? MergeDetector::tr("no flag") : core::Vocabulary::flag(first.flag),
                    o.flag.isEmpty() ? MergeDetector::tr("no flag") : core::Vocabulary::flag(o.flag));
        if (couriers.value(i) != couriers.value(0))
            return MergeDetector::tr("Orders %1 and %2 go by different couriers (%3, %4): they are not merged.")
                .arg(first.orderNo, o.orderNo, Couriers::displayName(couriers.value(0)),
                    Couriers::displayName(couriers.value(i)));
    }
    return {};
}
} // namespace

QString MergeDetector::refusal(const QList<const core::Order *> &orders, const QStringList &couriers)
{
    return refusalOf(orders, couriers, false);
}

QList<MergeGroup> MergeDetector::find(
    const QList<const core::Order *> &orders, const QStringList &couriers, const QSet<qint64> &inParcel)
{
    // By a 64-bit digest of the key (no string built per order); a hit is confirmed on the full
    // key, so two addresses that only share a digest are never grouped.
    const auto digest = [](const core::Order &o) {
        // FNV-1a over the key's characters, spaces skipped as key() skips them.
        quint64 h = 1469598103934665603ull ^ quint64(o.buyerId.value_or(0));
        for (const QString *part :
            { &o.receiverName, &o.receiverPhone, &o.province, &o.city, &o.district, &o.address }) {
            for (QChar c : *part) {
                if (c.isSpace())
                    continue;
                h = (h ^ c.unicode()) * 1099511628211ull;
            }
            h = (h ^ 0x1f) * 1099511628211ull;
        }
        return size_t(h);
    };
    QHash<size_t, qsizetype> groupOf;
    groupOf.reserve(orders.size());
    QList<MergeGroup> groups;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const core::Order &o = *orders.at(i);
        if (!o.buyerId || inParcel.contains(o.id))
            continue;
        // One lookup: 0 a new key, -1 - i its one order i so far, 1 + g its group g.
        qsizetype &slot = groupOf[digest(o)];
        if (slot == 0) {
            slot = -1 - i;
            continue;
        }
        const qsizetype first = slot < 0 ? -1 - slot : groups.at(slot - 1).members.first();
        if (key(*orders.at(first)) != key(o))
            continue; // the same digest, another address: left alone
        if (slot < 0) { // the second order of this key: a group begins
            MergeGroup g;
            g.members = { first, i };
            slot = 1 + groups.size();
            groups.append(g);
        } else {
            groups[slot - 1].members.append(i);
        }
    }
    for (MergeGroup &g : groups) {
        QList<const core::Order *> members;
        QStringList memberCouriers;
        for (qsizetype m : std::as_const(g.members)) {
            members << orders.at(m);
            memberCouriers << couriers.value(m);
        }
        g.reason = refusalOf(members, memberCouriers, true);
        g.mergeable = g.reason.isEmpty();
    }
    return groups;
}

// --- parcels ---------------------------------------------------------------------------------------

QString ParcelService::orderNoLine(const QStringList &orderNos)
{
    if (orderNos.size() <= 1)
        return orderNos.value(0);
    return tr("%1 and %n more", nullptr, int(orderNos.size() - 1)).arg(orderNos.first());
}

Result<QList<Parcel>> ParcelService::load(const QString &where, const QList<std::pair<QString, QVariant>> &binds) const
{
    auto rows = ParcelRepository(mDb).load(where, binds);
    if (!rows)
        return rows.error();
    QStringList numbers;
    for (const auto &r : std::as_const(*rows))
        for (const auto &l : r.lines)
            if (!numbers.contains(l.orderNo))
                numbers << l.orderNo;
    auto orders = ShippingRepository(mDb).ordersByNumber(numbers);
    if (!orders)
        return orders.error();
    QHash<qint64, const ShipmentOrder *> byId;
    QHash<qint64, const PackLine *> lineById;
    for (const ShipmentOrder &so : std::as_const(*orders)) {
        byId.insert(so.order.id, &so);
        for (const PackLine &l : so.lines)
            lineById.insert(l.lineId, &l);
    }
    QList<Parcel> out;
    for (const auto &r : std::as_const(*rows)) {
        Parcel p;
        p.id = r.id;
        p.kind = r.kind;
        p.status = r.status;
        p.courier = r.courier;
        p.trackingNo = r.trackingNo;
        p.printed = r.printed;
        for (const auto &l : r.lines) {
            const PackLine *line = lineById.value(l.lineId);
            if (!line)
                continue;
            if (p.lines.isEmpty())
                p.order = byId.value(l.orderId)->order;
            ParcelLine pl { l.orderId, l.orderNo, *line };
            pl.line.quantity = l.quantity;
            p.lines.append(pl);
        }
        out.append(p);
    }
    return out;
}

Result<std::optional<Parcel>> ParcelService::parcel(qint64 id) const
{
    auto list = load(QStringLiteral("p.id = :id"), { { QStringLiteral(":id"), id } });
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Parcel>() : std::optional<Parcel>(list->first());
}

Result<std::optional<Parcel>> ParcelService::openByTracking(const QString &trackingNo) const
{
    auto list = load(QStringLiteral("p.status = 'open' AND p.tracking_no = :t AND p.tracking_no <> ''"),
        { { QStringLiteral(":t"), trackingNo.trimmed() } });
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Parcel>() : std::optional<Parcel>(list->first());
}

Result<QList<Parcel>> ParcelService::parcelsOf(const QString &orderNo) const
{
    return load(QStringLiteral("p.id IN (SELECT pl.parcel_id FROM parcel_lines pl JOIN orders o ON o.id = "
                               "pl.order_id WHERE o.order_no = :no)"),
        { { QStringLiteral(":no"), orderNo.trimmed() } });
}

Result<QList<Parcel>> ParcelService::openParcels() const { return load(QStringLiteral("p.status = 'open'"), {}); }

Result<QHash<qint64, qint64>> ParcelService::openParcelOfOrders() const
{
    return ParcelRepository(mDb).openParcelOfOrders();
}

Result<qint64> ParcelService::merge(const QStringList &orderNos, const QString &actor)
{
    QStringList numbers;
    for (const QString &n : orderNos)
        if (!numbers.contains(n.trimmed()))
            numbers << n.trimmed();
    if (numbers.size() < 2)
        return Error { MergeDetector::tr("Merging takes two or more orders.") };
    ShippingRepository shipping(mDb);
    auto orders = shipping.ordersByNumber(numbers);
    if (!orders)
        return orders.error();
    auto inParcel = ParcelRepository(mDb).openParcelOfOrders();
    if (!inParcel)
        return inParcel.error();
    const CourierRules rules = CourierRules::load(mDb);
    QList<const core::Order *> members;
    QStringList couriers;
    QString tracking;
    for (const ShipmentOrder &so : std::as_const(*orders)) {
        const core::Order &o = so.order;
        if (o.status != core::codes::kOrderPaid)
            return Error { tr("Order %1 is not waiting for dispatch: it is not merged.").arg(o.orderNo) };
        if (inParcel->contains(o.id))
            return Error { tr("Order %1 is already in a parcel: undo that first.").arg(o.orderNo) };
        if (!o.trackingNo.isEmpty()) {
            if (!tracking.isEmpty() && tracking != o.trackingNo)
                return Error { tr("Orders %1 already have two tracking numbers (%2, %3): keep one before merging.")
                                   .arg(numbers.join(QStringLiteral(", ")), tracking, o.trackingNo) };
            tracking = o.trackingNo;
        }
        members << &o;
        couriers << rules.courierOf(o);
    }
    if (const QString why = MergeDetector::refusal(members, couriers); !why.isEmpty())
        return Error { why };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    ParcelRepository repo(mDb);
    auto id = repo.create(kMerged, couriers.first(), tracking, actor);
    if (!id)
        return id.error();
    for (const ShipmentOrder &so : std::as_const(*orders))
        for (const PackLine &l : so.lines)
            if (Status s = repo.addLine(*id, so.order.id, l.lineId, l.quantity); !s)
                return s.error();
    return tx.commitWith(std::move(id));
}

Status ParcelService::unmerge(qint64 parcelId)
{
    auto p = parcel(parcelId);
    if (!p)
        return p.status();
    if (!p->has_value() || (*p)->kind != kMerged)
        return Error { tr("There is no such merged parcel.") };
    if ((*p)->status != kOpen)
        return Error { tr("The parcel of orders %1 has left already: it cannot be split again.")
                           .arg((*p)->orderNos().join(QStringLiteral(", "))) };
    if ((*p)->printed)
        return Error { tr("The waybill of orders %1 is printed: the parcel cannot be split again.")
                           .arg((*p)->orderNos().join(QStringLiteral(", "))) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = ParcelRepository(mDb).remove(parcelId); !s)
        return s;
    return tx.commit();
}

QList<LinePick> ParcelService::parsePicks(const QString &text, QString *error)
{
    QList<LinePick> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList bits = part.trimmed().split(QLatin1Char(':'));
        bool ok1 = false, ok2 = true;
        LinePick p;
        p.position = bits.value(0).toInt(&ok1);
        if (bits.size() == 2)
            p.quantity = bits.value(1).toInt(&ok2);
        if (!ok1 || !ok2 || bits.size() > 2 || p.position < 1 || p.quantity < 0) {
            if (error)
                *error = tr("“%1” is not a line: write the line's number in the order, and “:N” for N of its "
                            "pieces (e.g. 1,2:1).")
                             .arg(part.trimmed());
            return {};
        }
        out.append(p);
    }
    if (out.isEmpty() && error)
        *error = tr("Name the lines that leave in the new parcel (e.g. 1,2:1).");
    return out;
}

Result<qint64> ParcelService::split(const QString &orderNo, const QList<LinePick> &picks, const QString &actor)
{
    if (picks.isEmpty())
        return Error { tr("Name the lines that leave in the new parcel (e.g. 1,2:1).") };
    auto found = ShippingRepository(mDb).ordersByNumber({ orderNo });
    if (!found)
        return found.error();
    const ShipmentOrder &so = found->first();
    if (so.order.status != core::codes::kOrderPaid)
        return Error { tr("Order %1 is not waiting for dispatch: it cannot be split.").arg(so.order.orderNo) };
    auto parcels = parcelsOf(so.order.orderNo);
    if (!parcels)
        return parcels.error();
    for (const Parcel &p : std::as_const(*parcels))
        if (p.kind == kMerged && p.status == kOpen)
            return Error {
                tr("Order %1 is merged with other orders: undo the merge before splitting it.").arg(so.order.orderNo)
            };
    // What each line still has in open parcels (the whole order, before its first split).
    struct Open {
        qint64 parcelId = 0; ///< 0: not in a parcel yet
        int pieces = 0;
    };
    QHash<qint64, QList<Open>> open; // line id → where its unshipped pieces are
    const bool first = parcels->isEmpty();
    if (first) {
        for (const PackLine &l : so.lines)
            open[l.lineId].append({ 0, l.quantity });
    } else {
        for (const Parcel &p : std::as_const(*parcels))
            if (p.status == kOpen)
                for (const ParcelLine &l : p.lines)
                    open[l.line.lineId].append({ p.id, l.line.quantity });
    }
    int openPieces = 0;
    for (const auto &list : std::as_const(open))
        for (const Open &o : list)
            openPieces += o.pieces;
    // The picks, as (line, pieces taken from a parcel).
    struct Take {
        qint64 lineId = 0, fromParcel = 0;
        int pieces = 0;
    };
    QList<Take> takes;
    int taken = 0;
    for (const LinePick &pick : picks) {
        if (pick.position > so.lines.size())
            return Error { tr("Order %1 has %n lines: there is no line %2.", nullptr, int(so.lines.size()))
                               .arg(so.order.orderNo)
                               .arg(pick.position) };
        const PackLine &line = so.lines.at(pick.position - 1);
        QList<Open> &where = open[line.lineId];
        int available = 0;
        for (const Open &o : std::as_const(where))
            available += o.pieces;
        const int want = pick.quantity == 0 ? available : pick.quantity;
        if (want == 0 || want > available)
            return Error { tr("Line %1 of order %2 (%3) has %4 pieces still to ship, not %5.")
                               .arg(pick.position)
                               .arg(so.order.orderNo, line.itemCode.isEmpty() ? line.title : line.itemCode)
                               .arg(available)
                               .arg(want) };
        int left = want;
        // From the parcel holding most of it (the rest parcel, usually).
        std::sort(where.begin(), where.end(), [](const Open &a, const Open &b) { return a.pieces > b.pieces; });
        for (Open &o : where) {
            const int n = std::min(left, o.pieces);
            if (n == 0)
                continue;
            takes.append({ line.lineId, o.parcelId, n });
            o.pieces -= n;
            left -= n;
        }
        taken += want;
    }
    if (taken >= openPieces)
        return Error { tr("Those are all the pieces of order %1 still to ship: nothing would be left for another "
                          "parcel.")
                           .arg(so.order.orderNo) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    ParcelRepository repo(mDb);
    const QString courier = CourierRules::load(mDb).courierOf(so.order);
    // The first split: the picked pieces leave first with the order's tracking number, if it has
    // one; the rest wait in a parcel of their own.
    auto id = repo.create(kSplit, courier, first ? so.order.trackingNo : QString(), actor);
    if (!id)
        return id.error();
    for (const Take &t : std::as_const(takes))
        if (Status s = repo.addLine(*id, so.order.id, t.lineId, t.pieces); !s)
            return s.error();
    if (first) {
        auto rest = repo.create(kSplit, courier, QString(), actor);
        if (!rest)
            return rest.error();
        for (const PackLine &l : so.lines) {
            int pieces = 0;
            for (const Open &o : open.value(l.lineId))
                pieces += o.pieces;
            if (pieces > 0)
                if (Status s = repo.addLine(*rest, so.order.id, l.lineId, pieces); !s)
                    return s.error();
        }
    } else {
        for (auto it = open.cbegin(); it != open.cend(); ++it)
            for (const Open &o : it.value())
                if (Status s = repo.setLineQuantity(o.parcelId, it.key(), o.pieces); !s)
                    return s.error();
        // A parcel left with nothing in it goes.
        auto now = repo.ofOrder(so.order.id);
        if (!now)
            return now.error();
        for (const auto &p : std::as_const(*now))
            if (p.lines.isEmpty() && p.status == kOpen)
                if (Status s = repo.remove(p.id); !s)
                    return s.error();
    }
    return tx.commitWith(std::move(id));
}

Status ParcelService::unsplit(const QString &orderNo)
{
    auto parcels = parcelsOf(orderNo);
    if (!parcels)
        return parcels.status();
    QList<const Parcel *> open;
    bool anyShipped = false;
    for (const Parcel &p : std::as_const(*parcels)) {
        if (p.kind != kSplit)
            continue;
        if (p.status == kOpen)
            open << &p;
        else
            anyShipped = true;
        if (p.status == kOpen && p.printed)
            return Error { tr("A waybill of order %1 is printed: its parcels stay as they are.").arg(orderNo) };
    }
    if (open.isEmpty())
        return Error { tr("Order %1 is not split.").arg(orderNo) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    ParcelRepository repo(mDb);
    if (anyShipped) {
        // Part of it has left: what is still here goes back into one parcel.
        const Parcel *keep = open.first();
        for (const Parcel *p : std::as_const(open)) {
            if (p == keep)
                continue;
            for (const ParcelLine &l : p->lines)
                if (Status s = repo.addLine(keep->id, l.orderId, l.line.lineId, l.line.quantity); !s)
                    return s;
            for (const ParcelLine &l : p->lines)
                if (Status s = repo.setLineQuantity(p->id, l.line.lineId, 0); !s)
                    return s;
            if (Status s = repo.remove(p->id); !s)
                return s;
        }
    } else {
        for (const Parcel *p : std::as_const(open))
            if (Status s = repo.remove(p->id); !s)
                return s;
    }
    return tx.commit();
}

Status ParcelService::setTracking(qint64 parcelId, const QString &courierIn, const QString &trackingNo)
{
    const QString courier = courierIn.toUpper();
    if (!Couriers::codes().contains(courier))
        return Error {
            tr("“%1” is not a courier; use one of %2.").arg(courierIn, Couriers::codes().join(QStringLiteral(", ")))
        };
    if (!trackingNo.isEmpty() && !Couriers::validTracking(courier, trackingNo))
        return Error { tr("“%1” is not a tracking number of %2: %3.")
                           .arg(trackingNo, Couriers::displayName(courier), Couriers::formatHint(courier)) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    ParcelRepository repo(mDb);
    if (!trackingNo.isEmpty()) {
        auto used = repo.trackingUsed(trackingNo, parcelId);
        if (!used)
            return used.status();
        if (*used)
            return Error { tr("The tracking number %1 is already used by another order.").arg(trackingNo) };
    }
    if (Status s = repo.setTracking(parcelId, courier, trackingNo); !s)
        return s;
    return tx.commit();
}

Status ParcelService::ship(const Shipping &sh)
{
    auto found = parcel(sh.parcelId);
    if (!found)
        return found.status();
    if (!found->has_value())
        return Error { tr("There is no such parcel.") };
    const Parcel &p = **found;
    if (p.status != kOpen)
        return Error { tr("The parcel of order %1 has left already.").arg(orderNoLine(p.orderNos())) };
    const QString tracking = (sh.trackingNo.isEmpty() ? p.trackingNo : sh.trackingNo).trimmed();
    const QString courier = (sh.courier.isEmpty() ? p.courier : sh.courier).toUpper();
    if (courier.isEmpty())
        return Error { tr("Choose the courier before shipping.") };
    if (tracking.isEmpty())
        return Error { tr("Enter the tracking number before shipping.") };
    if (!Couriers::validTracking(courier, tracking))
        return Error { tr("“%1” is not a tracking number of %2: %3.")
                           .arg(tracking, Couriers::displayName(courier), Couriers::formatHint(courier)) };
    const QDateTime at = sh.at.isValid() ? sh.at : QDateTime::currentDateTime();
    QList<core::StockMove> moves;
    for (const ParcelLine &l : p.lines) {
        if (!l.line.skuId)
            return Error { tr("Order %1: the line “%2 %3” is not matched to a SKU; match it before shipping.")
                               .arg(l.orderNo, l.line.title, l.line.attributes) };
        core::StockMove m;
        m.skuId = *l.line.skuId;
        m.kind = core::codes::kMoveShip;
        m.quantity = -l.line.quantity;
        m.reference = tracking;
        m.actor = sh.actor;
        m.at = at;
        m.note = l.orderNo;
        moves.append(m);
    }
    std::optional<qint64> freight;
    if (sh.weightGrams)
        if (auto table = PriceTable::forCourier(courier))
            if (auto fee = table->estimate(p.order.province, *sh.weightGrams))
                freight = fee->fen();
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    ParcelRepository repo(mDb);
    auto used = repo.trackingUsed(tracking, p.id);
    if (!used)
        return used.status();
    if (*used)
        return Error { tr("The tracking number %1 is already used by another order.").arg(tracking) };
    if (Status s = repo.markShipped(p.id, courier, tracking, at, sh.weightGrams, sh.packer, freight); !s)
        return s;
    bool firstOrder = true;
    for (qint64 orderId : p.orderIds()) {
        auto done = repo.fullyShipped(orderId);
        if (!done)
            return done.status();
        if (!*done)
            continue;
        // The weight is the parcel's: it is noted once, with its first order.
        if (Status s
            = repo.shipOrder(orderId, courier, tracking, at, firstOrder ? sh.weightGrams : std::nullopt, sh.packer);
            !s)
            return s;
        firstOrder = false;
    }
    if (!moves.isEmpty()) {
        auto booked = core::StockLedger(mDb).bookAll(moves);
        if (!booked)
            return booked.status();
    }
    return tx.commit();
}

Result<QHash<qint64, ParcelService::Mark>> ParcelService::marks() const
{
    auto rows = ParcelRepository(mDb).marks();
    if (!rows)
        return rows.error();
    QHash<qint64, Mark> out;
    for (auto it = rows->cbegin(); it != rows->cend(); ++it)
        out.insert(it.key(), { it->parcelId, it->kind == kMerged, it->count });
    return out;
}

Result<QList<ShipmentOrder>> ParcelService::withParcels(const QList<ShipmentOrder> &orders) const
{
    auto of = ParcelRepository(mDb).openParcelOfOrders();
    if (!of)
        return of.error();
    if (of->isEmpty())
        return orders;
    QList<ShipmentOrder> out;
    QSet<qint64> done; // parcels already in the batch
    for (const ShipmentOrder &so : orders) {
        if (!of->contains(so.order.id)) {
            out.append(so);
            continue;
        }
        auto parcels = parcelsOf(so.order.orderNo);
        if (!parcels)
            return parcels.error();
        // A split order's parcel that has no number yet leaves later: not in this batch.
        const bool anyNumbered = std::any_of(parcels->cbegin(), parcels->cend(),
            [](const Parcel &p) { return p.status == kOpen && !p.trackingNo.isEmpty(); });
        bool first = true;
        for (const Parcel &p : std::as_const(*parcels)) {
            if (p.status != kOpen || done.contains(p.id))
                continue;
            if (p.kind == kSplit && (anyNumbered ? p.trackingNo.isEmpty() : !first))
                continue;
            first = false;
            done.insert(p.id);
            ShipmentOrder one = p.asShipment();
            one.order.orderNo = orderNoLine(p.orderNos());
            one.printCount = std::max(so.printCount, one.printCount);
            out.append(one);
        }
    }
    return out;
}

Result<QList<qint64>> ParcelService::withMergedMates(const QList<qint64> &orderIds) const
{
    ParcelRepository repo(mDb);
    QList<qint64> out = orderIds;
    for (qint64 id : orderIds) {
        auto mates = repo.mergedMates(id);
        if (!mates)
            return mates.error();
        for (qint64 m : std::as_const(*mates))
            if (!out.contains(m))
                out << m;
    }
    return out;
}

Status ParcelService::markPrinted(const QList<qint64> &orderIds)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = ParcelRepository(mDb).markPrinted(orderIds); !s)
        return s;
    return tx.commit();
}

} // namespace shopdesk::shipping
