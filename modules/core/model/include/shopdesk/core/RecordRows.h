#pragma once

// For repositories only (like SqlQuery.h): the column lists and row readers of the shared
// records, so every repository reads an item, a SKU or an order the same way.

#include "shopdesk/core/Records.h"
#include "shopdesk/core/SqlQuery.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace shopdesk::core::rows {

/// "i.id, i.code, …": select them from `items i`, then readItem().
QString itemColumns();
Item readItem(const QSqlQuery &q, int first = 0);
/// Binds an item's fields to :code, :title, :category, :role, :main_push, :price, :cost, :on_shelf,
/// :oos, :archived, :min_stock, :supplier, :listed, and `now` to :now (created / updated time).
void bindItem(SqlQuery &q, const Item &item, const QString &now);
/// INSERT … RETURNING id of one item, with the placeholders bindItem() fills.
QString insertItemStatement();

/// "s.id, s.item_id, …": select them from `skus s`, then readSku().
QString skuColumns();
Sku readSku(const QSqlQuery &q, int first = 0);

/// "o.id, o.order_no, …": select them from `orders o`, then readOrder() (lines not included).
QString orderColumns();
Order readOrder(const QSqlQuery &q, int first = 0);

std::optional<Money> optionalMoney(const QVariant &v);
QVariant moneyOrNull(const std::optional<Money> &m);
QVariant timeOrNull(const QDateTime &t);

} // namespace shopdesk::core::rows
