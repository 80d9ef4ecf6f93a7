#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

struct ExchangeLine {
    qint64 skuId = 0;
    int quantity = 0; ///< pieces sent back
    QString reason;
    // Filled when read:
    int replaced = 0;
    QString itemCode, itemTitle, color, size, barcode;
    core::Money unitCost;
};

/// A supplier-exchange list (退换货单).
struct SupplierExchange {
    qint64 id = 0;
    QString exchangeNo;
    qint64 supplierId = 0;
    QString supplierName;
    QString status; ///< open | closed
    QDateTime createdAt;
    QString actor;
    QList<ExchangeLine> lines;
};

/// One line of the faulty-goods account (次品账), per SKU and source.
struct FaultyLine {
    qint64 skuId = 0;
    QString itemCode, color, size, barcode;
    QString source; ///< unreplaced | damaged_return
    qint64 quantity = 0;
    core::Money value;
};

/// Quality check and returns: faulty pieces out to the supplier and replacements in; buyers'
/// returns in (intact → stock, damaged → the separate account); the faulty-goods account.
class FaultyGoodsRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::FaultyGoodsRepository)
public:
    static inline const QString kUnreplaced = QStringLiteral("unreplaced");
    static inline const QString kDamagedReturn = QStringLiteral("damaged_return");

    explicit FaultyGoodsRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Saves the list and books every line out of stock ('exchange_out'), in one transaction.
    core::Result<qint64> createExchange(
        const QString &exchangeNo, qint64 supplierId, const QList<ExchangeLine> &lines, const QString &actor);
    /// Books in what the supplier replaced ('exchange_in'); at most what is still outstanding.
    core::Result<qint64> bookReplacement(qint64 exchangeId, qint64 skuId, int quantity, const QString &actor);
    /// Closes the list: what was not replaced goes on the faulty-goods account. Gives those pieces.
    core::Result<int> closeExchange(qint64 exchangeId, const QString &actor);
    core::Result<SupplierExchange> exchange(qint64 exchangeId) const;
    core::Result<QList<SupplierExchange>> exchanges() const;

    /// A buyer's return against order `orderNo`: intact → booked back in ('return'); damaged →
    /// the faulty-goods account. No more can come back than the order holds.
    /// `note`, when given, goes with the booked row (an after-sale case number).
    core::Result<qint64> returnFromBuyer(const QString &orderNo, qint64 skuId, int quantity, bool intact,
        const QString &actor, const QString &note = {});

    /// Takes a booked return back by a compensating entry: the ledger row `id` reversed (intact),
    /// or a negative row against faulty-goods row `id` (damaged).
    core::Result<qint64> undoReturn(qint64 id, bool intact, const QString &actor);

    core::Result<QList<FaultyLine>> faultyAccount() const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
