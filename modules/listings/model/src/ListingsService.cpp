#include "ListingsService.h"

#include <shopdesk/core/CostHistoryRepository.h>
#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/Transaction.h>

#include <QSet>

#include <algorithm>

namespace shopdesk::listings {

using core::Error;
using core::Result;
using core::Status;

Result<QList<core::ItemOverview>> ListingsService::overview() const { return core::ItemRepository(mDb).overview(); }

Result<core::Item> ListingsService::item(qint64 id) const { return repo().item(id); }

Result<QList<SkuStock>> ListingsService::skuStock(qint64 itemId) const { return repo().skuStock(itemId); }

Result<std::optional<core::SkuRef>> ListingsService::skuByBarcode(const QString &barcode) const
{
    return core::ItemRepository(mDb).skuByBarcode(barcode);
}

Result<bool> ListingsService::hasHistory(qint64 itemId) const { return repo().hasHistory(itemId); }

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

Result<qint64> ListingsService::addItem(const ItemWithSkus &item, bool keepIds) { return repo().insert(item, keepIds); }

Status ListingsService::editItem(const core::Item &item, QList<core::Sku> *add, const QList<qint64> &removeSkuIds)
{
    // A cost typed in (the item's, which its SKUs without their own follow) is a change in the
    // SKUs' cost history, as a receipt at another cost is.
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    core::CostHistoryRepository costs(mDb);
    auto before = costs.itemCosts(item.id);
    if (!before)
        return before.status();
    if (Status s = repo().edit(item, add, removeSkuIds); !s)
        return s;
    if (Status s = costs.recordManual(*before, QDateTime::currentDateTime()); !s)
        return s;
    return tx.commit();
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

Status ListingsService::setTitle(qint64 itemId, const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return Error { tr("An item needs a title: the platform does not list an item without one.") };
    return changeItem(itemId, [&trimmed](core::Item &item) { item.title = trimmed; });
}

Status ListingsService::setPrice(qint64 itemId, core::Money price)
{
    if (price.fen() < 0)
        return Error { tr("A price cannot be below zero (%1).").arg(price.toDisplayString()) };
    return changeItem(itemId, [price](core::Item &item) { item.price = price; });
}

Status ListingsService::changeItem(qint64 itemId, const std::function<void(core::Item &)> &change)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto item = repo().item(itemId);
    if (!item)
        return item.status();
    change(*item);
    if (Status s = repo().update(*item); !s)
        return s;
    return tx.commit();
}

Status ListingsService::updateSku(const core::Sku &sku)
{
    if (Status s = checkBarcode(sku.barcode); !s)
        return s;
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    core::CostHistoryRepository costs(mDb);
    auto all = costs.itemCosts(sku.itemId);
    if (!all)
        return all.status();
    if (Status s = repo().updateSku(sku); !s)
        return s;
    const QHash<qint64, core::Money> before { { sku.id, all->value(sku.id) } };
    if (all->contains(sku.id))
        if (Status s = costs.recordManual(before, QDateTime::currentDateTime()); !s)
            return s;
    return tx.commit();
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
