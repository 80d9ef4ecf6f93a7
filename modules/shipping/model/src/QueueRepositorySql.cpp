#include "QueueRepositorySql.h"

#include <shopdesk/core/RecordRows.h>
#include <shopdesk/core/SqlQuery.h>

namespace shopdesk::shipping::detail::queuesql {

namespace {

// The characters MergeDetector::key() skips in a receiver's name, phone and address: the space,
// the tab and the ideographic space (U+3000), written as themselves (no char()/chr() on both engines).
QString stripped(const QString &column)
{
    return QStringLiteral("replace(replace(replace(%1, ' ', ''), '\t', ''), '\u3000', '')").arg(column);
}

// Between the parts of a group key: the unit separator (U+001F), as MergeDetector::key() uses.
const QString kUnit = QStringLiteral("'\u001f'");

// A LIKE pattern of user text: its own % and _ taken literally (ESCAPE '\').
QString likeText(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    out.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}

// Where the queue's own columns start in rowColumns() (after core::rows' order columns).
constexpr int kChosen = 22;

// The open parcels `p` an order `%1` is in (its lines').
const QString kOpenParcels = QStringLiteral(
    "FROM parcel_lines pl JOIN parcels p ON p.id = pl.parcel_id WHERE pl.order_id = %1.id AND p.status = 'open'");

} // namespace

QString rowColumns(const QString &courier, const QString &deadline, const QString &sortKey)
{
    return QStringLiteral(
        "o.id, o.order_no, o.platform, o.buyer_id, o.status, o.receiver_name, o.receiver_phone, o.province, o.city, "
        "o.district, o.address, o.postcode, o.buyer_message, o.seller_note, o.flag, o.total_fen, o.freight_fen, "
        "o.created_at, o.paid_at, o.shipped_at, o.courier, o.tracking_no, "
        "%1, %2, b.nick, o.flag_memo, o.print_count, %3, %4, %5, %6")
        .arg(courier, deadline, parcelKind(), parcelId(), groupKey(QStringLiteral("o")), sortKey);
}

QString fromOrders() { return QStringLiteral("FROM orders o LEFT JOIN buyers b ON b.id = o.buyer_id"); }

QString parcelKind() { return QStringLiteral("(SELECT min(p.kind) %1)").arg(kOpenParcels.arg(QStringLiteral("o"))); }

QString parcelId() { return QStringLiteral("(SELECT min(p.id) %1)").arg(kOpenParcels.arg(QStringLiteral("o"))); }

QString groupKey(const QString &o)
{
    return QStringLiteral("%1.buyer_id || %8 || %2 || %8 || %3 || %8 || %4 || %8 || %5 || %8 || %6 || %8 || %7")
        .arg(o, stripped(o + QStringLiteral(".receiver_name")), stripped(o + QStringLiteral(".receiver_phone")),
            stripped(o + QStringLiteral(".province")), stripped(o + QStringLiteral(".city")),
            stripped(o + QStringLiteral(".district")), stripped(o + QStringLiteral(".address")), kUnit);
}

QString follower()
{
    // Evaluated for the rows the index walk visits only (a window and the followers it skips).
    return QStringLiteral(
        "((NOT EXISTS (SELECT 1 %1) AND o.buyer_id IS NOT NULL AND EXISTS (SELECT 1 FROM orders x "
        "WHERE x.buyer_id = o.buyer_id AND x.status = 'paid' AND (x.paid_at, x.id) < (o.paid_at, o.id) "
        "AND NOT EXISTS (SELECT 1 %2) AND %3 = %4)) "
        "OR EXISTS (SELECT 1 FROM parcel_lines ol JOIN parcels op ON op.id = ol.parcel_id AND op.status = 'open' "
        "AND op.kind = 'merged' JOIN parcel_lines ml ON ml.parcel_id = op.id JOIN orders y ON y.id = ml.order_id "
        "WHERE ol.order_id = o.id AND y.status = 'paid' AND (y.paid_at, y.id) < (o.paid_at, o.id)))")
        .arg(kOpenParcels.arg(QStringLiteral("o")), kOpenParcels.arg(QStringLiteral("x")),
            groupKey(QStringLiteral("x")), groupKey(QStringLiteral("o")));
}

void bindNow(Binds &binds, const QDateTime &now)
{
    binds.append({ QStringLiteral(":now"), core::toDbTime(now) });
    binds.append({ QStringLiteral(":tomorrow"), now.date().addDays(1).toString(QStringLiteral("yyyy-MM-dd")) });
}

QString where(const QueueFilter &f, const QDateTime &now, Binds &binds)
{
    QStringList where { QStringLiteral("1 = 1") };
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        const QString like = likeText(search);
        binds.append({ QStringLiteral(":s_prefix"), QString(like + QLatin1Char('%')) });
        binds.append({ QStringLiteral(":s_any"), QString(QLatin1Char('%') + like + QLatin1Char('%')) });
        binds.append({ QStringLiteral(":s_tail"), QString(QLatin1Char('%') + like) });
        binds.append({ QStringLiteral(":s_exact"), search });
        where << QStringLiteral(
            "(o.order_no LIKE :s_prefix ESCAPE '\\' OR b.nick LIKE :s_any ESCAPE '\\' "
            "OR o.receiver_name LIKE :s_any ESCAPE '\\' OR o.receiver_phone LIKE :s_tail ESCAPE '\\' "
            "OR (o.tracking_no <> '' AND o.tracking_no = :s_exact))");
    }
    if (!f.courier.isEmpty()) {
        where << QStringLiteral("o.ship_courier = :f_courier");
        binds.append({ QStringLiteral(":f_courier"), f.courier });
    }
    if (f.flag == QueueFilter::kNoFlag) {
        where << QStringLiteral("o.flag = ''");
    } else if (!f.flag.isEmpty()) {
        where << QStringLiteral("o.flag = :f_flag");
        binds.append({ QStringLiteral(":f_flag"), f.flag });
    }
    if (f.printed == QueueFilter::Printed::Yes)
        where << QStringLiteral("o.print_count > 0");
    else if (f.printed == QueueFilter::Printed::No)
        where << QStringLiteral("o.print_count = 0");
    if (!f.province.isEmpty()) {
        where << QStringLiteral("o.province = :f_province");
        binds.append({ QStringLiteral(":f_province"), f.province });
    }
    if (f.unmatchedOnly)
        where << QStringLiteral("EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.sku_id IS NULL)");
    if (f.paidFrom.isValid()) {
        where << QStringLiteral("o.paid_at >= :f_from");
        binds.append({ QStringLiteral(":f_from"), core::toDbTime(QDateTime(f.paidFrom, QTime(0, 0))) });
    }
    if (f.paidTo.isValid()) {
        where << QStringLiteral("o.paid_at < :f_to");
        binds.append({ QStringLiteral(":f_to"), core::toDbTime(QDateTime(f.paidTo.addDays(1), QTime(0, 0))) });
    }
    // Ranges of the deadline column ('' for none: never due).
    if (f.due == QueueFilter::Due::Overdue) {
        where << QStringLiteral("o.ship_by > '' AND o.ship_by < :now");
        bindNow(binds, now);
    } else if (f.due == QueueFilter::Due::Today) {
        where << QStringLiteral("o.ship_by >= :now AND o.ship_by < :tomorrow");
        bindNow(binds, now);
    }
    if (!f.orderNos.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < f.orderNos.size(); ++i) {
            names << QStringLiteral(":no%1").arg(i);
            binds.append({ names.last(), f.orderNos[i].trimmed() });
        }
        where << QStringLiteral("o.order_no IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    return where.join(QStringLiteral(" AND "));
}

QString sortColumn(QueueSort sort)
{
    switch (sort) {
    case QueueSort::Queue:
    case QueueSort::PaidAt:
        return QStringLiteral("o.paid_at");
    case QueueSort::OrderNo:
        return QStringLiteral("o.order_no");
    case QueueSort::Deadline:
        return QStringLiteral("o.ship_by");
    case QueueSort::Receiver:
        return QStringLiteral("o.receiver_name");
    case QueueSort::Province:
        return QStringLiteral("o.province");
    case QueueSort::Courier:
        return QStringLiteral("o.ship_courier");
    case QueueSort::Tracking:
        return QStringLiteral("o.tracking_no");
    case QueueSort::Printed:
        return QStringLiteral("o.print_count");
    case QueueSort::Flag:
        return QStringLiteral("o.flag");
    case QueueSort::Amount:
        return QStringLiteral("o.total_fen");
    }
    return QStringLiteral("o.paid_at");
}

QString orderBy(const QString &column, Qt::SortOrder order)
{
    const QString dir = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    return QStringLiteral("ORDER BY %1%2, o.id%2").arg(column, dir);
}

QString after(const QString &column, Qt::SortOrder order, const QueueCursor &cursor, Binds &binds)
{
    if (cursor.atStart())
        return QStringLiteral("1 = 1");
    binds.append({ QStringLiteral(":ck"), cursor.key });
    binds.append({ QStringLiteral(":cid"), cursor.id });
    return QStringLiteral("(%1, o.id) %2 (:ck, :cid)")
        .arg(column, order == Qt::DescendingOrder ? QStringLiteral("<") : QStringLiteral(">"));
}

QueueRow readRow(const core::SqlQuery &q, const QString &now, const QString &today)
{
    QueueRow r;
    r.order.order = core::rows::readOrder(q);
    r.paidText = q.value(18).toString();
    r.courier = q.value(kChosen).toString();
    const QString deadline = q.value(kChosen + 1).toString();
    r.deadlineText = deadline.left(16);
    if (!deadline.isEmpty())
        r.due = deadline < now           ? QueueRow::Due::Overdue
            : deadline.left(10) == today ? QueueRow::Due::Today
                                         : QueueRow::Due::Later;
    r.buyerNick = q.value(kChosen + 2).toString();
    r.flagMemo = q.value(kChosen + 3).toString();
    r.order.printCount = q.value(kChosen + 4).toInt();
    r.parcelKind = q.value(kChosen + 5).toString();
    r.parcelId = q.value(kChosen + 6).toLongLong();
    r.groupKey = q.value(kChosen + 7).toString();
    return r;
}

QVariant sortKeyOf(const core::SqlQuery &q) { return q.value(kChosen + 8); }

void bind(core::SqlQuery &q, const Binds &binds)
{
    for (const auto &[name, value] : binds)
        q.bind(name, value);
}

} // namespace shopdesk::shipping::detail::queuesql
