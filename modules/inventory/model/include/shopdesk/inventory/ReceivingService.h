#pragma once

#include "shopdesk/inventory/PurchaseOrderRepository.h"
#include "shopdesk/inventory/ReceivingRepository.h"
#include "shopdesk/inventory/SupplierAccountRepository.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>

#include <QCoreApplication>

#include <optional>

namespace shopdesk::inventory {

/// What the receiving view and its commands need of the shop: suppliers, the notes, posting and
/// reversing a note, the supplier's account and payments. Made once by the inventory workbench
/// and handed to the view.
class ReceivingService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::ReceivingService)
public:
    explicit ReceivingService(const core::Database &db)
        : mDb(db)
    {
    }

    /// The suppliers a new receiving note may choose: the archived ones are left out.
    core::Result<QList<core::Supplier>> suppliers() const;
    /// Whether `name` is an archived supplier (one the receiving view must not offer to create again).
    core::Result<bool> isArchivedSupplier(const QString &name) const;
    /// What the user is told when a note names an archived supplier.
    static QString archivedMessage(const QString &name);
    core::Result<QList<core::StockRow>> stock() const;
    core::Result<std::optional<core::SkuRef>> sku(const QString &barcode) const;
    core::Result<QString> nextNoteNo(QDate day) const;
    core::Result<QList<ReceivingNoteOverview>> overview() const;
    core::Result<QList<ReceivingLineDetail>> lineDetails(qint64 noteId) const;
    /// Saves and posts `note` in one go; its id. With `newSupplier`, first adds a supplier of that
    /// name (refused when it is taken) and receives the note from it, all in one transaction.
    /// A note that names a purchase order is received against it (PurchaseOrderRepository::receive).
    core::Result<qint64> post(const ReceivingNote &note, const QString &actor, const QString &newSupplier = {});
    core::Status reverse(qint64 noteId, const QString &actor);
    /// The purchase orders (采购单) still owed something, for "from purchase order".
    core::Result<QList<PurchaseOrderState>> openPurchaseOrders() const;
    core::Result<PurchaseOrderState> purchaseOrder(qint64 id) const;
    core::Result<SupplierAccount> account(qint64 supplierId) const;
    core::Result<qint64> addPayment(
        qint64 supplierId, QDate on, core::Money amount, const QString &reference, const QString &actor);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
