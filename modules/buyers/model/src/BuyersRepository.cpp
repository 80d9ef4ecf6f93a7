#include "shopdesk/buyers/BuyersRepository.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <QHash>

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

} // namespace

core::Result<QVector<BuyerRow>> BuyersRepository::rows(const BuyerFilter &filter) const
{
    // 1. The buyers themselves, narrowed by the search and the segment's own records.
    QString where;
    const bool searching = !filter.search.trimmed().isEmpty();
    if (searching)
        where += QStringLiteral(" AND (b.nick LIKE :s1 ESCAPE '\\' OR b.name LIKE :s2 ESCAPE '\\' "
                                "OR b.phone LIKE :s3 ESCAPE '\\')");
    const Segment::Kind kind = filter.segment.kind;
    if (kind == Segment::Kind::Category)
        where += QStringLiteral(" AND b.id IN (SELECT o.buyer_id FROM orders o JOIN order_lines l ON l.order_id = o.id "
                                "JOIN skus s ON s.id = l.sku_id JOIN items i ON i.id = s.item_id "
                                "WHERE i.category = :cat AND o.status IN ('paid', 'shipped', 'finished'))");
    else if (kind == Segment::Kind::Waiting)
        where += QStringLiteral(" AND b.nick IN (SELECT buyer_nick FROM service_waitlist WHERE contacted_at IS NULL)");
    else if (kind == Segment::Kind::Loyal)
        where += QStringLiteral(" AND b.loyal = 1");
    // Each row comes as one text value: QtSql costs about a microsecond a value, and the list reads
    // 200,000 buyers (bench_buyers). Fields are joined with the unit separator U+001F, which no
    // member name, name or phone holds.
    SqlQuery people(mDb,
        QStringLiteral("SELECT b.id || '\x1f' || b.loyal || '\x1f' || b.nick || '\x1f' || b.name || '\x1f' || b.phone "
                       "FROM buyers b WHERE 1 = 1%1 ORDER BY b.id")
            .arg(where));
    if (searching) {
        const QString p = likePattern(filter.search);
        people.bind({ { QStringLiteral(":s1"), p }, { QStringLiteral(":s2"), p }, { QStringLiteral(":s3"), p } });
    }
    if (kind == Segment::Kind::Category)
        people.bind(QStringLiteral(":cat"), filter.segment.category);
    people.setForwardOnly(true);
    if (Status s = people.run(); !s)
        return s.error();
    QVector<BuyerRow> out;
    while (people.next()) {
        const QString packed = people.value(0).toString();
        const QStringView v(packed);
        const qsizetype a = v.indexOf(kSeparator);
        const qsizetype b = v.indexOf(kSeparator, a + 1);
        const qsizetype c = v.indexOf(kSeparator, b + 1);
        const qsizetype d = v.indexOf(kSeparator, c + 1);
        if (a < 0 || b < 0 || c < 0 || d < 0)
            continue;
        BuyerRow r;
        r.id = v.left(a).toLongLong();
        r.loyal = v.mid(a + 1, b - a - 1) != u"0";
        r.nick = v.mid(b + 1, c - b - 1).toString();
        r.name = v.mid(c + 1, d - c - 1).toString();
        r.phone = v.mid(d + 1).toString();
        out.append(std::move(r));
    }

    // 2. Their paid orders added up, in buyer order (the covering index buyers_orders_cover),
    // merged by id.
    SqlQuery sums(mDb,
        QStringLiteral("SELECT buyer_id || ',' || COUNT(*) || ',' || SUM(total_fen) || ',' || "
                       "COALESCE(MIN(paid_at), '') || ',' || COALESCE(MAX(paid_at), '') FROM orders "
                       "WHERE buyer_id IS NOT NULL AND status IN ('paid', 'shipped', 'finished') "
                       "GROUP BY buyer_id ORDER BY buyer_id"));
    sums.setForwardOnly(true);
    if (Status s = sums.run(); !s)
        return s.error();
    qsizetype at = 0;
    while (sums.next() && at < out.size()) {
        const QString packed = sums.value(0).toString();
        const QStringView v(packed);
        const qsizetype a = v.indexOf(u',');
        const qsizetype b = v.indexOf(u',', a + 1);
        const qsizetype c = v.indexOf(u',', b + 1);
        const qsizetype d = v.indexOf(u',', c + 1);
        if (a < 0 || b < 0 || c < 0 || d < 0)
            continue;
        const qint64 id = v.left(a).toLongLong();
        while (at < out.size() && out[at].id < id)
            ++at;
        if (at == out.size() || out[at].id != id)
            continue;
        BuyerRow &r = out[at];
        r.orders = v.mid(a + 1, b - a - 1).toInt();
        r.spendFen = v.mid(b + 1, c - b - 1).toLongLong();
        r.firstDay = julianOf(v.mid(c + 1, d - c - 1));
        r.lastDay = julianOf(v.mid(d + 1));
    }

    // 3. Returns and after-sale cases: orders refunded after payment (closed with a payment) or
    // flagged purple (return) or blue (exchange) by the warehouse, and orders with goods booked
    // back (a return into stock, a damaged return onto the faulty-goods account) besides those.
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
    if (!returnsBy.isEmpty())
        for (BuyerRow &r : out)
            if (const auto it = returnsBy.constFind(r.id); it != returnsBy.constEnd())
                r.returns = *it;

    // 4. What the buyers' own records cannot narrow: tier and time since the last order.
    const core::MemberThresholds t = core::Members::thresholds(core::ShopSettings(mDb));
    std::optional<core::MemberTier> tier = filter.tier;
    if (kind == Segment::Kind::Tier)
        tier = filter.segment.tier;
    const qint64 before
        = kind == Segment::Kind::Inactive ? filter.segment.today.addDays(-filter.segment.days + 1).toJulianDay() : 0;
    if (tier || kind == Segment::Kind::Inactive) {
        out.removeIf([&](const BuyerRow &r) {
            if (tier && core::Members::tierFor(core::Money::fromFen(r.spendFen), t) != *tier)
                return true;
            return kind == Segment::Kind::Inactive && (r.lastDay == 0 || r.lastDay >= before);
        });
    }
    return out;
}

core::Result<std::optional<BuyerDetail>> BuyersRepository::detail(const QString &nick) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, nick, name, phone, loyal, note, height_cm, weight_kg, usual_size FROM buyers "
                       "WHERE nick = :nick"));
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

    SqlQuery orders(mDb,
        QStringLiteral("SELECT o.order_no, o.status, o.flag, o.created_at, o.paid_at, o.shipped_at, o.total_fen, "
                       "CASE WHEN (o.status = 'closed' AND o.paid_at IS NOT NULL) OR o.flag IN ('purple', 'blue') "
                       "OR o.order_no IN (SELECT reference FROM stock_moves WHERE kind = 'return' "
                       "UNION SELECT reference FROM faulty_goods WHERE source = 'damaged_return') THEN 1 ELSE 0 END, "
                       "(SELECT group_concat(g, '; ') FROM (SELECT COALESCE(i.code || '/' || s.color || '/' || s.size, "
                       "l.title) || '×' || l.quantity AS g FROM order_lines l LEFT JOIN skus s ON s.id = l.sku_id "
                       "LEFT JOIN items i ON i.id = s.item_id WHERE l.order_id = o.id ORDER BY l.id)) "
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
