#include "ListingsRepository.h"

#include "ItemTransfer.h"

#include <shopdesk/core/AvailableStockRepository.h>
#include <shopdesk/core/BulkInsert.h>
#include <shopdesk/core/ChangeFeed.h>
#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/RecordRows.h>
#include <shopdesk/core/RowVersions.h>
#include <shopdesk/core/SqlDialect.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <algorithm>
#include <memory>

namespace shopdesk::listings {

using core::Error;
using core::Money;
using core::Result;
using core::SqlQuery;
using core::Status;
using core::Transaction;

namespace {
using core::rows::bindItem;
using core::rows::moneyOrNull;
using core::rows::optionalMoney;
using core::rows::readItem;
using core::rows::readSku;

const QString kInsertItemWithId = QStringLiteral(
    "INSERT INTO items (id, code, title, category, role, main_push, price_fen, cost_fen, on_shelf, out_of_season, "
    "archived, min_stock, supplier_id, listed_at, created_at, updated_at) VALUES (:id, :code, :title, :category, "
    ":role, :main_push, :price, :cost, :on_shelf, :oos, :archived, :min_stock, :supplier, :listed, :now, :now) "
    "RETURNING id");
const QString kUpdateItem = QStringLiteral(
    "UPDATE items SET code = :code, title = :title, category = :category, role = :role, main_push = :main_push, "
    "price_fen = :price, cost_fen = :cost, on_shelf = :on_shelf, out_of_season = :oos, archived = :archived, "
    "min_stock = :min_stock, supplier_id = :supplier, listed_at = :listed, updated_at = :now WHERE id = :id");
const QString kInsertSku = QStringLiteral("INSERT INTO skus (item_id, color, size, barcode, price_fen, cost_fen) "
                                          "VALUES (:item, :color, :size, :barcode, :price, :cost)");
const QString kInsertSkuWithId
    = QStringLiteral("INSERT INTO skus (id, item_id, color, size, barcode, price_fen, cost_fen) "
                     "VALUES (:id, :item, :color, :size, :barcode, :price, :cost)");
const QString kUpdateSku = QStringLiteral(
    "UPDATE skus SET color = :color, size = :size, barcode = :barcode, price_fen = :price, cost_fen = :cost "
    "WHERE id = :id");

void bindSku(SqlQuery &q, const core::Sku &sku, qint64 itemId)
{
    q.bind({ { QStringLiteral(":item"), itemId }, { QStringLiteral(":color"), sku.color },
        { QStringLiteral(":size"), sku.size }, { QStringLiteral(":barcode"), sku.barcode.trimmed() },
        { QStringLiteral(":price"), moneyOrNull(sku.price) }, { QStringLiteral(":cost"), moneyOrNull(sku.cost) } });
}

Status checked(Status s, const QString &what)
{
    if (s)
        return s;
    return Error { ListingsRepository::tr("%1 (%2)").arg(what, s.errorMessage()) };
}
} // namespace

QString ExistingCatalogue::key(qint64 itemId, const QString &color, const QString &size)
{
    return QString::number(itemId) + QLatin1Char('\n') + color + QLatin1Char('\n') + size;
}

Result<core::Item> ListingsRepository::item(qint64 id) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT %1 FROM items i WHERE i.id = :id").arg(core::rows::itemColumns()));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("The item no longer exists.") };
    return readItem(q);
}

Result<QList<SkuStock>> ListingsRepository::skuStock(qint64 itemId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1, (SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m WHERE m.sku_id = s.id) "
                       "FROM skus s WHERE s.item_id = :item ORDER BY s.id")
            .arg(core::rows::skuColumns()));
    q.bind(QStringLiteral(":item"), itemId);
    if (Status s = q.run(); !s)
        return s.error();
    QList<SkuStock> out;
    QList<qint64> ids;
    while (q.next()) {
        out.append({ readSku(q), q.value(7).toLongLong(), 0 });
        ids << out.last().sku.id;
    }
    auto available = core::AvailableStockRepository(mDb).ofSkus(ids);
    if (!available)
        return available.error();
    for (SkuStock &s : out)
        s.available = available->value(s.sku.id).available();
    return out;
}

Result<QList<ItemWithSkus>> ListingsRepository::catalogue() const
{
    QList<ItemWithSkus> out;
    QHash<qint64, qsizetype> index;
    {
        SqlQuery q(mDb,
            QStringLiteral("SELECT %1, i.short_name FROM items i WHERE i.archived = 0 ORDER BY i.code")
                .arg(core::rows::itemColumns()));
        if (Status s = q.run(); !s)
            return s.error();
        const int shortName = int(core::rows::itemColumns().count(QLatin1Char(',')) + 1);
        while (q.next()) {
            index.insert(q.value(0).toLongLong(), out.size());
            out.append({ readItem(q), {}, q.value(shortName).toString() });
        }
    }
    // In id order (the table's own): each item's SKUs come in id order all the same, and 116,000
    // SKUs are not sorted by item first.
    SqlQuery q(mDb, QStringLiteral("SELECT %1 FROM skus s ORDER BY s.id").arg(core::rows::skuColumns()));
    if (Status s = q.run(); !s)
        return s.error();
    while (q.next()) {
        auto it = index.constFind(q.value(1).toLongLong());
        if (it != index.constEnd())
            out[*it].skus.append(readSku(q));
    }
    return out;
}

Result<QList<ItemTitle>> ListingsRepository::titles() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id, code, title FROM items WHERE archived = 0 ORDER BY code"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<ItemTitle> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    return out;
}

Result<ExistingCatalogue> ListingsRepository::existing() const
{
    ExistingCatalogue c;
    QHash<qint64, QString> codeById;
    {
        SqlQuery q(mDb, QStringLiteral("SELECT %1 FROM items i").arg(core::rows::itemColumns()));
        if (Status s = q.run(); !s)
            return s.error();
        while (q.next()) {
            core::Item item = readItem(q);
            codeById.insert(item.id, item.code);
            c.itemByCode.insert(item.code, item);
        }
    }
    for (qint64 &n : c.nextSerial)
        n = 1;
    SqlQuery q(mDb, QStringLiteral("SELECT id, item_id, color, size, barcode FROM skus"));
    if (Status s = q.run(); !s)
        return s.error();
    while (q.next()) {
        const qint64 itemId = q.value(1).toLongLong();
        const QString barcode = q.value(4).toString();
        c.itemCodeByBarcode.insert(barcode, codeById.value(itemId));
        c.barcodeBySkuId.insert(q.value(0).toLongLong(), barcode);
        c.skuIdByKey.insert(
            ExistingCatalogue::key(itemId, q.value(2).toString(), q.value(3).toString()), q.value(0).toLongLong());
        if (barcode.size() == 13 && barcode.startsWith(QLatin1Char('2'))) {
            const int prefix = barcode.left(2).toInt();
            bool ok = false;
            const qint64 serial = barcode.mid(2, 10).toLongLong(&ok);
            if (ok && prefix >= 20 && prefix <= 29)
                c.nextSerial[prefix - 20] = std::max(c.nextSerial[prefix - 20], serial + 1);
        }
    }
    return c;
}

Result<qint64> ListingsRepository::nextSerial(int prefix) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT barcode FROM skus WHERE barcode LIKE :prefix"));
    q.bind(QStringLiteral(":prefix"), QString(QString::number(prefix) + QLatin1Char('%')));
    if (Status s = q.run(); !s)
        return s.error();
    qint64 next = 1;
    while (q.next()) {
        const QString b = q.value(0).toString();
        bool ok = false;
        const qint64 serial = b.mid(2, 10).toLongLong(&ok);
        if (b.size() == 13 && ok)
            next = std::max(next, serial + 1);
    }
    return next;
}

Status ListingsRepository::holdBarcodeNumbering() const
{
    for (const QString &sql :
        core::SqlDialect::numberingLock(mDb.engine(), core::SqlDialect::Numbering::InStoreBarcodes)) {
        SqlQuery q(mDb, sql);
        if (Status s = q.run(); !s)
            return s;
    }
    return {};
}

Status ListingsRepository::giveBarcodes(QList<core::Sku> &skus) const
{
    if (std::none_of(skus.cbegin(), skus.cend(), [](const core::Sku &s) { return s.barcode.trimmed().isEmpty(); }))
        return {};
    if (Status s = holdBarcodeNumbering(); !s)
        return s;
    auto serial = nextSerial(ItemTransfer::kInStorePrefix);
    if (!serial)
        return serial.status();
    qint64 next = *serial;
    for (core::Sku &s : skus)
        if (s.barcode.trimmed().isEmpty())
            s.barcode = core::ean13::inStore(ItemTransfer::kInStorePrefix, next++);
    return {};
}

Result<qint64> ListingsRepository::insert(const ItemWithSkus &in, bool keepIds)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    // In-store barcodes are numbered under the write lock, after every other writer's SKUs.
    ItemWithSkus it = in;
    if (Status s = giveBarcodes(it.skus); !s)
        return s.error();
    const QString now = core::toDbTime(QDateTime::currentDateTime());
    SqlQuery q(mDb, keepIds ? kInsertItemWithId : core::rows::insertItemStatement());
    bindItem(q, it.item, now);
    if (keepIds)
        q.bind(QStringLiteral(":id"), it.item.id);
    auto id = q.insert();
    if (!id)
        return Error { tr("The item %1 could not be saved: its item code may already be in use (%2).")
                           .arg(it.item.code, id.errorMessage()) };
    SqlQuery s(mDb, keepIds ? kInsertSkuWithId : kInsertSku);
    for (const core::Sku &sku : it.skus) {
        bindSku(s, sku, *id);
        if (keepIds)
            s.bind(QStringLiteral(":id"), sku.id);
        if (Status st = s.run(); !st)
            return Error { tr(
                "The SKU %1/%2 (barcode %3) could not be saved: its barcode or colour and size may already be in use.")
                               .arg(sku.color, sku.size, sku.barcode) };
    }
    if (Status st = tx.commit(); !st)
        return st.error();
    return id;
}

Status ListingsRepository::update(const core::Item &item)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, kUpdateItem);
    bindItem(q, item, core::toDbTime(QDateTime::currentDateTime()));
    q.bind(QStringLiteral(":id"), item.id);
    if (Status s = q.run(); !s)
        return Error { tr("The item %1 could not be saved: its item code may already be in use.").arg(item.code) };
    return tx.commit();
}

Result<QString> ListingsRepository::shortName(qint64 itemId) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT short_name FROM items WHERE id = :id"));
    q.bind(QStringLiteral(":id"), itemId);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("The item is no longer in this shop: it may have been deleted meanwhile.") };
    return q.value(0).toString();
}

Status ListingsRepository::setShortName(qint64 itemId, const QString &shortName)
{
    SqlQuery q(mDb, QStringLiteral("UPDATE items SET short_name = :name WHERE id = :id"));
    q.bind({ { QStringLiteral(":name"), shortName }, { QStringLiteral(":id"), itemId } });
    return q.run();
}

Status ListingsRepository::edit(const core::Item &item, QList<core::Sku> *add, const QList<qint64> &removeIds)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = update(item); !s)
        return s;
    if (Status s = removeSkus(removeIds); !s)
        return s;
    if (add && !add->isEmpty()) {
        if (Status s = giveBarcodes(*add); !s)
            return s;
        auto ids = addSkus(*add);
        if (!ids)
            return ids.status();
        for (qsizetype i = 0; i < add->size(); ++i)
            (*add)[i].id = ids->at(i);
    }
    return tx.commit();
}

Status ListingsRepository::setOnShelf(const QList<qint64> &itemIds, bool onShelf, const QDateTime &listedAt)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(
        mDb, QStringLiteral("UPDATE items SET on_shelf = :on, listed_at = :listed, updated_at = :now WHERE id = :id"));
    for (qint64 id : itemIds) {
        q.bind({ { QStringLiteral(":on"), onShelf ? 1 : 0 },
            { QStringLiteral(":listed"), listedAt.isValid() ? QVariant(core::toDbTime(listedAt)) : QVariant() },
            { QStringLiteral(":now"), core::toDbTime(QDateTime::currentDateTime()) }, { QStringLiteral(":id"), id } });
        if (Status s = q.run(); !s)
            return s;
    }
    return tx.commit();
}

Status ListingsRepository::setArchived(qint64 itemId, bool archived)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb,
        QStringLiteral("UPDATE items SET archived = :a, on_shelf = CASE WHEN :a2 = 1 THEN 0 ELSE on_shelf END, "
                       "updated_at = :now WHERE id = :id"));
    q.bind({ { QStringLiteral(":a"), archived ? 1 : 0 }, { QStringLiteral(":a2"), archived ? 1 : 0 },
        { QStringLiteral(":now"), core::toDbTime(QDateTime::currentDateTime()) }, { QStringLiteral(":id"), itemId } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Result<bool> ListingsRepository::hasHistory(qint64 itemId) const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM stock_moves m JOIN skus s ON s.id = m.sku_id WHERE s.item_id = :a) + "
            "(SELECT count(*) FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE s.item_id = :b) + "
            "(SELECT count(*) FROM receiving_lines r JOIN skus s ON s.id = r.sku_id WHERE s.item_id = :c) + "
            "(SELECT count(*) FROM purchase_order_lines p JOIN skus s ON s.id = p.sku_id WHERE s.item_id = :d)"));
    q.bind({ { QStringLiteral(":a"), itemId }, { QStringLiteral(":b"), itemId }, { QStringLiteral(":c"), itemId },
        { QStringLiteral(":d"), itemId } });
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<DeleteImpact> ListingsRepository::deleteImpact(qint64 itemId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT (SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m JOIN skus s ON s.id = m.sku_id "
                       "WHERE s.item_id = :a), "
                       "(SELECT count(DISTINCT l.order_id) FROM order_lines l JOIN skus s ON s.id = l.sku_id "
                       "JOIN orders o ON o.id = l.order_id WHERE s.item_id = :b AND o.status IN (:unpaid, :paid)), "
                       "(SELECT count(*) FROM stock_moves m JOIN skus s ON s.id = m.sku_id WHERE s.item_id = :c)"));
    q.bind({ { QStringLiteral(":a"), itemId }, { QStringLiteral(":b"), itemId }, { QStringLiteral(":c"), itemId },
        { QStringLiteral(":unpaid"), core::codes::kOrderUnpaid },
        { QStringLiteral(":paid"), core::codes::kOrderPaid } });
    if (Status s = q.run(); !s)
        return s.error();
    DeleteImpact impact;
    if (q.next()) {
        impact.onHand = q.value(0).toLongLong();
        impact.openOrders = q.value(1).toInt();
        impact.movements = q.value(2).toInt();
    }
    return impact;
}

Status ListingsRepository::remove(qint64 itemId)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto history = hasHistory(itemId);
    if (!history)
        return history.status();
    if (*history)
        return Error { tr("The item has stock movements or orders; it can only be archived.") };
    SqlQuery skus(mDb, QStringLiteral("DELETE FROM skus WHERE item_id = :id"));
    skus.bind(QStringLiteral(":id"), itemId);
    if (Status s = skus.run(); !s)
        return s;
    SqlQuery item(mDb, QStringLiteral("DELETE FROM items WHERE id = :id"));
    item.bind(QStringLiteral(":id"), itemId);
    if (Status s = item.run(); !s)
        return s;
    return tx.commit();
}

Status ListingsRepository::updateSku(const core::Sku &sku)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, kUpdateSku);
    bindSku(q, sku, sku.itemId);
    q.bind(QStringLiteral(":id"), sku.id);
    if (Status s = q.run(); !s)
        return Error {
            tr("The barcode %1 is already used by another SKU, or the colour and size already exist.").arg(sku.barcode)
        };
    return tx.commit();
}

Result<qint64> ListingsRepository::addSku(const core::Sku &sku)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(mDb,
        sku.id > 0 ? kInsertSkuWithId + QStringLiteral(" RETURNING id") : kInsertSku + QStringLiteral(" RETURNING id"));
    bindSku(q, sku, sku.itemId);
    if (sku.id > 0)
        q.bind(QStringLiteral(":id"), sku.id);
    auto id = q.insert();
    if (!id)
        return Error {
            tr("The barcode %1 is already used by another SKU, or the colour and size already exist.").arg(sku.barcode)
        };
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ListingsRepository::removeSku(qint64 skuId)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery h(mDb,
        QStringLiteral("SELECT (SELECT count(*) FROM stock_moves WHERE sku_id = :a) + "
                       "(SELECT count(*) FROM order_lines WHERE sku_id = :b) + "
                       "(SELECT count(*) FROM receiving_lines WHERE sku_id = :c) + "
                       "(SELECT count(*) FROM purchase_order_lines WHERE sku_id = :d)"));
    h.bind({ { QStringLiteral(":a"), skuId }, { QStringLiteral(":b"), skuId }, { QStringLiteral(":c"), skuId },
        { QStringLiteral(":d"), skuId } });
    if (Status s = h.run(); !s)
        return s;
    if (h.next() && h.value(0).toLongLong() > 0)
        return Error { tr("This SKU has stock movements or orders and cannot be deleted.") };
    h.finish();
    SqlQuery q(mDb, QStringLiteral("DELETE FROM skus WHERE id = :id"));
    q.bind(QStringLiteral(":id"), skuId);
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Result<QList<qint64>> ListingsRepository::addSkus(const QList<core::Sku> &skus)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    QList<qint64> ids;
    for (const core::Sku &s : skus) {
        auto id = addSku(s);
        if (!id)
            return id.error();
        ids << *id;
    }
    if (Status st = tx.commit(); !st)
        return st.error();
    return ids;
}

Status ListingsRepository::removeSkus(const QList<qint64> &skuIds)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    for (qint64 id : skuIds)
        if (Status s = removeSku(id); !s)
            return s;
    return tx.commit();
}

Status ListingsRepository::setSettings(const QList<QPair<QString, QString>> &values)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    core::ShopSettings settings(mDb);
    for (const auto &[name, value] : values)
        if (Status s = settings.setValue(name, value); !s)
            return s;
    return tx.commit();
}

Status ListingsRepository::import(const QList<ItemWithSkus> &items)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    const QString now = core::toDbTime(QDateTime::currentDateTime());
    SqlQuery insItem(mDb, core::rows::insertItemStatement()), updItem(mDb, kUpdateItem), updSku(mDb, kUpdateSku);
    SqlQuery setShortName(mDb, QStringLiteral("UPDATE items SET short_name = :name WHERE id = :id"));

    // New SKUs go in by the hundred (multi-row INSERTs) instead of one statement each.
    core::BulkInsert newSkus(mDb, QStringLiteral("skus (item_id, color, size, barcode, price_fen, cost_fen)"), 6, 100);
    core::ChangeFeed::noteWrite(mDb, QStringLiteral("skus")); // BulkInsert may bind around SqlQuery
    QString firstCode, lastCode; // the items of the SKUs waiting in newSkus, for a message
    auto flush = [&]() -> Status {
        if (newSkus.pending() == 0)
            return {};
        if (Status s = newSkus.flush(); !s)
            return checked(s, tr("SKUs of items %1 to %2").arg(firstCode, lastCode));
        return {};
    };

    for (const ItemWithSkus &it : items) {
        qint64 itemId = it.item.id;
        if (itemId > 0) {
            bindItem(updItem, it.item, now);
            updItem.bind(QStringLiteral(":id"), itemId);
            if (Status s = updItem.run(); !s)
                return checked(s, tr("Item %1").arg(it.item.code));
            // An import reads no version, but its change must refuse an edit from an older reading.
            if (auto v = core::RowVersions(mDb).bump(core::RowVersions::Table::Items, itemId); !v)
                return v.status();
        } else {
            bindItem(insItem, it.item, now);
            auto id = insItem.insert();
            if (!id)
                return checked(id.status(), tr("Item %1").arg(it.item.code));
            itemId = *id;
        }
        if (it.shortName) {
            setShortName.bind({ { QStringLiteral(":name"), *it.shortName }, { QStringLiteral(":id"), itemId } });
            if (Status s = setShortName.run(); !s)
                return checked(s, tr("Item %1").arg(it.item.code));
        }
        for (const core::Sku &sku : it.skus) {
            if (sku.id > 0) {
                bindSku(updSku, sku, itemId);
                updSku.bind(QStringLiteral(":id"), sku.id);
                if (Status s = updSku.run(); !s)
                    return checked(s, tr("Item %1, SKU %2/%3").arg(it.item.code, sku.color, sku.size));
                if (auto v = core::RowVersions(mDb).bump(core::RowVersions::Table::Skus, sku.id); !v)
                    return v.status();
                continue;
            }
            if (newSkus.pending() == 0)
                firstCode = it.item.code;
            lastCode = it.item.code;
            if (newSkus.add({ itemId, sku.color, sku.size, sku.barcode.trimmed(), moneyOrNull(sku.price),
                    moneyOrNull(sku.cost) }))
                if (Status s = flush(); !s)
                    return s;
        }
    }
    if (Status s = flush(); !s)
        return s;
    return tx.commit();
}

Result<QList<AdviceItem>> ListingsRepository::adviceItems() const
{
    // Four reads, each over an index or one table, joined here by id: the items; on hand and
    // committed per SKU (core's one computation, which the on-hand figures come from too); each
    // item's last paid order line; the SKUs. (One query joining them all read the ledger twice
    // and grouped the order lines through the SKUs: seconds on a year of orders.)
    QList<AdviceItem> out;
    QHash<qint64, qsizetype> at;
    {
        SqlQuery q(mDb,
            QStringLiteral("SELECT %1 FROM items i WHERE i.archived = 0 ORDER BY i.code")
                .arg(core::rows::itemColumns()));
        if (Status s = q.run(); !s)
            return s.error();
        while (q.next()) {
            AdviceItem a;
            a.item = readItem(q);
            at.insert(a.item.id, out.size());
            out.append(a);
        }
    }
    auto available = core::AvailableStockRepository(mDb).bySku();
    if (!available)
        return available.error();
    // Each item's last paid order line. First over the orders of the shop's last 30 days of sales
    // (a range of the paid-time index): most items sold in them, and none of their earlier lines
    // can be later. Then, for the items not sold in those days, item by item through their SKUs'
    // lines (SQLite is told that join order: left to itself it walks every paid order for each
    // item). One GROUP BY over every line of the shop took 660 ms on a year of orders (446,000
    // lines); this about a quarter of it, and no more than it when few items sold lately.
    QHash<qint64, QString> lastPaidOfItem;
    {
        QString since; // '': every order is recent (a shop without a paid order)
        SqlQuery newest(mDb,
            QStringLiteral("SELECT paid_at FROM orders WHERE paid_at IS NOT NULL AND status IN ('paid', 'shipped', "
                           "'finished') ORDER BY paid_at DESC LIMIT 1"));
        if (Status s = newest.run(); !s)
            return s.error();
        if (newest.next()) {
            const QDateTime last = core::fromDbTime(newest.value(0).toString());
            if (last.isValid())
                since = core::toDbDate(last.date().addDays(-30));
        }
        newest.finish();
        SqlQuery q(mDb,
            QStringLiteral(
                "WITH recent AS (SELECT s.item_id AS item, max(o.paid_at) AS paid FROM orders o "
                "JOIN order_lines l ON l.order_id = o.id JOIN skus s ON s.id = l.sku_id "
                "WHERE o.paid_at >= :since AND o.status IN ('paid', 'shipped', 'finished') GROUP BY s.item_id) "
                "SELECT item, paid FROM recent UNION ALL "
                "SELECT i.id, (SELECT max(o.paid_at) FROM skus s CROSS JOIN order_lines l CROSS JOIN orders o "
                "WHERE s.item_id = i.id AND l.sku_id = s.id AND o.id = l.order_id "
                "AND o.status IN ('paid', 'shipped', 'finished') AND o.paid_at IS NOT NULL) "
                "FROM items i WHERE i.archived = 0 AND NOT EXISTS (SELECT 1 FROM recent r WHERE r.item = i.id)"));
        q.bind(QStringLiteral(":since"), since);
        if (Status s = q.run(); !s)
            return s.error();
        while (q.next())
            if (!q.value(1).isNull())
                lastPaidOfItem.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    // The SKUs by their numbers; the colour and size only of those sold out, which the advice
    // names (reading every SKU's texts was a third of the advice's time on 116,000 SKUs).
    QList<std::pair<qint64, qsizetype>> soldOut; // SKU, its item's place, in SKU id order
    {
        SqlQuery skus(mDb, QStringLiteral("SELECT s.id, s.item_id FROM skus s ORDER BY s.id"));
        skus.setForwardOnly(true);
        if (Status s = skus.run(); !s)
            return s.error();
        while (skus.next()) {
            const auto where = at.constFind(skus.value(1).toLongLong());
            if (where == at.cend())
                continue;
            const qint64 skuId = skus.value(0).toLongLong();
            AdviceItem &a = out[*where];
            const core::SkuAvailability stock = available->value(skuId);
            a.onHand += stock.onHand;
            if (stock.onHand > 0)
                ++a.skusInStock;
            const qint64 n = stock.available();
            a.available += n;
            if (n > 0)
                ++a.skusAvailable;
            else
                soldOut.append({ skuId, *where });
        }
    }
    // In SKU id order as before.
    QList<qint64> soldOutIds;
    QHash<qint64, qsizetype> itemOf;
    for (const auto &[sku, item] : std::as_const(soldOut)) {
        soldOutIds << sku;
        itemOf.insert(sku, item);
    }
    if (Status s = core::forIdsInChunks(mDb,
            QStringLiteral("SELECT s.id, s.color, s.size FROM skus s WHERE s.id IN (%1) ORDER BY s.id"), soldOutIds,
            [&](const SqlQuery &q) {
                out[itemOf.value(q.value(0).toLongLong())].soldOutSizes
                    << QStringLiteral("%1/%2").arg(q.value(1).toString(), q.value(2).toString());
            });
        !s)
        return s.error();
    for (AdviceItem &a : out)
        if (const auto paid = lastPaidOfItem.constFind(a.item.id); paid != lastPaidOfItem.cend())
            a.lastSale = core::fromDbTime(*paid).date();
    return out;
}

Result<QList<RelistItem>> ListingsRepository::relistItems() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT i.id, i.code, i.title, i.main_push FROM items i WHERE i.on_shelf = 1 AND i.archived = 0 "
                       "ORDER BY i.code"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<RelistItem> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0 });
    return out;
}

} // namespace shopdesk::listings
