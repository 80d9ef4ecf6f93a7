#pragma once

#include "shopdesk/core/Records.h"
#include "shopdesk/core/Result.h"

#include <QCoreApplication>

namespace shopdesk::core {

class Database;

/// An item with what the items table shows beside it.
struct ItemOverview {
    Item item;
    int skuCount = 0;
    qint64 onHand = 0; ///< from the stock ledger
};

/// A SKU with its item's code and title (what a scan resolves to).
struct SkuRef {
    Sku sku;
    QString itemCode, itemTitle;
    Money price, cost; ///< effective (the SKU's own, else the item's)
};

/// Items (宝贝) and their colour × size SKUs.
class ItemRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::ItemRepository)
public:
    explicit ItemRepository(const Database &db)
        : mDb(db)
    {
    }

    /// Adds an item with its SKUs in one transaction. Item code and barcodes must be unique.
    Result<qint64> addItem(const Item &item, const QList<Sku> &skus);
    Result<qint64> addSku(const Sku &sku);

    Result<QList<ItemOverview>> overview() const;
    Result<QList<Sku>> skusOf(qint64 itemId) const;
    Result<std::optional<SkuRef>> skuByBarcode(const QString &barcode) const;
    Result<std::optional<Item>> itemByCode(const QString &code) const;
    Result<int> itemCount() const;

private:
    const Database &mDb;
};

} // namespace shopdesk::core
