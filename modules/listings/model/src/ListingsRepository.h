#pragma once

#include "Advice.h"
#include "RelistPlanner.h"
#include "TitleChecker.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::listings {

/// A SKU with its on-hand from the stock ledger and what of it is available (可用库存: on hand
/// less paid orders not yet shipped, core::AvailableStockRepository).
struct SkuStock {
    core::Sku sku;
    qint64 onHand = 0;
    qint64 available = 0;
};

/// An item with all its SKUs (import, export, undo of a delete).
struct ItemWithSkus {
    core::Item item;
    QList<core::Sku> skus;
    /// The item's short name (简称) as an export writes it and an import sets it; unset: the
    /// import's file has no such column, and the shop's stays as it is.
    std::optional<QString> shortName;
};

/// What deleting an item would touch: its pieces on hand (the ledger's sum over its SKUs), the
/// open (unpaid or paid, not yet shipped) orders with one of its SKUs, its stock movements.
struct DeleteImpact {
    qint64 onHand = 0;
    int openOrders = 0;
    int movements = 0;
    bool any() const { return onHand != 0 || openOrders > 0 || movements > 0; }
    bool operator==(const DeleteImpact &) const = default;
};

/// What the shop already holds, for checking an import before anything is written.
struct ExistingCatalogue {
    QHash<QString, core::Item> itemByCode;
    QHash<qint64, QString> barcodeBySkuId;
    QHash<QString, QString> itemCodeByBarcode;
    /// "itemId\ncolour\nsize" → SKU id
    QHash<QString, qint64> skuIdByKey;
    qint64 nextSerial[10] = {}; ///< next free in-store serial per prefix 20…29
    static QString key(qint64 itemId, const QString &color, const QString &size);
};

/// The listings workbench's reads and writes beyond core's ItemRepository: editing, shelf state,
/// archiving, bulk import, and the sales figures the advice and the Pareto view need.
/// Every write method is one transaction.
class ListingsRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::ListingsRepository)
public:
    explicit ListingsRepository(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<core::Item> item(qint64 id) const;
    core::Result<QList<SkuStock>> skuStock(qint64 itemId) const;
    core::Result<QList<ItemWithSkus>> catalogue() const; ///< every item that is not archived, with SKUs
    /// Every item that is not archived, by code: its id, code and title (the title check's reading,
    /// without the SKUs).
    core::Result<QList<ItemTitle>> titles() const;
    core::Result<ExistingCatalogue> existing() const;
    /// The next free in-store EAN-13 serial for `prefix` (20–29).
    /// Gives every SKU of `skus` without a barcode the next free in-store EAN-13; call inside the
    /// write transaction that saves them.
    core::Status giveBarcodes(QList<core::Sku> &skus) const;
    /// In a write transaction, before the in-store barcodes in use are read: another writer
    /// handing them out waits for this one's commit (on a server; a shop file's write lock does it).
    core::Status holdBarcodeNumbering() const;
    core::Result<qint64> nextSerial(int prefix) const;

    /// Adds an item with its SKUs; with `keepIds` the given ids are used (undo of a delete).
    core::Result<qint64> insert(const ItemWithSkus &item, bool keepIds = false);
    core::Status update(const core::Item &item);
    /// The item's short name (简称) for messages to buyers; empty when none was given.
    core::Result<QString> shortName(qint64 itemId) const;
    core::Status setShortName(qint64 itemId, const QString &shortName);
    /// In one transaction: the item's fields, SKUs removed (ids) and SKUs added (their new ids are
    /// written back into `add`; SKUs that already carry an id keep it, for a redo).
    core::Status edit(const core::Item &item, QList<core::Sku> *add, const QList<qint64> &removeIds);
    core::Status setOnShelf(const QList<qint64> &itemIds, bool onShelf, const QDateTime &listedAt);
    core::Status setArchived(qint64 itemId, bool archived);
    /// True when any SKU of the item ever moved stock or appears on an order or receiving line.
    core::Result<bool> hasHistory(qint64 itemId) const;
    core::Result<DeleteImpact> deleteImpact(qint64 itemId) const;
    /// Deletes an item without history, with its SKUs.
    core::Status remove(qint64 itemId);
    core::Status updateSku(const core::Sku &sku);
    core::Result<qint64> addSku(const core::Sku &sku);
    core::Status removeSku(qint64 skuId);
    /// Adds SKUs (with their ids when set, for a redo) in one transaction; gives their ids.
    core::Result<QList<qint64>> addSkus(const QList<core::Sku> &skus);
    /// Removes SKUs without history in one transaction.
    core::Status removeSkus(const QList<qint64> &skuIds);

    /// Shop settings of this workbench (name → value), written together in one transaction.
    core::Status setSettings(const QList<QPair<QString, QString>> &values);

    /// Writes a checked import in one transaction: all of it or nothing.
    core::Status import(const QList<ItemWithSkus> &items);

    /// Per item: stock, SKUs in stock and last sale day, for the advice.
    core::Result<QList<AdviceItem>> adviceItems() const;
    /// The items the relist plan spreads over the week: on shelf, not archived, by item code (their
    /// recent sales are the caller's to add).
    core::Result<QList<RelistItem>> relistItems() const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::listings
