#include "shopdesk/buyers/BuyersRepository.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <QHash>

#include <utility>

namespace shopdesk::buyers {

using core::Error;
using core::SqlQuery;
using core::Status;

namespace {
const QChar kSeparator(0x1f);

/// The Julian day of a stored time "yyyy-MM-dd HH:mm:ss" (its date part), 0 when there is none.
qint64 julianOf(QStringView t)
{
    if (t.size() < 10)
        return 0;
    auto num = [&](int from, int n) {
        int out = 0;
        for (int i = from; i < from + n; ++i) {
            const int d = t.at(i).unicode() - '0';
            if (d < 0 || d > 9)
                return -1;
            out = out * 10 + d;
        }
        return out;
    };
    const QDate d(num(0, 4), num(5, 2), num(8, 2));
    return d.isValid() ? d.toJulianDay() : 0;
}

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// A buyer's returns and after-sale cases, for the summary row `s`: orders refunded after payment
/// (closed with a payment) or flagged purple (return) or blue (exchange) by the warehouse, or with
/// goods booked back (a return into stock, a damaged return onto the faulty-goods account).
/// Counted as (refunded or flagged) + (goods back) − (both), each part from an index alone:
/// buyers_orders_cover holds the status, payment and flag, orders_buyer the order number (format
/// 24); only an order with goods back is read itself. The one-pass count read every order of
/// the buyer from the table (≈ 200 ms for the first window of a big shop's best buyers).
#define SHOPDESK_SQL_BUYER_REFUNDED_OR_FLAGGED(r)                                                                      \
    "((" r ".status = 'closed' AND " r ".paid_at IS NOT NULL) OR " r ".flag IN ('purple', 'blue'))"
#define SHOPDESK_SQL_BUYER_GOODS_BACK(r)                                                                               \
    "(EXISTS (SELECT 1 FROM stock_moves m WHERE m.reference = " r ".order_no AND m.kind = 'return') OR EXISTS "        \
    "(SELECT 1 FROM faulty_goods g WHERE g.reference = " r ".order_no AND g.source = 'damaged_return'))"
/// The opening of a count of the summary row s's orders r that … (closed by the caller).
#define SHOPDESK_SQL_BUYER_OF_S "(SELECT count(*) FROM orders r WHERE r.buyer_id = s.buyer_id AND "
#define SHOPDESK_SQL_BUYER_RETURNS                                                                                     \
    "(" SHOPDESK_SQL_BUYER_OF_S SHOPDESK_SQL_BUYER_REFUNDED_OR_FLAGGED("r") ") + " SHOPDESK_SQL_BUYER_OF_S             \
        SHOPDESK_SQL_BUYER_GOODS_BACK(                                                                                 \
            "r") ") - (SELECT count(*) FROM orders x WHERE x.id IN (SELECT r.id FROM "                                 \
                 "orders r WHERE r.buyer_id = s.buyer_id AND " SHOPDESK_SQL_BUYER_GOODS_BACK(                          \
                     "r") ") AND " SHOPDESK_SQL_BUYER_REFUNDED_OR_FLAGGED("x") "))"

/// What narrows the list, as SQL over the summary `s` (and the buyers `b` where `people`).
struct Narrowing {
    QString where;
    QList<std::pair<QString, QVariant>> binds;
    bool people = false; ///< needs the buyers' own records joined

    void bindTo(SqlQuery &q) const
    {
        for (const auto &[name, value] : binds)
            q.bind(name, value);
    }
};

/// The spend range of a tier (fen), as a condition on s.spend_fen.
void tierRange(Narrowing &n, core::MemberTier tier, const core::MemberThresholds &t, const QString &tag)
{
    const QString lo = QStringLiteral(":lo") + tag, hi = QStringLiteral(":hi") + tag;
    auto range = [&](std::optional<qint64> from, std::optional<qint64> below) {
        if (from) {
            n.where += QStringLiteral(" AND s.spend_fen >= %1").arg(lo);
            n.binds.append({ lo, *from });
        }
        if (below) {
            n.where += QStringLiteral(" AND s.spend_fen < %1").arg(hi);
            n.binds.append({ hi, *below });
        }
    };
    switch (tier) {
    case core::MemberTier::Gift:
        range(t.gift.fen(), std::nullopt);
        break;
    case core::MemberTier::Discount:
        range(t.discount.fen(), t.gift.fen());
        break;
    case core::MemberTier::Care:
        range(t.care.fen(), t.discount.fen());
        break;
    case core::MemberTier::None:
        range(std::nullopt, t.care.fen());
        break;
    }
}

/// How a narrowing is read: every match (a count, every row) or a window of the first matches in
/// the summary's order, where a test per buyer read stops at the window's end.
enum class Reading { Every, Window };

Narrowing narrowing(const BuyerFilter &filter, const core::MemberThresholds &t, Reading reading = Reading::Every)
{
    Narrowing n;
    if (!filter.search.trimmed().isEmpty()) {
        n.people = true;
        n.where += QStringLiteral(" AND (b.nick LIKE :s1 ESCAPE '\\' OR b.name LIKE :s2 ESCAPE '\\' "
                                  "OR b.phone LIKE :s3 ESCAPE '\\')");
        const QString p = likePattern(filter.search);
        n.binds.append({ { QStringLiteral(":s1"), p }, { QStringLiteral(":s2"), p }, { QStringLiteral(":s3"), p } });
    }
    if (filter.tier)
        tierRange(n, *filter.tier, t, QStringLiteral("f"));
    const Segment &segment = filter.segment;
    switch (segment.kind) {
    case Segment::Kind::All:
        break;
    case Segment::Kind::Category:
        if (reading == Reading::Window) {
            // Buyer by buyer in the window's order, until it is full: a paid order of theirs
            // (buyers_orders_cover) with a line of one of the category's SKUs (kpi_order_lines_cover).
            n.where += QStringLiteral(
                " AND EXISTS (SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.buyer_id = "
                "s.buyer_id AND o.status IN ('paid', 'shipped', 'finished') AND l.sku_id IN (SELECT k.id FROM "
                "skus k JOIN items i ON i.id = k.item_id WHERE i.category = :cat))");
        } else {
            // The orders with a line of the category (its SKUs' lines from order_lines_sku_order),
            // and their buyers from a scan of an index of the paid orders: "+o.id" keeps SQLite from
            // looking each order up in the table instead, a random read of a wide row per line.
            n.where += QStringLiteral(
                " AND s.buyer_id IN (SELECT o.buyer_id FROM orders o WHERE o.status IN ('paid', 'shipped', "
                "'finished') AND +o.id IN (SELECT l.order_id FROM items i JOIN skus k ON k.item_id = i.id "
                "JOIN order_lines l ON l.sku_id = k.id WHERE i.category = :cat))");
        }
        n.binds.append({ QStringLiteral(":cat"), segment.category });
        break;
    case Segment::Kind::Tier:
        tierRange(n, segment.tier, t, QStringLiteral("s"));
        break;
    case Segment::Kind::Inactive:
        // No paid order in the last `days` days up to today: the last payment before that day.
        n.where += QStringLiteral(" AND s.last_paid <> '' AND s.last_paid < :before");
        n.binds.append({ QStringLiteral(":before"), core::toDbDate(segment.today.addDays(-segment.days + 1)) });
        break;
    case Segment::Kind::Waiting:
        n.people = true;
        n.where += QStringLiteral(
            " AND b.nick IN (SELECT w.buyer_nick FROM service_waitlist w WHERE w.contacted_at IS NULL)");
        break;
    case Segment::Kind::Loyal:
        n.people = true;
        n.where += QStringLiteral(" AND b.loyal = 1");
        break;
    }
    return n;
}

/// The column a window is ordered by, for a sortable Value.
QString keyOf(int value)
{
    switch (value) {
    case BuyersRepository::Nick:
        return QStringLiteral("b.nick");
    case BuyersRepository::Name:
        return QStringLiteral("b.name");
    case BuyersRepository::Phone:
        return QStringLiteral("b.phone");
    case BuyersRepository::Orders:
        return QStringLiteral("s.orders");
    case BuyersRepository::FirstPaid:
        return QStringLiteral("s.first_paid");
    case BuyersRepository::LastPaid:
        return QStringLiteral("s.last_paid");
    default:
        return QStringLiteral("s.spend_fen");
    }
}

/// The summary first (CROSS JOIN keeps that order), read in the order of one of its indexes, and
/// each row's buyer looked up: never every buyer read and sorted for a window of 200.
const QString kRowColumns = QStringLiteral(
    "SELECT b.nick, b.name, b.phone, s.spend_fen, s.orders, " SHOPDESK_SQL_BUYER_RETURNS ", s.first_paid, "
    "s.last_paid, b.loyal, s.buyer_id FROM buyer_summary s CROSS JOIN buyers b WHERE b.id = s.buyer_id");

QVariantList valuesOf(const SqlQuery &q)
{
    const qint64 spend = q.value(3).toLongLong();
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), spend, spend, q.value(4).toLongLong(),
        q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString(), q.value(8).toInt(),
        q.value(9).toLongLong() };
}

} // namespace

bool BuyersRepository::sortable(int value)
{
    switch (value) {
    case Nick:
    case Name:
    case Phone:
    case TierKey:
    case Spend:
    case Orders:
    case FirstPaid:
    case LastPaid:
        return true;
    default:
        return false;
    }
}

BuyerRow BuyersRepository::rowOf(const QVariantList &v)
{
    BuyerRow r;
    if (v.size() < ValueCount)
        return r;
    r.id = v.at(Id).toLongLong();
    r.nick = v.at(Nick).toString();
    r.name = v.at(Name).toString();
    r.phone = v.at(Phone).toString();
    r.spendFen = v.at(Spend).toLongLong();
    r.orders = v.at(Orders).toInt();
    r.returns = v.at(Returns).toInt();
    r.firstDay = julianOf(v.at(FirstPaid).toString());
    r.lastDay = julianOf(v.at(LastPaid).toString());
    r.loyal = v.at(Loyal).toInt() != 0;
    return r;
}

core::Result<QVector<BuyerRow>> BuyersRepository::rows(const BuyerFilter &filter) const
{
    QVector<BuyerRow> out;
    auto n = eachRow(filter, [&out](const BuyerRow &r) -> Status {
        out.append(r);
        return {};
    });
    if (!n)
        return n.error();
    return out;
}

core::Result<qint64> BuyersRepository::eachRow(
    const BuyerFilter &filter, const std::function<core::Status(const BuyerRow &)> &take) const
{
    // Returns for every buyer at once (not a subquery per row): orders refunded after payment or
    // flagged purple / blue, from the index buyers_orders_cover, and those with goods booked back.
    // Only the buyers with a return are held.
    QHash<qint64, int> returnsBy;
    SqlQuery cases(mDb,
        QStringLiteral(
            "SELECT buyer_id, COUNT(*) FROM orders WHERE buyer_id IS NOT NULL AND "
            "((status = 'closed' AND paid_at IS NOT NULL) OR flag IN ('purple', 'blue')) GROUP BY buyer_id"));
    if (Status s = cases.run(); !s)
        return s.error();
    while (cases.next())
        returnsBy[cases.value(0).toLongLong()] += cases.value(1).toInt();
    SqlQuery back(mDb,
        QStringLiteral("SELECT buyer_id, COUNT(*) FROM orders WHERE buyer_id IS NOT NULL AND order_no IN "
                       "(SELECT reference FROM stock_moves WHERE kind = 'return' "
                       "UNION SELECT reference FROM faulty_goods WHERE source = 'damaged_return') "
                       "AND NOT ((status = 'closed' AND paid_at IS NOT NULL) OR flag IN ('purple', 'blue')) "
                       "GROUP BY buyer_id"));
    if (Status s = back.run(); !s)
        return s.error();
    while (back.next())
        returnsBy[back.value(0).toLongLong()] += back.value(1).toInt();

    const Narrowing n = narrowing(filter, core::Members::thresholds(core::ShopSettings(mDb)));
    // Each row comes as one text value: QtSql costs about a microsecond a value, and this reads
    // every buyer (200,000: bench_buyers). Fields are joined with the unit separator U+001F, which
    // no member name, name or phone holds; the texts last, the phone (which may be empty) at the end.
    // Read forward only and handed on one by one: the rows are never all held.
    const QString &where = n.where; // literal fragments with binds
    SqlQuery q(mDb,
        QStringLiteral("SELECT s.buyer_id || '\x1f' || s.spend_fen || '\x1f' || s.orders || '\x1f' || 0 || '\x1f' || "
                       "s.first_paid || '\x1f' || s.last_paid || '\x1f' || b.loyal || '\x1f' || b.nick "
                       "|| '\x1f' || b.name || '\x1f' || b.phone FROM buyer_summary s CROSS JOIN buyers b WHERE b.id = "
                       "s.buyer_id%1 ORDER BY s.spend_fen DESC, s.buyer_id ASC")
            .arg(where));
    n.bindTo(q);
    q.setForwardOnly(true);
    if (Status s = q.run(); !s)
        return s.error();
    qint64 count = 0;
    while (q.next()) {
        const QString packed = q.value(0).toString();
        const QStringView v(packed);
        qsizetype at[9];
        qsizetype from = 0;
        bool whole = true;
        for (qsizetype &a : at) {
            a = v.indexOf(kSeparator, from);
            whole = whole && a >= 0;
            from = a + 1;
        }
        if (!whole)
            continue;
        auto field = [&](int i) {
            return v.mid(i == 0 ? 0 : at[i - 1] + 1, i < 9 ? at[i] - (i == 0 ? 0 : at[i - 1] + 1) : -1);
        };
        BuyerRow r;
        r.id = field(0).toLongLong();
        r.spendFen = field(1).toLongLong();
        r.orders = field(2).toInt();
        r.returns = returnsBy.value(r.id, 0);
        r.firstDay = julianOf(field(4));
        r.lastDay = julianOf(field(5));
        r.loyal = field(6) != u"0";
        r.nick = field(7).toString();
        r.name = field(8).toString();
        r.phone = field(9).toString();
        if (Status s = take(r); !s)
            return s.error();
        ++count;
    }
    return count;
}

core::Result<QList<QVariantList>> BuyersRepository::window(const BuyerFilter &filter, const core::RowWindow &w) const
{
    const Narrowing n = narrowing(filter, core::Members::thresholds(core::ShopSettings(mDb)), Reading::Window);
    const int value = sortable(w.sortColumn) ? w.sortColumn : Spend;
    const QString key = keyOf(value);
    const bool byDefault = !sortable(w.sortColumn);
    const bool spend = value == Spend || value == TierKey;
    // Highest spend first, then by id, is the list's own order; its reverse serves ascending spend
    // (one index, buyer_summary_spend, both ways). Every other key: the id follows its direction.
    const bool keyDown = byDefault || w.sortOrder == Qt::DescendingOrder;
    const bool idDown = spend ? !keyDown : keyDown;
    QString sql = kRowColumns + n.where;
    if (w.last && w.last->size() >= ValueCount) {
        const QString before = keyDown ? QStringLiteral("<") : QStringLiteral(">");
        sql += QStringLiteral(" AND %1 %2= :k1 AND (%1 %2 :k2 OR s.buyer_id %3 :id)")
                   .arg(key, before, idDown ? QStringLiteral("<") : QStringLiteral(">"));
    }
    sql += QStringLiteral(" ORDER BY %1 %2, s.buyer_id %3 LIMIT :limit")
               .arg(key, keyDown ? QStringLiteral("DESC") : QStringLiteral("ASC"),
                   idDown ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    SqlQuery q(mDb, sql);
    n.bindTo(q);
    if (w.last && w.last->size() >= ValueCount) {
        q.bind(QStringLiteral(":k1"), w.last->at(value));
        q.bind(QStringLiteral(":k2"), w.last->at(value));
        q.bind(QStringLiteral(":id"), w.last->at(Id));
    }
    q.bind(QStringLiteral(":limit"), w.limit);
    q.setForwardOnly(true);
    if (Status s = q.run(); !s)
        return s.error();
    QList<QVariantList> out;
    out.reserve(w.limit);
    while (q.next())
        out.append(valuesOf(q));
    return out;
}

core::Result<QList<TierCount>> BuyersRepository::tierCounts(
    const BuyerFilter &filter, const core::MemberThresholds &t) const
{
    const Narrowing n = narrowing(filter, t);
    // Per tier: how many buyers and their spend. Every buyer: each tier's range of the spend index
    // (buyer_summary_spend) counted and added up from the index alone; a narrowed list: one pass
    // over the rows that match, adding up those at or above each threshold.
    const qint64 gift = t.gift.fen(), discount = t.discount.fen(), care = t.care.fen();
    QList<std::pair<qint64, qint64>> at; // buyers and spend, in Members::tiers()' order
    if (n.where.isEmpty()) {
        SqlQuery q(mDb,
            QStringLiteral("SELECT 0, count(*), coalesce(sum(spend_fen), 0) FROM buyer_summary WHERE spend_fen >= :g1 "
                           "UNION ALL SELECT 1, count(*), coalesce(sum(spend_fen), 0) FROM buyer_summary WHERE "
                           "spend_fen >= :d1 AND spend_fen < :g2 "
                           "UNION ALL SELECT 2, count(*), coalesce(sum(spend_fen), 0) FROM buyer_summary WHERE "
                           "spend_fen >= :c1 AND spend_fen < :d2 "
                           "UNION ALL SELECT 3, count(*), coalesce(sum(spend_fen), 0) FROM buyer_summary WHERE "
                           "spend_fen < :c2"));
        q.bind({ { QStringLiteral(":g1"), gift }, { QStringLiteral(":g2"), gift }, { QStringLiteral(":d1"), discount },
            { QStringLiteral(":d2"), discount }, { QStringLiteral(":c1"), care }, { QStringLiteral(":c2"), care } });
        if (Status s = q.run(); !s)
            return s.error();
        at = { { 0, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } };
        while (q.next())
            if (const int i = q.value(0).toInt(); i >= 0 && i < 4)
                at[i] = { q.value(1).toLongLong(), q.value(2).toLongLong() };
    } else {
        // Literal fragments: the tables, and the narrowing with its binds.
        const QString source
            = n.people ? QStringLiteral("buyer_summary s CROSS JOIN buyers b") : QStringLiteral("buyer_summary s");
        const QString where = (n.people ? QStringLiteral(" AND b.id = s.buyer_id") : QString()) + n.where;
        SqlQuery q(mDb,
            QStringLiteral("SELECT count(*), coalesce(sum(s.spend_fen), 0), "
                           "coalesce(sum(CASE WHEN s.spend_fen >= :g1 THEN 1 ELSE 0 END), 0), "
                           "coalesce(sum(CASE WHEN s.spend_fen >= :g2 THEN s.spend_fen ELSE 0 END), 0), "
                           "coalesce(sum(CASE WHEN s.spend_fen >= :d1 THEN 1 ELSE 0 END), 0), "
                           "coalesce(sum(CASE WHEN s.spend_fen >= :d2 THEN s.spend_fen ELSE 0 END), 0), "
                           "coalesce(sum(CASE WHEN s.spend_fen >= :c1 THEN 1 ELSE 0 END), 0), "
                           "coalesce(sum(CASE WHEN s.spend_fen >= :c2 THEN s.spend_fen ELSE 0 END), 0) "
                           "FROM %1 WHERE 1 = 1%2")
                .arg(source, where));
        q.bind({ { QStringLiteral(":g1"), gift }, { QStringLiteral(":g2"), gift }, { QStringLiteral(":d1"), discount },
            { QStringLiteral(":d2"), discount }, { QStringLiteral(":c1"), care }, { QStringLiteral(":c2"), care } });
        n.bindTo(q);
        if (Status s = q.run(); !s)
            return s.error();
        auto v = [&](int i) { return q.value(i).toLongLong(); }; // an aggregate: always one row
        q.next();
        at = { { v(2), v(3) }, { v(4) - v(2), v(5) - v(3) }, { v(6) - v(4), v(7) - v(5) },
            { v(0) - v(6), v(1) - v(7) } };
    }
    QList<TierCount> out;
    const QList<core::MemberTier> tiers = core::Members::tiers(); // Gift, Discount, Care, None
    for (qsizetype i = 0; i < tiers.size() && i < at.size(); ++i)
        out.append({ tiers.at(i), at.at(i).first, at.at(i).second });
    return out;
}

core::Result<std::optional<BuyerDetail>> BuyersRepository::detail(const QString &nick) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, nick, name, phone, loyal, note, height_cm, weight_kg, usual_size, row_version "
                       "FROM buyers WHERE nick = :nick"));
    q.bind(QStringLiteral(":nick"), nick.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<BuyerDetail>();
    BuyerDetail d;
    d.row.id = q.value(0).toLongLong();
    d.row.nick = q.value(1).toString();
    d.row.name = q.value(2).toString();
    d.row.phone = q.value(3).toString();
    d.row.loyal = q.value(4).toInt() != 0;
    d.profile.note = q.value(5).toString();
    if (!q.value(6).isNull())
        d.profile.heightCm = q.value(6).toInt();
    if (!q.value(7).isNull())
        d.profile.weightKg = q.value(7).toDouble();
    d.profile.usualSize = q.value(8).toString();
    d.profile.loyal = d.row.loyal;
    d.version = q.value(9).toLongLong();

    // Goods back looked up for each of the buyer's orders through the reference indexes: an IN over
    // every return read the whole ledger (≈ 150 ms for a big shop's best buyer, at start-up).
    SqlQuery orders(mDb,
        QStringLiteral(
            "SELECT o.order_no, o.status, o.flag, o.created_at, o.paid_at, o.shipped_at, o.total_fen, "
            "CASE WHEN " SHOPDESK_SQL_BUYER_REFUNDED_OR_FLAGGED("o") " OR " SHOPDESK_SQL_BUYER_GOODS_BACK(
                "o") " THEN 1 ELSE 0 END, "
                     "(SELECT group_concat(g, '; ') FROM (SELECT COALESCE(i.code || '/' || s.color || '/' || s.size, "
                     "l.title) || '×' || l.quantity AS g FROM order_lines l LEFT JOIN skus s ON s.id = l.sku_id "
                     "LEFT JOIN items i ON i.id = s.item_id WHERE l.order_id = o.id ORDER BY l.id) AS lg) "
                     "FROM orders o WHERE o.buyer_id = :id ORDER BY o.created_at DESC, o.id DESC"));
    orders.bind(QStringLiteral(":id"), d.row.id);
    if (Status s = orders.run(); !s)
        return s.error();
    bool first = true;
    while (orders.next()) {
        BuyerOrder o;
        o.orderNo = orders.value(0).toString();
        o.status = orders.value(1).toString();
        o.flag = orders.value(2).toString();
        o.createdAt = core::fromDbTime(orders.value(3).toString());
        o.paidAt = core::fromDbTime(orders.value(4).toString());
        o.shippedAt = core::fromDbTime(orders.value(5).toString());
        o.total = core::Money::fromFen(orders.value(6).toLongLong());
        o.returned = orders.value(7).toInt() != 0;
        o.goods = orders.value(8).toString();
        if (o.returned)
            ++d.row.returns;
        const bool paid = o.status == core::codes::kOrderPaid || o.status == core::codes::kOrderShipped
            || o.status == core::codes::kOrderFinished;
        if (paid && o.paidAt.isValid()) {
            ++d.row.orders;
            d.row.spendFen += o.total.fen();
            const qint64 day = o.paidAt.date().toJulianDay();
            if (first || day < d.row.firstDay)
                d.row.firstDay = day;
            if (first || day > d.row.lastDay)
                d.row.lastDay = day;
            first = false;
        }
        d.orders.append(o);
    }
    return std::optional<BuyerDetail>(d);
}

core::Result<bool> BuyersRepository::setProfile(const QString &nick, const BuyerProfile &profile) const
{
    SqlQuery q(mDb,
        QStringLiteral("UPDATE buyers SET note = :note, height_cm = :height, weight_kg = :weight, "
                       "usual_size = :size, loyal = :loyal WHERE nick = :nick"));
    q.bind({ { QStringLiteral(":note"), profile.note.trimmed() },
        { QStringLiteral(":height"), core::nullable(profile.heightCm) },
        { QStringLiteral(":weight"), core::nullable(profile.weightKg) },
        { QStringLiteral(":size"), profile.usualSize.trimmed() }, { QStringLiteral(":loyal"), profile.loyal ? 1 : 0 },
        { QStringLiteral(":nick"), nick.trimmed() } });
    if (Status s = q.run(); !s)
        return s.error();
    return q.numRowsAffected() > 0;
}

core::Result<std::optional<qint64>> BuyersRepository::idOf(const QString &nick) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id FROM buyers WHERE nick = :nick"));
    q.bind(QStringLiteral(":nick"), nick.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

core::Result<QStringList> BuyersRepository::categories() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT DISTINCT category FROM items WHERE category <> '' ORDER BY category"));
    if (Status s = q.run(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace shopdesk::buyers
