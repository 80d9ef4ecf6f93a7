#include "shopdesk/shipping/MappingRepository.h"

#include "shopdesk/shipping/OrderImport.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::shipping {

using core::Error;
using core::Result;
using core::SqlQuery;
using core::Status;

MappingKey MappingKey::ofLine(const QString &title, const QString &attributes, const QString &merchantCode)
{
    const auto [color, size] = TaobaoImport::colorAndSize(attributes);
    const QString code = merchantCode.trimmed();
    if (!code.isEmpty())
        return { kCode, code, color, size };
    return { kTitle, title.trimmed(), color, size };
}

QString MappingKey::hashKey() const
{
    const QChar sep(0x1f);
    return kind + sep + source + sep + color + sep + size;
}

namespace {
const QString kSelect = QStringLiteral(
    "SELECT m.id, m.kind, m.source, m.color, m.size, m.sku_id, s.barcode, i.code, i.title, s.color, s.size, "
    "m.actor, m.created_at FROM shipping_mappings m JOIN skus s ON s.id = m.sku_id JOIN items i ON i.id = s.item_id");

SkuMapping readMapping(const SqlQuery &q)
{
    SkuMapping m;
    m.id = q.value(0).toLongLong();
    m.key = { q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString() };
    m.skuId = q.value(5).toLongLong();
    m.barcode = q.value(6).toString();
    m.itemCode = q.value(7).toString();
    m.itemTitle = q.value(8).toString();
    m.skuColor = q.value(9).toString();
    m.skuSize = q.value(10).toString();
    m.actor = q.value(11).toString();
    m.at = core::fromDbTime(q.value(12).toString());
    return m;
}

void bindKey(SqlQuery &q, const MappingKey &k)
{
    q.bind({ { QStringLiteral(":kind"), k.kind }, { QStringLiteral(":source"), k.source },
        { QStringLiteral(":color"), k.color }, { QStringLiteral(":size"), k.size } });
}

const QString kWhereKey
    = QStringLiteral(" WHERE m.kind = :kind AND m.source = :source AND m.color = :color AND m.size = :size");

/// Writes the key's SKU (none: deletes the mapping). Inside the caller's transaction.
Status store(const core::Database &db, const MappingKey &key, std::optional<qint64> skuId, const QString &actor)
{
    SqlQuery del(db,
        QStringLiteral("DELETE FROM shipping_mappings WHERE kind = :kind AND source = :source AND color = :color "
                       "AND size = :size"));
    bindKey(del, key);
    if (Status s = del.run(); !s)
        return s;
    if (!skuId)
        return {};
    SqlQuery ins(db,
        QStringLiteral("INSERT INTO shipping_mappings (kind, source, color, size, sku_id, created_at, actor) "
                       "VALUES (:kind, :source, :color, :size, :sku, :at, :actor)"));
    bindKey(ins, key);
    ins.bind({ { QStringLiteral(":sku"), *skuId },
        { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) }, { QStringLiteral(":actor"), actor } });
    return ins.run();
}
} // namespace

Result<QList<SkuMapping>> MappingRepository::list() const
{
    SqlQuery q(mDb, kSelect + QStringLiteral(" ORDER BY m.kind, m.source, m.color, m.size"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<SkuMapping> out;
    while (q.next())
        out.append(readMapping(q));
    return out;
}

Result<std::optional<SkuMapping>> MappingRepository::find(const MappingKey &key) const
{
    SqlQuery q(mDb, kSelect + kWhereKey);
    bindKey(q, key);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<SkuMapping>();
    return std::optional<SkuMapping>(readMapping(q));
}

Result<MappingChange> MappingRepository::set(const MappingKey &key, std::optional<qint64> skuId, const QString &actor)
{
    if (key.source.isEmpty())
        return Error { tr("A mapping needs the outer code (商家编码) or the title of the platform's line.") };
    if (key.kind != MappingKey::kCode && key.kind != MappingKey::kTitle)
        return Error { tr("A mapping is by outer code or by title.") };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto before = find(key);
    if (!before)
        return before.error();
    MappingChange change { key, {}, skuId, {} };
    if (before->has_value())
        change.before = (*before)->skuId;
    if (skuId) {
        SqlQuery sku(mDb, QStringLiteral("SELECT 1 FROM skus WHERE id = :id"));
        sku.bind(QStringLiteral(":id"), *skuId);
        if (Status s = sku.run(); !s)
            return s.error();
        if (!sku.next())
            return Error { tr("There is no such SKU in the shop.") };
    }
    if (Status s = store(mDb, key, skuId, actor); !s)
        return s.error();
    if (skuId) {
        // Every unmatched line of a queued order that is like it: matched now.
        SqlQuery lines(mDb,
            QStringLiteral("SELECT l.id, l.title, l.attributes, l.merchant_code FROM order_lines l JOIN orders o ON "
                           "o.id = l.order_id WHERE l.sku_id IS NULL AND o.status = 'paid' AND "
                           "(l.merchant_code = :source OR l.title = :title) ORDER BY l.id"));
        lines.bind({ { QStringLiteral(":source"), key.source }, { QStringLiteral(":title"), key.source } });
        if (Status s = lines.run(); !s)
            return s.error();
        while (lines.next())
            if (MappingKey::ofLine(lines.value(1).toString(), lines.value(2).toString(), lines.value(3).toString())
                == key)
                change.matchedLines << lines.value(0).toLongLong();
        SqlQuery match(mDb, QStringLiteral("UPDATE order_lines SET sku_id = :sku WHERE id = :id AND sku_id IS NULL"));
        for (qint64 id : std::as_const(change.matchedLines)) {
            match.bind({ { QStringLiteral(":sku"), *skuId }, { QStringLiteral(":id"), id } });
            if (Status s = match.run(); !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return change;
}

Result<MappingChange> MappingRepository::resolveLine(qint64 lineId, qint64 skuId, const QString &actor)
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT l.title, l.attributes, l.merchant_code, l.sku_id, o.status FROM order_lines l JOIN "
                       "orders o ON o.id = l.order_id WHERE l.id = :id"));
    q.bind(QStringLiteral(":id"), lineId);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next() || q.value(4).toString() != core::codes::kOrderPaid)
        return Error { tr("Only a line of an order waiting for dispatch can be matched.") };
    if (!q.value(3).isNull())
        return Error { tr("This line is matched to a SKU already.") };
    const MappingKey key = MappingKey::ofLine(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    if (key.source.isEmpty())
        return Error { tr("The line has neither an outer code (商家编码) nor a title to remember.") };
    return set(key, skuId, actor);
}

Status MappingRepository::undo(const MappingChange &change, const QString &actor)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = store(mDb, change.key, change.before, actor); !s)
        return s;
    if (change.after) {
        SqlQuery unmatch(mDb, QStringLiteral("UPDATE order_lines SET sku_id = NULL WHERE id = :id AND sku_id = :sku"));
        for (qint64 id : change.matchedLines) {
            unmatch.bind({ { QStringLiteral(":id"), id }, { QStringLiteral(":sku"), *change.after } });
            if (Status s = unmatch.run(); !s)
                return s;
        }
    }
    return tx.commit();
}

} // namespace shopdesk::shipping
