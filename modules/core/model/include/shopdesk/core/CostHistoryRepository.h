#pragma once

#include "shopdesk/core/Money.h"
#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

/// SQL text, as a string literal, of the cost of SKU `sku` at time `at` (both SQL expressions of the
/// statement it goes into, written as string literals: "l.sku_id", "o.paid_at", ":at"), with the SKU
/// joined as `s` and its item as `i` for the SKU's own cost. The repositories that aggregate over the
/// cost history put it into their statements at compile time.
#define SHOPDESK_SQL_COST_AT(sku, at)                                                                                  \
    "coalesce(" SHOPDESK_SQL_COST_HISTORY_AT(sku, at) ", coalesce(s.cost_fen, i.cost_fen))"
/// The part of SHOPDESK_SQL_COST_AT the cost history gives: two SQL expressions for a coalesce(),
/// the cost after the last change on or before `at`, else the cost before the first change; both
/// NULL for a SKU whose cost never changed (its own cost, else its item's, is its cost then).
#define SHOPDESK_SQL_COST_HISTORY_AT(sku, at)                                                                          \
    "(SELECT hc.cost_fen FROM sku_costs hc WHERE hc.sku_id = " sku " AND hc.changed_at <= " at                         \
    " ORDER BY hc.changed_at DESC, hc.id DESC LIMIT 1), (SELECT hb.cost_before_fen FROM sku_costs hb WHERE "           \
    "hb.sku_id = " sku " ORDER BY hb.changed_at, hb.id LIMIT 1)"

namespace shopdesk::core {

class Database;

/// One change of a SKU's cost (成本变动): a receipt at another unit cost, or a reversed note.
struct CostChange {
    qint64 id = 0;
    qint64 skuId = 0;
    QDateTime at;
    Money before, after; ///< the moving-average cost before and after
    int quantity = 0; ///< pieces received (negative: a reversed note)
    Money unitCost; ///< what the note paid per piece
    qint64 onHandBefore = 0;
    QString source; ///< receive | reverse | manual (typed in listings) | import (an items import)
    QString reference; ///< the receiving note's number
};

/// One line of a receiving note as its cost counts: pieces of a SKU at a unit cost (0: none given).
struct ReceiptCost {
    qint64 skuId = 0;
    int quantity = 0;
    Money unitCost;
};

/// Each SKU's cost over time, kept as a moving average (移动加权平均): a receipt of q pieces at c
/// onto n on hand at cost a makes the cost (n·a + q·c) / (n + q), in whole fen. The history is
/// what profit takes as the cost at the time of sale and what stock is valued at.
class CostHistoryRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::CostHistoryRepository)
public:
    explicit CostHistoryRepository(const Database &db)
        : mDb(db)
    {
    }

    /// A receiving note's lines as it posts, before its pieces are booked into the ledger (call it
    /// inside the posting transaction). A line at a unit cost other than the SKU's records the
    /// change and sets the SKU's cost to the new average; a line without a unit cost (0) or at the
    /// SKU's own cost changes nothing.
    Status receive(const QList<ReceiptCost> &lines, const QString &reference, const QDateTime &at);
    /// A posted note being reversed, before its pieces leave the ledger (inside that transaction):
    /// what the note's receipts added to each SKU's average is taken out again. When no pieces
    /// would be left, or nothing changed the cost since the note, the cost goes back to what it was
    /// before the note.
    Status reverse(const QString &reference, const QDateTime &at);

    /// Each SKU's cost now (its own, else its item's), for every SKU of the item.
    Result<QHash<qint64, Money>> itemCosts(qint64 itemId) const;
    /// The costs an edit changed outside a receiving note, after the edit wrote them and inside its
    /// transaction: every SKU of `before` whose cost now differs gets a history row (no pieces, the
    /// pieces on hand) at `at`, so profit takes the old cost for what sold before and the new one
    /// after. `source` says which edit: 'manual' for a cost typed in listings (an item's or a
    /// SKU's), 'import' for an items import.
    Status recordChangedCosts(
        const QHash<qint64, Money> &before, const QDateTime &at, const QString &source = QStringLiteral("manual"));

    /// A SKU's changes, oldest first.
    Result<QList<CostChange>> history(qint64 skuId) const;
    /// The SKU's cost at `at` (the last change at or before it; before the first, the cost that
    /// change started from; with no change at all, the SKU's own cost).
    Result<Money> costAt(qint64 skuId, const QDateTime &at) const;

private:
    const Database &mDb;
};

} // namespace shopdesk::core
