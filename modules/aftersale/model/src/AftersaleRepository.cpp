#include "shopdesk/aftersale/AftersaleRepository.h"

#include <shopdesk/core/SqlQuery.h>

namespace shopdesk::aftersale {

using core::Error;
using core::Money;
using core::Result;
using core::SqlQuery;
using core::Status;

namespace {
const QString kCaseColumns = QStringLiteral(
    "c.id, c.case_no, c.order_id, c.kind, c.reason, c.state, c.refund_fen, c.note, c.opened_by, c.opened_at, "
    "c.updated_at, c.closed_at, c.claim_id, c.parcel_id, o.order_no, coalesce(b.nick, ''), o.receiver_name, "
    "o.courier, o.tracking_no, o.total_fen, coalesce(p.courier, ''), coalesce(p.tracking_no, ''), "
    "coalesce(p.status, '')");

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
} // namespace

Result<std::optional<OrderForCase>> AftersaleRepository::order(const QString &orderNo) const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT id, order_no, status, courier, tracking_no, total_fen FROM orders WHERE order_no = :no"));
    q.bind(QStringLiteral(":no"), orderNo.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<OrderForCase>();
    OrderForCase o;
    o.id = q.value(0).toLongLong();
    o.orderNo = q.value(1).toString();
    o.status = q.value(2).toString();
    o.courier = q.value(3).toString();
    o.trackingNo = q.value(4).toString();
    o.total = Money::fromFen(q.value(5).toLongLong());
    q.finish();
    SqlQuery l(mDb,
        QStringLiteral(
            "SELECT l.id, l.sku_id, l.quantity, l.price_fen, coalesce(i.code, ''), coalesce(i.title, l.title), "
            "coalesce(s.color, ''), coalesce(s.size, ''), coalesce(s.barcode, '') FROM order_lines l "
            "LEFT JOIN skus s ON s.id = l.sku_id LEFT JOIN items i ON i.id = s.item_id "
            "WHERE l.order_id = :o ORDER BY l.id"));
    l.bind(QStringLiteral(":o"), o.id);
    if (Status s = l.run(); !s)
        return s.error();
    while (l.next()) {
        CaseLine c;
        c.orderLineId = l.value(0).toLongLong();
        c.skuId = l.value(1).isNull() ? 0 : l.value(1).toLongLong();
        c.quantity = l.value(2).toInt();
        c.price = Money::fromFen(l.value(3).toLongLong());
        c.itemCode = l.value(4).toString();
        c.itemTitle = l.value(5).toString();
        c.color = l.value(6).toString();
        c.size = l.value(7).toString();
        c.barcode = l.value(8).toString();
        o.lines.append(c);
    }
    return std::optional<OrderForCase>(std::move(o));
}

Result<QString> AftersaleRepository::nextCaseNo(QDate day) const
{
    const QString prefix = QStringLiteral("SH%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));
    SqlQuery q(mDb, QStringLiteral("SELECT case_no FROM aftersale_cases WHERE case_no LIKE :p"));
    q.bind(QStringLiteral(":p"), QString(prefix + QLatin1Char('%')));
    if (Status s = q.run(); !s)
        return s.error();
    int last = 0;
    while (q.next())
        last = std::max(last, q.value(0).toString().mid(prefix.size()).toInt());
    return QString(prefix + QStringLiteral("%1").arg(last + 1, 3, 10, QLatin1Char('0')));
}

Result<qint64> AftersaleRepository::insertCase(const Case &c)
{
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO aftersale_cases (case_no, order_id, kind, reason, state, refund_fen, note, "
                       "opened_by, opened_at, updated_at, claim_id, parcel_id) VALUES (:no, :o, :k, :r, :s, :f, :n, "
                       ":by, :at, :at2, :claim, :parcel) RETURNING id"));
    const QString at = core::toDbTime(c.openedAt.isValid() ? c.openedAt : QDateTime::currentDateTime());
    add.bind({ { QStringLiteral(":no"), c.caseNo }, { QStringLiteral(":o"), c.orderId },
        { QStringLiteral(":k"), c.kind }, { QStringLiteral(":r"), c.reason }, { QStringLiteral(":s"), c.state },
        { QStringLiteral(":f"), c.refund.fen() }, { QStringLiteral(":n"), c.note },
        { QStringLiteral(":by"), c.openedBy }, { QStringLiteral(":at"), at }, { QStringLiteral(":at2"), at },
        { QStringLiteral(":claim"), core::nullable(c.claimId) },
        { QStringLiteral(":parcel"), core::nullable(c.parcelId) } });
    auto id = add.insert();
    if (!id)
        return id;
    SqlQuery line(mDb,
        QStringLiteral("INSERT INTO aftersale_lines (case_id, order_line_id, sku_id, quantity) "
                       "VALUES (:c, :l, :s, :q)"));
    for (const CaseLine &l : c.lines) {
        line.bind({ { QStringLiteral(":c"), *id }, { QStringLiteral(":l"), l.orderLineId },
            { QStringLiteral(":s"), l.skuId }, { QStringLiteral(":q"), l.quantity } });
        if (Status s = line.run(); !s)
            return s.error();
    }
    return id;
}

Result<QList<Case>> AftersaleRepository::readCases(SqlQuery &q) const
{
    if (Status s = q.run(); !s)
        return s.error();
    QList<Case> out;
    while (q.next()) {
        Case c;
        c.id = q.value(0).toLongLong();
        c.caseNo = q.value(1).toString();
        c.orderId = q.value(2).toLongLong();
        c.kind = q.value(3).toString();
        c.reason = q.value(4).toString();
        c.state = q.value(5).toString();
        c.refund = Money::fromFen(q.value(6).toLongLong());
        c.note = q.value(7).toString();
        c.openedBy = q.value(8).toString();
        c.openedAt = core::fromDbTime(q.value(9).toString());
        c.updatedAt = core::fromDbTime(q.value(10).toString());
        if (!q.value(11).isNull())
            c.closedAt = core::fromDbTime(q.value(11).toString());
        c.claimId = optionalId(q.value(12));
        c.parcelId = optionalId(q.value(13));
        c.orderNo = q.value(14).toString();
        c.buyerNick = q.value(15).toString();
        c.receiverName = q.value(16).toString();
        c.courier = q.value(17).toString();
        c.trackingNo = q.value(18).toString();
        c.orderTotal = Money::fromFen(q.value(19).toLongLong());
        c.parcelCourier = q.value(20).toString();
        c.parcelTracking = q.value(21).toString();
        c.parcelStatus = q.value(22).toString();
        out.append(c);
    }
    q.finish();
    for (Case &c : out)
        if (Status s = readLines(c); !s)
            return s.error();
    return out;
}

Status AftersaleRepository::readLines(Case &c) const
{
    SqlQuery l(mDb,
        QStringLiteral("SELECT a.id, a.order_line_id, a.sku_id, a.quantity, i.code, i.title, s.color, s.size, "
                       "s.barcode, ol.price_fen, coalesce((SELECT sum(r.quantity) FROM aftersale_receipts r "
                       "WHERE r.case_id = a.case_id AND r.sku_id = a.sku_id), 0) "
                       "FROM aftersale_lines a JOIN skus s ON s.id = a.sku_id JOIN items i ON i.id = s.item_id "
                       "JOIN order_lines ol ON ol.id = a.order_line_id WHERE a.case_id = :c ORDER BY a.id"));
    l.bind(QStringLiteral(":c"), c.id);
    if (Status s = l.run(); !s)
        return s;
    while (l.next()) {
        CaseLine line;
        line.id = l.value(0).toLongLong();
        line.orderLineId = l.value(1).toLongLong();
        line.skuId = l.value(2).toLongLong();
        line.quantity = l.value(3).toInt();
        line.itemCode = l.value(4).toString();
        line.itemTitle = l.value(5).toString();
        line.color = l.value(6).toString();
        line.size = l.value(7).toString();
        line.barcode = l.value(8).toString();
        line.price = Money::fromFen(l.value(9).toLongLong());
        line.received = l.value(10).toInt();
        c.lines.append(line);
    }
    return {};
}

Result<std::optional<Case>> AftersaleRepository::byNo(const QString &caseNo) const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT %1 FROM aftersale_cases c JOIN orders o ON o.id = c.order_id "
            "LEFT JOIN buyers b ON b.id = o.buyer_id LEFT JOIN shipping_extra_parcels p ON p.id = c.parcel_id "
            "WHERE c.case_no = :no")
            .arg(kCaseColumns));
    q.bind(QStringLiteral(":no"), caseNo.trimmed());
    auto found = readCases(q);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Case>();
    return std::optional<Case>(found->first());
}

Result<QList<Case>> AftersaleRepository::cases(bool openOnly) const
{
    if (openOnly) {
        SqlQuery q(mDb,
            QStringLiteral("SELECT %1 FROM aftersale_cases c JOIN orders o ON o.id = c.order_id "
                           "LEFT JOIN buyers b ON b.id = o.buyer_id LEFT JOIN shipping_extra_parcels p ON p.id = "
                           "c.parcel_id WHERE c.state <> 'closed' ORDER BY c.opened_at DESC, c.id DESC")
                .arg(kCaseColumns));
        return readCases(q);
    }
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1 FROM aftersale_cases c JOIN orders o ON o.id = c.order_id "
                       "LEFT JOIN buyers b ON b.id = o.buyer_id LEFT JOIN shipping_extra_parcels p ON p.id = "
                       "c.parcel_id ORDER BY c.opened_at DESC, c.id DESC")
            .arg(kCaseColumns));
    return readCases(q);
}

Status AftersaleRepository::setState(qint64 caseId, const QString &state, Money refund, const QDateTime &at)
{
    SqlQuery q(mDb,
        QStringLiteral("UPDATE aftersale_cases SET state = :s, refund_fen = :f, updated_at = :at, closed_at = :closed "
                       "WHERE id = :id"));
    q.bind({ { QStringLiteral(":s"), state }, { QStringLiteral(":f"), refund.fen() },
        { QStringLiteral(":at"), core::toDbTime(at) },
        { QStringLiteral(":closed"), state == states::kClosed ? QVariant(core::toDbTime(at)) : QVariant() },
        { QStringLiteral(":id"), caseId } });
    return q.run();
}

Status AftersaleRepository::setClaim(qint64 caseId, std::optional<qint64> claimId)
{
    SqlQuery q(mDb, QStringLiteral("UPDATE aftersale_cases SET claim_id = :c WHERE id = :id"));
    q.bind({ { QStringLiteral(":c"), core::nullable(claimId) }, { QStringLiteral(":id"), caseId } });
    return q.run();
}

Status AftersaleRepository::setParcel(qint64 caseId, std::optional<qint64> parcelId)
{
    SqlQuery q(mDb, QStringLiteral("UPDATE aftersale_cases SET parcel_id = :p WHERE id = :id"));
    q.bind({ { QStringLiteral(":p"), core::nullable(parcelId) }, { QStringLiteral(":id"), caseId } });
    return q.run();
}

Status AftersaleRepository::deleteCase(qint64 caseId)
{
    for (const QString &statement : { QStringLiteral("DELETE FROM aftersale_receipts WHERE case_id = :id"),
             QStringLiteral("DELETE FROM aftersale_events WHERE case_id = :id"),
             QStringLiteral("DELETE FROM aftersale_lines WHERE case_id = :id"),
             QStringLiteral("DELETE FROM aftersale_cases WHERE id = :id") }) {
        SqlQuery q(mDb, statement);
        q.bind(QStringLiteral(":id"), caseId);
        if (Status s = q.run(); !s)
            return s;
    }
    return {};
}

Result<Money> AftersaleRepository::refundedForOrder(qint64 orderId, qint64 exceptCaseId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT coalesce(sum(refund_fen), 0) FROM aftersale_cases WHERE order_id = :o AND id <> :c"));
    q.bind({ { QStringLiteral(":o"), orderId }, { QStringLiteral(":c"), exceptCaseId } });
    if (Status s = q.run(); !s)
        return s.error();
    return Money::fromFen(q.next() ? q.value(0).toLongLong() : 0);
}

Result<qint64> AftersaleRepository::addEvent(const CaseEvent &e)
{
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO aftersale_events (case_id, action, from_state, to_state, amount_fen, actor, at) "
                       "VALUES (:c, :a, :f, :t, :m, :actor, :at) RETURNING id"));
    q.bind({ { QStringLiteral(":c"), e.caseId }, { QStringLiteral(":a"), e.action },
        { QStringLiteral(":f"), e.fromState }, { QStringLiteral(":t"), e.toState },
        { QStringLiteral(":m"), e.amount.fen() }, { QStringLiteral(":actor"), e.actor },
        { QStringLiteral(":at"), core::toDbTime(e.at.isValid() ? e.at : QDateTime::currentDateTime()) } });
    return q.insert();
}

Result<QList<CaseEvent>> AftersaleRepository::events(qint64 caseId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, case_id, action, from_state, to_state, amount_fen, actor, at FROM aftersale_events "
                       "WHERE case_id = :c ORDER BY id"));
    q.bind(QStringLiteral(":c"), caseId);
    if (Status s = q.run(); !s)
        return s.error();
    QList<CaseEvent> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), Money::fromFen(q.value(5).toLongLong()), q.value(6).toString(),
            core::fromDbTime(q.value(7).toString()) });
    return out;
}

Result<std::optional<CaseEvent>> AftersaleRepository::lastEvent(qint64 caseId) const
{
    auto all = events(caseId);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<CaseEvent>();
    return std::optional<CaseEvent>(all->last());
}

Status AftersaleRepository::dropEvent(qint64 eventId)
{
    SqlQuery q(mDb, QStringLiteral("DELETE FROM aftersale_events WHERE id = :id"));
    q.bind(QStringLiteral(":id"), eventId);
    return q.run();
}

Result<qint64> AftersaleRepository::addReceipt(const Receipt &r, const QString &actor)
{
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO aftersale_receipts (case_id, sku_id, quantity, intact, booked_id, received_at, "
                       "actor) VALUES (:c, :s, :q, :i, :b, :at, :actor) RETURNING id"));
    q.bind({ { QStringLiteral(":c"), r.caseId }, { QStringLiteral(":s"), r.skuId },
        { QStringLiteral(":q"), r.quantity }, { QStringLiteral(":i"), r.intact ? 1 : 0 },
        { QStringLiteral(":b"), r.bookedId }, { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) },
        { QStringLiteral(":actor"), actor } });
    return q.insert();
}

Result<QList<Receipt>> AftersaleRepository::receipts(qint64 caseId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, case_id, sku_id, quantity, intact, booked_id FROM aftersale_receipts "
                       "WHERE case_id = :c ORDER BY id"));
    q.bind(QStringLiteral(":c"), caseId);
    if (Status s = q.run(); !s)
        return s.error();
    QList<Receipt> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt(),
            q.value(4).toInt() != 0, q.value(5).toLongLong() });
    return out;
}

Status AftersaleRepository::dropReceipts(qint64 caseId)
{
    SqlQuery q(mDb, QStringLiteral("DELETE FROM aftersale_receipts WHERE case_id = :c"));
    q.bind(QStringLiteral(":c"), caseId);
    return q.run();
}

Result<QList<ReportLine>> AftersaleRepository::reportLines(QDate from, QDate to) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT c.case_no, c.kind, c.reason, c.refund_fen, i.id, s.id, i.code, i.title, s.color, "
                       "s.size, s.barcode, a.quantity, a.id = (SELECT MIN(x.id) FROM aftersale_lines x "
                       "WHERE x.case_id = c.id) FROM aftersale_cases c JOIN aftersale_lines a ON a.case_id = c.id "
                       "JOIN skus s ON s.id = a.sku_id JOIN items i ON i.id = s.item_id "
                       "WHERE c.opened_at >= :from AND c.opened_at < :to ORDER BY c.id, a.id"));
    q.bind({ { QStringLiteral(":from"), from.isValid() ? core::toDbDate(from) : QStringLiteral("0000-00-00") },
        { QStringLiteral(":to"), to.isValid() ? core::toDbDate(to.addDays(1)) : QStringLiteral("9999-99-99") } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<ReportLine> out;
    while (q.next()) {
        ReportLine r;
        r.caseNo = q.value(0).toString();
        r.kind = q.value(1).toString();
        r.reason = q.value(2).toString();
        if (q.value(12).toInt() != 0)
            r.refund = Money::fromFen(q.value(3).toLongLong());
        r.itemId = q.value(4).toLongLong();
        r.skuId = q.value(5).toLongLong();
        r.itemCode = q.value(6).toString();
        r.itemTitle = q.value(7).toString();
        r.color = q.value(8).toString();
        r.size = q.value(9).toString();
        r.barcode = q.value(10).toString();
        r.quantity = q.value(11).toInt();
        out.append(r);
    }
    return out;
}

} // namespace shopdesk::aftersale
