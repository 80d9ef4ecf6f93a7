#include "shopdesk/service/Facts.h"

#include <shopdesk/core/AvailableStockRepository.h>
#include <shopdesk/core/Format.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Vocabulary.h>

#include <QTranslator>

namespace shopdesk::service {

using core::Error;
using core::SqlQuery;
using core::Status;

namespace {
/// The courier's Chinese name, whatever the UI language: buyers read the reply in Chinese.
/// Vocabulary::courier gives the name in the UI language; outside a Chinese UI that is the
/// English source text, which the embedded core_zh_CN catalogue turns into Chinese.
QString chineseCourier(const QString &code)
{
    const QString shown = core::Vocabulary::courier(code);
    static QTranslator *zh = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/core_zh_CN.qm")))
            qWarning("core_zh_CN.qm is not embedded: couriers are named in the UI language");
        return t;
    }();
    const QString chinese = zh->translate("shopdesk::core::Vocabulary", shown.toUtf8().constData());
    return chinese.isEmpty() ? shown : chinese;
}

void addUnique(QStringList &list, const QString &value)
{
    if (!value.trimmed().isEmpty() && !list.contains(value.trimmed()))
        list.append(value.trimmed());
}
} // namespace

Facts FactsRepository::shopFacts() const
{
    core::ShopSettings s(mDb);
    Facts f;
    f.insert(QStringLiteral("shop"), s.value(core::ShopSettings::kShopName));
    f.insert(QStringLiteral("return_address"), s.value(core::ShopSettings::kReturnAddress));
    f.insert(QStringLiteral("bank_account"), s.value(core::ShopSettings::kBankAccount));
    f.insert(QStringLiteral("promotion"), s.value(core::ShopSettings::kPromotion));
    return f;
}

namespace {
/// The order's own columns, in this order, for orderFacts().
const QString kOrderColumns
    = QStringLiteral("o.id, o.order_no, COALESCE(b.nick, ''), o.courier, o.tracking_no, o.shipped_at, o.paid_at");
/// A line's columns, in this order, for LineFacts::add().
const QString kLineColumns = QStringLiteral("COALESCE(i.short_name, ''), COALESCE(i.category, ''), "
                                            "COALESCE(i.title, l.title), COALESCE(s.color, ''), COALESCE(s.size, ''), "
                                            "l.sku_id");

/// The facts of an order's row (kOrderColumns from column 0) over the shop's.
Facts orderFacts(const SqlQuery &q, const Facts &shop)
{
    Facts f = shop;
    f.insert(QStringLiteral("order"), q.value(1).toString());
    f.insert(QStringLiteral("buyer"), q.value(2).toString());
    const QString courier = q.value(3).toString();
    f.insert(QStringLiteral("courier"), courier.isEmpty() ? QString() : chineseCourier(courier));
    f.insert(QStringLiteral("tracking"), q.value(4).toString());
    const QDateTime shipped = core::fromDbTime(q.value(5).toString());
    f.insert(QStringLiteral("shipped"), shipped.isValid() ? shipped.date().toString(Qt::ISODate) : QString());
    const QDateTime paid = core::fromDbTime(q.value(6).toString());
    f.insert(QStringLiteral("paid"), paid.isValid() ? paid.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString());
    return f;
}

/// An order's lines gathered into the item, colour, size and availability facts.
struct LineFacts {
    QStringList names, namedLines, colors, sizes;
    QList<qint64> skuIds;

    /// One line (kLineColumns from column `at`). A line is named by its item's short name (or
    /// category), never by the title written for the platform's search: "牛仔裤 深蓝色 30码" in a
    /// chat, not 30 characters of keywords.
    void add(const SqlQuery &q, int at)
    {
        const bool matched = !q.value(at + 5).isNull();
        // An unmatched line has only the platform's title: it is all there is to call it.
        const QString name = matched ? core::format::messageItemName(q.value(at).toString(), q.value(at + 1).toString(),
                                 QString(), QString(), q.value(at + 2).toString())
                                     : q.value(at + 2).toString();
        addUnique(names, name);
        addUnique(namedLines,
            matched ? core::format::messageItemName(q.value(at).toString(), q.value(at + 1).toString(),
                q.value(at + 3).toString(), q.value(at + 4).toString(), q.value(at + 2).toString())
                    : name);
        addUnique(colors, q.value(at + 3).toString());
        addUnique(sizes, q.value(at + 4).toString());
        if (matched && !skuIds.contains(q.value(at + 5).toLongLong()))
            skuIds << q.value(at + 5).toLongLong();
    }

    /// "In stock?" is answered from what is available (on hand less paid orders not yet shipped),
    /// one figure per SKU of the order; none when no line is matched to a SKU.
    void into(Facts &f, const QHash<qint64, core::SkuAvailability> &available) const
    {
        const QString sep = QString::fromUtf8("、");
        f.insert(QStringLiteral("item"), names.join(sep));
        f.insert(QStringLiteral("item_line"), namedLines.join(sep));
        f.insert(QStringLiteral("color"), colors.join(sep));
        f.insert(QStringLiteral("size"), sizes.join(sep));
        QStringList figures;
        for (qint64 id : std::as_const(skuIds))
            figures << QString::number(std::max<qint64>(0, available.value(id).available()));
        f.insert(QStringLiteral("available"), figures.join(sep));
    }
};
} // namespace

core::Result<Facts> FactsRepository::forOrder(const QString &orderNo) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1 FROM orders o LEFT JOIN buyers b ON b.id = o.buyer_id WHERE o.order_no = :no")
            .arg(kOrderColumns));
    q.bind(QStringLiteral(":no"), orderNo.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("There is no order %1 in this shop.").arg(orderNo.trimmed()) };
    Facts f = orderFacts(q, shopFacts());
    const qint64 orderId = q.value(0).toLongLong();

    SqlQuery lines(mDb,
        QStringLiteral("SELECT %1 FROM order_lines l LEFT JOIN skus s ON s.id = l.sku_id "
                       "LEFT JOIN items i ON i.id = s.item_id WHERE l.order_id = :id ORDER BY l.id")
            .arg(kLineColumns));
    lines.bind(QStringLiteral(":id"), orderId);
    if (Status s = lines.run(); !s)
        return s.error();
    LineFacts gathered;
    while (lines.next())
        gathered.add(lines, 0);
    auto available = core::AvailableStockRepository(mDb).ofSkus(gathered.skuIds);
    if (!available)
        return available.error();
    gathered.into(f, *available);
    return f;
}

core::Result<QHash<QString, Facts>> FactsRepository::forShipped(QDate first, QDate last) const
{
    // The orders, their lines and the availability of their SKUs: three queries for the whole
    // span, each over an index (orders by status and dispatch time, lines by order, the ledger
    // and the paid lines by SKU), not three per order.
    auto bindSpan = [&](SqlQuery &q, const QString &suffix = QString()) {
        q.bind({ { QStringLiteral(":from") + suffix, core::toDbDate(first) },
            { QStringLiteral(":to") + suffix, core::toDbDate(last.addDays(1)) } });
    };
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1 FROM orders o LEFT JOIN buyers b ON b.id = o.buyer_id WHERE o.status IN "
                       "('shipped', 'finished') AND o.shipped_at >= :from AND o.shipped_at < :to")
            .arg(kOrderColumns));
    bindSpan(q);
    if (Status s = q.run(); !s)
        return s.error();
    const Facts shop = shopFacts();
    QHash<qint64, Facts> byId;
    QHash<qint64, LineFacts> linesById;
    while (q.next()) {
        byId.insert(q.value(0).toLongLong(), orderFacts(q, shop));
        linesById.insert(q.value(0).toLongLong(), {});
    }

    SqlQuery lines(mDb,
        QStringLiteral("SELECT l.order_id, %1 FROM order_lines l LEFT JOIN skus s ON s.id = l.sku_id "
                       "LEFT JOIN items i ON i.id = s.item_id WHERE l.order_id IN (SELECT o.id FROM orders o "
                       "WHERE o.status IN ('shipped', 'finished') AND o.shipped_at >= :from AND o.shipped_at < :to) "
                       "ORDER BY l.order_id, l.id")
            .arg(kLineColumns));
    bindSpan(lines);
    if (Status s = lines.run(); !s)
        return s.error();
    while (lines.next()) {
        const auto at = linesById.find(lines.value(0).toLongLong());
        if (at != linesById.end())
            at->add(lines, 1);
    }

    // As core::AvailableStockRepository: on hand less the pieces of paid orders not yet shipped.
    SqlQuery stock(mDb,
        QStringLiteral("SELECT sku_id, sum(on_hand), sum(committed) FROM ("
                       "SELECT sku_id, sum(quantity) AS on_hand, 0 AS committed FROM stock_moves WHERE sku_id IN "
                       "(SELECT l2.sku_id FROM order_lines l2 JOIN orders o ON o.id = l2.order_id WHERE o.status IN "
                       "('shipped', 'finished') AND o.shipped_at >= :from AND o.shipped_at < :to AND l2.sku_id IS NOT "
                       "NULL) GROUP BY sku_id UNION ALL "
                       "SELECT l.sku_id AS sku_id, 0 AS on_hand, sum(l.quantity) AS committed FROM order_lines l "
                       "JOIN orders p ON p.id = l.order_id WHERE p.status = 'paid' AND l.sku_id IN "
                       "(SELECT l2.sku_id FROM order_lines l2 JOIN orders o ON o.id = l2.order_id WHERE o.status IN "
                       "('shipped', 'finished') AND o.shipped_at >= :from2 AND o.shipped_at < :to2 AND l2.sku_id IS "
                       "NOT NULL) GROUP BY l.sku_id) AS figures GROUP BY sku_id"));
    bindSpan(stock);
    bindSpan(stock, QStringLiteral("2"));
    if (Status s = stock.run(); !s)
        return s.error();
    QHash<qint64, core::SkuAvailability> available;
    while (stock.next())
        available.insert(stock.value(0).toLongLong(), { stock.value(1).toLongLong(), stock.value(2).toLongLong() });

    QHash<QString, Facts> out;
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        linesById.value(it.key()).into(*it, available);
        out.insert(it->value(QStringLiteral("order")), *it);
    }
    return out;
}

namespace {
/// ":o0", ":o1", … for `n` bound values named `prefix` and a number.
QStringList placeholders(const QString &prefix, qsizetype n)
{
    QStringList names;
    names.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        names << QLatin1Char(':') + prefix + QString::number(i);
    return names;
}

void bindEach(SqlQuery &q, const QString &prefix, const QList<qint64> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bind(QLatin1Char(':') + prefix + QString::number(i), values.at(i));
}
} // namespace

core::Result<QHash<QString, Facts>> FactsRepository::forOrders(const QList<qint64> &orderIds) const
{
    QHash<QString, Facts> out;
    if (orderIds.isEmpty())
        return out;
    // The orders, their lines and their SKUs' availability, each one query over the window's ids
    // (a literal list of bound values, at most a window's length).
    const QStringList names = placeholders(QStringLiteral("o"), orderIds.size());
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1 FROM orders o LEFT JOIN buyers b ON b.id = o.buyer_id WHERE o.id IN (%2)")
            .arg(kOrderColumns)
            .arg(names.join(QStringLiteral(", "))));
    bindEach(q, QStringLiteral("o"), orderIds);
    if (Status s = q.run(); !s)
        return s.error();
    const Facts shop = shopFacts();
    QHash<qint64, Facts> byId;
    QHash<qint64, LineFacts> linesById;
    while (q.next()) {
        byId.insert(q.value(0).toLongLong(), orderFacts(q, shop));
        linesById.insert(q.value(0).toLongLong(), {});
    }
    SqlQuery lines(mDb,
        QStringLiteral("SELECT l.order_id, %1 FROM order_lines l LEFT JOIN skus s ON s.id = l.sku_id "
                       "LEFT JOIN items i ON i.id = s.item_id WHERE l.order_id IN (%2) ORDER BY l.order_id, l.id")
            .arg(kLineColumns)
            .arg(names.join(QStringLiteral(", "))));
    bindEach(lines, QStringLiteral("o"), orderIds);
    if (Status s = lines.run(); !s)
        return s.error();
    QList<qint64> skuIds;
    while (lines.next()) {
        const auto at = linesById.find(lines.value(0).toLongLong());
        if (at == linesById.end())
            continue;
        at->add(lines, 1);
        if (!lines.value(6).isNull() && !skuIds.contains(lines.value(6).toLongLong()))
            skuIds << lines.value(6).toLongLong();
    }
    // As core::AvailableStockRepository (and forShipped): on hand less the pieces of paid orders
    // not yet shipped, for the window's SKUs at once.
    QHash<qint64, core::SkuAvailability> available;
    if (!skuIds.isEmpty()) {
        const QStringList names = placeholders(QStringLiteral("s"), skuIds.size());
        SqlQuery onHand(mDb,
            QStringLiteral("SELECT sku_id, sum(quantity) FROM stock_moves WHERE sku_id IN (%1) GROUP BY sku_id")
                .arg(names.join(QStringLiteral(", "))));
        bindEach(onHand, QStringLiteral("s"), skuIds);
        if (Status s = onHand.run(); !s)
            return s.error();
        while (onHand.next())
            available[onHand.value(0).toLongLong()].onHand = onHand.value(1).toLongLong();
        SqlQuery committed(mDb,
            QStringLiteral("SELECT l.sku_id, sum(l.quantity) FROM order_lines l JOIN orders p ON p.id = l.order_id "
                           "WHERE p.status = 'paid' AND l.sku_id IN (%1) GROUP BY l.sku_id")
                .arg(names.join(QStringLiteral(", "))));
        bindEach(committed, QStringLiteral("s"), skuIds);
        if (Status s = committed.run(); !s)
            return s.error();
        while (committed.next())
            available[committed.value(0).toLongLong()].committed = committed.value(1).toLongLong();
    }
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        linesById.value(it.key()).into(*it, available);
        out.insert(it->value(QStringLiteral("order")), *it);
    }
    return out;
}

core::Result<Facts> FactsRepository::forBuyer(const QString &nick) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT b.nick, (SELECT o.order_no FROM orders o WHERE o.buyer_id = b.id "
                       "ORDER BY o.created_at DESC, o.id DESC LIMIT 1) FROM buyers b WHERE b.nick = :nick"));
    q.bind(QStringLiteral(":nick"), nick.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("There is no buyer %1 in this shop.").arg(nick.trimmed()) };
    const QString orderNo = q.value(1).toString();
    if (orderNo.isEmpty()) {
        Facts f = shopFacts();
        f.insert(QStringLiteral("buyer"), q.value(0).toString());
        return f;
    }
    return forOrder(orderNo);
}

core::Result<Facts> FactsRepository::forOrderOrBuyer(const QString &text) const
{
    auto order = forOrder(text);
    if (order)
        return order;
    auto buyer = forBuyer(text);
    if (buyer)
        return buyer;
    return Error { tr("No order or buyer is called %1.").arg(text.trimmed()) };
}

} // namespace shopdesk::service
