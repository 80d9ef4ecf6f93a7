#include "shopdesk/core/RecordRows.h"

namespace shopdesk::core::rows {

QString itemColumns()
{
    return QStringLiteral(
        "i.id, i.code, i.title, i.category, i.role, i.main_push, i.price_fen, i.cost_fen, i.on_shelf, "
        "i.out_of_season, i.archived, i.min_stock, i.supplier_id, i.listed_at");
}

Item readItem(const QSqlQuery &q, int c)
{
    Item it;
    it.id = q.value(c + 0).toLongLong();
    it.code = q.value(c + 1).toString();
    it.title = q.value(c + 2).toString();
    it.category = q.value(c + 3).toString();
    it.role = q.value(c + 4).toString();
    it.mainPush = q.value(c + 5).toBool();
    it.price = Money::fromFen(q.value(c + 6).toLongLong());
    it.cost = Money::fromFen(q.value(c + 7).toLongLong());
    it.onShelf = q.value(c + 8).toBool();
    it.outOfSeason = q.value(c + 9).toBool();
    it.archived = q.value(c + 10).toBool();
    it.minStock = q.value(c + 11).toInt();
    if (!q.value(c + 12).isNull())
        it.supplierId = q.value(c + 12).toLongLong();
    it.listedAt = fromDbTime(q.value(c + 13).toString());
    return it;
}

void bindItem(SqlQuery &q, const Item &item, const QString &now)
{
    q.bind({ { QStringLiteral(":code"), item.code.trimmed() }, { QStringLiteral(":title"), item.title },
        { QStringLiteral(":category"), item.category }, { QStringLiteral(":role"), item.role },
        { QStringLiteral(":main_push"), item.mainPush ? 1 : 0 }, { QStringLiteral(":price"), item.price.fen() },
        { QStringLiteral(":cost"), item.cost.fen() }, { QStringLiteral(":on_shelf"), item.onShelf ? 1 : 0 },
        { QStringLiteral(":oos"), item.outOfSeason ? 1 : 0 }, { QStringLiteral(":archived"), item.archived ? 1 : 0 },
        { QStringLiteral(":min_stock"), item.minStock }, { QStringLiteral(":supplier"), nullable(item.supplierId) },
        { QStringLiteral(":listed"), timeOrNull(item.listedAt) }, { QStringLiteral(":now"), now } });
}

QString insertItemStatement()
{
    return QStringLiteral(
        "INSERT INTO items (code, title, category, role, main_push, price_fen, cost_fen, on_shelf, out_of_season, "
        "archived, min_stock, supplier_id, listed_at, created_at, updated_at) VALUES (:code, :title, :category, "
        ":role, :main_push, :price, :cost, :on_shelf, :oos, :archived, :min_stock, :supplier, :listed, :now, :now) "
        "RETURNING id");
}

QString skuColumns() { return QStringLiteral("s.id, s.item_id, s.color, s.size, s.barcode, s.price_fen, s.cost_fen"); }

Sku readSku(const QSqlQuery &q, int c)
{
    return { q.value(c).toLongLong(), q.value(c + 1).toLongLong(), q.value(c + 2).toString(), q.value(c + 3).toString(),
        q.value(c + 4).toString(), optionalMoney(q.value(c + 5)), optionalMoney(q.value(c + 6)) };
}

QString orderColumns()
{
    return QStringLiteral(
        "o.id, o.order_no, o.platform, o.buyer_id, o.status, o.receiver_name, o.receiver_phone, o.province, o.city, "
        "o.district, o.address, o.postcode, o.buyer_message, o.seller_note, o.flag, o.total_fen, o.freight_fen, "
        "o.created_at, o.paid_at, o.shipped_at, o.courier, o.tracking_no");
}

Order readOrder(const QSqlQuery &q, int c)
{
    Order o;
    o.id = q.value(c + 0).toLongLong();
    o.orderNo = q.value(c + 1).toString();
    o.platform = q.value(c + 2).toString();
    if (!q.value(c + 3).isNull())
        o.buyerId = q.value(c + 3).toLongLong();
    o.status = q.value(c + 4).toString();
    o.receiverName = q.value(c + 5).toString();
    o.receiverPhone = q.value(c + 6).toString();
    o.province = q.value(c + 7).toString();
    o.city = q.value(c + 8).toString();
    o.district = q.value(c + 9).toString();
    o.address = q.value(c + 10).toString();
    o.postcode = q.value(c + 11).toString();
    o.buyerMessage = q.value(c + 12).toString();
    o.sellerNote = q.value(c + 13).toString();
    o.flag = q.value(c + 14).toString();
    o.total = Money::fromFen(q.value(c + 15).toLongLong());
    o.freight = Money::fromFen(q.value(c + 16).toLongLong());
    o.createdAt = fromDbTime(q.value(c + 17).toString());
    o.paidAt = fromDbTime(q.value(c + 18).toString());
    o.shippedAt = fromDbTime(q.value(c + 19).toString());
    o.courier = q.value(c + 20).toString();
    o.trackingNo = q.value(c + 21).toString();
    return o;
}

std::optional<Money> optionalMoney(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<Money>(Money::fromFen(v.toLongLong()));
}

QVariant moneyOrNull(const std::optional<Money> &m) { return m ? QVariant(m->fen()) : QVariant(); }

QVariant timeOrNull(const QDateTime &t) { return t.isValid() ? QVariant(toDbTime(t)) : QVariant(); }

} // namespace shopdesk::core::rows
