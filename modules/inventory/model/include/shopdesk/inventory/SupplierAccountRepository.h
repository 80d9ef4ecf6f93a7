#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

/// One line of a supplier's account: a posted receiving note (a purchase, maybe partly paid) or
/// a payment.
struct SupplierAccountLine {
    QDate on;
    QString kind; ///< "note" | "payment"
    QString reference; ///< note number or payment reference
    core::Money purchase, payment;
    core::Money owed; ///< running balance
};

/// What the shop owes a supplier.
struct SupplierAccount {
    qint64 supplierId = 0;
    QString supplierName;
    core::Money purchases, payments;
    qint64 unreplacedPieces = 0; ///< on the faulty-goods account from this supplier's exchanges
    core::Money unreplacedValue;
    core::Money owed() const { return purchases - payments; }
    QList<SupplierAccountLine> lines;
};

/// Supplier accounts (供应商往来): purchases from posted receiving notes (goods at cost +
/// freight), payments (paid on the note and later), what is owed.
class SupplierAccountRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::SupplierAccountRepository)
public:
    explicit SupplierAccountRepository(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<qint64> addPayment(
        qint64 supplierId, QDate on, core::Money amount, const QString &reference, const QString &actor);
    core::Result<SupplierAccount> account(qint64 supplierId) const;
    core::Result<QList<SupplierAccount>> accounts() const; ///< every supplier, without lines
    /// The item codes each supplier supplies (by supplier id): the items linked to it and those on
    /// its posted receiving notes, in code order.
    core::Result<QHash<qint64, QStringList>> suppliedItems() const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
