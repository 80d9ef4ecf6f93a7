#include "shopdesk/shipping/QueueRepository.h"

#include "PackLineRepository.h"
#include "shopdesk/shipping/DispatchDeadline.h"
#include "shopdesk/shipping/OrderImport.h"
#include "shopdesk/shipping/ParcelService.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/RecordRows.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <QHash>

namespace shopdesk::shipping {

using core::Error;
using core::Result;
using core::SqlQuery;
using core::Status;

namespace {

// The characters MergeDetector::key() skips in a receiver's name, phone and address.
QString stripped(const QString &column)
{
    return QStringLiteral("replace(replace(replace(%1, ' ', ''), char(9), ''), char(12288), '')").arg(column);
}

// A LIKE pattern of user text: its own % and _ taken literally (ESCAPE '\').
QString likeText(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    out.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}

// The columns every row reads (core::rows' order columns, then the queue's own), from the
// subquery `g` below.
const QString kRowColumns = QStringLiteral(
    "g.id, g.order_no, g.platform, g.buyer_id, g.status, g.receiver_name, g.receiver_phone, g.province, g.city, "
    "g.district, g.address, g.postcode, g.buyer_message, g.seller_note, g.flag, g.total_fen, g.freight_fen, "
    "g.created_at, g.paid_at, g.shipped_at, g.courier, g.tracking_no, "
    "g.chosen, g.deadline, g.nick, g.flag_memo, g.print_count, g.grp_kind, g.parcel_id, g.grp_key");
constexpr int kChosen = 22;

} // namespace

QueueRepository::QueueRepository(const core::Database &db, CourierRules rules, QDateTime now)
    : mDb(db)
    , mRules(std::move(rules))
    , mNow(std::move(now))
{
}

QString QueueRepository::courierSql(Binds &binds) const
{
    // CourierRules::choose in SQL: a request in the buyer's message or the seller's note (顺丰/SF,
    // 圆通/YTO as a word), EMS for a province the default courier does not reach, else the default.
    const QString asked = QStringLiteral("(o.buyer_message || ' ' || o.seller_note)");
    const QString word = QStringLiteral("(' ' || upper(%1) || ' ') GLOB '*[^A-Z0-9_一-鿿]%2[^A-Z0-9_一-鿿]*'");
    QString ems;
    for (qsizetype i = 0; i < mRules.emsProvinces.size(); ++i) {
        const QString p = mRules.emsProvinces[i];
        if (p.isEmpty())
            continue;
        const QString name = QStringLiteral(":ems%1").arg(i);
        binds.append({ name, p });
        ems += QStringLiteral(" OR o.province = %1 OR substr(o.province, 1, length(%1)) = %1 "
                              "OR substr(%1, 1, length(substr(o.province, 1, 2))) = substr(o.province, 1, 2)")
                   .arg(name);
    }
    binds.append({ QStringLiteral(":default_courier"), mRules.defaultCourier });
    return QStringLiteral("CASE WHEN o.courier <> '' THEN o.courier "
                          "WHEN instr(%1, '顺丰') > 0 OR %2 THEN 'SF' "
                          "WHEN instr(%1, '圆通') > 0 OR %3 THEN 'YTO' "
                          "WHEN o.province <> '' AND (0%4) THEN 'EMS' ELSE :default_courier END")
        .arg(asked, word.arg(asked, QStringLiteral("SF")), word.arg(asked, QStringLiteral("YTO")), ems);
}

QString QueueRepository::deadlineSql(Binds &binds) const
{
    // DispatchDeadline::mustLeave in SQL, on the stored local times: 48 h on a promotion day, the
    // same day's end when paid before 16:00, else 24 h.
    QString promotions;
    SqlQuery range(mDb, QStringLiteral("SELECT min(paid_at), max(paid_at) FROM orders WHERE status = 'paid'"));
    if (range.run() && range.next() && !range.value(0).isNull()) {
        const QDate first = core::fromDbTime(range.value(0).toString()).date();
        const QDate last = core::fromDbTime(range.value(1).toString()).date();
        if (auto days = core::PromotionRepository(mDb).between(first, last)) {
            QSet<QDate> seen;
            for (const core::Promotion &p : std::as_const(*days)) {
                if (seen.contains(p.day))
                    continue;
                seen.insert(p.day);
                const QString name = QStringLiteral(":promo%1").arg(seen.size());
                binds.append({ name, p.day.toString(QStringLiteral("yyyy-MM-dd")) });
                promotions += (promotions.isEmpty() ? QString() : QStringLiteral(", ")) + name;
            }
        }
    }
    const QString promotionCase = promotions.isEmpty()
        ? QString()
        : QStringLiteral("WHEN substr(o.paid_at, 1, 10) IN (%1) THEN datetime(o.paid_at, '+%2 hours') ")
              .arg(promotions)
              .arg(DispatchDeadline::kPromotionHours);
    return QStringLiteral("CASE WHEN o.paid_at IS NULL OR o.paid_at = '' THEN NULL %1"
                          "WHEN substr(o.paid_at, 12, 8) < '%2:00:00' THEN substr(o.paid_at, 1, 10) || ' 23:59:59' "
                          "ELSE datetime(o.paid_at, '+%3 hours') END")
        .arg(promotionCase)
        .arg(DispatchDeadline::kSameDayBeforeHour, 2, 10, QLatin1Char('0'))
        .arg(DispatchDeadline::kHours);
}

QString QueueRepository::whereSql(const QueueFilter &f, Binds &binds) const
{
    QStringList where { QStringLiteral("1") };
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        const QString like = likeText(search);
        binds.append({ QStringLiteral(":s_prefix"), QString(like + QLatin1Char('%')) });
        binds.append({ QStringLiteral(":s_any"), QString(QLatin1Char('%') + like + QLatin1Char('%')) });
        binds.append({ QStringLiteral(":s_tail"), QString(QLatin1Char('%') + like) });
        where << QStringLiteral(
            "(g.order_no LIKE :s_prefix ESCAPE '\\' OR g.nick LIKE :s_any ESCAPE '\\' "
            "OR g.receiver_name LIKE :s_any ESCAPE '\\' OR g.receiver_phone LIKE :s_tail ESCAPE '\\' "
            "OR (g.tracking_no <> '' AND g.tracking_no = :s_exact))");
        binds.append({ QStringLiteral(":s_exact"), search });
    }
    if (!f.courier.isEmpty()) {
        where << QStringLiteral("g.chosen = :f_courier");
        binds.append({ QStringLiteral(":f_courier"), f.courier });
    }
    if (f.flag == QueueFilter::kNoFlag) {
        where << QStringLiteral("g.flag = ''");
    } else if (!f.flag.isEmpty()) {
        where << QStringLiteral("g.flag = :f_flag");
        binds.append({ QStringLiteral(":f_flag"), f.flag });
    }
    if (f.printed != QueueFilter::Printed::Any)
        where << QStringLiteral("%1 EXISTS (SELECT 1 FROM shipping_prints p WHERE p.order_id = g.id)")
                     .arg(f.printed == QueueFilter::Printed::Yes ? QString() : QStringLiteral("NOT"));
    if (!f.province.isEmpty()) {
        where << QStringLiteral("g.province = :f_province");
        binds.append({ QStringLiteral(":f_province"), f.province });
    }
    if (f.unmatchedOnly)
        where << QStringLiteral("EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = g.id AND l.sku_id IS NULL)");
    if (f.paidFrom.isValid()) {
        where << QStringLiteral("g.paid_at >= :f_from");
        binds.append({ QStringLiteral(":f_from"), core::toDbTime(QDateTime(f.paidFrom, QTime(0, 0))) });
    }
    if (f.paidTo.isValid()) {
        where << QStringLiteral("g.paid_at < :f_to");
        binds.append({ QStringLiteral(":f_to"), core::toDbTime(QDateTime(f.paidTo.addDays(1), QTime(0, 0))) });
    }
    if (f.due == QueueFilter::Due::Overdue)
        where << QStringLiteral("g.deadline < :now");
    else if (f.due == QueueFilter::Due::Today)
        where << QStringLiteral("g.deadline >= :now AND substr(g.deadline, 1, 10) = :today");
    if (!f.orderNos.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < f.orderNos.size(); ++i) {
            names << QStringLiteral(":no%1").arg(i);
            binds.append({ names.last(), f.orderNos[i].trimmed() });
        }
        where << QStringLiteral("g.order_no IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    return where.join(QStringLiteral(" AND "));
}

namespace {

// The SQL form of MergeDetector::key (spaces, tabs and ideographic spaces skipped) of orders `o`.
QString keySql(const QString &o)
{
    return QStringLiteral("%1.buyer_id || char(31) || %2 || char(31) || %3 || char(31) || %4 || char(31) || %5 "
                          "|| char(31) || %6 || char(31) || %7")
        .arg(o, stripped(o + QStringLiteral(".receiver_name")), stripped(o + QStringLiteral(".receiver_phone")),
            stripped(o + QStringLiteral(".province")), stripped(o + QStringLiteral(".city")),
            stripped(o + QStringLiteral(".district")), stripped(o + QStringLiteral(".address")));
}

// The queue as one subquery `g`: the orders with the rules' courier, the deadline, the buyer's
// nickname, the print count and the open parcel they are in. SQLite evaluates each expression only
// for the rows a WHERE or ORDER BY needs it for, and for the rows returned: the queue's own order
// walks the index orders_queue and stops after the window.
QString queueSource(const QString &courier, const QString &deadline, const QString &status)
{
    return QStringLiteral(
        "(SELECT o.*, b.nick AS nick, %1 AS chosen, %2 AS deadline, "
        "(SELECT count(*) FROM shipping_prints p WHERE p.order_id = o.id) AS print_count, "
        "(SELECT min(p.kind) FROM parcel_lines pl JOIN parcels p ON p.id = pl.parcel_id WHERE pl.order_id = o.id "
        "AND p.status = 'open') AS grp_kind, "
        "(SELECT min(p.id) FROM parcel_lines pl JOIN parcels p ON p.id = pl.parcel_id WHERE pl.order_id = o.id "
        "AND p.status = 'open') AS parcel_id, %3 AS grp_key "
        "FROM orders o LEFT JOIN buyers b ON b.id = o.buyer_id WHERE o.status %4) g")
        .arg(courier, deadline, keySql(QStringLiteral("o")), status);
}

// Whether a queued order follows an earlier one in the queue's own order: a later order of the
// same buyer to the same receiver and address (neither in a parcel), or a later order of the same
// merged parcel. Evaluated for the rows the index walk visits only.
const QString kFollower = QStringLiteral(
    "((g.grp_kind IS NULL AND g.buyer_id IS NOT NULL AND EXISTS (SELECT 1 FROM orders x WHERE x.buyer_id = "
    "g.buyer_id AND x.status = 'paid' AND (x.paid_at < g.paid_at OR (x.paid_at = g.paid_at AND x.id < g.id)) "
    "AND NOT EXISTS (SELECT 1 FROM parcel_lines xl JOIN parcels xp ON xp.id = xl.parcel_id WHERE xl.order_id = x.id "
    "AND xp.status = 'open') AND %1 = g.grp_key)) "
    "OR (g.grp_kind = 'merged' AND EXISTS (SELECT 1 FROM parcel_lines ml JOIN orders y ON y.id = ml.order_id "
    "WHERE ml.parcel_id = g.parcel_id AND y.status = 'paid' AND (y.paid_at < g.paid_at OR (y.paid_at = g.paid_at "
    "AND y.id < g.id)))))");

QString orderBy(QueueSort sort, Qt::SortOrder order)
{
    const QString dir = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    QString column;
    switch (sort) {
    case QueueSort::Queue:
        return order == Qt::DescendingOrder ? QStringLiteral("g.paid_at DESC, g.id DESC")
                                            : QStringLiteral("g.paid_at, g.id");
    case QueueSort::OrderNo:
        column = QStringLiteral("g.order_no");
        break;
    case QueueSort::PaidAt:
        column = QStringLiteral("g.paid_at");
        break;
    case QueueSort::Deadline:
        column = QStringLiteral("g.deadline");
        break;
    case QueueSort::Receiver:
        column = QStringLiteral("g.receiver_name");
        break;
    case QueueSort::Province:
        column = QStringLiteral("g.province");
        break;
    case QueueSort::Courier:
        column = QStringLiteral("g.chosen");
        break;
    case QueueSort::Tracking:
        column = QStringLiteral("g.tracking_no");
        break;
    case QueueSort::Printed:
        column = QStringLiteral("g.print_count");
        break;
    case QueueSort::Flag:
        column = QStringLiteral("g.flag");
        break;
    case QueueSort::Amount:
        column = QStringLiteral("g.total_fen");
        break;
    }
    return column + dir + QStringLiteral(", g.id") + dir;
}

QueueRow readRow(const SqlQuery &q, const QString &now, const QString &today)
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

} // namespace

Result<QueueTotals> QueueRepository::totals(const QueueFilter &filter) const
{
    Binds binds;
    const QString courier = courierSql(binds);
    const QString deadline = deadlineSql(binds);
    // No window functions here: the groups do not count, only the orders.
    const QString source = QStringLiteral(
        "(SELECT o.*, b.nick AS nick, %1 AS chosen, %2 AS deadline FROM orders o LEFT JOIN buyers b ON b.id = "
        "o.buyer_id WHERE o.status = 'paid') g")
                               .arg(courier, deadline);
    const QString where = whereSql(filter, binds);
    SqlQuery q(mDb,
        QStringLiteral("SELECT count(*), coalesce(sum(g.deadline >= :now AND substr(g.deadline, 1, 10) = :today), 0), "
                       "coalesce(sum(g.deadline < :now), 0), coalesce(sum(g.total_fen), 0) FROM %1 WHERE %2")
            .arg(source, where));
    for (const auto &[name, value] : std::as_const(binds))
        q.bind(name, value);
    q.bind(QStringLiteral(":now"), core::toDbTime(mNow));
    q.bind(QStringLiteral(":today"), mNow.date().toString(QStringLiteral("yyyy-MM-dd")));
    if (Status s = q.run(); !s)
        return s.error();
    QueueTotals t;
    if (q.next()) {
        t.orders = q.value(0).toInt();
        t.today = q.value(1).toInt();
        t.overdue = q.value(2).toInt();
        t.amount = core::Money::fromFen(q.value(3).toLongLong());
    }
    return t;
}

Result<QList<QueueRow>> QueueRepository::rows(
    const QueueFilter &filter, QueueSort sort, Qt::SortOrder order, int offset, int limit, int *consumed) const
{
    // The queue's own order, unfiltered: a buyer's orders (and a merged parcel's) follow the first
    // of them. The window is of those first orders (and the others, alone); each brings its group.
    const bool grouped = sort == QueueSort::Queue && order == Qt::AscendingOrder && filter == QueueFilter();
    Binds binds;
    const QString courier = courierSql(binds);
    const QString deadline = deadlineSql(binds);
    QString where = whereSql(filter, binds);
    if (grouped)
        where += QStringLiteral(" AND NOT ") + kFollower.arg(keySql(QStringLiteral("x")));
    const QString source = queueSource(courier, deadline, QStringLiteral("= 'paid'"));
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT :limit OFFSET :offset")
            .arg(kRowColumns, source, where, orderBy(sort, order)));
    for (const auto &[name, value] : std::as_const(binds))
        q.bind(name, value);
    const QString now = core::toDbTime(mNow);
    const QString today = mNow.date().toString(QStringLiteral("yyyy-MM-dd"));
    if (where.contains(QLatin1String(":now")))
        q.bind(QStringLiteral(":now"), now);
    if (where.contains(QLatin1String(":today")))
        q.bind(QStringLiteral(":today"), today);
    q.bind({ { QStringLiteral(":limit"), limit }, { QStringLiteral(":offset"), offset } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<QueueRow> page;
    while (q.next())
        page.append(readRow(q, now, today));
    if (consumed)
        *consumed = int(page.size());
    if (page.isEmpty())
        return page;

    // The page's buyers' queued orders (an index seek per buyer): the groups, as MergeDetector
    // finds them over the whole queue (a group never spans two buyers), and the orders that follow.
    QStringList buyerNames, parcelNames;
    Binds mateBinds;
    for (const QueueRow &r : std::as_const(page)) {
        if (r.order.order.buyerId && r.parcelKind.isEmpty()) {
            buyerNames << QStringLiteral(":b%1").arg(buyerNames.size());
            mateBinds.append({ buyerNames.last(), *r.order.order.buyerId });
        }
        if (r.parcelKind == QLatin1String("merged")) {
            parcelNames << QStringLiteral(":p%1").arg(parcelNames.size());
            mateBinds.append({ parcelNames.last(), r.parcelId });
        }
    }
    QList<QueueRow> mates;
    if (!buyerNames.isEmpty() || !parcelNames.isEmpty()) {
        Binds binds2;
        const QString courier2 = courierSql(binds2);
        const QString deadline2 = deadlineSql(binds2);
        QStringList of;
        if (!buyerNames.isEmpty())
            of << QStringLiteral("(g.buyer_id IN (%1) AND g.grp_kind IS NULL)")
                      .arg(buyerNames.join(QStringLiteral(", ")));
        if (!parcelNames.isEmpty())
            of << QStringLiteral("(g.grp_kind = 'merged' AND g.parcel_id IN (%1))")
                      .arg(parcelNames.join(QStringLiteral(", ")));
        SqlQuery m(mDb,
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY g.paid_at, g.id")
                .arg(kRowColumns, queueSource(courier2, deadline2, QStringLiteral("= 'paid'")),
                    of.join(QStringLiteral(" OR "))));
        for (const auto &[name, value] : std::as_const(binds2))
            m.bind(name, value);
        for (const auto &[name, value] : std::as_const(mateBinds))
            m.bind(name, value);
        if (Status s = m.run(); !s)
            return s.error();
        while (m.next())
            mates.append(readRow(m, now, today));
    }
    // Groups of one buyer: by MergeDetector over the page's buyers' orders, with the rules' couriers.
    QList<const core::Order *> list;
    QStringList couriers;
    for (const QueueRow &r : std::as_const(mates)) {
        if (!r.parcelKind.isEmpty())
            continue;
        list << &r.order.order;
        couriers << mRules.courierOf(r.order.order);
    }
    QHash<qint64, std::pair<QueueRow::Group, int>> groupOf; // order id → its group and size
    QHash<qint64, QList<qint64>> followers; // the first order's id → the others, in order
    for (const MergeGroup &g : MergeDetector::find(list, couriers)) {
        const auto kind = g.mergeable ? QueueRow::Group::OneBuyer : QueueRow::Group::OneBuyerNotMergeable;
        for (qsizetype k : g.members)
            groupOf.insert(list[k]->id, { kind, int(g.members.size()) });
        for (qsizetype k : g.members.mid(1))
            followers[list[g.members.first()]->id] << list[k]->id;
    }
    QHash<qint64, int> parcelSize;
    QHash<qint64, QList<qint64>> parcelOrders;
    for (const QueueRow &r : std::as_const(mates))
        if (r.parcelKind == QLatin1String("merged")) {
            ++parcelSize[r.parcelId];
            parcelOrders[r.parcelId] << r.order.order.id;
        }
    QHash<qint64, const QueueRow *> mateById;
    for (const QueueRow &r : std::as_const(mates))
        mateById.insert(r.order.order.id, &r);
    const auto mark = [&](QueueRow &r) {
        if (r.parcelKind == QLatin1String("merged")) {
            r.group = QueueRow::Group::Merged;
            r.groupCount = parcelSize.value(r.parcelId, 1);
        } else if (r.parcelKind == QLatin1String("split")) {
            r.group = QueueRow::Group::Split;
        } else if (auto it = groupOf.constFind(r.order.order.id); it != groupOf.cend()) {
            r.group = it->first;
            r.groupCount = it->second;
        }
    };
    QList<QueueRow> out;
    out.reserve(page.size());
    for (QueueRow &r : page) {
        mark(r);
        out.append(r);
        if (!grouped)
            continue;
        const QList<qint64> after = r.parcelKind == QLatin1String("merged") ? parcelOrders.value(r.parcelId).mid(1)
                                                                            : followers.value(r.order.order.id);
        for (qint64 id : after)
            if (const QueueRow *f = mateById.value(id)) {
                QueueRow copy = *f;
                mark(copy);
                out.append(copy);
            }
    }
    // A split order's parcels.
    for (QueueRow &r : out)
        if (r.group == QueueRow::Group::Split) {
            SqlQuery c(mDb,
                QStringLiteral("SELECT count(DISTINCT pl.parcel_id) FROM parcel_lines pl JOIN parcels p ON p.id = "
                               "pl.parcel_id WHERE pl.order_id = :id AND p.status = 'open'"));
            c.bind(QStringLiteral(":id"), r.order.order.id);
            if (Status s = c.run(); !s)
                return s.error();
            r.groupCount = c.next() ? c.value(0).toInt() : 0;
        }
    if (Status s = addLines(out); !s)
        return s.error();
    return out;
}

Status QueueRepository::addLines(QList<QueueRow> &rows) const
{
    if (rows.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    QStringList names;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        index.insert(rows[i].order.order.id, i);
        names << QStringLiteral(":o%1").arg(i);
    }
    SqlQuery l(mDb,
        QStringLiteral(
            "SELECT l.id, l.order_id, l.sku_id, l.title, l.attributes, l.quantity, i.code, s.color, s.size, s.barcode "
            "FROM order_lines l LEFT JOIN skus s ON s.id = l.sku_id LEFT JOIN items i ON i.id = s.item_id "
            "WHERE l.order_id IN (%1) ORDER BY l.id")
            .arg(names.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < rows.size(); ++i)
        l.bind(names[i], rows[i].order.order.id);
    if (Status s = l.run(); !s)
        return s;
    while (l.next()) {
        auto it = index.constFind(l.value(1).toLongLong());
        if (it == index.cend())
            continue;
        const PackLine p = detail::packLineAt(l);
        if (!p.skuId)
            ++rows[*it].unmatchedLines;
        rows[*it].order.lines.append(p);
    }
    return {};
}

Result<QStringList> QueueRepository::provinces() const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT DISTINCT province FROM orders WHERE status = 'paid' AND province <> '' ORDER BY province"));
    if (Status s = q.run(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<int> QueueRepository::unmatchedCount() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                       "WHERE l.sku_id IS NULL AND o.status = 'paid'"));
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<UnmatchedLine>> QueueRepository::unmatchedLines(int offset, int limit) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT l.id, o.order_no, l.title, l.attributes, l.merchant_code, l.quantity FROM order_lines l "
                       "JOIN orders o ON o.id = l.order_id WHERE l.sku_id IS NULL AND o.status = 'paid' "
                       "ORDER BY o.paid_at, l.id LIMIT :limit OFFSET :offset"));
    q.bind({ { QStringLiteral(":limit"), limit }, { QStringLiteral(":offset"), offset } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<UnmatchedLine> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toInt() });
    return out;
}

namespace {
QString shippedSource()
{
    return QStringLiteral("(SELECT o.*, b.nick AS nick, o.courier AS chosen, NULL AS deadline, "
                          "(SELECT count(*) FROM shipping_prints p WHERE p.order_id = o.id) AS print_count, "
                          "NULL AS grp_kind, NULL AS parcel_id, '' AS grp_key FROM orders o "
                          "LEFT JOIN buyers b ON b.id = o.buyer_id WHERE o.status IN ('shipped', 'finished')) g");
}
} // namespace

Result<int> QueueRepository::shippedCount(const QString &search) const
{
    Binds binds;
    QueueFilter f;
    f.search = search;
    const QString where = whereSql(f, binds);
    SqlQuery q(mDb, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(shippedSource(), where));
    for (const auto &[name, value] : std::as_const(binds))
        q.bind(name, value);
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<QueueRow>> QueueRepository::shipped(const QString &search, int offset, int limit) const
{
    Binds binds;
    QueueFilter f;
    f.search = search;
    const QString where = whereSql(f, binds);
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY g.shipped_at DESC, g.id DESC LIMIT :limit OFFSET :offset")
            .arg(kRowColumns, shippedSource(), where));
    for (const auto &[name, value] : std::as_const(binds))
        q.bind(name, value);
    q.bind({ { QStringLiteral(":limit"), limit }, { QStringLiteral(":offset"), offset } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<QueueRow> out;
    while (q.next())
        out.append(readRow(q, QString(), QString()));
    if (Status s = addLines(out); !s)
        return s.error();
    return out;
}

Status QueueRepository::setFlagMemo(qint64 orderId, const QString &memo)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("UPDATE orders SET flag_memo = :memo WHERE id = :id"));
    q.bind({ { QStringLiteral(":memo"), memo.trimmed() }, { QStringLiteral(":id"), orderId } });
    if (Status s = q.run(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error { tr("There is no such order in the shop.") };
    return tx.commit();
}

} // namespace shopdesk::shipping
