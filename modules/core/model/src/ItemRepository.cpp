#include "shopdesk/core/ItemRepository.h"

#include "shopdesk/core/RecordRows.h"
#include "shopdesk/core/SqlQuery.h"
#include "shopdesk/core/StockOnHandRepository.h"
#include "shopdesk/core/Transaction.h"

namespace shopdesk::core {

using rows::optionalMoney;
using rows::readItem;

Result<qint64> ItemRepository::addItem(const Item &item, const QList<Sku> &skus)
{
    if (item.code.trimmed().isEmpty())
        return Error { tr("Every item needs an item code (货号).") };
    if (!codes::roles().contains(item.role))
        return Error { tr("Item %1: “%2” is not a known item role.").arg(item.code, item.role) };
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    {
        auto existing = itemByCode(item.code);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error { tr("The item code %1 is already used by another item.").arg(item.code) };
    }
    const QString now = toDbTime(QDateTime::currentDateTime());
    SqlQuery q(mDb, rows::insertItemStatement());
    rows::bindItem(q, item, now);
    auto id = q.insert();
    if (!id)
        return id;
    for (Sku sku : skus) {
        sku.itemId = *id;
        if (auto s = addSku(sku); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> ItemRepository::addSku(const Sku &sku)
{
    if (sku.barcode.trimmed().isEmpty())
        return Error { tr("The SKU %1/%2 needs a barcode.").arg(sku.color, sku.size) };
    {
        auto existing = skuByBarcode(sku.barcode);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error { tr("The barcode %1 is already used by %2 %3/%4.")
                               .arg(
                                   sku.barcode, (*existing)->itemCode, (*existing)->sku.color, (*existing)->sku.size) };
    }
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO skus (item_id, color, size, barcode, price_fen, cost_fen) "
                       "VALUES (:item, :color, :size, :barcode, :price, :cost) RETURNING id"));
    q.bind({ { QStringLiteral(":item"), sku.itemId }, { QStringLiteral(":color"), sku.color },
        { QStringLiteral(":size"), sku.size }, { QStringLiteral(":barcode"), sku.barcode.trimmed() },
        { QStringLiteral(":price"), sku.price ? QVariant(sku.price->fen()) : QVariant() },
        { QStringLiteral(":cost"), sku.cost ? QVariant(sku.cost->fen()) : QVariant() } });
    return q.insert();
}

Result<QList<ItemOverview>> ItemRepository::overview() const
{
    // On hand from the kept sums (format 26), not the whole ledger added up item by item.
    auto onHand = StockOnHandRepository(mDb).byItem();
    if (!onHand)
        return onHand.error();
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1, (SELECT count(*) FROM skus s WHERE s.item_id = i.id) "
                       "FROM items i WHERE i.archived = 0 ORDER BY i.category, i.code")
            .arg(rows::itemColumns()));
    if (Status s = q.run(); !s)
        return s.error();
    QList<ItemOverview> rows;
    while (q.next()) {
        Item item = readItem(q);
        const qint64 stock = onHand->value(item.id);
        rows.append({ std::move(item), q.value(14).toInt(), stock });
    }
    return rows;
}

Result<QList<Sku>> ItemRepository::skusOf(qint64 itemId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, item_id, color, size, barcode, price_fen, cost_fen FROM skus "
                       "WHERE item_id = :item ORDER BY id"));
    q.bind(QStringLiteral(":item"), itemId);
    if (Status s = q.run(); !s)
        return s.error();
    QList<Sku> out;
    while (q.next())
        out.append(rows::readSku(q));
    return out;
}

Result<std::optional<SkuRef>> ItemRepository::skuByBarcode(const QString &barcode) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT s.id, s.item_id, s.color, s.size, s.barcode, s.price_fen, s.cost_fen, "
                       "i.code, i.title, i.price_fen, i.cost_fen FROM skus s JOIN items i ON i.id = s.item_id "
                       "WHERE s.barcode = :barcode"));
    q.bind(QStringLiteral(":barcode"), barcode.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<SkuRef>();
    SkuRef ref;
    ref.sku = { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), optionalMoney(q.value(5)), optionalMoney(q.value(6)) };
    ref.itemCode = q.value(7).toString();
    ref.itemTitle = q.value(8).toString();
    ref.price = ref.sku.price.value_or(Money::fromFen(q.value(9).toLongLong()));
    ref.cost = ref.sku.cost.value_or(Money::fromFen(q.value(10).toLongLong()));
    return std::optional<SkuRef>(ref);
}

Result<std::optional<Item>> ItemRepository::itemByCode(const QString &code) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT %1 FROM items i WHERE i.code = :code").arg(rows::itemColumns()));
    q.bind(QStringLiteral(":code"), code.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Item>();
    return std::optional<Item>(readItem(q));
}

Result<int> ItemRepository::itemCount() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT count(*) FROM items WHERE archived = 0"));
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace shopdesk::core
