#include "shopdesk/inventory/SupplierAccountRepository.h"

#include "shopdesk/inventory/ReceivingRepository.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <algorithm>

namespace shopdesk::inventory {

using core::Error;
using core::SqlQuery;
using core::Status;

core::Result<qint64> SupplierAccountRepository::addPayment(
    qint64 supplierId, QDate on, core::Money amount, const QString &reference, const QString &actor)
{
    if (amount.fen() <= 0)
        return Error { tr("A payment must be more than zero (it is %1).").arg(amount.toDisplayString()) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO supplier_payments (supplier_id, paid_on, amount_fen, reference, actor) "
                       "VALUES (:s, :on, :amount, :ref, :actor) RETURNING id"));
    q.bind({ { QStringLiteral(":s"), supplierId },
        { QStringLiteral(":on"), core::toDbDate(on.isValid() ? on : QDate::currentDate()) },
        { QStringLiteral(":amount"), amount.fen() }, { QStringLiteral(":ref"), reference },
        { QStringLiteral(":actor"), actor } });
    return tx.commitWith(q.insert());
}

core::Result<SupplierAccount> SupplierAccountRepository::account(qint64 supplierId) const
{
    SupplierAccount a;
    a.supplierId = supplierId;
    SqlQuery name(mDb, QStringLiteral("SELECT name FROM suppliers WHERE id = :id"));
    name.bind(QStringLiteral(":id"), supplierId);
    if (Status s = name.run(); !s)
        return s.error();
    if (!name.next())
        return Error { tr("There is no supplier number %1.").arg(supplierId) };
    a.supplierName = name.value(0).toString();

    // Each note's goods from the kept totals, not added up over its lines again.
    auto totals = ReceivingRepository(mDb).totals();
    if (!totals)
        return totals.error();
    SqlQuery notes(mDb,
        QStringLiteral("SELECT n.received_on, n.note_no, n.freight_fen, n.paid_fen, n.id "
                       "FROM receiving_notes n WHERE n.supplier_id = :id AND n.status = 'posted'"));
    notes.bind(QStringLiteral(":id"), supplierId);
    if (Status s = notes.run(); !s)
        return s.error();
    while (notes.next())
        a.lines.append({ core::fromDbDate(notes.value(0).toString()), QStringLiteral("note"), notes.value(1).toString(),
            core::Money::fromFen(notes.value(2).toLongLong()) + totals->value(notes.value(4).toLongLong()).goods,
            core::Money::fromFen(notes.value(3).toLongLong()), {} });
    SqlQuery pays(
        mDb, QStringLiteral("SELECT paid_on, reference, amount_fen FROM supplier_payments WHERE supplier_id = :id"));
    pays.bind(QStringLiteral(":id"), supplierId);
    if (Status s = pays.run(); !s)
        return s.error();
    while (pays.next())
        a.lines.append({ core::fromDbDate(pays.value(0).toString()), QStringLiteral("payment"),
            pays.value(1).toString(), {}, core::Money::fromFen(pays.value(2).toLongLong()), {} });
    std::stable_sort(a.lines.begin(), a.lines.end(),
        [](const SupplierAccountLine &x, const SupplierAccountLine &y) { return x.on < y.on; });
    core::Money owed;
    for (SupplierAccountLine &l : a.lines) {
        a.purchases += l.purchase;
        a.payments += l.payment;
        owed += l.purchase - l.payment;
        l.owed = owed;
    }
    SqlQuery faulty(mDb,
        QStringLiteral(
            "SELECT coalesce(sum(f.quantity), 0), coalesce(sum(f.quantity * coalesce(s.cost_fen, i.cost_fen)), 0) "
            "FROM faulty_goods f JOIN skus s ON s.id = f.sku_id JOIN items i ON i.id = s.item_id "
            "WHERE f.supplier_id = :id AND f.source = 'unreplaced'"));
    faulty.bind(QStringLiteral(":id"), supplierId);
    if (Status s = faulty.run(); !s)
        return s.error();
    if (faulty.next()) {
        a.unreplacedPieces = faulty.value(0).toLongLong();
        a.unreplacedValue = core::Money::fromFen(faulty.value(1).toLongLong());
    }
    return a;
}

core::Result<QList<SupplierAccount>> SupplierAccountRepository::accounts() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id FROM suppliers ORDER BY name"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<SupplierAccount> out;
    for (qint64 id : ids) {
        auto a = account(id);
        if (!a)
            return a.error();
        a->lines.clear();
        out << *a;
    }
    return out;
}

core::Result<QHash<qint64, QStringList>> SupplierAccountRepository::suppliedItems() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT supplier_id, code FROM ("
                       "SELECT supplier_id, code FROM items WHERE supplier_id IS NOT NULL "
                       "UNION SELECT f.supplier_id, i.code FROM item_suppliers f JOIN items i ON i.id = f.item_id "
                       "UNION SELECT r.supplier_id, i.code FROM supplier_items_received r "
                       "JOIN items i ON i.id = r.item_id) AS t "
                       "ORDER BY supplier_id, code"));
    if (Status s = q.run(); !s)
        return s.error();
    QHash<qint64, QStringList> out;
    while (q.next())
        out[q.value(0).toLongLong()].append(q.value(1).toString());
    return out;
}

} // namespace shopdesk::inventory
