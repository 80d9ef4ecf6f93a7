#include "shopdesk/shipping/ShippingRepository.h"

#include "PackLineRepository.h"
#include "QueueKeyRepository.h"
#include "shopdesk/shipping/ExtraParcelRepository.h"
#include "shopdesk/shipping/MappingRepository.h"
#include "shopdesk/shipping/OrderFlags.h"

#include <shopdesk/core/LateIndexes.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/RecordRows.h>
#include <shopdesk/core/SqlDialect.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Transaction.h>

#include <QScopeGuard>
#include <QSet>

namespace shopdesk::shipping {

using core::Error;
using core::Result;
using core::SqlQuery;
using core::Status;
using core::Transaction;

QString ShipmentOrder::goods() const
{
    QStringList parts;
    for (const PackLine &l : lines) {
        QString model = l.itemCode.isEmpty() ? l.title : l.itemCode;
        QStringList bits { model };
        if (!l.color.isEmpty())
            bits << l.color;
        if (!l.size.isEmpty())
            bits << l.size;
        parts << bits.join(QLatin1Char('/')) + QChar(0x00D7) + QString::number(l.quantity);
    }
    return parts.join(QStringLiteral("; "));
}

QStringList PickupState::missing() const
{
    const QSet<QString> got(scanned.cbegin(), scanned.cend());
    QStringList out;
    for (const QString &t : expected)
        if (!got.contains(t))
            out << t;
    return out;
}

QStringList PickupState::extra() const
{
    const QSet<QString> want(expected.cbegin(), expected.cend());
    QStringList out;
    for (const QString &t : scanned)
        if (!want.contains(t))
            out << t;
    return out;
}

Result<SkuCatalog> ShippingRepository::catalog() const
{
    SkuCatalog c;
    SqlQuery q(mDb,
        QStringLiteral("SELECT s.id, s.barcode, s.color, s.size, i.code, i.title FROM skus s "
                       "JOIN items i ON i.id = s.item_id"));
    if (Status s = q.run(); !s)
        return s.error();
    while (q.next())
        c.addSku(q.value(0).toLongLong(), q.value(4).toString(), q.value(5).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(1).toString());
    // The clerk's own mappings (商品对应关系), remembered from earlier imports.
    auto mappings = MappingRepository(mDb).list();
    if (!mappings)
        return mappings.error();
    for (const SkuMapping &m : std::as_const(*mappings))
        c.mappings.insert(m.key.hashKey(), m.skuId);
    return c;
}

Result<ImportSummary> ShippingRepository::importFeed(ImportFeed &feed, const Progress &progress)
{
    // However this ends, the reader is told to stop reading.
    const auto stopReader = qScopeGuard([&feed] { feed.stop(); });
    ImportSummary summary;
    // A large import's scratch memory, set back when the import ends; outside a transaction only.
    const core::SqlDialect::BulkWriteSession session(mDb);
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();

    // The shared records are core's: the orders, buyers and lines are written through its
    // repositories (in bulk, with the database's own ids), the goods of shipped orders booked out
    // through its ledger, all in this one transaction.
    core::OrderRepository orders(mDb);
    auto existing = orders.storedOrders();
    if (!existing)
        return existing.error();
    core::OrderBulkWriter writer(mDb);
    writer.expect(feed.expectedOrders());
    // A shop moving in a year of orders onto a server: their plain indexes built once, after.
    core::LateIndexes lateIndexes(mDb, { QStringLiteral("orders"), QStringLiteral("order_lines") });
    if (Status s = lateIndexes.drop(feed.expectedOrders(), existing->size()); !s)
        return s.error();
    // The new queued orders' sort and filter keys (deadline, courier) are written with them, as
    // the queue's SQL would compute them: no second pass over the orders (QueueKeyRepository).
    const detail::QueueKeyRepository keys(mDb);
    auto ownPromotionDays = keys.ownPromotionDays();
    if (!ownPromotionDays)
        return ownPromotionDays.error();
    const qint64 total = feed.expectedOrders() + feed.expectedLines();
    qint64 done = 0;
    auto goOn = [&](qint64 step) {
        const bool report = progress && (done / 1000 != (done + step) / 1000);
        done += step;
        return !report || progress(done, total);
    };
    // Orders the platform has already shipped (卖家已发货 or 交易成功) whose goods the shop has not
    // booked out: each new one, and each queued one the platform has since shipped.
    struct Outbound {
        QString orderNo, reference; ///< reference: the tracking number, else the order number
        qint64 orderId = 0; ///< a queued order's (its lines are in the shop); 0 for a new order
        /// A new order's goods (SKU, quantity) as its lines come from the feed.
        QList<std::pair<qint64, int>> goods;
    };
    QList<Outbound> outbound;
    const auto shipped = [](const QString &status) {
        return status == core::codes::kOrderShipped || status == core::codes::kOrderFinished;
    };

    // A line of a new order: written, listed when unmatched, kept as goods when the order is shipped.
    QStringList addedNos; // by position in the order report: a new order's number, else empty
    addedNos.reserve(feed.expectedOrders());
    QList<bool> addedPaid; // by position: a new order entering the queue
    addedPaid.reserve(feed.expectedOrders());
    QHash<qsizetype, qsizetype> outboundAt; // a new shipped order's position → its outbound
    const auto addLine = [&](qsizetype at, const core::OrderLine &l) -> Status {
        const QString &orderNo = addedNos.at(at);
        if (orderNo.isEmpty())
            return {};
        if (Status s = writer.addLine(orderNo, l); !s)
            return s;
        if (!l.skuId) {
            if (addedPaid.at(at)) // the lines the queue lists: those of the orders entering it
                summary.unmatched.append({ 0, orderNo, l.title, l.attributes, l.merchantCode, l.quantity });
        } else if (auto it = outboundAt.constFind(at); it != outboundAt.cend())
            outbound[*it].goods.append({ *l.skuId, l.quantity });
        return {};
    };

    // First the orders, as the reader hands them over.
    for (QList<ImportedOrder> chunk = feed.takeOrders(); !chunk.isEmpty(); chunk = feed.takeOrders()) {
        for (const ImportedOrder &in : std::as_const(chunk)) {
            if (!goOn(1)) {
                summary.cancelled = true;
                return summary; // the transaction rolls back
            }
            const core::Order &o = in.order;
            if (auto it = existing->constFind(o.orderNo); it != existing->cend()) {
                addedNos.append(QString());
                addedPaid.append(false);
                if (it->status == core::codes::kOrderPaid
                    && (o.status == core::codes::kOrderClosed || shipped(o.status))) {
                    auto followed = orders.followPlatformStatus(it->id, o.status, o.courier, o.trackingNo);
                    if (!followed)
                        return followed.error();
                    if (*followed && shipped(o.status))
                        outbound.append({ o.orderNo, o.trackingNo, it->id, {} });
                    ++summary.updated;
                } else {
                    ++summary.unchanged;
                }
                continue;
            }
            core::OrderBulkWriter::QueueKeys queueKeys;
            if (o.status == core::codes::kOrderPaid) {
                const QString paid = !in.paidText.isEmpty() ? in.paidText
                    : o.paidAt.isValid()                    ? core::toDbTime(o.paidAt)
                                                            : QString();
                const detail::QueueKeyRepository::Keys k = keys.keysOf(o, paid, *ownPromotionDays);
                if (k.shipBy.isValid()) // else left to the SQL below (refreshNew)
                    queueKeys = { k.courier, k.shipBy };
            }
            if (Status s = writer.addOrder(o, in.buyerNick, in.createdText, in.paidText, queueKeys); !s)
                return s.error();
            if (shipped(o.status)) {
                outboundAt.insert(addedNos.size(), outbound.size());
                outbound.append({ o.orderNo, o.trackingNo, 0, {} });
            }
            addedNos.append(o.orderNo);
            addedPaid.append(o.status == core::codes::kOrderPaid);
            if (in.titleLine) {
                if (!goOn(1)) {
                    summary.cancelled = true;
                    return summary;
                }
                if (Status s = addLine(addedNos.size() - 1, *in.titleLine); !s)
                    return s.error();
            }
            ++summary.added;
            ++summary.byStatus[o.status];
            if (o.status == core::codes::kOrderPaid)
                ++summary.queued;
        }
    }

    // The orders are all in: their indexes are built on the server while the lines are read.
    if (Status s = writer.finishOrders(); !s)
        return s.error();
    if (Status s = lateIndexes.buildAhead(QStringLiteral("orders")); !s)
        return s.error();

    // Then the lines, as the reader checks and hands them over.
    for (QList<ImportedLine> chunk = feed.takeLines(); !chunk.isEmpty(); chunk = feed.takeLines()) {
        for (const ImportedLine &l : std::as_const(chunk)) {
            if (!goOn(1)) {
                summary.cancelled = true;
                return summary;
            }
            if (Status s = addLine(l.at, l.line); !s)
                return s.error();
        }
    }
    if (Status s = feed.result(); !s)
        return s.error(); // the reading failed: nothing is kept
    if (Status s = writer.finish(); !s)
        return s.error();
    // Before anything reads the new orders back.
    if (Status s = lateIndexes.build(); !s)
        return s.error();

    // The goods of the orders shipped on the platform leave the stock, as shipping them here would
    // book them (ShippingRepository::ship): one outbound per matched line, with the tracking number.
    // An order is booked out once: when it is added, or when its status leaves 'paid'.
    // In batches, so a year of shipped orders is never held as movements all at once (the ledger
    // checks each SKU's stock against what is booked, batch after batch, as it would in one).
    constexpr qsizetype kBookBatch = 8192;
    QList<core::StockMove> moves;
    QList<qsizetype> ofOutbound; // the outbound each move belongs to
    const auto book = [&]() -> Status {
        qsizetype refused = -1;
        auto booked = moves.isEmpty() ? Result<QList<qint64>>(QList<qint64>())
                                      : core::StockLedger(mDb).bookAll(moves, &refused);
        if (!booked) {
            const QString orderNo
                = refused >= 0 && refused < ofOutbound.size() ? outbound.at(ofOutbound.at(refused)).orderNo : QString();
            return Error { tr("The order %1 was shipped on the platform, but its goods cannot be booked out of "
                              "stock: %2 Nothing was imported.")
                               .arg(orderNo, booked.errorMessage()) };
        }
        moves.clear();
        ofOutbound.clear();
        return {};
    };
    for (qsizetype k = 0; k < outbound.size(); ++k) {
        const Outbound &out = outbound.at(k);
        QList<std::pair<qint64, int>> goods = out.goods;
        QString reference = out.reference;
        // A split order whose first parcels already left: those pieces were booked out then.
        QHash<qint64, qint64> alreadyOut;
        if (out.orderId != 0) {
            auto left = shippedInParcels(out.orderId);
            if (!left)
                return left.error();
            alreadyOut = std::move(left).value();
        }
        if (out.orderId != 0) {
            // A queued order: its lines as the shop holds them (the clerk may have matched
            // some), its tracking number as it now is (the platform's, else the shop's).
            auto stored = orders.orderByNumber(out.orderNo);
            if (!stored)
                return stored.error();
            if (stored->has_value()) {
                for (const core::OrderLine &l : std::as_const((*stored)->lines)) {
                    if (!l.skuId) // not matched to a SKU: nothing the ledger can book (listed as unmatched)
                        continue;
                    qint64 &gone = alreadyOut[*l.skuId];
                    const qint64 rest = std::max<qint64>(0, l.quantity - gone);
                    gone -= l.quantity - rest;
                    if (rest > 0)
                        goods.append({ *l.skuId, int(rest) });
                }
                reference = (*stored)->trackingNo;
            }
        }
        if (reference.isEmpty())
            reference = out.orderNo;
        for (const auto &[skuId, quantity] : std::as_const(goods)) {
            core::StockMove m;
            m.skuId = skuId;
            m.kind = core::codes::kMoveShip;
            m.quantity = -quantity;
            m.reference = reference;
            m.note = out.orderNo;
            moves.append(m);
            ofOutbound.append(k);
        }
        if (moves.size() >= kBookBatch) {
            if (Status s = book(); !s)
                return s.error();
        }
    }
    if (Status s = book(); !s)
        return s.error();
    if (progress && !progress(total, total)) {
        summary.cancelled = true;
        return summary;
    }
    // The keys of any new queued order not given them above (an index seek finds none as a rule).
    if (Status s = keys.refreshNew(); !s)
        return s.error();
    // What the queue shows once the import is in: the summary counts the same.
    auto counts = queueCounts();
    if (!counts)
        return counts.error();
    std::tie(summary.queueOrders, summary.queueUnmatched) = *counts;
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

Result<QList<ShipmentOrder>> ShippingRepository::load(
    const QString &where, const QList<std::pair<QString, QVariant>> &binds) const
{
    QList<ShipmentOrder> out;
    QHash<qint64, qsizetype> index;
    // The shared order columns (core::rows), then the waybill's print count.
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1, (SELECT COUNT(*) FROM shipping_prints p WHERE p.order_id = o.id) "
                       "FROM orders o WHERE %2 ORDER BY o.paid_at, o.id")
            .arg(core::rows::orderColumns(), where));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (Status s = q.run(); !s)
        return s.error();
    const int printCountColumn = int(core::rows::orderColumns().count(QLatin1Char(',')) + 1);
    while (q.next()) {
        ShipmentOrder so;
        so.order = core::rows::readOrder(q);
        const core::Order &o = so.order;
        so.printCount = q.value(printCountColumn).toInt();
        index.insert(o.id, out.size());
        out.append(std::move(so));
    }
    if (out.isEmpty())
        return out;
    SqlQuery l(mDb,
        QStringLiteral(
            "SELECT l.id, l.order_id, l.sku_id, l.title, l.attributes, l.quantity, i.code, s.color, s.size, s.barcode "
            "FROM order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN skus s ON s.id = l.sku_id "
            "LEFT JOIN items i ON i.id = s.item_id WHERE %1 ORDER BY l.id")
            .arg(where));
    for (const auto &[name, value] : binds)
        l.bind(name, value);
    if (Status s = l.run(); !s)
        return s.error();
    while (l.next()) {
        auto it = index.constFind(l.value(1).toLongLong());
        if (it == index.cend())
            continue;
        out[*it].lines.append(detail::packLineAt(l));
    }
    return out;
}

Result<QList<ShipmentOrder>> ShippingRepository::queue() const { return load(QStringLiteral("o.status = 'paid'"), {}); }

Result<QList<ShipmentOrder>> ShippingRepository::unprinted() const
{
    return load(
        QStringLiteral("o.status = 'paid' AND NOT EXISTS (SELECT 1 FROM shipping_prints p WHERE p.order_id = o.id)"),
        {});
}

Result<QList<ShipmentOrder>> ShippingRepository::ordersByNumber(const QStringList &orderNos) const
{
    QList<ShipmentOrder> out;
    for (const QString &no : orderNos) {
        auto one = load(QStringLiteral("o.order_no = :no"), { { QStringLiteral(":no"), no.trimmed() } });
        if (!one)
            return one.error();
        if (one->isEmpty())
            return Error { tr("There is no order %1 in the shop.").arg(no) };
        out += *one;
    }
    return out;
}

Result<std::optional<ShipmentOrder>> ShippingRepository::byTrackingOrOrderNo(const QString &code) const
{
    auto found = load(QStringLiteral("(o.tracking_no = :code AND o.tracking_no <> '') OR o.order_no = :code2"),
        { { QStringLiteral(":code"), code.trimmed() }, { QStringLiteral(":code2"), code.trimmed() } });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return ExtraParcelRepository(mDb).forStation(code); // an exchange's replacement parcel, or none
    return std::optional<ShipmentOrder>(found->first());
}

Result<QList<UnmatchedLine>> ShippingRepository::unmatchedLines() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT l.id, o.order_no, l.title, l.attributes, l.merchant_code, l.quantity FROM order_lines l "
                       "JOIN orders o ON o.id = l.order_id WHERE l.sku_id IS NULL AND o.status = 'paid' "
                       "ORDER BY o.paid_at, l.id"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<UnmatchedLine> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toInt() });
    return out;
}

Result<std::pair<int, int>> ShippingRepository::queueCounts() const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM orders WHERE status = 'paid'), (SELECT count(*) FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id WHERE l.sku_id IS NULL AND o.status = 'paid')"));
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::pair { 0, 0 };
    return std::pair { q.value(0).toInt(), q.value(1).toInt() };
}

Status ShippingRepository::matchLine(qint64 lineId, std::optional<qint64> skuId)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb,
        QStringLiteral("UPDATE order_lines SET sku_id = :sku WHERE id = :id AND order_id IN "
                       "(SELECT id FROM orders WHERE status = 'paid')"));
    q.bind({ { QStringLiteral(":sku"), core::nullable(skuId) }, { QStringLiteral(":id"), lineId } });
    if (Status s = q.run(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error { tr("Only a line of an order waiting for dispatch can be matched.") };
    return tx.commit();
}

Status ShippingRepository::recordPrints(const QList<qint64> &orderIds, const QString &layout, int copies,
    const QString &reprintReason, const QString &actor)
{
    if (copies < 1)
        return Error { tr("At least one copy must be printed.") };
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery count(mDb, QStringLiteral("SELECT COUNT(*) FROM shipping_prints WHERE order_id = :id"));
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO shipping_prints (order_id, printed_at, layout, copies, reprint, reason, actor) "
                       "VALUES (:id, :at, :layout, :copies, :reprint, :reason, :actor)"));
    const QString now = core::toDbTime(QDateTime::currentDateTime());
    for (qint64 id : orderIds) {
        count.bind(QStringLiteral(":id"), id);
        if (Status s = count.run(); !s)
            return s;
        const bool reprint = count.next() && count.value(0).toInt() > 0;
        if (reprint && reprintReason.trimmed().isEmpty())
            return Error { tr("The waybill of this order was printed before: a reprint needs a reason.") };
        add.bind({ { QStringLiteral(":id"), id }, { QStringLiteral(":at"), now }, { QStringLiteral(":layout"), layout },
            { QStringLiteral(":copies"), copies }, { QStringLiteral(":reprint"), reprint ? 1 : 0 },
            { QStringLiteral(":reason"), reprint ? reprintReason.trimmed() : QString() },
            { QStringLiteral(":actor"), actor } });
        if (Status s = add.run(); !s)
            return s;
    }
    if (Status s = detail::QueueKeyRepository(mDb).refresh(orderIds); !s) // their print count
        return s;
    return tx.commit();
}

Result<QList<ShippingRepository::PrintLogRow>> ShippingRepository::printLog(qint64 orderId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT o.order_no, p.layout, p.reason, p.actor, p.printed_at, p.copies, p.reprint "
                       "FROM shipping_prints p JOIN orders o ON o.id = p.order_id "
                       "WHERE :id = 0 OR p.order_id = :id2 ORDER BY p.id"));
    q.bind({ { QStringLiteral(":id"), orderId }, { QStringLiteral(":id2"), orderId } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<PrintLogRow> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            core::fromDbTime(q.value(4).toString()), q.value(5).toInt(), q.value(6).toInt() != 0 });
    return out;
}

Result<QHash<QString, QString>> ShippingRepository::provincesByTracking(const QString &courier) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT tracking_no, province FROM orders WHERE courier = :c AND tracking_no <> '' "
                       "AND status IN ('shipped', 'finished') "
                       "UNION ALL SELECT p.tracking_no, o.province FROM shipping_extra_parcels p "
                       "JOIN orders o ON o.id = p.order_id WHERE p.courier = :c2 AND p.status = 'shipped' "
                       "UNION SELECT p.tracking_no, o.province FROM parcels p "
                       "JOIN parcel_lines pl ON pl.parcel_id = p.id JOIN orders o ON o.id = pl.order_id "
                       "WHERE p.courier = :c3 AND p.status = 'shipped' AND p.tracking_no <> ''"));
    q.bind(
        { { QStringLiteral(":c"), courier }, { QStringLiteral(":c2"), courier }, { QStringLiteral(":c3"), courier } });
    if (Status s = q.run(); !s)
        return s.error();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Result<QHash<qint64, qint64>> ShippingRepository::shippedInParcels(qint64 orderId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT l.sku_id, sum(pl.quantity) FROM parcel_lines pl JOIN parcels p ON p.id = pl.parcel_id "
                       "JOIN order_lines l ON l.id = pl.line_id WHERE pl.order_id = :o AND p.status = 'shipped' "
                       "AND l.sku_id IS NOT NULL GROUP BY l.sku_id"));
    q.bind(QStringLiteral(":o"), orderId);
    if (Status s = q.run(); !s)
        return s.error();
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

Result<bool> ShippingRepository::trackingInUse(const QString &trackingNo, qint64 exceptOrderId) const
{
    // An order's number, an after-sale replacement's, or an open parcel's (of orders merged or
    // split) other than this order's.
    SqlQuery q(mDb,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM orders WHERE tracking_no = :t AND id <> :id) "
                       "+ (SELECT COUNT(*) FROM shipping_extra_parcels WHERE tracking_no = :t2) + "
                       "(SELECT COUNT(*) FROM parcels p WHERE p.tracking_no = :t3 AND p.status = 'open' AND NOT "
                       "EXISTS (SELECT 1 FROM parcel_lines pl WHERE pl.parcel_id = p.id AND pl.order_id = :id2))"));
    q.bind({ { QStringLiteral(":t"), trackingNo.trimmed() }, { QStringLiteral(":id"), exceptOrderId },
        { QStringLiteral(":t2"), trackingNo.trimmed() }, { QStringLiteral(":t3"), trackingNo.trimmed() },
        { QStringLiteral(":id2"), exceptOrderId } });
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() && q.value(0).toInt() > 0;
}

Status ShippingRepository::setTracking(qint64 orderId, const QString &courier, const QString &trackingNo)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (!trackingNo.isEmpty()) {
        auto used = trackingInUse(trackingNo, orderId);
        if (!used)
            return used.status();
        if (*used)
            return Error { tr("The tracking number %1 is already used by another order.").arg(trackingNo) };
    }
    SqlQuery q(
        mDb, QStringLiteral("UPDATE orders SET courier = :c, tracking_no = :t WHERE id = :id AND status = 'paid'"));
    q.bind({ { QStringLiteral(":c"), courier }, { QStringLiteral(":t"), trackingNo.trimmed() },
        { QStringLiteral(":id"), orderId } });
    if (Status s = q.run(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error { tr("Only an order waiting for dispatch can get a tracking number.") };
    if (Status s = detail::QueueKeyRepository(mDb).refresh({ orderId }); !s) // its courier
        return s;
    return tx.commit();
}

Status ShippingRepository::setFlag(qint64 orderId, const QString &flag)
{
    if (!OrderFlags::isFlag(flag))
        return Error { tr("“%1” is not a flag colour.").arg(flag) };
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("UPDATE orders SET flag = :f WHERE id = :id"));
    q.bind({ { QStringLiteral(":f"), flag }, { QStringLiteral(":id"), orderId } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Status ShippingRepository::ship(const Shipping &sh)
{
    if (sh.courier.trimmed().isEmpty())
        return Error { tr("Choose the courier before shipping.") };
    if (sh.trackingNo.trimmed().isEmpty())
        return Error { tr("Enter the tracking number before shipping.") };
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto found = load(QStringLiteral("o.id = :id"), { { QStringLiteral(":id"), sh.orderId } });
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Error { tr("There is no order with the number %1.").arg(sh.orderId) };
    const ShipmentOrder &so = found->first();
    if (so.order.status != core::codes::kOrderPaid)
        return Error { tr("The order %1 is not waiting for dispatch.").arg(so.order.orderNo) };
    SqlQuery inParcel(mDb,
        QStringLiteral("SELECT COUNT(*) FROM parcel_lines pl JOIN parcels p ON p.id = pl.parcel_id "
                       "WHERE pl.order_id = :id AND p.status = 'open'"));
    inParcel.bind(QStringLiteral(":id"), sh.orderId);
    if (Status s = inParcel.run(); !s)
        return s;
    if (inParcel.next() && inParcel.value(0).toInt() > 0)
        return Error {
            tr("The order %1 leaves in a parcel (merged or split): ship the parcel.").arg(so.order.orderNo)
        };
    auto used = trackingInUse(sh.trackingNo, sh.orderId);
    if (!used)
        return used.status();
    if (*used)
        return Error { tr("The tracking number %1 is already used by another order.").arg(sh.trackingNo) };
    const QDateTime at = sh.at.isValid() ? sh.at : QDateTime::currentDateTime();
    QList<core::StockMove> moves;
    for (const PackLine &l : so.lines) {
        if (!l.skuId)
            return Error { tr("Order %1: the line “%2 %3” is not matched to a SKU; match it before shipping.")
                               .arg(so.order.orderNo, l.title, l.attributes) };
        core::StockMove m;
        m.skuId = *l.skuId;
        m.kind = core::codes::kMoveShip;
        m.quantity = -l.quantity;
        m.reference = sh.trackingNo.trimmed();
        m.actor = sh.actor;
        m.at = at;
        m.note = so.order.orderNo;
        moves.append(m);
    }
    SqlQuery q(mDb,
        QStringLiteral("UPDATE orders SET status = 'shipped', shipped_at = :at, courier = :c, tracking_no = :t "
                       "WHERE id = :id AND status = 'paid'"));
    q.bind({ { QStringLiteral(":at"), core::toDbTime(at) }, { QStringLiteral(":c"), sh.courier },
        { QStringLiteral(":t"), sh.trackingNo.trimmed() }, { QStringLiteral(":id"), sh.orderId } });
    if (Status s = q.run(); !s)
        return s;
    SqlQuery pack(mDb,
        QStringLiteral("INSERT INTO shipping_packs (order_id, courier, tracking_no, weight_g, packer, "
                       "est_freight_fen, packed_at) VALUES (:id, :c, :t, :w, :p, :f, :at)"));
    pack.bind({ { QStringLiteral(":id"), sh.orderId }, { QStringLiteral(":c"), sh.courier },
        { QStringLiteral(":t"), sh.trackingNo.trimmed() }, { QStringLiteral(":w"), core::nullable(sh.weightGrams) },
        { QStringLiteral(":p"), sh.packer }, { QStringLiteral(":f"), core::nullable(sh.estimatedFreightFen) },
        { QStringLiteral(":at"), core::toDbTime(at) } });
    if (Status s = pack.run(); !s)
        return s;
    if (!moves.isEmpty()) {
        auto booked = core::StockLedger(mDb).bookAll(moves);
        if (!booked)
            return booked.status();
    }
    return tx.commit();
}

Status ShippingRepository::addTrackingRange(
    const QString &courier, const QString &prefix, qint64 first, qint64 last, int digits)
{
    if (first < 0 || last < first || digits <= 0)
        return Error { tr("A number range runs from a first number up to a last one.") };
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO shipping_tracking_ranges (courier, prefix, next_no, last_no, digits, added_at) "
                       "VALUES (:c, :p, :n, :l, :d, :at)"));
    q.bind({ { QStringLiteral(":c"), courier }, { QStringLiteral(":p"), prefix }, { QStringLiteral(":n"), first },
        { QStringLiteral(":l"), last }, { QStringLiteral(":d"), digits },
        { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Result<qint64> ShippingRepository::rangeLeft(const QString &courier) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT COALESCE(SUM(last_no - next_no + 1), 0) FROM shipping_tracking_ranges "
                       "WHERE courier = :c AND next_no <= last_no"));
    q.bind(QStringLiteral(":c"), courier);
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QStringList> ShippingRepository::assignFromRange(const QString &courier, const QList<qint64> &orderIds)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery next(mDb,
        QStringLiteral("SELECT id, prefix, next_no, last_no, digits FROM shipping_tracking_ranges "
                       "WHERE courier = :c AND next_no <= last_no ORDER BY id LIMIT 1"));
    SqlQuery advance(mDb, QStringLiteral("UPDATE shipping_tracking_ranges SET next_no = :n WHERE id = :id"));
    SqlQuery set(
        mDb, QStringLiteral("UPDATE orders SET courier = :c, tracking_no = :t WHERE id = :id AND status = 'paid'"));
    QStringList out;
    for (qint64 orderId : orderIds) {
        QString number;
        while (number.isEmpty()) {
            next.bind(QStringLiteral(":c"), courier);
            if (Status s = next.run(); !s)
                return s.error();
            if (!next.next())
                return Error {
                    tr("The number ranges of %1 are used up: add the next range the courier issued.").arg(courier)
                };
            const qint64 rangeId = next.value(0).toLongLong();
            const qint64 n = next.value(2).toLongLong();
            const QString candidate
                = next.value(1).toString() + QStringLiteral("%1").arg(n, next.value(4).toInt(), 10, QLatin1Char('0'));
            next.finish();
            advance.bind({ { QStringLiteral(":n"), n + 1 }, { QStringLiteral(":id"), rangeId } });
            if (Status s = advance.run(); !s)
                return s.error();
            auto used = trackingInUse(candidate);
            if (!used)
                return used.error();
            if (!*used)
                number = candidate;
        }
        set.bind({ { QStringLiteral(":c"), courier }, { QStringLiteral(":t"), number },
            { QStringLiteral(":id"), orderId } });
        if (Status s = set.run(); !s)
            return s.error();
        if (set.numRowsAffected() != 1)
            return Error { tr("Only an order waiting for dispatch can get a tracking number.") };
        out << number;
    }
    if (Status s = detail::QueueKeyRepository(mDb).refresh(orderIds); !s) // their courier
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<PickupState> ShippingRepository::pickup(const QString &courier, QDate day) const
{
    PickupState p;
    p.courier = courier;
    p.day = day;
    SqlQuery h(mDb, QStringLiteral("SELECT id, archived FROM shipping_pickups WHERE courier = :c AND day = :d"));
    h.bind({ { QStringLiteral(":c"), courier }, { QStringLiteral(":d"), core::toDbDate(day) } });
    if (Status s = h.run(); !s)
        return s.error();
    if (h.next()) {
        p.id = h.value(0).toLongLong();
        p.archived = h.value(1).toInt() != 0;
    }
    // Each parcel once: a merged parcel's orders share its number; a split order's parcels that
    // left before its last are parcels, not yet shipped orders.
    SqlQuery e(mDb,
        QStringLiteral("SELECT tracking_no FROM orders WHERE courier = :c AND status IN ('shipped', 'finished') "
                       "AND shipped_at >= :from AND shipped_at < :to AND tracking_no <> '' "
                       "UNION SELECT tracking_no FROM parcels WHERE courier = :c2 AND status = 'shipped' "
                       "AND shipped_at >= :from2 AND shipped_at < :to2 AND tracking_no <> '' ORDER BY 1"));
    e.bind({ { QStringLiteral(":c"), courier }, { QStringLiteral(":from"), core::toDbDate(day) },
        { QStringLiteral(":to"), core::toDbDate(day.addDays(1)) }, { QStringLiteral(":c2"), courier },
        { QStringLiteral(":from2"), core::toDbDate(day) },
        { QStringLiteral(":to2"), core::toDbDate(day.addDays(1)) } });
    if (Status s = e.run(); !s)
        return s.error();
    while (e.next())
        p.expected << e.value(0).toString();
    if (p.id) {
        SqlQuery sc(
            mDb, QStringLiteral("SELECT tracking_no FROM shipping_pickup_scans WHERE pickup_id = :id ORDER BY id"));
        sc.bind(QStringLiteral(":id"), p.id);
        if (Status s = sc.run(); !s)
            return s.error();
        while (sc.next())
            p.scanned << sc.value(0).toString();
    }
    return p;
}

Status ShippingRepository::scanStub(const QString &courier, QDate day, const QString &trackingNo, const QString &actor)
{
    const QString t = trackingNo.trimmed();
    if (t.isEmpty())
        return Error { tr("The scanned stub has no tracking number.") };
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    const QString now = core::toDbTime(QDateTime::currentDateTime());
    SqlQuery h(mDb,
        QStringLiteral("INSERT INTO shipping_pickups (courier, day, created_at) VALUES (:c, :d, :at) "
                       "ON CONFLICT (courier, day) DO NOTHING"));
    h.bind({ { QStringLiteral(":c"), courier }, { QStringLiteral(":d"), core::toDbDate(day) },
        { QStringLiteral(":at"), now } });
    if (Status s = h.run(); !s)
        return s;
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO shipping_pickup_scans (pickup_id, tracking_no, scanned_at, actor) "
                       "SELECT id, :t, :at, :actor FROM shipping_pickups WHERE courier = :c AND day = :d "
                       "ON CONFLICT (pickup_id, tracking_no) DO NOTHING"));
    add.bind({ { QStringLiteral(":t"), t }, { QStringLiteral(":at"), now }, { QStringLiteral(":actor"), actor },
        { QStringLiteral(":c"), courier }, { QStringLiteral(":d"), core::toDbDate(day) } });
    if (Status s = add.run(); !s)
        return s;
    return tx.commit();
}

Result<int> ShippingRepository::archivePickups(QDate today, int days)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(mDb, QStringLiteral("UPDATE shipping_pickups SET archived = 1 WHERE archived = 0 AND day < :d"));
    q.bind(QStringLiteral(":d"), core::toDbDate(today.addDays(-days)));
    if (Status s = q.run(); !s)
        return s.error();
    const int n = q.numRowsAffected();
    if (Status s = tx.commit(); !s)
        return s.error();
    return n;
}

QStringList ShippingRepository::claimKinds()
{
    return { QStringLiteral("lost"), QStringLiteral("damaged"), QStringLiteral("undeliverable"),
        QStringLiteral("refused") };
}

Result<qint64> ShippingRepository::openClaim(
    const QString &trackingNo, const QString &kind, const QString &note, const QString &actor, core::Money claim)
{
    if (!claimKinds().contains(kind))
        return Error { tr("A claim is for a lost, damaged, undeliverable or refused parcel.") };
    if (claim.fen() < 0)
        return Error { tr("A claim cannot be for a negative amount (%1).").arg(claim.toDisplayString()) };
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery o(mDb,
        QStringLiteral(
            "SELECT o.id, o.courier, (SELECT MIN(p.day) FROM shipping_pickup_scans s JOIN shipping_pickups p "
            "ON p.id = s.pickup_id WHERE s.tracking_no = o.tracking_no) FROM orders o "
            "WHERE o.tracking_no = :t AND o.tracking_no <> ''"));
    o.bind(QStringLiteral(":t"), trackingNo.trimmed());
    if (Status s = o.run(); !s)
        return s.error();
    if (!o.next())
        return Error { tr("No shipped order has the tracking number %1.").arg(trackingNo) };
    SqlQuery add(mDb,
        QStringLiteral(
            "INSERT INTO shipping_claims (order_id, courier, tracking_no, kind, stub_day, note, opened_at, actor, "
            "claim_fen) VALUES (:o, :c, :t, :k, :d, :n, :at, :actor, :f) RETURNING id"));
    add.bind({ { QStringLiteral(":o"), o.value(0) }, { QStringLiteral(":c"), o.value(1) },
        { QStringLiteral(":t"), trackingNo.trimmed() }, { QStringLiteral(":k"), kind },
        { QStringLiteral(":d"), o.value(2) }, { QStringLiteral(":n"), note },
        { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) }, { QStringLiteral(":actor"), actor },
        { QStringLiteral(":f"), claim.fen() } });
    return tx.commitWith(add.insert());
}

Status ShippingRepository::withdrawClaim(qint64 claimId)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("DELETE FROM shipping_claims WHERE id = :id"));
    q.bind(QStringLiteral(":id"), claimId);
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Result<QList<ShippingRepository::ClaimRow>> ShippingRepository::claims() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT c.id, o.order_no, c.courier, c.tracking_no, c.kind, c.note, c.stub_day, c.opened_at, "
                       "c.claim_fen FROM shipping_claims c JOIN orders o ON o.id = c.order_id ORDER BY c.id"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<ClaimRow> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), core::fromDbDate(q.value(6).toString()),
            core::fromDbTime(q.value(7).toString()), core::Money::fromFen(q.value(8).toLongLong()) });
    return out;
}

} // namespace shopdesk::shipping
