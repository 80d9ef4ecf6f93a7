#include "shopdesk/inventory/OpeningStockRepository.h"

#include "shopdesk/inventory/StocktakeRepository.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Parse.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Transaction.h>

#include <QHash>

#include <limits>

namespace shopdesk::inventory {

using core::Error;
using core::SqlQuery;
using core::Status;

namespace {
QString refusal(const QStringList &moved)
{
    QStringList shown = moved.mid(0, 10);
    if (moved.size() > 10)
        shown << QStringLiteral("…");
    return OpeningStockRepository::tr(
        "Opening stock is for SKUs that have not moved yet, but %n SKU(s) already have stock movements (%1). "
        "Book it beside them only if that is what you mean (--alongside-moves).",
        "", int(moved.size()))
        .arg(shown.join(QStringLiteral(", ")));
}
} // namespace

core::Result<QStringList> OpeningStockRepository::movedAlready(const QList<qint64> &skuIds) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT s.barcode FROM skus s WHERE s.id = :id AND EXISTS "
                       "(SELECT 1 FROM stock_moves m WHERE m.sku_id = s.id)"));
    QStringList out;
    for (qint64 id : skuIds) {
        q.bind(QStringLiteral(":id"), id);
        if (Status s = q.run(); !s)
            return s.error();
        if (q.next())
            out << q.value(0).toString();
        q.finish();
    }
    return out;
}

core::Result<OpeningResult> OpeningStockRepository::importCount(
    const QString &path, const QString &actor, bool alongsideMoves, const QDateTime &at)
{
    auto csv = core::CsvFile::read(path);
    if (!csv)
        return csv.error();
    const int barcodeCol = csv->column({ QStringLiteral("条码"), QStringLiteral("条形码"), QStringLiteral("barcode") });
    const int qtyCol = csv->column({ QStringLiteral("数量"), QStringLiteral("盘点数量"), QStringLiteral("期初数量"),
        QStringLiteral("quantity"), QStringLiteral("counted") });
    if (barcodeCol < 0)
        return csv->missingColumn(tr("barcode (条码)"));
    if (qtyCol < 0)
        return csv->missingColumn(tr("quantity (数量)"));
    if (csv->records.isEmpty())
        return Error { tr("%1 holds no lines.").arg(csv->fileName) };
    SqlQuery sku(mDb, QStringLiteral("SELECT id FROM skus WHERE barcode = :code"));
    QList<qint64> order;
    QHash<qint64, qint64> quantities;
    for (const core::CsvRecord &r : csv->records) {
        const QString code = core::CsvFile::field(r, barcodeCol);
        const QString qtyText = core::CsvFile::field(r, qtyCol);
        if (code.isEmpty() && qtyText.isEmpty())
            continue; // a blank line
        sku.bind(QStringLiteral(":code"), code);
        if (Status s = sku.run(); !s)
            return s.error();
        if (!sku.next())
            return csv->error(r.line, csv->header.value(barcodeCol), tr("no SKU has the barcode “%1”.").arg(code));
        const qint64 id = sku.value(0).toLongLong();
        sku.finish();
        const auto quantity = core::Parse::whole(qtyText, core::Parse::kMaxLineQuantity);
        if (!quantity || *quantity < 0)
            return csv->error(r.line, csv->header.value(qtyCol), core::Parse::notAQuantity(qtyText));
        if (!quantities.contains(id))
            order << id;
        quantities[id] += *quantity;
        if (quantities.value(id) > std::numeric_limits<int>::max())
            return csv->error(r.line, csv->header.value(qtyCol), core::Parse::notAQuantity(qtyText));
    }
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTime();
    OpeningResult result;
    result.reference = QStringLiteral("QC-%1").arg(when.date().toString(QStringLiteral("yyyyMMdd")));
    QList<core::StockMove> moves;
    for (qint64 id : std::as_const(order)) {
        const qint64 n = quantities.value(id);
        if (n <= 0)
            continue;
        core::StockMove m;
        m.skuId = id;
        m.kind = core::codes::kMoveOpening;
        m.quantity = int(n);
        m.reference = result.reference;
        m.actor = actor;
        m.at = when;
        m.note = csv->fileName;
        moves << m;
        ++result.skus;
        result.pieces += n;
    }
    if (moves.isEmpty())
        return Error { tr("%1 counts no pieces: there is no opening stock to book.").arg(csv->fileName) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (!alongsideMoves) {
        auto moved = movedAlready(order);
        if (!moved)
            return moved.error();
        if (!moved->isEmpty())
            return Error { refusal(*moved) };
    }
    if (auto booked = core::StockLedger(mDb).bookAll(moves); !booked)
        return booked.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

core::Result<OpeningResult> OpeningStockRepository::fromStocktake(
    qint64 stocktakeId, const QString &actor, bool alongsideMoves)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    StocktakeRepository counts(mDb);
    auto count = counts.stocktake(stocktakeId);
    if (!count)
        return count.error();
    if (count->status != stocktake::kOpen)
        return Error {
            tr("Count %1 is not open: only an open count can be booked as opening stock.").arg(count->number())
        };
    auto rows = counts.variance(stocktakeId);
    if (!rows)
        return rows.error();
    const QDateTime when = QDateTime::currentDateTime();
    OpeningResult result;
    result.reference = count->number();
    QList<core::StockMove> moves;
    QList<qint64> counted;
    for (const VarianceRow &r : *rows) {
        if (r.counted > 0)
            counted << r.skuId;
        if (r.variance() == 0)
            continue;
        if (r.variance() > std::numeric_limits<int>::max() || r.variance() < -std::numeric_limits<int>::max())
            return Error { tr("The count of %1 differs from its stock by %2 pieces, more than one stock movement "
                              "can book.")
                               .arg(r.barcode)
                               .arg(r.variance()) };
        core::StockMove m;
        m.skuId = r.skuId;
        m.kind = core::codes::kMoveOpening;
        m.quantity = int(r.variance());
        m.reference = result.reference;
        m.actor = actor;
        m.at = when;
        moves << m;
        ++result.skus;
        result.pieces += r.variance();
    }
    if (counted.isEmpty())
        return Error {
            tr("Count %1 has counted nothing yet: there is no opening stock to book.").arg(count->number())
        };
    if (!alongsideMoves) {
        QList<qint64> ids = counted;
        for (const core::StockMove &m : std::as_const(moves))
            if (!ids.contains(m.skuId))
                ids << m.skuId;
        auto moved = movedAlready(ids);
        if (!moved)
            return moved.error();
        if (!moved->isEmpty())
            return Error { refusal(*moved) };
    }
    if (auto booked = core::StockLedger(mDb).bookAll(moves); !booked)
        return booked.error();
    // The count now matches the ledger: posting it books no adjustment and closes it.
    if (auto posted = counts.post(stocktakeId, actor, when); !posted)
        return posted.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace shopdesk::inventory
