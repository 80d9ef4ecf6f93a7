#pragma once

#include "shopdesk/inventory/ReceivingRepository.h"

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

namespace purchase {
inline const QString kOrdered = QStringLiteral("ordered"); ///< nothing received yet
inline const QString kPartlyReceived = QStringLiteral("partly_received");
inline const QString kReceived = QStringLiteral("received"); ///< every line received in full
} // namespace purchase

struct PurchaseOrderLine {
    qint64 skuId = 0;
    int quantity = 0;
    core::Money unitCost;
};

/// A purchase order (采购单) to one supplier.
struct PurchaseOrder {
    qint64 id = 0;
    QString poNo; ///< CG-yyyyMMdd-N
    qint64 supplierId = 0;
    QDate orderedOn, expectedOn;
    QString actor, note;
    QList<PurchaseOrderLine> lines;
};

/// A line with what the posted receiving notes made from the order brought in.
struct PurchaseOrderLineState {
    PurchaseOrderLine line;
    QString itemCode, itemTitle, color, size, barcode;
    qint64 received = 0;
    /// What the supplier still owes: ordered − received, never below 0.
    qint64 owed() const { return std::max<qint64>(0, line.quantity - received); }
};

/// A purchase order with its supplier and its lines' state.
struct PurchaseOrderState {
    PurchaseOrder order; ///< without lines (they are in `lines`)
    QString supplierName;
    QList<PurchaseOrderLineState> lines;
    QStringList receivingNotes; ///< the posted notes made from it, oldest first
    qint64 ordered() const;
    qint64 received() const;
    qint64 owed() const;
    core::Money value() const; ///< Σ ordered × unit cost
    /// purchase::kOrdered, kPartlyReceived or kReceived.
    QString status() const;
    /// 已下单 / 部分到货 / 已到货 in the UI language.
    static QString statusText(const QString &status);
};

/// Purchase orders: made (one transaction with their lines), listed with what has arrived, and
/// received by receiving notes that name them (ReceivingRepository books the goods).
class PurchaseOrderRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::PurchaseOrderRepository)
public:
    explicit PurchaseOrderRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Saves an order and its lines in one transaction; its id. The number is given when empty.
    /// Refused: no lines, a quantity below 1, a SKU twice, an unknown or archived supplier.
    core::Result<qint64> add(const PurchaseOrder &order);
    /// Deletes an order nothing was received against yet (the undo of making it), with its lines.
    core::Status remove(qint64 id);
    core::Result<PurchaseOrderState> state(qint64 id) const;
    /// Every order, newest first; with `openOnly`, only those still owed something.
    core::Result<QList<PurchaseOrderState>> all(bool openOnly = false) const;
    core::Result<std::optional<qint64>> idByNumber(const QString &poNo) const;
    /// A free number for a day: CG-yyyyMMdd-N.
    core::Result<QString> nextNumber(QDate day) const;
    /// What open orders still bring per SKU (在途).
    core::Result<QHash<qint64, qint64>> inTransitBySku() const;

    /// Posts `note` as received against order `id` in one transaction: the note names the order,
    /// comes from its supplier and holds only the order's SKUs, none above what is still owed.
    /// A unit cost of 0 takes the order's. Gives the note's id.
    core::Result<qint64> receive(qint64 id, ReceivingNote note, const QString &actor);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
