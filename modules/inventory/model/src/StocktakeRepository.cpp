#include "shopdesk/inventory/StocktakeRepository.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Parse.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlDialect.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/core/Vocabulary.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <limits>

namespace shopdesk::inventory {

using core::Error;
using core::SqlQuery;
using core::Status;

namespace {
const QString kStocktakeColumns = QStringLiteral(
    "t.id, t.scope, t.status, t.snapshot_move, t.started_at, t.started_by, t.posted_at, t.posted_by, t.reversed_at, "
    "t.reversed_by, (SELECT count(*) FROM stocktake_lines l WHERE l.stocktake_id = t.id), t.blind");

Stocktake readStocktake(const QSqlQuery &q)
{
    Stocktake t;
    t.id = q.value(0).toLongLong();
    t.scope = q.value(1).toString();
    t.status = q.value(2).toString();
    t.snapshotMove = q.value(3).toLongLong();
    t.startedAt = core::fromDbTime(q.value(4).toString());
    t.startedBy = q.value(5).toString();
    if (!q.value(6).isNull())
        t.postedAt = core::fromDbTime(q.value(6).toString());
    t.postedBy = q.value(7).toString();
    if (!q.value(8).isNull())
        t.reversedAt = core::fromDbTime(q.value(8).toString());
    t.reversedBy = q.value(9).toString();
    t.skuCount = q.value(10).toInt();
    t.blind = q.value(11).toInt() != 0;
    return t;
}

QString unknownReference(qint64 unknownId) { return QStringLiteral("unknown:%1").arg(unknownId); }

QDateTime orNow(const QDateTime &t) { return t.isValid() ? t : QDateTime::currentDateTime(); }

/// The ledger's last row, the count's bookmark between what it snapshotted and what moved during
/// it: read in `tx` once no PC is still booking a row on a server (new bookings wait for the
/// count's commit; SqlDialect::idBookmarkLock).
core::Result<qint64> ledgerBookmark(const core::Database &db, core::Transaction &tx)
{
    if (Status s = tx.holdIdBookmark({ QStringLiteral("stock_moves") }); !s)
        return s.error();
    SqlQuery last(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM stock_moves"));
    if (Status s = last.run(); !s)
        return s.error();
    return last.next() ? last.value(0).toLongLong() : 0;
}
} // namespace

VarianceTotals VarianceTotals::of(const QList<VarianceRow> &rows)
{
    VarianceTotals t;
    for (const VarianceRow &r : rows) {
        ++t.skus;
        t.expected += r.expected();
        t.counted += r.counted;
        if (r.counted != 0)
            ++t.skusCounted;
        const qint64 v = r.variance();
        if (v > 0) {
            t.surplus += v;
            t.surplusValue += r.varianceValue();
        } else if (v < 0) {
            t.shortage += -v;
            t.shortageValue -= r.varianceValue();
        }
        if (v != 0)
            ++t.skusOff;
        if (!r.scanned) {
            ++t.skusUncounted;
            if (r.expected() > 0) {
                t.uncountedPieces += r.expected();
                t.uncountedValue += r.unitCost * r.expected();
            }
        }
    }
    return t;
}

core::Result<qint64> StocktakeRepository::start(
    const QString &scope, const QString &actor, const QDateTime &at, bool blind)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto open = openCount();
    if (!open)
        return open.error();
    if (*open)
        return Error { tr("Count %1 is still open: post it before starting another one.").arg((*open)->number()) };
    if (!scope.isEmpty()) {
        SqlQuery has(mDb, QStringLiteral("SELECT count(*) FROM items WHERE category = :scope AND archived = 0"));
        has.bind(QStringLiteral(":scope"), scope);
        if (Status s = has.run(); !s)
            return s.error();
        if (!has.next() || has.value(0).toInt() == 0)
            return Error { tr("There are no items in the category “%1”.").arg(scope) };
    }
    auto snapshot = ledgerBookmark(mDb, tx);
    if (!snapshot)
        return snapshot.error();
    SqlQuery head(mDb,
        QStringLiteral("INSERT INTO stocktakes (scope, status, snapshot_move, started_at, started_by, blind) "
                       "VALUES (:scope, 'open', :snapshot, :at, :actor, :blind) RETURNING id"));
    head.bind({ { QStringLiteral(":scope"), scope }, { QStringLiteral(":snapshot"), *snapshot },
        { QStringLiteral(":at"), core::toDbTime(orNow(at)) }, { QStringLiteral(":actor"), actor },
        { QStringLiteral(":blind"), blind ? 1 : 0 } });
    auto id = head.insert();
    if (!id)
        return id;
    SqlQuery lines(mDb,
        QStringLiteral("INSERT INTO stocktake_lines (stocktake_id, sku_id, system_qty, unit_cost_fen) "
                       "SELECT :id, s.id, coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.sku_id = s.id "
                       "AND m.id <= :snapshot), 0), "
                       "coalesce(s.cost_fen, i.cost_fen) "
                       "FROM skus s JOIN items i ON i.id = s.item_id "
                       "WHERE i.archived = 0 AND (:scope = '' OR i.category = :scope2)"));
    lines.bind({ { QStringLiteral(":id"), *id }, { QStringLiteral(":snapshot"), *snapshot },
        { QStringLiteral(":scope"), scope }, { QStringLiteral(":scope2"), scope } });
    if (Status s = lines.run(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

core::Result<std::optional<Stocktake>> StocktakeRepository::openCount() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1 FROM stocktakes t WHERE t.status = 'open' ORDER BY t.id DESC")
            .arg(kStocktakeColumns));
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Stocktake>();
    return std::optional<Stocktake>(readStocktake(q));
}

core::Result<Stocktake> StocktakeRepository::stocktake(qint64 id) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT %1 FROM stocktakes t WHERE t.id = :id").arg(kStocktakeColumns));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("There is no count number %1.").arg(id) };
    return readStocktake(q);
}

core::Result<QList<Stocktake>> StocktakeRepository::stocktakes() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT %1 FROM stocktakes t ORDER BY t.id DESC").arg(kStocktakeColumns));
    if (Status s = q.run(); !s)
        return s.error();
    QList<Stocktake> out;
    while (q.next())
        out << readStocktake(q);
    return out;
}

core::Result<QStringList> StocktakeRepository::categories() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT i.category FROM items i WHERE i.archived = 0 AND i.category <> '' "
                       "AND EXISTS (SELECT 1 FROM skus s WHERE s.item_id = i.id) "
                       "GROUP BY i.category ORDER BY min(i.code)"));
    if (Status s = q.run(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

core::Result<std::optional<QDateTime>> StocktakeRepository::lastPostedBetween(
    const QDateTime &from, const QDateTime &to) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT max(posted_at) FROM stocktakes WHERE status = 'posted' "
                       "AND posted_at >= :from AND posted_at <= :to"));
    q.bind({ { QStringLiteral(":from"), core::toDbTime(from) }, { QStringLiteral(":to"), core::toDbTime(to) } });
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(core::fromDbTime(q.value(0).toString()));
}

Status StocktakeRepository::requireOpen(qint64 id) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT status FROM stocktakes WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s;
    if (!q.next())
        return Error { tr("There is no count number %1.").arg(id) };
    const QString status = q.value(0).toString();
    if (status != stocktake::kOpen)
        return Error { tr("Count %1 is already posted; it takes no more counting.").arg(Stocktake::number(id)) };
    return {};
}

core::Result<ScanResult> StocktakeRepository::scan(qint64 id, const QString &barcode, int quantity,
    const QString &actor, const QString &source, const QString &reference)
{
    const QString code = barcode.trimmed();
    if (code.isEmpty())
        return Error { tr("An empty barcode cannot be counted.") };
    if (quantity < 1 || quantity > 100000)
        return Error {
            tr("Barcode %1: the quantity must be between 1 and 100000 (it is %2).").arg(code).arg(quantity)
        };
    // On the disk before the scan is acknowledged (the dialect says how on each engine).
    core::SqlDialect::DurableCommit synced(mDb, mSyncEachScan && source == stocktake::kScan);
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (Status s = requireOpen(id); !s)
        return s.error();
    ScanResult r;
    r.barcode = code;
    r.quantity = quantity;
    {
        SqlQuery sku(mDb,
            QStringLiteral("SELECT s.id, i.code, i.title, s.color, s.size, i.category, t.scope FROM skus s "
                           "JOIN items i ON i.id = s.item_id, stocktakes t WHERE s.barcode = :code AND t.id = :id"));
        sku.bind({ { QStringLiteral(":code"), code }, { QStringLiteral(":id"), id } });
        if (Status s = sku.run(); !s)
            return s.error();
        if (sku.next()) {
            r.known = true;
            r.skuId = sku.value(0).toLongLong();
            r.itemCode = sku.value(1).toString();
            r.itemTitle = sku.value(2).toString();
            r.color = sku.value(3).toString();
            r.size = sku.value(4).toString();
            const QString category = sku.value(5).toString(), scope = sku.value(6).toString();
            if (!scope.isEmpty() && category != scope)
                return Error { tr("%1 is %2 %3/%4 from %5: this count is of %6 only, so it was not counted. "
                                  "Put it back with the %5.")
                                   .arg(code, r.itemCode, r.color, r.size, core::Vocabulary::category(category),
                                       core::Vocabulary::category(scope)) };
        }
    }
    if (r.known) {
        // A SKU new since the count started (none of a category count's is refused above) joins it.
        SqlQuery join(mDb,
            QStringLiteral(
                "INSERT INTO stocktake_lines (stocktake_id, sku_id, system_qty, unit_cost_fen) "
                "SELECT t.id, s.id, coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.sku_id = s.id "
                "AND m.id <= t.snapshot_move), 0), coalesce(s.cost_fen, i.cost_fen) "
                "FROM stocktakes t, skus s JOIN items i ON i.id = s.item_id "
                "WHERE t.id = :id AND s.id = :sku AND NOT EXISTS "
                "(SELECT 1 FROM stocktake_lines l WHERE l.stocktake_id = t.id AND l.sku_id = s.id)"));
        join.bind({ { QStringLiteral(":id"), id }, { QStringLiteral(":sku"), r.skuId } });
        if (Status s = join.run(); !s)
            return s.error();
    }
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO stocktake_counts (stocktake_id, sku_id, barcode, quantity, source, reference, "
                       "actor, counted_at) "
                       "VALUES (:id, :sku, :code, :qty, :source, :ref, :actor, :at) RETURNING id"));
    add.bind({ { QStringLiteral(":id"), id }, { QStringLiteral(":sku"), r.known ? QVariant(r.skuId) : QVariant() },
        { QStringLiteral(":code"), code }, { QStringLiteral(":qty"), quantity }, { QStringLiteral(":source"), source },
        { QStringLiteral(":ref"), reference }, { QStringLiteral(":actor"), actor },
        { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) } });
    auto row = add.insert();
    if (!row)
        return row.error();
    r.countId = *row;
    if (r.known) {
        SqlQuery sum(mDb,
            QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stocktake_counts "
                           "WHERE stocktake_id = :id AND sku_id = :sku"));
        sum.bind({ { QStringLiteral(":id"), id }, { QStringLiteral(":sku"), r.skuId } });
        if (Status s = sum.run(); !s)
            return s.error();
        r.counted = sum.next() ? sum.value(0).toLongLong() : 0;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return r;
}

core::Result<qint64> StocktakeRepository::setCounted(qint64 id, qint64 skuId, qint64 counted, const QString &actor)
{
    if (counted < 0)
        return Error { tr("A count cannot be below zero (it is %1).").arg(counted) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (Status s = requireOpen(id); !s)
        return s.error();
    SqlQuery sku(mDb, QStringLiteral("SELECT barcode FROM skus WHERE id = :sku"));
    sku.bind(QStringLiteral(":sku"), skuId);
    if (Status s = sku.run(); !s)
        return s.error();
    if (!sku.next())
        return Error { tr("There is no SKU with the number %1.").arg(skuId) };
    const QString barcode = sku.value(0).toString();
    SqlQuery sum(mDb,
        QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stocktake_counts "
                       "WHERE stocktake_id = :id AND sku_id = :sku"));
    sum.bind({ { QStringLiteral(":id"), id }, { QStringLiteral(":sku"), skuId } });
    if (Status s = sum.run(); !s)
        return s.error();
    const qint64 before = sum.next() ? sum.value(0).toLongLong() : 0;
    const qint64 delta = counted - before;
    SqlQuery rows(
        mDb, QStringLiteral("SELECT count(*) FROM stocktake_counts WHERE stocktake_id = :id AND sku_id = :sku"));
    rows.bind({ { QStringLiteral(":id"), id }, { QStringLiteral(":sku"), skuId } });
    if (Status s = rows.run(); !s)
        return s.error();
    // A typed 0 for a SKU not counted yet is a count too (none on the shelf): it is no longer 未盘.
    const bool firstCount = !rows.next() || rows.value(0).toLongLong() == 0;
    qint64 rowId = 0;
    if (delta != 0 || firstCount) {
        // Typed counts go through scan() for the scope join; a lowering is a negative row.
        if (delta > 0) {
            auto r = scan(id, barcode, int(delta), actor, stocktake::kTyped);
            if (!r)
                return r.error();
            rowId = r->countId;
        } else {
            SqlQuery add(mDb,
                QStringLiteral(
                    "INSERT INTO stocktake_counts (stocktake_id, sku_id, barcode, quantity, source, actor, counted_at) "
                    "VALUES (:id, :sku, :code, :qty, 'typed', :actor, :at) RETURNING id"));
            add.bind({ { QStringLiteral(":id"), id }, { QStringLiteral(":sku"), skuId },
                { QStringLiteral(":code"), barcode }, { QStringLiteral(":qty"), delta },
                { QStringLiteral(":actor"), actor },
                { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) } });
            auto r = add.insert();
            if (!r)
                return r;
            rowId = *r;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return rowId;
}

core::Result<int> StocktakeRepository::importCounts(qint64 id, const QString &path, const QString &actor)
{
    auto bytes = core::readImportFile(path);
    if (!bytes)
        return bytes.error();
    auto csv = core::CsvFile::parse(*bytes, QFileInfo(path).fileName());
    if (!csv)
        return csv.error();
    const int barcodeCol = csv->column({ QStringLiteral("条码"), QStringLiteral("条形码"), QStringLiteral("barcode") });
    const int qtyCol = csv->column(
        { QStringLiteral("数量"), QStringLiteral("盘点数量"), QStringLiteral("quantity"), QStringLiteral("counted") });
    if (barcodeCol < 0)
        return csv->missingColumn(tr("barcode (条码)"));
    if (qtyCol < 0)
        return csv->missingColumn(tr("quantity (数量)"));
    const QString digest
        = QStringLiteral("import:%1")
              .arg(QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha1).toHex()));

    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (Status s = requireOpen(id); !s)
        return s.error();
    SqlQuery seen(
        mDb, QStringLiteral("SELECT count(*) FROM stocktake_counts WHERE stocktake_id = :id AND reference = :ref"));
    seen.bind({ { QStringLiteral(":id"), id }, { QStringLiteral(":ref"), digest } });
    if (Status s = seen.run(); !s)
        return s.error();
    if (seen.next() && seen.value(0).toInt() > 0)
        return Error {
            tr("%1 was already imported into count %2; nothing was added.").arg(csv->fileName, Stocktake::number(id))
        };
    int pieces = 0;
    for (const core::CsvRecord &rec : csv->records) {
        const QString code = core::CsvFile::field(rec, barcodeCol);
        const QString qtyText = core::CsvFile::field(rec, qtyCol);
        if (code.isEmpty())
            return csv->error(rec.line, csv->header.value(barcodeCol), tr("the barcode is empty."));
        const auto counted = core::Parse::whole(qtyText, core::Parse::kMaxLineQuantity);
        if (!counted)
            return csv->error(rec.line, csv->header.value(qtyCol),
                tr("“%1” is not a number of pieces from 0 to 9,999.").arg(qtyText));
        const int qty = int(*counted);
        if (qty == 0)
            continue;
        auto r = scan(id, code, qty, actor, stocktake::kImport, digest);
        if (!r)
            return csv->error(rec.line, csv->header.value(barcodeCol), r.errorMessage());
        pieces += qty;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return pieces;
}

core::Result<qint64> StocktakeRepository::undoCount(qint64 countId, const QString &actor)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(
        mDb, QStringLiteral("SELECT stocktake_id, sku_id, barcode, quantity FROM stocktake_counts WHERE id = :id"));
    q.bind(QStringLiteral(":id"), countId);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("There is no count row number %1.").arg(countId) };
    const qint64 takeId = q.value(0).toLongLong();
    const QVariant sku = q.value(1).isNull() ? QVariant() : QVariant(q.value(1).toLongLong());
    const QString barcode = q.value(2).toString();
    const qint64 qty = q.value(3).toLongLong();
    if (Status s = requireOpen(takeId); !s)
        return s.error();
    const QString ref = QStringLiteral("undo:%1").arg(countId);
    SqlQuery done(mDb, QStringLiteral("SELECT count(*) FROM stocktake_counts WHERE reference = :ref"));
    done.bind(QStringLiteral(":ref"), ref);
    if (Status s = done.run(); !s)
        return s.error();
    if (done.next() && done.value(0).toInt() > 0)
        return Error { tr("Count row %1 was already undone.").arg(countId) };
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO stocktake_counts (stocktake_id, sku_id, barcode, quantity, source, reference, "
                       "actor, counted_at) "
                       "VALUES (:id, :sku, :code, :qty, 'undo', :ref, :actor, :at) RETURNING id"));
    add.bind({ { QStringLiteral(":id"), takeId }, { QStringLiteral(":sku"), sku }, { QStringLiteral(":code"), barcode },
        { QStringLiteral(":qty"), -qty }, { QStringLiteral(":ref"), ref }, { QStringLiteral(":actor"), actor },
        { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) } });
    auto id = add.insert();
    if (!id)
        return id;
    if (sku.isNull()) {
        // Undoing an unknown scan also takes it off the queue.
        SqlQuery gone(mDb,
            QStringLiteral("INSERT INTO stocktake_counts (stocktake_id, sku_id, barcode, quantity, source, reference, "
                           "actor, counted_at) "
                           "VALUES (:id, NULL, :code, 0, 'dismiss', :ref, :actor, :at)"));
        gone.bind({ { QStringLiteral(":id"), takeId }, { QStringLiteral(":code"), barcode },
            { QStringLiteral(":ref"), unknownReference(countId) }, { QStringLiteral(":actor"), actor },
            { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) } });
        if (Status s = gone.run(); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

core::Result<QList<UnknownScan>> StocktakeRepository::unknownScans(qint64 id) const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT c.id, c.barcode, c.quantity, c.actor, c.counted_at FROM stocktake_counts c "
            "WHERE c.stocktake_id = :id AND c.sku_id IS NULL AND c.source IN ('scan', 'import', 'typed') "
            "AND NOT EXISTS (SELECT 1 FROM stocktake_counts r WHERE r.reference = 'unknown:' || c.id) ORDER BY c.id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s.error();
    QList<UnknownScan> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
            core::fromDbTime(q.value(4).toString()) });
    return out;
}

core::Result<qint64> StocktakeRepository::resolveUnknown(qint64 unknownId, qint64 skuId, const QString &actor)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(mDb, QStringLiteral("SELECT stocktake_id, quantity, sku_id FROM stocktake_counts WHERE id = :id"));
    q.bind(QStringLiteral(":id"), unknownId);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next() || !q.value(2).isNull())
        return Error { tr("There is no unknown scan number %1.").arg(unknownId) };
    const qint64 takeId = q.value(0).toLongLong();
    const int qty = q.value(1).toInt();
    SqlQuery done(mDb, QStringLiteral("SELECT count(*) FROM stocktake_counts WHERE reference = :ref"));
    done.bind(QStringLiteral(":ref"), unknownReference(unknownId));
    if (Status s = done.run(); !s)
        return s.error();
    if (done.next() && done.value(0).toInt() > 0)
        return Error { tr("Unknown scan %1 was already resolved.").arg(unknownId) };
    SqlQuery sku(mDb, QStringLiteral("SELECT barcode FROM skus WHERE id = :sku"));
    sku.bind(QStringLiteral(":sku"), skuId);
    if (Status s = sku.run(); !s)
        return s.error();
    if (!sku.next())
        return Error { tr("There is no SKU with the number %1.").arg(skuId) };
    auto r = scan(takeId, sku.value(0).toString(), qty, actor, stocktake::kResolve, unknownReference(unknownId));
    if (!r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return r->countId;
}

core::Result<qint64> StocktakeRepository::dismissUnknown(qint64 unknownId, const QString &actor)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(mDb, QStringLiteral("SELECT stocktake_id, barcode, sku_id FROM stocktake_counts WHERE id = :id"));
    q.bind(QStringLiteral(":id"), unknownId);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next() || !q.value(2).isNull())
        return Error { tr("There is no unknown scan number %1.").arg(unknownId) };
    const qint64 takeId = q.value(0).toLongLong();
    if (Status s = requireOpen(takeId); !s)
        return s.error();
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO stocktake_counts (stocktake_id, sku_id, barcode, quantity, source, reference, "
                       "actor, counted_at) "
                       "VALUES (:id, NULL, :code, 0, 'dismiss', :ref, :actor, :at) RETURNING id"));
    add.bind({ { QStringLiteral(":id"), takeId }, { QStringLiteral(":code"), q.value(1).toString() },
        { QStringLiteral(":ref"), unknownReference(unknownId) }, { QStringLiteral(":actor"), actor },
        { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) } });
    return tx.commitWith(add.insert());
}

core::Result<QList<VarianceRow>> StocktakeRepository::variance(qint64 id) const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT l.sku_id, i.code, i.title, i.category, s.color, s.size, s.barcode, l.system_qty, "
            "coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.sku_id = l.sku_id AND m.id > t.snapshot_move "
            "AND (t.closed_move IS NULL OR m.id <= t.closed_move)), 0), "
            "coalesce((SELECT sum(c.quantity) FROM stocktake_counts c WHERE c.stocktake_id = l.stocktake_id "
            "AND c.sku_id = l.sku_id), 0), l.unit_cost_fen, "
            "EXISTS (SELECT 1 FROM stocktake_counts c WHERE c.stocktake_id = l.stocktake_id AND c.sku_id = l.sku_id "
            "GROUP BY c.sku_id HAVING sum(c.quantity) <> 0 OR sum(c.source = 'typed') > 0) "
            "FROM stocktake_lines l JOIN stocktakes t ON t.id = l.stocktake_id JOIN skus s ON s.id = l.sku_id "
            "JOIN items i ON i.id = s.item_id WHERE l.stocktake_id = :id ORDER BY i.code, s.id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s.error();
    QList<VarianceRow> out;
    while (q.next()) {
        VarianceRow r;
        r.skuId = q.value(0).toLongLong();
        r.itemCode = q.value(1).toString();
        r.itemTitle = q.value(2).toString();
        r.category = q.value(3).toString();
        r.color = q.value(4).toString();
        r.size = q.value(5).toString();
        r.barcode = q.value(6).toString();
        r.systemQty = q.value(7).toLongLong();
        r.moved = q.value(8).toLongLong();
        r.counted = q.value(9).toLongLong();
        r.unitCost = core::Money::fromFen(q.value(10).toLongLong());
        r.scanned = q.value(11).toInt() != 0;
        out << r;
    }
    return out;
}

core::Result<qint64> StocktakeRepository::countRows(qint64 id) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT count(*) FROM stocktake_counts WHERE stocktake_id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

core::Result<int> StocktakeRepository::post(qint64 id, const QString &actor, const QDateTime &at)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (Status s = requireOpen(id); !s)
        return s.error();
    auto unknown = unknownScans(id);
    if (!unknown)
        return unknown.error();
    if (!unknown->isEmpty()) {
        QStringList codes;
        for (const UnknownScan &u : *unknown)
            codes << u.barcode;
        codes.removeDuplicates();
        if (codes.size() > 10) {
            codes.resize(10);
            codes << QStringLiteral("…");
        }
        return Error { tr(
            "Count %1 cannot be posted: %n unknown scan(s) wait to be resolved (%2).", "", int(unknown->size()))
                           .arg(Stocktake::number(id), codes.join(QStringLiteral(", "))) };
    }
    auto closed = ledgerBookmark(mDb, tx);
    if (!closed)
        return closed.error();
    SqlQuery close(mDb, QStringLiteral("UPDATE stocktakes SET closed_move = :closed WHERE id = :id"));
    close.bind({ { QStringLiteral(":closed"), *closed }, { QStringLiteral(":id"), id } });
    if (Status s = close.run(); !s)
        return s.error();
    auto rows = variance(id);
    if (!rows)
        return rows.error();
    const QDateTime when = orNow(at);
    const QString number = Stocktake::number(id);
    QList<core::StockMove> moves;
    for (const VarianceRow &r : *rows) {
        if (r.variance() == 0)
            continue;
        core::StockMove m;
        m.skuId = r.skuId;
        m.kind = core::codes::kMoveStocktake;
        m.quantity = r.variance();
        m.reference = number;
        m.actor = actor;
        m.at = when;
        moves << m;
    }
    if (auto booked = core::StockLedger(mDb).bookAll(moves); !booked)
        return booked.error();
    SqlQuery done(mDb,
        QStringLiteral("UPDATE stocktakes SET status = 'posted', posted_at = :at, posted_by = :actor "
                       "WHERE id = :id"));
    done.bind({ { QStringLiteral(":at"), core::toDbTime(when) }, { QStringLiteral(":actor"), actor },
        { QStringLiteral(":id"), id } });
    if (Status s = done.run(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(moves.size());
}

core::Result<int> StocktakeRepository::reverse(qint64 id, const QString &actor, const QDateTime &at)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto take = stocktake(id);
    if (!take)
        return take.error();
    if (take->status != stocktake::kPosted)
        return Error { tr("Count %1 is not posted, so there is nothing to reverse.").arg(take->number()) };
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT m.id FROM stock_moves m WHERE m.kind = :kind AND m.reference = :ref AND m.reverses IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM stock_moves r WHERE r.reverses = m.id) ORDER BY m.id"));
    q.bind({ { QStringLiteral(":kind"), core::codes::kMoveStocktake }, { QStringLiteral(":ref"), take->number() } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    core::StockLedger ledger(mDb);
    for (qint64 moveId : ids) {
        auto r = ledger.reverse(moveId, actor, tr("Reverses count %1").arg(take->number()));
        if (!r)
            return r.error();
    }
    SqlQuery done(mDb,
        QStringLiteral("UPDATE stocktakes SET status = 'reversed', reversed_at = :at, reversed_by = :actor "
                       "WHERE id = :id"));
    done.bind({ { QStringLiteral(":at"), core::toDbTime(orNow(at)) }, { QStringLiteral(":actor"), actor },
        { QStringLiteral(":id"), id } });
    if (Status s = done.run(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(ids.size());
}

} // namespace shopdesk::inventory
