#pragma once

#include "ItemTransfer.h"
#include "ListingsReports.h"
#include "ListingsRepository.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::listings {

/// An item's shelf state: on or off shelf, and when its 7-day cycle started.
struct ShelfState {
    bool onShelf = true;
    QDateTime listedAt;
    bool operator==(const ShelfState &) const = default;
};

/// What the listings workbench (宝贝管理) does with the shop, below its views: the workbench makes
/// one and hands it to every view, whose undo commands call it and nothing else. Reads give what a
/// view shows; plans work out an action's rows without writing (in-store barcodes, new SKUs, a free
/// item code); every write is one transaction, all of it or nothing.
class ListingsService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::ListingsService)
public:
    explicit ListingsService(const core::Database &db)
        : mDb(db)
    {
    }

    // Reads
    core::Result<QList<core::ItemOverview>> overview() const;
    core::Result<core::Item> item(qint64 id) const;
    core::Result<QList<SkuStock>> skuStock(qint64 itemId) const;
    core::Result<std::optional<core::SkuRef>> skuByBarcode(const QString &barcode) const;
    /// True when the item moved stock or is on an order: then a delete archives it.
    core::Result<bool> hasHistory(qint64 itemId) const;
    /// What deleting the item would touch (pieces on hand, open orders, stock movements).
    core::Result<DeleteImpact> deleteImpact(qint64 itemId) const;
    /// The question asked before deleting an item with stock, open orders or movements, naming
    /// them; empty when the item has none (it is deleted without asking).
    static QString deleteQuestion(const QString &itemCode, const DeleteImpact &impact);
    TitleChecker titleChecker() const;
    ListingsSettings settings() const;
    /// The shop's own absolute words, "word<TAB>reason" lines.
    QString shopWords() const;

    // Plans: nothing is written
    /// The first free item code "<code>-2", "<code>-3"… for a copy of the item `code`.
    core::Result<QString> copyCode(const QString &code) const;
    /// The SKUs that colours × sizes add to the item's grid: its own colours and sizes stay, every
    /// new combination becomes a SKU. None when both lists are empty. They have no barcode yet:
    /// editItem() numbers them under the write lock.
    core::Result<QList<core::Sku>> newSkus(qint64 itemId, const QStringList &colors, const QStringList &sizes) const;
    /// The item with its SKUs, as the undo of a delete puts them back.
    core::Result<ItemWithSkus> snapshot(qint64 itemId) const;
    /// Refuses a barcode that cannot be scanned: empty, or 13 digits failing the EAN-13 check.
    static core::Status checkBarcode(const QString &barcode);
    /// The item form's rules, checked before anything is saved: an item code (货号) without spaces,
    /// a title, a category, a price above zero, a cost not below zero. The message names the field.
    static core::Status checkItem(const core::Item &item);
    /// Refuses to put an item on shelf (上架) while it has no stock: buyers would order what the
    /// shop cannot send.
    core::Status checkCanGoOnShelf(const QList<qint64> &itemIds) const;

    // Writes: each one transaction
    /// Adds a new item after checkItem(); it stays off shelf (下架) until it has stock. With
    /// `keepIds` (the undo of a delete) the item comes back exactly as it was.
    core::Result<qint64> addItem(const ItemWithSkus &item, bool keepIds = false);
    /// Saves the form after checkItem(); an item without stock cannot be put on shelf here either.
    /// `seen`: the item's version the form was filled from (core::RowVersions): the save is refused,
    /// naming who changed the item, when another seat saved it since. Without one (the CLI, an
    /// undo of the item's own add) it is saved all the same, and counts as a change.
    core::Status editItem(const core::Item &item, QList<core::Sku> *add, const QList<qint64> &removeSkuIds,
        std::optional<qint64> seen = std::nullopt);
    /// The undo of an edit: the item back as it was (unchecked: it was saved so), its new SKUs gone.
    core::Status revertEdit(const core::Item &before, const QList<qint64> &removeSkuIds);
    /// Deletes an item without history, with its SKUs.
    core::Status removeItem(qint64 itemId);
    core::Status archive(qint64 itemId);
    /// Brings an archived item back with the shelf state it had.
    core::Status unarchive(const core::Item &item);
    /// On shelf is refused for an item without stock (checkCanGoOnShelf).
    core::Status setShelf(const QList<qint64> &itemIds, bool onShelf, const QDateTime &at);
    /// Each item back to its own shelf state, together.
    core::Status setShelfStates(const QList<QPair<qint64, ShelfState>> &states);
    core::Status setShelfState(qint64 itemId, const ShelfState &state);
    /// An in-place title edit; an empty title is refused.
    core::Status setTitle(qint64 itemId, const QString &title, std::optional<qint64> seen = std::nullopt);
    /// The item's short name (简称) for messages to buyers, as stored: empty means "its category
    /// name" (see shortNameDefault).
    core::Result<QString> shortName(qint64 itemId) const;
    /// At most 20 characters, one line; empty goes back to the default.
    core::Status setShortName(qint64 itemId, const QString &shortName);
    /// What a message calls a line of the item when no short name is given: the category's
    /// Chinese name with the line's colour and size (码 added), "牛仔裤 深蓝色 30码".
    static QString shortNameDefault(const QString &category, const QString &color, const QString &size);
    /// An in-place price edit; a negative price is refused.
    core::Status setPrice(qint64 itemId, core::Money price, std::optional<qint64> seen = std::nullopt);
    /// `seen`: the SKU's version its grid was filled from (see editItem).
    core::Status updateSku(const core::Sku &sku, std::optional<qint64> seen = std::nullopt);
    /// The items' versions (core::RowVersions), by id, and one item's SKUs': what a view keeps
    /// with the rows it shows, read before them.
    core::Result<QHash<qint64, qint64>> itemVersions() const;
    core::Result<QHash<qint64, qint64>> skuVersions(qint64 itemId) const;
    /// One item's version as stored now (0 before its first versioned change).
    core::Result<qint64> itemVersion(qint64 itemId) const;
    core::Status setSettings(const QList<QPair<QString, QString>> &values);

    // Files
    core::Result<ImportSummary> importFile(const QString &path);
    core::Result<int> exportFile(const QString &path) const;
    core::Status exportRelistPlan(const QString &path, const QDateTime &now) const;
    core::Result<QList<Label>> labels(const QList<qint64> &itemIds) const;
    /// Writes the items' labels to a PDF; gives how many.
    core::Result<int> writeLabels(const QString &pdfPath, const QList<qint64> &itemIds) const;
    /// Writes the items' labels for a thermal label printer (热敏标签), one label a page of
    /// `stock` ("40x30", "50x30", "60x40" mm) with bars on whole dots of `dpi` (203 or 300), as
    /// shopdesk-cli labels does; gives how many.
    core::Result<int> writeThermalLabels(
        const QString &pdfPath, const QList<qint64> &itemIds, const QString &stock, int dpi) const;

    // Reports
    core::Result<QList<TitleReportRow>> titles() const;
    core::Result<QList<RelistSlot>> relistPlan(const QDateTime &now) const;
    core::Result<QList<AdviceRow>> advice(const QDateTime &now) const;
    core::Result<QList<ParetoRow>> pareto(const QDate &from, const QDate &to) const;

private:
    ListingsRepository repo() const { return ListingsRepository(mDb); }
    /// Reads the item, changes it and writes it back, in one transaction.
    core::Status changeItem(qint64 itemId, const std::function<void(core::Item &)> &change, std::optional<qint64> seen,
        const std::function<QString(const core::Item &)> &what);
    core::Status changeItemOnce(qint64 itemId, const std::function<void(core::Item &)> &change,
        std::optional<qint64> seen, const std::function<QString(const core::Item &)> &what);

    const core::Database &mDb;
};

} // namespace shopdesk::listings
