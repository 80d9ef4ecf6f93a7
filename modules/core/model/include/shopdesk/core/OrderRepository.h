#pragma once

#include "shopdesk/core/Pareto.h"
#include "shopdesk/core/Records.h"
#include "shopdesk/core/Result.h"
#include "shopdesk/core/ShopSettings.h"

#include <QCoreApplication>

namespace shopdesk::core {

class Database;

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

private:
    const Database &mDb;
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
