#include "shopdesk/core/OrderRepository.h"

#include "shopdesk/core/BulkInsert.h"
#include "shopdesk/core/BuyerSummaryRepository.h"
#include "shopdesk/core/ChangeFeed.h"
#include "shopdesk/core/Members.h"
#include "shopdesk/core/RecordRows.h"
#include "shopdesk/core/SqlQuery.h"
#include "shopdesk/core/Transaction.h"

#include <QHash>
#include <QRegularExpression>

namespace shopdesk::core {

using rows::readOrder;
using rows::timeOrNull;

Result<qint64> OrderRepository::addOrder(const Order &o)
{
    if (o.orderNo.trimmed().isEmpty())
        return Error { tr("Every order needs an order number.") };
    if (!codes::orderStatuses().contains(o.status))
        return Error { tr("Order %1: “%2” is not a known order status.").arg(o.orderNo, o.status) };
    if (o.lines.isEmpty())
        return Error { tr("Order %1 has no lines.").arg(o.orderNo) };
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    {
        auto existing = orderByNumber(o.orderNo);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error { tr("The order %1 is already in the shop.").arg(o.orderNo) };
    }
    SqlQuery q(mDb,
        QStringLiteral(
            "INSERT INTO orders (order_no, platform, buyer_id, status, receiver_name, receiver_phone, province, city, "
            "district, address, postcode, buyer_message, seller_note, flag, total_fen, freight_fen, created_at, "
            "paid_at, "
            "shipped_at, courier, tracking_no) VALUES (:no, :platform, :buyer, :status, :rname, :rphone, :province, "
            ":city, "
            ":district, :address, :postcode, :msg, :note, :flag, :total, :freight, :created, :paid, :shipped, "
            ":courier, "
            ":tracking) RETURNING id"));
    q.bind({ { QStringLiteral(":no"), o.orderNo.trimmed() }, { QStringLiteral(":platform"), o.platform },
        { QStringLiteral(":buyer"), nullable(o.buyerId) }, { QStringLiteral(":status"), o.status },
        { QStringLiteral(":rname"), o.receiverName }, { QStringLiteral(":rphone"), o.receiverPhone },
        { QStringLiteral(":province"), o.province }, { QStringLiteral(":city"), o.city },
        { QStringLiteral(":district"), o.district }, { QStringLiteral(":address"), o.address },
        { QStringLiteral(":postcode"), o.postcode }, { QStringLiteral(":msg"), o.buyerMessage },
        { QStringLiteral(":note"), o.sellerNote }, { QStringLiteral(":flag"), o.flag },
        { QStringLiteral(":total"), o.total.fen() }, { QStringLiteral(":freight"), o.freight.fen() },
        { QStringLiteral(":created"), toDbTime(o.createdAt.isValid() ? o.createdAt : QDateTime::currentDateTime()) },
        { QStringLiteral(":paid"), timeOrNull(o.paidAt) }, { QStringLiteral(":shipped"), timeOrNull(o.shippedAt) },
        { QStringLiteral(":courier"), o.courier }, { QStringLiteral(":tracking"), o.trackingNo } });
    auto id = q.insert();
    if (!id)
        return id;
    SqlQuery line(mDb,
        QStringLiteral(
            "INSERT INTO order_lines (order_id, sku_id, title, attributes, merchant_code, quantity, price_fen) "
            "VALUES (:order, :sku, :title, :attrs, :code, :qty, :price)"));
    for (const OrderLine &l : o.lines) {
        if (l.quantity <= 0)
            return Error { tr("Order %1: a line for “%2” has the quantity %3; it must be at least 1.")
                               .arg(o.orderNo, l.title)
                               .arg(l.quantity) };
        line.bind({ { QStringLiteral(":order"), *id }, { QStringLiteral(":sku"), nullable(l.skuId) },
            { QStringLiteral(":title"), l.title }, { QStringLiteral(":attrs"), l.attributes },
            { QStringLiteral(":code"), l.merchantCode }, { QStringLiteral(":qty"), l.quantity },
            { QStringLiteral(":price"), l.price.fen() } });
        if (Status s = line.run(); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<std::optional<Order>> OrderRepository::orderByNumber(const QString &orderNo) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT %1 FROM orders o WHERE o.order_no = :no").arg(rows::orderColumns()));
    q.bind(QStringLiteral(":no"), orderNo.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Order>();
    Order o = readOrder(q);
    auto lines = linesOf(o.id);
    if (!lines)
        return lines.error();
    o.lines = *lines;
    return std::optional<Order>(o);
}

Result<QList<OrderLine>> OrderRepository::linesOf(qint64 orderId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, order_id, sku_id, title, attributes, merchant_code, quantity, price_fen "
                       "FROM order_lines WHERE order_id = :order ORDER BY id"));
    q.bind(QStringLiteral(":order"), orderId);
    if (Status s = q.run(); !s)
        return s.error();
    QList<OrderLine> out;
    while (q.next()) {
        OrderLine l;
        l.id = q.value(0).toLongLong();
        l.orderId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            l.skuId = q.value(2).toLongLong();
        l.title = q.value(3).toString();
        l.attributes = q.value(4).toString();
        l.merchantCode = q.value(5).toString();
        l.quantity = q.value(6).toInt();
        l.price = Money::fromFen(q.value(7).toLongLong());
        out << l;
    }
    return out;
}

Result<QList<OrderOverview>> OrderRepository::overview(int limit) const
{
    QString sql = QStringLiteral("SELECT %1, b.nick FROM orders o LEFT JOIN buyers b ON b.id = o.buyer_id "
                                 "ORDER BY o.created_at DESC, o.id DESC")
                      .arg(rows::orderColumns());
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    SqlQuery q(mDb, sql);
    if (Status s = q.run(); !s)
        return s.error();
    QList<OrderOverview> rows;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        OrderOverview row;
        row.order = readOrder(q);
        row.buyerNick = q.value(22).toString();
        index.insert(row.order.id, rows.size());
        rows << row;
    }
    // Goods lines in one pass, joined in code (portable: no GROUP_CONCAT / string_agg).
    SqlQuery l(mDb,
        QStringLiteral("SELECT l.order_id, coalesce(i.code, l.merchant_code), coalesce(s.color, ''), coalesce(s.size, "
                       "''), l.quantity, l.title "
                       "FROM order_lines l LEFT JOIN skus s ON s.id = l.sku_id LEFT JOIN items i ON i.id = s.item_id "
                       "ORDER BY l.order_id, l.id"));
    if (Status s = l.run(); !s)
        return s.error();
    while (l.next()) {
        const auto it = index.constFind(l.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        OrderOverview &row = rows[*it];
        const int qty = l.value(4).toInt();
        row.units += qty;
        const QString code = l.value(1).toString().isEmpty() ? l.value(5).toString() : l.value(1).toString();
        const QString part
            = QStringLiteral("%1/%2/%3×%4").arg(code, l.value(2).toString(), l.value(3).toString()).arg(qty);
        row.goods = row.goods.isEmpty() ? part : row.goods + QStringLiteral("; ") + part;
    }
    return rows;
}

Result<int> OrderRepository::orderCount() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT count(*) FROM orders"));
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QHash<QString, StoredOrder>> OrderRepository::storedOrders() const
{
    // A shop of a year of orders holds hundreds of thousands: the hash is sized once, and each
    // status is the shared code string rather than a copy per order.
    SqlQuery count(mDb, QStringLiteral("SELECT count(*) FROM orders"));
    if (Status s = count.run(); !s)
        return s.error();
    QHash<QString, StoredOrder> out;
    out.reserve(count.next() ? count.value(0).toLongLong() : 0);
    static const QStringList statuses = codes::orderStatuses();
    SqlQuery q(mDb, QStringLiteral("SELECT order_no, id, status FROM orders"));
    if (Status s = q.run(); !s)
        return s.error();
    while (q.next()) {
        QString status = q.value(2).toString();
        if (const qsizetype known = statuses.indexOf(status); known >= 0)
            status = statuses.at(known);
        out.insert(q.value(0).toString(), { q.value(1).toLongLong(), status });
    }
    return out;
}

Result<bool> OrderRepository::followPlatformStatus(
    qint64 orderId, const QString &status, const QString &courier, const QString &trackingNo)
{
    if (status != codes::kOrderClosed && status != codes::kOrderShipped && status != codes::kOrderFinished)
        return Error { tr("An order waiting for dispatch can only become closed, shipped or finished.") };
    SqlQuery q(mDb,
        QStringLiteral("UPDATE orders SET status = :status, courier = COALESCE(NULLIF(:courier, ''), courier), "
                       "tracking_no = COALESCE(NULLIF(:tracking, ''), tracking_no) "
                       "WHERE id = :id AND status = 'paid'"));
    q.bind({ { QStringLiteral(":status"), status }, { QStringLiteral(":courier"), courier },
        { QStringLiteral(":tracking"), trackingNo }, { QStringLiteral(":id"), orderId } });
    if (Status s = q.run(); !s)
        return s.error();
    if (q.numRowsAffected() != 1)
        return false;
    // A paid order closed (refunded) no longer counts in its buyer's spend.
    if (Status s = BuyerSummaryRepository(mDb).refreshBuyerOf(orderId); !s)
        return s.error();
    // … nor among its month's buyers, and a later month's buyer may no longer have paid before
    // (shipped and finished orders count as the paid one did).
    if (status == codes::kOrderClosed)
        if (Status s = MemberRepository(mDb).forgetRepeatMonthsFrom(orderId); !s)
            return s.error();
    return true;
}

// OrderBulkWriter -------------------------------------------------------------------------------

namespace {
// Rows per multi-row INSERT (well under SQLite's and PostgreSQL's limits on bound values per statement;
// larger batches measured no faster: the cost is per bound value).
constexpr int kOrderBatch = 8, kLineBatch = 32, kBuyerBatch = 32;

const QString kBuyerColumns = QStringLiteral("nick, name, phone, created_at");
// platform ('taobao'), flag ('') and shipped_at (NULL) are the columns' defaults.
const QString kOrderColumns = QStringLiteral(
    "order_no, buyer_id, status, receiver_name, receiver_phone, province, city, district, address, postcode, "
    "buyer_message, seller_note, total_fen, freight_fen, created_at, paid_at, courier, tracking_no, ship_courier, "
    "ship_by");
const QString kLineColumns = QStringLiteral("order_id, sku_id, title, attributes, merchant_code, quantity, price_fen");
} // namespace

OrderBulkWriter::OrderBulkWriter(const Database &db)
    : mDb(db)
    , mNow(toDbTime(QDateTime::currentDateTime()))
    , mKeyed(BulkInsert::copiesTo(db))
{
    // BulkInsert may bind around SqlQuery: the change feed hears of these writes here.
    ChangeFeed::noteWrite(db, QStringLiteral("orders"));
    ChangeFeed::noteWrite(db, QStringLiteral("buyers"));
    const QString id = mKeyed ? QStringLiteral("id, ") : QString();
    mBuyers = std::make_unique<BulkInsert>(
        db, QStringLiteral("buyers (%1%2)").arg(id, kBuyerColumns), mKeyed ? 5 : 4, kBuyerBatch);
    mOrders = std::make_unique<BulkInsert>(
        db, QStringLiteral("orders (%1%2)").arg(id, kOrderColumns), mKeyed ? 21 : 20, kOrderBatch);
    mLines = std::make_unique<BulkInsert>(db, QStringLiteral("order_lines (%1)").arg(kLineColumns), 7, kLineBatch);
    if (mKeyed) {
        // The orders and lines are sent while the next are read. A table's rows go only once the
        // tables they refer to have sent all theirs (the buyers before their orders, the orders
        // before their lines): see flushOrders() and addLine(). The buyers, fewer, go at once,
        // just before the orders that refer to them.
        mOrders->setAhead(true);
        mLines->setAhead(true);
    } else {
        // The buyer by member name, the order by number: both UNIQUE, so each is one index lookup.
        mOrders->setExpression(1, QStringLiteral("(SELECT id FROM buyers WHERE nick = ?)"));
        mLines->setExpression(0, QStringLiteral("(SELECT id FROM orders WHERE order_no = ?)"));
    }
}

OrderBulkWriter::~OrderBulkWriter() = default;

void OrderBulkWriter::expect(qsizetype orders)
{
    mExpected = orders;
    if (mKeyed)
        mOrderIds.reserve(orders);
}

Status OrderBulkWriter::readBuyerIds()
{
    if (mBuyerIdsRead)
        return {};
    // The shop's own buyers, once: an import refers to them by member name.
    SqlQuery q(mDb, QStringLiteral("SELECT nick, id FROM buyers"));
    mBuyerIds.reserve(mExpected);
    if (Status s = q.run(); !s)
        return s;
    while (q.next())
        mBuyerIds.insert(q.value(0).toString(), q.value(1).toLongLong());
    mBuyerIdsRead = true;
    return {};
}

Status OrderBulkWriter::addOrder(const Order &o, const QString &buyerNick, const QString &createdText,
    const QString &paidText, const QueueKeys &keys)
{
    static const QStringList statuses = codes::orderStatuses();
    if (o.orderNo.isEmpty())
        return Error { OrderRepository::tr("Every order needs an order number.") };
    if (!statuses.contains(o.status))
        return Error { OrderRepository::tr("Order %1: “%2” is not a known order status.").arg(o.orderNo, o.status) };
    QVariant buyer = buyerNick.isEmpty() ? QVariant() : QVariant(buyerNick);
    if (!buyerNick.isEmpty()) {
        // One look-up finds the buyer, among the shop's or the new ones.
        if (Status s = readBuyerIds(); !s)
            return s;
        auto it = mBuyerIds.constFind(buyerNick);
        if (it == mBuyerIds.cend()) {
            bool full = false;
            if (mKeyed) {
                // The id is the server's own, from the table's sequence: the order names its buyer by it.
                auto id = mBuyers->newId();
                if (!id)
                    return id.error();
                it = mBuyerIds.insert(buyerNick, *id);
                full = mBuyers->add({ *id, buyerNick, o.receiverName, o.receiverPhone, mNow });
            } else {
                // The id is given as the row is written; the order finds it by member name.
                it = mBuyerIds.insert(buyerNick, 0);
                full = mBuyers->add({ buyerNick, o.receiverName, o.receiverPhone, mNow });
            }
            if (full)
                if (Status s = mBuyers->flush(); !s)
                    return s;
        }
        if (mKeyed)
            buyer = *it;
    }
    const QString created = !createdText.isEmpty() ? createdText : o.createdAt.isValid() ? toDbTime(o.createdAt) : mNow;
    const QVariant paid = !paidText.isEmpty() ? QVariant(paidText) : rows::timeOrNull(o.paidAt);
    QList<QVariant> row;
    row.reserve(21);
    if (mKeyed) {
        auto id = mOrders->newId();
        if (!id)
            return id.error();
        mOrderIds.insert(o.orderNo, *id);
        row << *id;
    }
    row << o.orderNo << buyer << o.status << o.receiverName << o.receiverPhone << o.province << o.city << o.district
        << o.address << o.postcode << o.buyerMessage << o.sellerNote << o.total.fen() << o.freight.fen() << created
        << paid << o.courier << o.trackingNo << keys.courier << keys.shipBy;
    return mOrders->add(row) ? flushOrders() : Status();
}

Status OrderBulkWriter::flushOrders()
{
    // The buyers first: the orders find theirs by member name as they are written (or refer
    // to their ids: then the orders wait while buyers are still kept, the connection busy).
    if (Status s = mBuyers->flush(); !s)
        return s;
    if (mKeyed && mBuyers->pending() > 0)
        return {};
    return mOrders->flush();
}

Status OrderBulkWriter::addLine(const QString &orderNo, const OrderLine &l)
{
    QVariant order = orderNo;
    if (mKeyed) {
        auto it = mOrderIds.constFind(orderNo);
        if (it == mOrderIds.cend()) {
            // An order already in the shop.
            SqlQuery q(mDb, QStringLiteral("SELECT id FROM orders WHERE order_no = :no"));
            q.bind(QStringLiteral(":no"), orderNo);
            if (Status s = q.run(); !s)
                return s;
            if (!q.next())
                return Error { OrderRepository::tr("The order %1 is not in the shop.").arg(orderNo) };
            it = mOrderIds.insert(orderNo, q.value(0).toLongLong());
        }
        order = *it;
    }
    // A quantity below 1 is refused by the table's CHECK, as addOrder's lines are.
    if (mLines->add({ order, nullable(l.skuId), l.title, l.attributes, l.merchantCode, l.quantity, l.price.fen() })) {
        // The orders first: the lines find theirs by number as they are written (or refer to
        // their ids: then the lines wait while orders are still kept).
        if (Status s = flushOrders(); !s)
            return s;
        if (mKeyed && (mBuyers->pending() > 0 || mOrders->pending() > 0))
            return {};
        return mLines->flush();
    }
    return {};
}

Status OrderBulkWriter::finishOrders()
{
    if (Status s = mBuyers->finish(); !s)
        return s;
    return mOrders->finish();
}

Status OrderBulkWriter::finish()
{
    if (Status s = finishOrders(); !s)
        return s;
    return mLines->finish();
}

Result<qint64> BuyerRepository::ensure(const Buyer &b)
{
    if (b.nick.trimmed().isEmpty())
        return Error { tr("A buyer needs a member name.") };
    auto existing = byNick(b.nick);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return (*existing)->id;
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO buyers (nick, name, phone, note, created_at) "
                       "VALUES (:nick, :name, :phone, :note, :now) RETURNING id"));
    q.bind({ { QStringLiteral(":nick"), b.nick.trimmed() }, { QStringLiteral(":name"), b.name },
        { QStringLiteral(":phone"), b.phone }, { QStringLiteral(":note"), b.note },
        { QStringLiteral(":now"), toDbTime(QDateTime::currentDateTime()) } });
    return q.insert();
}

Result<std::optional<Buyer>> BuyerRepository::byNick(const QString &nick) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id, nick, name, phone, note FROM buyers WHERE nick = :nick"));
    q.bind(QStringLiteral(":nick"), nick.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Buyer>();
    return std::optional<Buyer>(Buyer { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString() });
}

Result<qint64> SupplierRepository::add(const Supplier &s)
{
    if (s.name.trimmed().isEmpty())
        return Error { tr("A supplier needs a name.") };
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO suppliers (name, contact, phone, city, note) "
                       "VALUES (:name, :contact, :phone, :city, :note) RETURNING id"));
    q.bind({ { QStringLiteral(":name"), s.name.trimmed() }, { QStringLiteral(":contact"), s.contact },
        { QStringLiteral(":phone"), s.phone }, { QStringLiteral(":city"), s.city },
        { QStringLiteral(":note"), s.note } });
    return q.insert();
}

Result<QList<Supplier>> SupplierRepository::all() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id, name, contact, phone, city, note FROM suppliers ORDER BY name"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<Supplier> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString() });
    return out;
}

Q_LOGGING_CATEGORY(lcSettings, "shopdesk.settings")

std::optional<QString> ShopSettings::stored(const QString &name) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT value FROM shop_settings WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name);
    if (Status s = q.run(); !s) {
        qCWarning(lcSettings) << "setting" << name << "not read:" << s.errorMessage();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QStringList ShopSettings::fromText(const QString &t, bool *ok, const QStringList &)
{
    *ok = true;
    static const QRegularExpression separators(QStringLiteral("[,，;；\\s]+"));
    return t.split(separators, Qt::SkipEmptyParts);
}

Status ShopSettings::setValue(const QString &name, const QString &value)
{
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO shop_settings (name, value) VALUES (:name, :value) "
                       "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    q.bind({ { QStringLiteral(":name"), name }, { QStringLiteral(":value"), value } });
    return q.run();
}

Status ShopSettings::apply(const Batch &batch)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    for (const auto &[name, value] : batch.values())
        if (Status s = setValue(name, value); !s)
            return s;
    return tx.commit();
}

Result<QList<ItemSales>> OrderRepository::itemSales(QDate from, QDate to) const
{
    const QString fromTime = from.isValid() ? toDbDate(from) : QStringLiteral("0000-00-00");
    const QString toTime = to.isValid() ? toDbDate(to.addDays(1)) : QStringLiteral("9999-99-99");
    // Matched lines are summed per SKU first, then per item: the joins to skus and items touch a
    // few hundred rows, and the covering indexes (migration 6) spare reading the rows themselves.
    const QString paidIn = QStringLiteral(
        "FROM orders o JOIN order_lines l ON l.order_id = o.id "
        "WHERE o.paid_at >= :from AND o.paid_at < :to AND o.status IN ('paid', 'shipped', 'finished') ");
    SqlQuery q(mDb,
        QStringLiteral("SELECT i.id, i.code, i.title, COALESCE(x.s, 0), COALESCE(x.u, 0) FROM items i LEFT JOIN ("
                       "SELECT s.item_id AS item, SUM(g.s) AS s, SUM(g.u) AS u FROM ("
                       "SELECT l.sku_id AS sku, SUM(l.quantity * l.price_fen) AS s, SUM(l.quantity) AS u ")
            + paidIn
            + QStringLiteral("AND l.sku_id IS NOT NULL GROUP BY l.sku_id) g JOIN skus s ON s.id = g.sku "
                             "GROUP BY s.item_id) x ON x.item = i.id "
                             "WHERE i.archived = 0 OR x.s IS NOT NULL ORDER BY i.code"));
    q.bind({ { QStringLiteral(":from"), fromTime }, { QStringLiteral(":to"), toTime } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<ItemSales> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(1).toString(), out.size());
        out << ItemSales { q.value(1).toString(), q.value(2).toString(), Money::fromFen(q.value(3).toLongLong()),
            q.value(4).toLongLong(), q.value(0).toLongLong() };
    }
    // Lines matched to no SKU (few) count too, by merchant code, else title.
    SqlQuery u(mDb,
        QStringLiteral(
            "SELECT COALESCE(NULLIF(l.merchant_code, ''), l.title), MAX(l.title), SUM(l.quantity * l.price_fen), "
            "SUM(l.quantity) ")
            + paidIn + QStringLiteral("AND l.sku_id IS NULL GROUP BY COALESCE(NULLIF(l.merchant_code, ''), l.title)"));
    u.bind({ { QStringLiteral(":from"), fromTime }, { QStringLiteral(":to"), toTime } });
    if (Status s = u.run(); !s)
        return s.error();
    while (u.next()) {
        const QString code = u.value(0).toString();
        const Money sales = Money::fromFen(u.value(2).toLongLong());
        const qint64 units = u.value(3).toLongLong();
        if (const auto it = index.constFind(code); it != index.cend()) {
            out[*it].sales += sales; // a merchant code that is also an item code: the same goods
            out[*it].units += units;
        } else {
            index.insert(code, out.size());
            out << ItemSales { code, u.value(1).toString(), sales, units, 0 };
        }
    }
    return out;
}

} // namespace shopdesk::core
