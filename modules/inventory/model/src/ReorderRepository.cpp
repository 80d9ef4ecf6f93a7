#include "shopdesk/inventory/ReorderRepository.h"

#include "shopdesk/inventory/PurchaseOrderRepository.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/StockOnHandRepository.h>

#include <QHash>

#include <algorithm>
#include <cmath>

namespace shopdesk::inventory {

using core::Error;
using core::SqlQuery;
using core::Status;

namespace {
/// Whole pieces for a demand: rounded up, without a float's 3.0000000001 becoming 4.
qint64 wholePieces(double demand) { return demand <= 0 ? 0 : qint64(std::ceil(demand - 1e-9)); }

QString startOf(QDate day) { return core::toDbTime(QDateTime(day, QTime(0, 0))); }

/// Where the plans of the item at `first` end (the plans come item by item), and whether its SKUs
/// on shelf have broken sizes: some with nothing available and some with stock.
qsizetype itemEnd(const QList<SkuPlan> &plans, qsizetype first, bool *broken)
{
    const qint64 itemId = plans.at(first).itemId;
    bool soldOut = false, inStock = false;
    qsizetype end = first;
    for (; end < plans.size() && plans.at(end).itemId == itemId; ++end)
        if (const SkuPlan &p = plans.at(end); p.onShelf)
            (p.available() <= 0 ? soldOut : inStock) = true;
    *broken = soldOut && inStock;
    return end;
}
} // namespace

std::optional<double> SkuPlan::daysOfCover() const
{
    const double daily = dailySales();
    if (daily <= 0)
        return std::nullopt;
    return std::max<qint64>(0, available()) / daily;
}

qint64 SupplierReorder::pieces() const
{
    qint64 n = 0;
    for (const ReorderSuggestion &l : lines)
        n += l.quantity;
    return n;
}

core::Result<QList<core::Promotion>> ReorderRepository::upcomingPromotions(QDate today) const
{
    return core::PromotionRepository(mDb).between(today, today.addDays(kWarnDaysAhead));
}

core::Result<QList<ReorderLine>> ReorderRepository::mainItemsBelowMinimum() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT i.code, i.title, i.min_stock, coalesce((SELECT sum(%1) FROM skus s WHERE s.item_id = "
                       "i.id), 0) FROM items i WHERE i.main_push = 1 AND i.archived = 0 ORDER BY i.code")
            .arg(core::StockOnHandRepository::onHandOf(QStringLiteral("s.id"))));
    if (Status s = q.run(); !s)
        return s.error();
    QList<ReorderLine> out;
    while (q.next()) {
        ReorderLine l;
        l.itemCode = q.value(0).toString();
        l.itemTitle = q.value(1).toString();
        const int own = q.value(2).toInt();
        l.minimum = std::min(own > 0 ? own : kDefaultMinimum, kMaximumMinimum);
        l.onHand = q.value(3).toLongLong();
        if (l.onHand < l.minimum)
            out << l;
    }
    return out;
}

core::Result<QList<SkuPlan>> ReorderRepository::skuPlans(QDate today) const { return plansOn(today, true); }

core::Result<QList<SkuPlan>> ReorderRepository::plansOn(QDate today, bool skuTexts) const
{
    // The items, then their SKUs, each read once and joined here: one row per SKU with its item's
    // texts (and sorted by them) cost three times as much on 116,000 SKUs of 10,000 items, most of
    // it in the sort and in making each SKU's copy of its item's title.
    struct ItemFacts {
        qint64 id = 0;
        QString code, title, category;
        bool onShelf = true, mainPush = false;
        int minimum = 0;
        qint64 costFen = 0;
        QVariant supplierId;
    };
    QList<ItemFacts> items; // by code, as the plans are listed
    QHash<qint64, qsizetype> itemAt;
    {
        SqlQuery iq(mDb,
            QStringLiteral("SELECT id, code, title, category, on_shelf, main_push, min_stock, cost_fen, supplier_id "
                           "FROM items WHERE archived = 0 ORDER BY code"));
        if (Status s = iq.run(); !s)
            return s.error();
        while (iq.next()) {
            itemAt.insert(iq.value(0).toLongLong(), items.size());
            items.append({ iq.value(0).toLongLong(), iq.value(1).toString(), iq.value(2).toString(),
                iq.value(3).toString(), iq.value(4).toInt() != 0, iq.value(5).toInt() != 0, iq.value(6).toInt(),
                iq.value(7).toLongLong(), iq.value(8) });
        }
    }
    struct SkuFacts {
        qint64 id = 0;
        QString color, size, barcode;
        QVariant minimum, costFen;
    };
    QList<QList<SkuFacts>> skusOf(items.size()); // by the item's position, in id order
    {
        SqlQuery sq(mDb,
            skuTexts
                ? QStringLiteral("SELECT id, item_id, min_stock, cost_fen, color, size, barcode FROM skus ORDER BY id")
                : QStringLiteral("SELECT id, item_id, min_stock, cost_fen FROM skus ORDER BY id"));
        sq.setForwardOnly(true);
        if (Status s = sq.run(); !s)
            return s.error();
        while (sq.next()) {
            const auto at = itemAt.constFind(sq.value(1).toLongLong());
            if (at == itemAt.cend())
                continue; // an archived item's
            SkuFacts f { sq.value(0).toLongLong(), {}, {}, {}, sq.value(2), sq.value(3) };
            if (skuTexts) {
                f.color = sq.value(4).toString();
                f.size = sq.value(5).toString();
                f.barcode = sq.value(6).toString();
            }
            skusOf[*at].append(f);
        }
    }
    QList<SkuPlan> plans;
    QHash<qint64, qint64> usualSupplier; // item → items.supplier_id
    for (qsizetype k = 0; k < items.size(); ++k) {
        const ItemFacts &item = items.at(k);
        const QList<SkuFacts> &skus = skusOf.at(k);
        if (!item.supplierId.isNull() && !skus.isEmpty())
            usualSupplier.insert(item.id, item.supplierId.toLongLong());
        const int skuCount = std::max<qsizetype>(1, skus.size());
        for (const SkuFacts &sku : skus) {
            SkuPlan p;
            p.skuId = sku.id;
            p.itemId = item.id;
            p.itemCode = item.code;
            p.itemTitle = item.title;
            p.category = item.category;
            p.color = sku.color;
            p.size = sku.size;
            p.barcode = sku.barcode;
            p.onShelf = item.onShelf;
            p.mainPush = item.mainPush;
            if (!sku.minimum.isNull()) {
                p.minimum = sku.minimum.toInt();
                p.ownMinimum = true;
            } else {
                // The item's minimum is for the item: each SKU keeps its share, rounded up.
                int itemMinimum = item.minimum;
                if (itemMinimum <= 0 && p.mainPush)
                    itemMinimum = kDefaultMinimum;
                if (p.mainPush)
                    itemMinimum = std::min(itemMinimum, kMaximumMinimum);
                p.minimum = (itemMinimum + skuCount - 1) / skuCount;
            }
            p.unitCost = core::Money::fromFen(sku.costFen.isNull() ? item.costFen : sku.costFen.toLongLong());
            plans << p;
        }
    }

    // Suppliers: the item's usual one unless archived, else the first linked one by name.
    struct SupplierInfo {
        QString name;
        int leadDays = kDefaultLeadDays;
        bool archived = false;
    };
    QHash<qint64, SupplierInfo> suppliers;
    {
        SqlQuery sq(mDb, QStringLiteral("SELECT id, name, lead_days, archived FROM suppliers"));
        if (Status s = sq.run(); !s)
            return s.error();
        while (sq.next())
            suppliers.insert(
                sq.value(0).toLongLong(), { sq.value(1).toString(), sq.value(2).toInt(), sq.value(3).toInt() != 0 });
    }
    QHash<qint64, QList<qint64>> links; // item → suppliers by name
    {
        SqlQuery lq(mDb,
            QStringLiteral("SELECT l.item_id, l.supplier_id FROM item_suppliers l JOIN suppliers s ON s.id = "
                           "l.supplier_id ORDER BY l.item_id, s.name"));
        if (Status s = lq.run(); !s)
            return s.error();
        while (lq.next())
            links[lq.value(0).toLongLong()].append(lq.value(1).toLongLong());
    }

    auto sold = core::AvailableStockRepository(mDb).bySku();
    if (!sold)
        return sold.error();
    auto transit = PurchaseOrderRepository(mDb).inTransitBySku();
    if (!transit)
        return transit.error();
    SqlQuery sales(mDb,
        QStringLiteral("SELECT l.sku_id, sum(CASE WHEN o.paid_at >= :from7 THEN l.quantity ELSE 0 END), "
                       "sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                       "WHERE l.sku_id IS NOT NULL AND o.status IN ('paid', 'shipped', 'finished') "
                       "AND o.paid_at >= :from30 AND o.paid_at < :end GROUP BY l.sku_id"));
    sales.bind({ { QStringLiteral(":from7"), startOf(today.addDays(-6)) },
        { QStringLiteral(":from30"), startOf(today.addDays(-29)) },
        { QStringLiteral(":end"), startOf(today.addDays(1)) } });
    if (Status s = sales.run(); !s)
        return s.error();
    QHash<qint64, std::pair<qint64, qint64>> soldBySku;
    while (sales.next())
        soldBySku.insert(sales.value(0).toLongLong(), { sales.value(1).toLongLong(), sales.value(2).toLongLong() });

    // The plans come item by item: each item's suppliers are worked out once, for its first SKU.
    struct ItemSupplier {
        qint64 itemId = -1, supplierId = 0;
        QString name;
        int leadDays = kDefaultLeadDays;
        QStringList others;
    } of;
    for (SkuPlan &p : plans) {
        p.stock = sold->value(p.skuId);
        p.inTransit = transit->value(p.skuId);
        const auto [s7, s30] = soldBySku.value(p.skuId);
        p.sold7 = s7;
        p.sold30 = s30;
        if (of.itemId != p.itemId) {
            of = { p.itemId, 0, {}, kDefaultLeadDays, {} };
            QList<qint64> candidates = links.value(p.itemId);
            if (usualSupplier.contains(p.itemId)) {
                candidates.removeAll(usualSupplier.value(p.itemId));
                candidates.prepend(usualSupplier.value(p.itemId));
            }
            for (qint64 id : std::as_const(candidates)) {
                const auto it = suppliers.constFind(id);
                if (it == suppliers.cend() || it->archived)
                    continue;
                if (of.supplierId == 0) {
                    of.supplierId = id;
                    of.name = it->name;
                    of.leadDays = it->leadDays;
                } else {
                    of.others << it->name;
                }
            }
        }
        p.supplierId = of.supplierId;
        p.supplierName = of.name;
        p.leadDays = of.leadDays;
        p.otherSuppliers = of.others;
    }
    return plans;
}

core::Result<std::optional<double>> ReorderRepository::liftOn(QDate day) const
{
    // The KPI daily report first: the platform's own count of units.
    SqlQuery kpi(mDb,
        QStringLiteral("SELECT sum(CASE WHEN day = :day THEN units ELSE 0 END), "
                       "sum(CASE WHEN day = :day2 THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN day < :day3 THEN units ELSE 0 END), "
                       "sum(CASE WHEN day < :day4 THEN 1 ELSE 0 END) FROM kpi_daily "
                       "WHERE day >= :from AND day <= :to"));
    const QString d = core::toDbDate(day);
    kpi.bind({ { QStringLiteral(":day"), d }, { QStringLiteral(":day2"), d }, { QStringLiteral(":day3"), d },
        { QStringLiteral(":day4"), d }, { QStringLiteral(":from"), core::toDbDate(day.addDays(-30)) },
        { QStringLiteral(":to"), d } });
    if (Status s = kpi.run(); !s)
        return s.error();
    if (kpi.next() && kpi.value(1).toInt() > 0 && kpi.value(3).toInt() > 0 && kpi.value(2).toLongLong() > 0)
        return std::optional<double>(kpi.value(0).toDouble() / (kpi.value(2).toDouble() / kpi.value(3).toDouble()));
    kpi.finish();
    // Else the shop's own orders: that day's pieces over the average of the 30 days before it.
    SqlQuery orders(mDb,
        QStringLiteral(
            "SELECT sum(CASE WHEN o.paid_at >= :day THEN l.quantity ELSE 0 END), "
            "sum(CASE WHEN o.paid_at < :day2 THEN l.quantity ELSE 0 END) "
            "FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "WHERE o.status IN ('paid', 'shipped', 'finished') AND o.paid_at >= :from AND o.paid_at < :end"));
    orders.bind({ { QStringLiteral(":day"), startOf(day) }, { QStringLiteral(":day2"), startOf(day) },
        { QStringLiteral(":from"), startOf(day.addDays(-30)) }, { QStringLiteral(":end"), startOf(day.addDays(1)) } });
    if (Status s = orders.run(); !s)
        return s.error();
    if (orders.next() && orders.value(0).toLongLong() > 0 && orders.value(1).toLongLong() > 0)
        return std::optional<double>(orders.value(0).toDouble() / (orders.value(1).toDouble() / 30.0));
    return std::optional<double>();
}

core::Result<std::optional<PromotionLift>> ReorderRepository::nextPromotion(QDate today) const
{
    auto upcoming = upcomingPromotions(today);
    if (!upcoming)
        return upcoming.error();
    if (upcoming->isEmpty())
        return std::optional<PromotionLift>();
    PromotionLift lift;
    lift.promotion = upcoming->first();
    lift.lastYearDay = lift.promotion.day.addYears(-1);
    if (lift.promotion.own) {
        // The store's own date: last year's date of that name, where it entered one.
        const int year = lift.promotion.day.year() - 1;
        auto own = core::PromotionRepository(mDb).own(QDate(year, 1, 1), QDate(year, 12, 31));
        if (!own)
            return own.error();
        for (const core::Promotion &p : *own)
            if (p.name == lift.promotion.name)
                lift.lastYearDay = p.day;
    }
    auto factor = liftOn(lift.lastYearDay);
    if (!factor)
        return factor.error();
    lift.factor = *factor;
    return std::optional<PromotionLift>(lift);
}

ReorderSuggestion ReorderRepository::suggestionFor(const SkuPlan &p, const std::optional<PromotionLift> &promotion)
{
    ReorderSuggestion s;
    s.sku = p;
    const double daily = p.dailySales();
    s.leadDemand = wholePieces(daily * p.leadDays);
    s.promotionDemand = promotion ? wholePieces(daily * promotion->extraDays()) : 0;
    s.quantity = p.minimum + s.leadDemand + s.promotionDemand - p.available() - p.inTransit;
    return s;
}

QList<SupplierReorder> ReorderRepository::suggest(
    const QList<SkuPlan> &plans, const std::optional<PromotionLift> &promotion)
{
    QList<SupplierReorder> out;
    QHash<qint64, qsizetype> bySupplier;
    for (const SkuPlan &p : plans) {
        const ReorderSuggestion s = suggestionFor(p, promotion);
        if (s.quantity <= 0)
            continue;
        auto at = bySupplier.constFind(p.supplierId);
        if (at == bySupplier.cend()) {
            SupplierReorder r;
            r.supplierId = p.supplierId;
            r.supplierName = p.supplierName;
            r.leadDays = p.leadDays;
            if (promotion)
                r.decideBy = std::min(promotion->promotion.prepareBy, promotion->promotion.day.addDays(-p.leadDays));
            at = bySupplier.insert(p.supplierId, out.size());
            out << r;
        }
        out[*at].lines << s;
    }
    std::stable_sort(out.begin(), out.end(), [](const SupplierReorder &a, const SupplierReorder &b) {
        if ((a.supplierId == 0) != (b.supplierId == 0))
            return b.supplierId == 0;
        return a.supplierName < b.supplierName;
    });
    return out;
}

core::Result<QList<SupplierReorder>> ReorderRepository::reorderList(QDate today) const
{
    auto overview = this->overview(today);
    if (!overview)
        return overview.error();
    return overview->list;
}

core::Result<QList<BrokenSizes>> ReorderRepository::brokenSizes() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT i.id, i.code, i.title, s.id, s.color, s.size FROM skus s JOIN items i ON i.id = "
                       "s.item_id WHERE i.archived = 0 AND i.on_shelf = 1 ORDER BY i.code, s.id"));
    if (Status s = q.run(); !s)
        return s.error();
    auto stock = core::AvailableStockRepository(mDb).bySku();
    if (!stock)
        return stock.error();
    QList<BrokenSizes> all;
    while (q.next()) {
        const qint64 itemId = q.value(0).toLongLong();
        if (all.isEmpty() || all.last().itemId != itemId)
            all.append({ itemId, q.value(1).toString(), q.value(2).toString(), {}, {} });
        const QString sku = QStringLiteral("%1/%2").arg(q.value(4).toString(), q.value(5).toString());
        const qint64 available = stock->value(q.value(3).toLongLong()).available();
        if (available <= 0)
            all.last().soldOut << sku;
        else
            all.last().inStock << QStringLiteral("%1 (%2)").arg(sku).arg(available);
    }
    QList<BrokenSizes> out;
    for (const BrokenSizes &b : std::as_const(all))
        if (!b.soldOut.isEmpty() && !b.inStock.isEmpty())
            out << b;
    return out;
}

QList<BrokenSizes> ReorderRepository::brokenSizes(const QList<SkuPlan> &plans)
{
    // By item code and SKU, as brokenSizes() reads them. Each item's SKUs are looked at first and
    // its sizes written out only when some are sold out and some are not (a big shop's 116,000
    // SKUs each written as text cost more than the whole plan's arithmetic).
    QList<BrokenSizes> out;
    for (qsizetype first = 0; first < plans.size();) {
        const qint64 itemId = plans.at(first).itemId;
        bool broken = false;
        const qsizetype end = itemEnd(plans, first, &broken);
        if (broken) {
            const SkuPlan &head = plans.at(first);
            BrokenSizes b { itemId, head.itemCode, head.itemTitle, {}, {} };
            for (qsizetype k = first; k < end; ++k) {
                const SkuPlan &p = plans.at(k);
                if (!p.onShelf)
                    continue;
                const QString sku = QStringLiteral("%1/%2").arg(p.color, p.size);
                const qint64 available = p.available();
                if (available <= 0)
                    b.soldOut << sku;
                else
                    b.inStock << QStringLiteral("%1 (%2)").arg(sku).arg(available);
            }
            out << b;
        }
        first = end;
    }
    return out;
}

Status ReorderRepository::readSkuTexts(QList<SkuPlan> &plans, const std::optional<PromotionLift> &promotion) const
{
    // The SKUs shown: those to reorder and every SKU on shelf of an item with broken sizes (as
    // brokenSizes() lists them), by their place among the plans.
    QHash<qint64, qsizetype> shown;
    for (qsizetype first = 0; first < plans.size();) {
        bool broken = false;
        const qsizetype end = itemEnd(plans, first, &broken);
        for (qsizetype k = first; k < end; ++k) {
            const SkuPlan &p = plans.at(k);
            if ((broken && p.onShelf) || suggestionFor(p, promotion).quantity > 0)
                shown.insert(p.skuId, k);
        }
        first = end;
    }
    return core::forIdsInChunks(mDb, QStringLiteral("SELECT id, color, size, barcode FROM skus WHERE id IN (%1)"),
        shown.keys(), [&](const SqlQuery &q) {
            SkuPlan &p = plans[shown.value(q.value(0).toLongLong())];
            p.color = q.value(1).toString();
            p.size = q.value(2).toString();
            p.barcode = q.value(3).toString();
        });
}

core::Result<ReorderOverview> ReorderRepository::overview(QDate today) const
{
    // Every SKU is planned, but only the SKUs shown are read with their colour, size and barcode:
    // on a big shop most need nothing, and reading 116,000 SKUs' texts was a third of the list's time.
    auto plans = plansOn(today, false);
    if (!plans)
        return plans.error();
    auto promotion = nextPromotion(today);
    if (!promotion)
        return promotion.error();
    if (Status s = readSkuTexts(*plans, *promotion); !s)
        return s.error();
    ReorderOverview out;
    out.promotion = *promotion;
    out.list = suggest(*plans, *promotion);
    out.brokenSizes = brokenSizes(*plans);
    return out;
}

Status ReorderRepository::setSkuMinimum(qint64 skuId, std::optional<int> minimum)
{
    if (minimum && *minimum < 0)
        return Error { tr("A minimum stock cannot be below 0 (it is %1).").arg(*minimum) };
    SqlQuery q(mDb, QStringLiteral("UPDATE skus SET min_stock = :min WHERE id = :id"));
    q.bind({ { QStringLiteral(":min"), core::nullable(minimum) }, { QStringLiteral(":id"), skuId } });
    if (Status s = q.run(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error { tr("There is no SKU with the number %1.").arg(skuId) };
    return {};
}

core::Result<std::optional<int>> ReorderRepository::skuMinimum(qint64 skuId) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT min_stock FROM skus WHERE id = :id"));
    q.bind(QStringLiteral(":id"), skuId);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("There is no SKU with the number %1.").arg(skuId) };
    return q.value(0).isNull() ? std::optional<int>() : std::optional<int>(q.value(0).toInt());
}

Status ReorderRepository::setLeadDays(qint64 supplierId, int days)
{
    if (days < 0 || days > 365)
        return Error { tr("A lead time is 0 to 365 days, not %1.").arg(days) };
    SqlQuery q(mDb, QStringLiteral("UPDATE suppliers SET lead_days = :days WHERE id = :id"));
    q.bind({ { QStringLiteral(":days"), days }, { QStringLiteral(":id"), supplierId } });
    if (Status s = q.run(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error { tr("There is no supplier with the number %1.").arg(supplierId) };
    return {};
}

core::Result<int> ReorderRepository::leadDays(qint64 supplierId) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT lead_days FROM suppliers WHERE id = :id"));
    q.bind(QStringLiteral(":id"), supplierId);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("There is no supplier with the number %1.").arg(supplierId) };
    return q.value(0).toInt();
}

Status ReorderRepository::linkSupplier(qint64 itemId, qint64 supplierId)
{
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO item_suppliers (item_id, supplier_id) SELECT :item, :supplier WHERE NOT EXISTS "
                       "(SELECT 1 FROM item_suppliers WHERE item_id = :item2 AND supplier_id = :supplier2)"));
    q.bind({ { QStringLiteral(":item"), itemId }, { QStringLiteral(":supplier"), supplierId },
        { QStringLiteral(":item2"), itemId }, { QStringLiteral(":supplier2"), supplierId } });
    return q.run();
}

Status ReorderRepository::unlinkSupplier(qint64 itemId, qint64 supplierId)
{
    SqlQuery q(mDb, QStringLiteral("DELETE FROM item_suppliers WHERE item_id = :item AND supplier_id = :supplier"));
    q.bind({ { QStringLiteral(":item"), itemId }, { QStringLiteral(":supplier"), supplierId } });
    return q.run();
}

core::Result<QList<qint64>> ReorderRepository::suppliersOf(qint64 itemId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT s.id FROM suppliers s WHERE s.id = (SELECT supplier_id FROM items WHERE id = :item) "
                       "OR s.id IN (SELECT supplier_id FROM item_suppliers WHERE item_id = :item2) "
                       "ORDER BY CASE WHEN s.id = (SELECT supplier_id FROM items WHERE id = :item3) THEN 0 ELSE 1 END, "
                       "s.name"));
    q.bind({ { QStringLiteral(":item"), itemId }, { QStringLiteral(":item2"), itemId },
        { QStringLiteral(":item3"), itemId } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace shopdesk::inventory
