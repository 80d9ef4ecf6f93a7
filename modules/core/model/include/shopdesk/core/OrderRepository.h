#pragma once

#include "shopdesk/core/Pareto.h"
#include "shopdesk/core/Records.h"
#include "shopdesk/core/Result.h"
#include "shopdesk/core/ShopSettings.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace shopdesk::core {

class BulkInsert;
class Database;

/// An order as an import of the platform's export compares with it: its id and status.
struct StoredOrder {
    qint64 id = 0;
    QString status;
};

/// An order with its buyer's member name and line summary, for tables.
struct OrderOverview {
    Order order; ///< without lines
    QString buyerNick;
    int units = 0;
    QString goods; ///< "code/colour/size×qty; …"
};

/// Orders and their lines (订单).
class OrderRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::OrderRepository)
public:
    explicit OrderRepository(const Database &db)
        : mDb(db)
    {
    }

    /// Adds an order with its lines in one transaction. The order number must be new.
    Result<qint64> addOrder(const Order &order);
    Result<std::optional<Order>> orderByNumber(const QString &orderNo) const;
    Result<QList<OrderLine>> linesOf(qint64 orderId) const;
    /// Newest first; `limit` 0 = all.
    Result<QList<OrderOverview>> overview(int limit = 0) const;
    Result<int> orderCount() const;
    /// What each item sold from `from` to `to` (whole days; an invalid date leaves that end open)
    /// in paid, shipped and finished orders: every item on the list (0 when it sold nothing), an
    /// archived item only when it sold, and the lines matched to no SKU by merchant code (or
    /// title). The one source of the 80/20 ranking (core::pareto).
    Result<QList<ItemSales>> itemSales(QDate from, QDate to) const;

    /// Every order of the shop by its number: id and status.
    Result<QHash<QString, StoredOrder>> storedOrders() const;
    /// An order waiting for dispatch (paid) that the platform now shows closed, shipped or finished
    /// takes that status, and the platform's courier and tracking number when it gives them (else
    /// keeps its own). False, and nothing changed, when the order was not waiting for dispatch.
    Result<bool> followPlatformStatus(
        qint64 orderId, const QString &status, const QString &courier, const QString &trackingNo);

private:
    const Database &mDb;
};

/// Many new orders with their buyers and lines, written in bulk (multi-row INSERTs through
/// BulkInsert) inside the caller's Transaction: an import of a platform's export of 100,000 orders.
/// Every id is the database's own: none is counted up from MAX(id), so rows another writer adds
/// meanwhile never collide with these. On a shop file rows refer to the rows they belong to by their
/// keys, resolved by the database as it writes them: an order to its buyer by member name, a line to
/// its order by order number. On a server (COPY) each row carries ids taken from the tables'
/// sequences. Add the orders, then their lines; finish() writes what is left.
class OrderBulkWriter {
public:
    explicit OrderBulkWriter(const Database &db);
    ~OrderBulkWriter();
    OrderBulkWriter(const OrderBulkWriter &) = delete;
    OrderBulkWriter &operator=(const OrderBulkWriter &) = delete;

    /// The dispatch queue's keys of a new order (orders.ship_courier, ship_by; shop format 21) when
    /// the caller has them, written with the order; NULL (the default): computed later (shipping's
    /// queue keys find the orders without them).
    struct QueueKeys {
        QVariant courier, shipBy;
    };
    /// Adds a new order without its lines (see addLine). `buyerNick` empty: no buyer; a member name
    /// not in the shop adds the buyer, with the order's recipient as name and phone. `createdText`
    /// and `paidText`: the times already as the shop file stores them (or empty: the order's own,
    /// its creation now when it has none).
    Status addOrder(const Order &order, const QString &buyerNick, const QString &createdText = {},
        const QString &paidText = {}, const QueueKeys &keys = {});
    /// Adds a line of the order `orderNo` (one added here, or already in the shop).
    Status addLine(const QString &orderNo, const OrderLine &line);
    /// Writes every buyer and order still pending (their lines may follow).
    Status finishOrders();
    /// Writes everything still pending.
    Status finish();
    /// About how many orders will be added (sizes what the writer keeps of them once).
    void expect(qsizetype orders);

private:
    Status flushOrders();
    Status readBuyerIds();

    const Database &mDb;
    QString mNow;
    /// On a server written with COPY: every row carries its ids, taken from the tables' sequences,
    /// and the lines their order's; else each row finds its buyer and order by key as it is
    /// written (BulkInsert::setExpression).
    bool mKeyed = false;
    qsizetype mExpected = 0; ///< expect()
    /// The shop's buyers (read once) and the new ones, by member name: their ids (0 for a new
    /// buyer on a shop file, whose id the row gets as it is written).
    QHash<QString, qint64> mBuyerIds;
    bool mBuyerIdsRead = false;
    QHash<QString, qint64> mOrderIds; ///< keyed: the ids of the orders added, by number
    std::unique_ptr<BulkInsert> mBuyers, mOrders, mLines;
};

/// Buyers (买家), found by their platform member name.
class BuyerRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::BuyerRepository)
public:
    explicit BuyerRepository(const Database &db)
        : mDb(db)
    {
    }

    /// The buyer's id, adding the buyer when the member name is new.
    Result<qint64> ensure(const Buyer &buyer);
    Result<std::optional<Buyer>> byNick(const QString &nick) const;

private:
    const Database &mDb;
};

/// Suppliers (供应商).
class SupplierRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::SupplierRepository)
public:
    explicit SupplierRepository(const Database &db)
        : mDb(db)
    {
    }

    Result<qint64> add(const Supplier &supplier);
    Result<QList<Supplier>> all() const;

private:
    const Database &mDb;
};

} // namespace shopdesk::core
