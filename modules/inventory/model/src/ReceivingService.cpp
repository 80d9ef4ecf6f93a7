#include "shopdesk/inventory/ReceivingService.h"

#include "shopdesk/inventory/SupplierService.h"

#include <shopdesk/core/Transaction.h>
#include <shopdesk/core/WriteRetry.h>

namespace shopdesk::inventory {

QString ReceivingService::archivedMessage(const QString &name)
{
    return tr("Supplier “%1” is archived: unarchive it under Suppliers to receive from it again.").arg(name);
}

core::Result<QList<core::Supplier>> ReceivingService::suppliers() const
{
    auto all = core::SupplierRepository(mDb).all();
    if (!all)
        return all;
    auto archived = SupplierEditRepository(mDb).archivedIds();
    if (!archived)
        return archived.error();
    QList<core::Supplier> out;
    for (const core::Supplier &s : *all)
        if (!archived->contains(s.id))
            out.append(s);
    return out;
}

core::Result<QList<core::StockRow>> ReceivingService::stock() const { return core::StockLedger(mDb).stock(); }

core::Result<std::optional<core::SkuRef>> ReceivingService::sku(const QString &barcode) const
{
    return core::ItemRepository(mDb).skuByBarcode(barcode);
}

core::Result<QString> ReceivingService::nextNoteNo(QDate day) const { return ReceivingRepository(mDb).nextNoteNo(day); }

core::Result<QList<ReceivingNoteOverview>> ReceivingService::overview() const
{
    // The kept totals first take in the lines written since (on a server the notes leave that to
    // this reader: ReceivingRepository::addDraft). Its failure costs nothing but time: the totals
    // are read right with the lines past the bookmark, and the read says what fails.
    (void)core::retrying([&] { return ReceivingRepository(mDb).catchUpTotals(); });
    return ReceivingRepository(mDb).overview();
}

core::Result<QList<ReceivingLineDetail>> ReceivingService::lineDetails(qint64 noteId) const
{
    return ReceivingRepository(mDb).lineDetails(noteId);
}

core::Result<bool> ReceivingService::isArchivedSupplier(const QString &name) const
{
    auto all = core::SupplierRepository(mDb).all();
    if (!all)
        return all.error();
    auto archived = SupplierEditRepository(mDb).archivedIds();
    if (!archived)
        return archived.error();
    for (const core::Supplier &s : *all)
        if (s.name == name.trimmed())
            return archived->contains(s.id);
    return false;
}

core::Result<qint64> ReceivingService::post(const ReceivingNote &note, const QString &actor, const QString &newSupplier)
{
    if (note.purchaseOrderId)
        return PurchaseOrderRepository(mDb).receive(*note.purchaseOrderId, note, actor);
    if (newSupplier.isEmpty())
        return ReceivingRepository(mDb).addAndPost(note, actor);
    auto archived = isArchivedSupplier(newSupplier);
    if (!archived)
        return archived.error();
    if (*archived)
        return core::Error { archivedMessage(newSupplier.trimmed()) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    core::Supplier supplier;
    supplier.name = newSupplier;
    auto supplierId = SupplierService(mDb).add(supplier);
    if (!supplierId)
        return supplierId.error();
    ReceivingNote withSupplier = note;
    withSupplier.supplierId = *supplierId;
    return tx.commitWith(ReceivingRepository(mDb).addAndPost(withSupplier, actor));
}

core::Status ReceivingService::reverse(qint64 noteId, const QString &actor)
{
    return ReceivingRepository(mDb).reverse(noteId, actor);
}

core::Result<QList<PurchaseOrderState>> ReceivingService::openPurchaseOrders() const
{
    return PurchaseOrderRepository(mDb).all(true);
}

core::Result<PurchaseOrderState> ReceivingService::purchaseOrder(qint64 id) const
{
    return PurchaseOrderRepository(mDb).state(id);
}

core::Result<SupplierAccount> ReceivingService::account(qint64 supplierId) const
{
    return SupplierAccountRepository(mDb).account(supplierId);
}

core::Result<qint64> ReceivingService::addPayment(
    qint64 supplierId, QDate on, core::Money amount, const QString &reference, const QString &actor)
{
    return SupplierAccountRepository(mDb).addPayment(supplierId, on, amount, reference, actor);
}

} // namespace shopdesk::inventory
