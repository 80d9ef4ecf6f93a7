#include "ListingsService.h"

#include "LabelRoll.h"

#include <shopdesk/core/CostHistoryRepository.h>
#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/Format.h>
#include <shopdesk/core/RowVersions.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/StockOnHandRepository.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/core/WriteRetry.h>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace shopdesk::listings {

namespace {
constexpr int kShortNameMax = ItemTransfer::kShortNameMax;
} // namespace

using core::Error;
using core::Result;
using core::Status;

Result<QList<core::ItemOverview>> ListingsService::overview() const
{
    // The kept stock on hand first takes in the rows booked since (on a server the bookings leave
    // that to the readers: core::StockLedger), so that they stay few. Its failure costs nothing but
    // time: the figures are read right with the rows past the bookmark, and the read says what fails.
    (void)core::retrying([&] { return core::StockOnHandRepository(mDb).catchUp(); });
    return core::ItemRepository(mDb).overview();
}

Result<core::Item> ListingsService::item(qint64 id) const { return repo().item(id); }

Result<QList<SkuStock>> ListingsService::skuStock(qint64 itemId) const { return repo().skuStock(itemId); }

Result<std::optional<core::SkuRef>> ListingsService::skuByBarcode(const QString &barcode) const
{
    return core::ItemRepository(mDb).skuByBarcode(barcode);
}

Result<bool> ListingsService::hasHistory(qint64 itemId) const { return repo().hasHistory(itemId); }

Result<DeleteImpact> ListingsService::deleteImpact(qint64 itemId) const { return repo().deleteImpact(itemId); }

QString ListingsService::deleteQuestion(const QString &itemCode, const DeleteImpact &impact)
{
    if (!impact.any())
        return {};
    QStringList what;
    if (impact.onHand != 0)
        what << tr("%n piece(s) on hand", "", int(impact.onHand));
    if (impact.openOrders > 0)
        what << tr("%n open order(s)", "", impact.openOrders);
    if (impact.movements > 0)
        what << tr("%n stock movement(s)", "", impact.movements);
    return tr("Delete %1? It has %2. It will be archived, not erased: it leaves the items list and goes off "
              "shelf; its orders and stock ledger keep it.")
        .arg(itemCode, what.join(tr(", ")));
}

TitleChecker ListingsService::titleChecker() const { return TitleChecker::forShop(mDb); }

ListingsSettings ListingsService::settings() const { return ListingsSettings::load(mDb); }

QString ListingsService::shopWords() const { return core::ShopSettings(mDb).value(TitleChecker::kShopWordsSetting); }

Result<QString> ListingsService::copyCode(const QString &code) const
{
    const core::ItemRepository items(mDb);
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(code).arg(n);
        auto taken = items.itemByCode(candidate);
        if (!taken)
            return taken.error();
        if (!taken->has_value())
            return candidate;
    }
}

Result<QList<core::Sku>> ListingsService::newSkus(
    qint64 itemId, const QStringList &colors, const QStringList &sizes) const
{
    if (colors.isEmpty() && sizes.isEmpty())
        return QList<core::Sku> {};
    auto existing = repo().skuStock(itemId);
    if (!existing)
        return existing.error();
    QStringList allColors, allSizes;
    QSet<QString> have;
    for (const SkuStock &s : *existing) {
        have.insert(s.sku.color + QLatin1Char('\n') + s.sku.size);
        if (!allColors.contains(s.sku.color))
            allColors << s.sku.color;
        if (!allSizes.contains(s.sku.size))
            allSizes << s.sku.size;
    }
    for (const QString &c : colors)
        if (!allColors.contains(c))
            allColors << c;
    for (const QString &z : sizes)
        if (!allSizes.contains(z))
            allSizes << z;
    QList<core::Sku> added;
    for (const QString &c : allColors)
        for (const QString &z : allSizes)
            if (!have.contains(c + QLatin1Char('\n') + z))
                added.append({ 0, itemId, c, z, QString(), std::nullopt, std::nullopt });
    return added;
}

Result<ItemWithSkus> ListingsService::snapshot(qint64 itemId) const
{
    auto item = repo().item(itemId);
    if (!item)
        return item.error();
    auto skus = repo().skuStock(itemId);
    if (!skus)
        return skus.error();
    ItemWithSkus out { *item, {} };
    for (const SkuStock &s : *skus)
        out.skus << s.sku;
    return out;
}

Status ListingsService::checkBarcode(const QString &barcode)
{
    const bool digits = std::all_of(barcode.cbegin(), barcode.cend(), [](QChar ch) { return ch.isDigit(); });
    if (barcode.trimmed().isEmpty() || (digits && barcode.size() == 13 && !core::ean13::isValid(barcode)))
        return Error {
            tr("“%1” is not a usable barcode: give a valid EAN-13 or the code printed on the tag.").arg(barcode)
        };
    return {};
}

Status ListingsService::checkItem(const core::Item &item)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    const QString code = item.code.trimmed();
    if (code.isEmpty())
        return Error { tr("Item code: every item needs an item code.") };
    if (code.contains(space))
        return Error { tr("Item code: “%1” contains a space; an item code is written without spaces.").arg(code) };
    if (item.title.trimmed().isEmpty())
        return Error { tr("Title: every item needs a title.") };
    if (item.category.trimmed().isEmpty())
        return Error { tr("Category: choose the item's category.") };
    if (item.price.fen() <= 0)
        return Error { tr("Price: %1 is not a price; it must be above zero.").arg(item.price.toDisplayString()) };
    if (item.cost.fen() < 0)
        return Error { tr("Cost: %1 cannot be below zero.").arg(item.cost.toDisplayString()) };
    return {};
}

Status ListingsService::checkCanGoOnShelf(const QList<qint64> &itemIds) const
{
    for (qint64 id : itemIds) {
        auto impact = repo().deleteImpact(id);
        if (!impact)
            return impact.status();
        if (impact->onHand > 0)
            continue;
        auto item = repo().item(id);
        if (!item)
            return item.status();
        return Error { tr("%1 has no stock yet: it stays off shelf until goods are received.").arg(item->code) };
    }
    return {};
}

Result<qint64> ListingsService::addItem(const ItemWithSkus &item, bool keepIds)
{
    if (keepIds)
        return repo().insert(item, true);
    if (Status s = checkItem(item.item); !s)
        return s.error();
    ItemWithSkus created = item;
    created.item.onShelf = false; // a new item has no stock yet
    created.item.listedAt = QDateTime();
    return repo().insert(created, false);
}

Status ListingsService::editItem(
    const core::Item &item, QList<core::Sku> *add, const QList<qint64> &removeSkuIds, std::optional<qint64> seen)
{
    if (Status s = checkItem(item); !s)
        return s;
    // A cost typed in (the item's, which its SKUs without their own follow) is a change in the
    // SKUs' cost history, as a receipt at another cost is.
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (auto v
        = core::RowVersions(mDb).touch(core::RowVersions::Table::Items, item.id, seen, tr("Item %1").arg(item.code));
        !v)
        return v.status();
    if (item.onShelf) {
        auto current = repo().item(item.id);
        if (!current)
            return current.status();
        if (!current->onShelf)
            if (Status s = checkCanGoOnShelf({ item.id }); !s)
                return s;
    }
    core::CostHistoryRepository costs(mDb);
    auto before = costs.itemCosts(item.id);
    if (!before)
        return before.status();
    if (Status s = repo().edit(item, add, removeSkuIds); !s)
        return s;
    if (Status s = costs.recordChangedCosts(*before, QDateTime::currentDateTime()); !s)
        return s;
    return tx.commit();
}

Status ListingsService::revertEdit(const core::Item &before, const QList<qint64> &removeSkuIds)
{
    return repo().edit(before, nullptr, removeSkuIds);
}

Status ListingsService::removeItem(qint64 itemId) { return repo().remove(itemId); }

Status ListingsService::archive(qint64 itemId) { return repo().setArchived(itemId, true); }

Status ListingsService::unarchive(const core::Item &item)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = repo().setArchived(item.id, false); !s)
        return s;
    if (Status s = repo().setOnShelf({ item.id }, item.onShelf, item.listedAt); !s)
        return s;
    return tx.commit();
}

Status ListingsService::setShelf(const QList<qint64> &itemIds, bool onShelf, const QDateTime &at)
{
    if (onShelf)
        if (Status s = checkCanGoOnShelf(itemIds); !s)
            return s;
    return repo().setOnShelf(itemIds, onShelf, onShelf ? at : QDateTime());
}

Status ListingsService::setShelfStates(const QList<QPair<qint64, ShelfState>> &states)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    for (const auto &[id, state] : states)
        if (Status s = repo().setOnShelf({ id }, state.onShelf, state.listedAt); !s)
            return s;
    return tx.commit();
}

Status ListingsService::setShelfState(qint64 itemId, const ShelfState &state)
{
    return repo().setOnShelf({ itemId }, state.onShelf, state.listedAt);
}

Status ListingsService::setTitle(qint64 itemId, const QString &title, std::optional<qint64> seen)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return Error { tr("An item needs a title: the platform does not list an item without one.") };
    return changeItem(
        itemId, [&trimmed](core::Item &item) { item.title = trimmed; }, seen,
        [](const core::Item &item) { return tr("The title of %1").arg(item.code); });
}

Result<QString> ListingsService::shortName(qint64 itemId) const { return repo().shortName(itemId); }

Status ListingsService::setShortName(qint64 itemId, const QString &shortName)
{
    const QString name = shortName.simplified();
    if (name.size() > kShortNameMax)
        return Error {
            tr("A short name is at most %1 characters: “%2” has %3.").arg(kShortNameMax).arg(name).arg(name.size())
        };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (auto exists = repo().shortName(itemId); !exists)
        return exists.status();
    if (Status s = repo().setShortName(itemId, name); !s)
        return s;
    return tx.commit();
}

QString ListingsService::shortNameDefault(const QString &category, const QString &color, const QString &size)
{
    return core::format::messageItemName(QString(), category, color, size);
}

Status ListingsService::setPrice(qint64 itemId, core::Money price, std::optional<qint64> seen)
{
    if (price.fen() < 0)
        return Error { tr("A price cannot be below zero (%1).").arg(price.toDisplayString()) };
    return changeItem(
        itemId, [price](core::Item &item) { item.price = price; }, seen,
        [](const core::Item &item) { return tr("The price of %1").arg(item.code); });
}

Status ListingsService::changeItem(qint64 itemId, const std::function<void(core::Item &)> &change,
    std::optional<qint64> seen, const std::function<QString(const core::Item &)> &what)
{
    return core::retrying([&] { return changeItemOnce(itemId, change, seen, what); });
}

Status ListingsService::changeItemOnce(qint64 itemId, const std::function<void(core::Item &)> &change,
    std::optional<qint64> seen, const std::function<QString(const core::Item &)> &what)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto item = repo().item(itemId);
    if (!item)
        return item.status();
    if (auto v = core::RowVersions(mDb).touch(core::RowVersions::Table::Items, itemId, seen, what(*item)); !v)
        return v.status();
    change(*item);
    if (Status s = repo().update(*item); !s)
        return s;
    return tx.commit();
}

Status ListingsService::updateSku(const core::Sku &sku, std::optional<qint64> seen)
{
    if (Status s = checkBarcode(sku.barcode); !s)
        return s;
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    {
        auto item = repo().item(sku.itemId);
        if (!item)
            return item.status();
        if (auto v = core::RowVersions(mDb).touch(core::RowVersions::Table::Skus, sku.id, seen,
                tr("The SKU %1/%2 of %3").arg(sku.color, sku.size, item->code));
            !v)
            return v.status();
    }
    core::CostHistoryRepository costs(mDb);
    auto all = costs.itemCosts(sku.itemId);
    if (!all)
        return all.status();
    if (Status s = repo().updateSku(sku); !s)
        return s;
    const QHash<qint64, core::Money> before { { sku.id, all->value(sku.id) } };
    if (all->contains(sku.id))
        if (Status s = costs.recordChangedCosts(before, QDateTime::currentDateTime()); !s)
            return s;
    return tx.commit();
}

Result<QHash<qint64, qint64>> ListingsService::itemVersions() const
{
    return core::RowVersions(mDb).versions(core::RowVersions::Table::Items);
}

Result<QHash<qint64, qint64>> ListingsService::skuVersions(qint64 itemId) const
{
    return core::RowVersions(mDb).skuVersionsOf(itemId);
}

Result<qint64> ListingsService::itemVersion(qint64 itemId) const
{
    auto stamp = core::RowVersions(mDb).stamp(core::RowVersions::Table::Items, itemId);
    if (!stamp)
        return stamp.error();
    return stamp->version;
}

Status ListingsService::setSettings(const QList<QPair<QString, QString>> &values) { return repo().setSettings(values); }

Result<ImportSummary> ListingsService::importFile(const QString &path) { return ItemTransfer::importFile(mDb, path); }

Result<int> ListingsService::exportFile(const QString &path) const { return ItemTransfer::exportFile(mDb, path); }

Status ListingsService::exportRelistPlan(const QString &path, const QDateTime &now) const
{
    auto plan = ListingsReports::relistPlan(mDb, now);
    if (!plan)
        return plan.status();
    QStringList header;
    QList<QStringList> rows;
    ListingsReports::writeRelistCsvRows(*plan, &header, &rows);
    return core::writeCsv(path, header, rows);
}

Result<QList<Label>> ListingsService::labels(const QList<qint64> &itemIds) const
{
    if (itemIds.isEmpty())
        return QList<Label> {};
    return ListingsReports::labels(mDb, itemIds);
}

Result<int> ListingsService::writeLabels(const QString &pdfPath, const QList<qint64> &itemIds) const
{
    auto labels = this->labels(itemIds);
    if (!labels)
        return labels.error();
    if (labels->isEmpty())
        return Error { tr("The selected items have no SKUs, so there are no labels to print.") };
    if (Status s = LabelSheet::writePdf(pdfPath, *labels); !s)
        return s.error();
    return int(labels->size());
}

Result<int> ListingsService::writeThermalLabels(
    const QString &pdfPath, const QList<qint64> &itemIds, const QString &stock, int dpi) const
{
    auto roll = LabelStock::byName(stock);
    if (!roll)
        return roll.error();
    if (dpi != 203 && dpi != 300)
        return Error { tr("A label printer prints at 203 or 300 dpi, not %1.").arg(dpi) };
    auto labels = this->labels(itemIds);
    if (!labels)
        return labels.error();
    if (labels->isEmpty())
        return Error { tr("The selected items have no SKUs, so there are no labels to print.") };
    if (Status s = LabelRoll::writePdf(pdfPath, *labels, *roll, dpi); !s)
        return s.error();
    return int(labels->size());
}

Result<QList<TitleReportRow>> ListingsService::titles() const { return ListingsReports::titles(mDb); }

Result<QList<RelistSlot>> ListingsService::relistPlan(const QDateTime &now) const
{
    return ListingsReports::relistPlan(mDb, now);
}

Result<QList<AdviceRow>> ListingsService::advice(const QDateTime &now) const
{
    return ListingsReports::advice(mDb, now);
}

Result<QList<ParetoRow>> ListingsService::pareto(const QDate &from, const QDate &to) const
{
    return ListingsReports::pareto(mDb, from, to);
}

} // namespace shopdesk::listings
