#pragma once

// For core and the CLI's move commands: widgets and dialogs never include this.

#include "shopdesk/core/Database.h"
#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace shopdesk::core {

/// What a shop holds, in the figures a move is checked by: the rows of every table, and the
/// stock ledger's sums (the pieces on hand, and those pieces at the SKUs' cost).
struct ShopFigures {
    QList<std::pair<QString, qint64>> rows; ///< (table, rows), by table name
    qint64 ledgerRows = 0;
    qint64 ledgerPieces = 0; ///< SUM(stock_moves.quantity)
    qint64 ledgerCostFen = 0; ///< SUM(quantity × the SKU's cost, else its item's)

    qint64 rowsOf(const QString &table) const;
    bool operator==(const ShopFigures &) const = default;
};

/// A whole shop copied from one database into another: a shop file onto a shop server
/// (`export-to-server`) and back (`export-to-file`). Both shops are of this ShopDesk's format.
/// The copy is one transaction on the target: every table's rows with their ids as they are, the
/// servers' id counters moved on past them (SqlDialect's resetIdentity), and the figures of both
/// compared before the commit; anything amiss leaves the target as it was.
class ShopCopy {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::ShopCopy)
public:
    /// The figures of the shop on `db`, read in one snapshot.
    static Result<ShopFigures> figures(const Database &db);

    /// A table's records in the shop's words, as a refusal or a mismatch lists them ("order
    /// lines", 订单商品行); empty for a table this ShopDesk does not know.
    static QString recordsOf(const QString &table);

    /// What `target` holds beyond what a new shop holds, one line per table in the shop's words
    /// ("orders: 12"), empty when a copy may go into it.
    static Result<QStringList> heldRows(const Database &target);

    /// Copies the shop on `from` into `to`, which must hold no more than a new shop does (see
    /// heldRows; it is refused, untouched, otherwise), in one transaction on `to`; both figures are
    /// compared before it commits. Gives the figures, the same on both.
    static Result<ShopFigures> copy(const Database &from, const Database &to);
};

} // namespace shopdesk::core
