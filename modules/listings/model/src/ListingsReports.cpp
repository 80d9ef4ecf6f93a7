#include "ListingsReports.h"

#include "ListingsLog.h"
#include "ListingsRepository.h"

#include <shopdesk/core/OrderRepository.h>

#include <algorithm>

namespace shopdesk::listings {

namespace {
const core::Setting<int> &kShowcase = AdviceOptions::kShowcaseSlotsSetting;
const core::Setting<int> &kMinimum = AdviceOptions::kMainMinimumSetting;
} // namespace

ListingsSettings ListingsSettings::load(const core::Database &db)
{
    ListingsSettings s;
    core::ShopSettings settings(db);
    if (const QString stored = settings.value(RelistPlanner::kPeakHoursSetting); !stored.isEmpty()) {
        if (auto w = RelistPlanner::parseWindows(stored); w)
            s.peakWindows = *w;
        else // the default hours stand in; the next change writes good ones
            qCWarning(lcListings) << "stored peak hours do not read:" << w.errorMessage();
    }
    if (int n = settings.get(kShowcase); n >= 0)
        s.showcaseSlots = n;
    if (int n = settings.get(kMinimum); n >= 0)
        s.mainMinimum = n;
    return s;
}

QList<QPair<QString, QString>> ListingsSettings::values() const
{
    return { { RelistPlanner::kPeakHoursSetting, RelistPlanner::windowsText(peakWindows) },
        { kShowcase.key, QString::number(showcaseSlots) }, { kMinimum.key, QString::number(mainMinimum) } };
}

core::Status ListingsSettings::save(const core::Database &db) const
{
    return ListingsRepository(db).setSettings(values());
}

core::Result<QList<TitleReportRow>> ListingsReports::titles(const core::Database &db, bool all)
{
    // The items' titles alone: the check reads no SKU (a big shop's 116,000 were read for nothing).
    auto titles = ListingsRepository(db).titles();
    if (!titles)
        return titles.error();
    return TitleChecker::forShop(db).report(*titles, all);
}

namespace {
/// The plan of `onShelf` (by item code), each with its sales of the last 30 days, soonest first.
core::Result<QList<RelistSlot>> planOf(const core::Database &db, QList<RelistItem> onShelf, const QDateTime &now)
{
    const RelistPlanner planner(ListingsSettings::load(db).peakWindows);
    if (!planner.holds(onShelf.size()))
        return planner.plan(onShelf, now); // says why there is no plan, without a month of sales read for it
    auto sales = core::OrderRepository(db).itemSales(now.date().addDays(-30), now.date());
    if (!sales)
        return sales.error();
    QHash<qint64, qint64> salesOf;
    for (const ItemSales &s : *sales)
        salesOf.insert(s.itemId, s.sales.fen());
    for (RelistItem &it : onShelf)
        it.sales = salesOf.value(it.itemId);
    auto plan = planner.plan(onShelf, now);
    if (plan) // soonest first: what the manager relists next is on top
        std::stable_sort(
            plan->begin(), plan->end(), [](const RelistSlot &a, const RelistSlot &b) { return a.next < b.next; });
    return plan;
}
} // namespace

core::Result<QList<RelistSlot>> ListingsReports::relistPlan(const core::Database &db, const QDateTime &now)
{
    // The plan needs the items on shelf and their recent sales, not their stock.
    auto items = ListingsRepository(db).relistItems();
    if (!items)
        return items.error();
    return planOf(db, std::move(items).value(), now);
}

core::Result<QList<AdviceRow>> ListingsReports::advice(const core::Database &db, const QDateTime &now)
{
    auto items = ListingsRepository(db).adviceItems();
    if (!items)
        return items.error();
    // The end of each item's cycle is its next relist in the plan; when the peak hours cannot hold
    // every item, the advice still comes, each cycle then ending 7 days after it was listed. The
    // plan is made of the same items, read once.
    QList<RelistItem> onShelf;
    for (const AdviceItem &a : std::as_const(*items))
        if (a.item.onShelf && !a.item.archived)
            onShelf.append({ a.item.id, a.item.code, a.item.title, a.item.mainPush, 0 });
    auto plan = planOf(db, std::move(onShelf), now);
    QHash<qint64, QDateTime> cycleEnd;
    if (plan)
        for (const RelistSlot &s : *plan)
            cycleEnd.insert(s.item.itemId, s.next);
    for (AdviceItem &a : *items) {
        a.cycleEnd = cycleEnd.value(a.item.id);
        if (!a.cycleEnd.isValid() && a.item.listedAt.isValid()) {
            const qint64 days = std::max<qint64>(0, a.item.listedAt.daysTo(now));
            a.cycleEnd = a.item.listedAt.addDays((days / 7 + 1) * 7);
        }
    }
    const ListingsSettings settings = ListingsSettings::load(db);
    AdviceOptions o;
    o.today = now.date();
    o.showcaseSlots = settings.showcaseSlots;
    o.mainMinimum = settings.mainMinimum;
    return Advisor::advise(*items, o);
}

core::Result<QList<Label>> ListingsReports::labels(const core::Database &db, const QList<qint64> &itemIds)
{
    ListingsRepository repo(db);
    QList<ItemWithSkus> items;
    if (itemIds.isEmpty()) {
        auto all = repo.catalogue();
        if (!all)
            return all.error();
        items = *all;
    } else {
        for (qint64 id : itemIds) {
            auto item = repo.item(id);
            auto skus = repo.skuStock(id);
            if (!item)
                return item.error();
            if (!skus)
                return skus.error();
            ItemWithSkus one { *item, {} };
            for (const SkuStock &s : *skus)
                one.skus << s.sku;
            items << one;
        }
    }
    QList<Label> out;
    for (const ItemWithSkus &i : std::as_const(items))
        for (const core::Sku &s : i.skus)
            out.append({ i.item.code, i.item.title, s.color, s.size, s.barcode, s.price.value_or(i.item.price) });
    return out;
}

core::Result<QList<ParetoRow>> ListingsReports::pareto(const core::Database &db, const QDate &from, const QDate &to)
{
    auto sales = core::OrderRepository(db).itemSales(from, to);
    if (!sales)
        return sales.error();
    return core::pareto(*sales).rows;
}

QString ListingsReports::dayName(int day)
{
    switch (day) {
    case 1:
        return tr("Monday");
    case 2:
        return tr("Tuesday");
    case 3:
        return tr("Wednesday");
    case 4:
        return tr("Thursday");
    case 5:
        return tr("Friday");
    case 6:
        return tr("Saturday");
    case 7:
        return tr("Sunday");
    }
    return {};
}

void ListingsReports::writeRelistCsvRows(const QList<RelistSlot> &plan, QStringList *header, QList<QStringList> *rows)
{
    *header = { tr("Item code"), tr("Title"), tr("Main push"), tr("Weekday"), tr("Time"), tr("Next relist") };
    rows->clear();
    for (const RelistSlot &s : plan)
        rows->append({ s.item.code, s.item.title, s.item.mainPush ? tr("yes") : tr("no"), dayName(s.day), s.timeText(),
            s.next.toString(QStringLiteral("yyyy-MM-dd HH:mm")) });
}

} // namespace shopdesk::listings
