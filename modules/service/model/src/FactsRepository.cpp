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

core::Result<Facts> FactsRepository::forOrder(const QString &orderNo) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT o.id, o.order_no, COALESCE(b.nick, ''), o.courier, o.tracking_no, "
                       "o.shipped_at, o.paid_at FROM orders o LEFT JOIN buyers b ON b.id = o.buyer_id "
                       "WHERE o.order_no = :no"));
    q.bind(QStringLiteral(":no"), orderNo.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("There is no order %1 in this shop.").arg(orderNo.trimmed()) };
    Facts f = shopFacts();
    const qint64 orderId = q.value(0).toLongLong();
    f.insert(QStringLiteral("order"), q.value(1).toString());
    f.insert(QStringLiteral("buyer"), q.value(2).toString());
    const QString courier = q.value(3).toString();
    f.insert(QStringLiteral("courier"), courier.isEmpty() ? QString() : chineseCourier(courier));
    f.insert(QStringLiteral("tracking"), q.value(4).toString());
    const QDateTime shipped = core::fromDbTime(q.value(5).toString());
    f.insert(QStringLiteral("shipped"), shipped.isValid() ? shipped.date().toString(Qt::ISODate) : QString());
    const QDateTime paid = core::fromDbTime(q.value(6).toString());
    f.insert(QStringLiteral("paid"), paid.isValid() ? paid.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString());

    // A line is named by its item's short name (or category), never by the title written for the
    // platform's search: "牛仔裤 深蓝色 30码" in a chat, not 30 characters of keywords.
    SqlQuery lines(mDb,
        QStringLiteral("SELECT COALESCE(i.short_name, ''), COALESCE(i.category, ''), COALESCE(i.title, l.title), "
                       "COALESCE(s.color, ''), COALESCE(s.size, ''), l.sku_id "
                       "FROM order_lines l LEFT JOIN skus s ON s.id = l.sku_id "
                       "LEFT JOIN items i ON i.id = s.item_id WHERE l.order_id = :id ORDER BY l.id"));
    lines.bind(QStringLiteral(":id"), orderId);
    if (Status s = lines.run(); !s)
        return s.error();
    QStringList names, namedLines, colors, sizes;
    QList<qint64> skuIds;
    while (lines.next()) {
        const bool matched = !lines.value(5).isNull();
        // An unmatched line has only the platform's title: it is all there is to call it.
        const QString name = matched ? core::format::messageItemName(lines.value(0).toString(),
                                 lines.value(1).toString(), QString(), QString(), lines.value(2).toString())
                                     : lines.value(2).toString();
        addUnique(names, name);
        addUnique(namedLines,
            matched ? core::format::messageItemName(lines.value(0).toString(), lines.value(1).toString(),
                lines.value(3).toString(), lines.value(4).toString(), lines.value(2).toString())
                    : name);
        addUnique(colors, lines.value(3).toString());
        addUnique(sizes, lines.value(4).toString());
        if (matched && !skuIds.contains(lines.value(5).toLongLong()))
            skuIds << lines.value(5).toLongLong();
    }
    const QString sep = QString::fromUtf8("、");
    f.insert(QStringLiteral("item"), names.join(sep));
    f.insert(QStringLiteral("item_line"), namedLines.join(sep));
    f.insert(QStringLiteral("color"), colors.join(sep));
    f.insert(QStringLiteral("size"), sizes.join(sep));
    // "In stock?" is answered from what is available (on hand less paid orders not yet shipped),
    // one figure per SKU of the order; none when no line is matched to a SKU.
    auto available = core::AvailableStockRepository(mDb).ofSkus(skuIds);
    if (!available)
        return available.error();
    QStringList figures;
    for (qint64 id : std::as_const(skuIds))
        figures << QString::number(std::max<qint64>(0, available->value(id).available()));
    f.insert(QStringLiteral("available"), figures.join(sep));
    return f;
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
