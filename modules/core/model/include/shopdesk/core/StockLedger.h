#pragma once

#include "shopdesk/core/Records.h"
#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace shopdesk::core {

class Database;

namespace codes {
/// Opening stock (期初库存): what a shop held when it started keeping its ledger in ShopDesk,
/// from a count file or a first stock-take. Declared here rather than in Records.h beside the
/// other kinds, so that adding it did not rebuild every file of the suite.
inline const QString kMoveOpening = QStringLiteral("opening");
} // namespace codes

/// One SKU's stock as the warehouse sees it.
struct StockRow {
    qint64 skuId = 0;
    QString itemCode, itemTitle, category, color, size, barcode;
    qint64 onHand = 0;
};

/// The stock ledger (进销存): every movement a row, on-hand per SKU always the sum of its rows.
/// Rows are only ever added; a mistake is reversed by a compensating row (reverse()).
class StockLedger {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::StockLedger)
public:
    explicit StockLedger(const Database &db)
        : mDb(db)
    {
    }

    /// Books one movement. An outbound that would take the SKU below zero is refused.
    Result<qint64> book(const StockMove &move);
    /// Books several movements in one transaction: all of them or none, each checked as book()
    /// checks it, in turn (an outbound against what is on hand after the ones before it). On an
    /// error, `refused` (when given) is the position of the movement refused.
    Result<QList<qint64>> bookAll(const QList<StockMove> &moves, qsizetype *refused = nullptr);
    /// Books the compensating row for movement `moveId` (which must not already be reversed).
    Result<qint64> reverse(qint64 moveId, const QString &actor, const QString &note = {});

    Result<qint64> onHand(qint64 skuId) const;
    Result<QHash<qint64, qint64>> onHandBySku() const;
    Result<QList<StockRow>> stock() const;
    Result<QList<StockMove>> history(qint64 skuId) const;

private:
    const Database &mDb;
};

} // namespace shopdesk::core
