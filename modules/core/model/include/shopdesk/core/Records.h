#pragma once

#include "shopdesk/core/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk::core {

/// Codes stored in the shop file. The UI shows them through Vocabulary, never raw.
namespace codes {
inline const QString kRoleTraffic = QStringLiteral("traffic"); // 引流款
inline const QString kRoleProfit = QStringLiteral("profit"); // 利润款
inline const QString kRoleImage = QStringLiteral("image"); // 形象款

inline const QString kOrderUnpaid = QStringLiteral("unpaid");
inline const QString kOrderPaid = QStringLiteral("paid");
inline const QString kOrderShipped = QStringLiteral("shipped");
inline const QString kOrderFinished = QStringLiteral("finished");
inline const QString kOrderClosed = QStringLiteral("closed");

inline const QString kMoveReceive = QStringLiteral("receive");
inline const QString kMoveShip = QStringLiteral("ship");
inline const QString kMoveReturn = QStringLiteral("return");
inline const QString kMoveExchangeOut = QStringLiteral("exchange_out");
inline const QString kMoveExchangeIn = QStringLiteral("exchange_in");
inline const QString kMoveStocktake = QStringLiteral("stocktake");
inline const QString kMoveCorrection = QStringLiteral("correction");

QStringList roles();
QStringList orderStatuses();
QStringList moveKinds();
} // namespace codes

/// Shop-file time text: local wall clock "yyyy-MM-dd HH:mm:ss" (sorts as text, portable).
QString toDbTime(const QDateTime &t);
QDateTime fromDbTime(const QString &text);
QString toDbDate(QDate d);
QDate fromDbDate(const QString &text);

struct Supplier {
    qint64 id = 0;
    QString name, contact, phone, city, note;
};

struct Item {
    qint64 id = 0;
    QString code; ///< 货号, unique
    QString title;
    QString category;
    QString role = codes::kRoleProfit;
    bool mainPush = false;
    Money price, cost;
    bool onShelf = true;
    bool outOfSeason = false;
    bool archived = false;
    int minStock = 0;
    std::optional<qint64> supplierId;
    QDateTime listedAt;
};

struct Sku {
    qint64 id = 0;
    qint64 itemId = 0;
    QString color, size;
    QString barcode; ///< unique
    std::optional<Money> price, cost; ///< empty: the item's
};

struct Buyer {
    qint64 id = 0;
    QString nick; ///< 买家会员名, unique
    QString name, phone, note;
};

struct OrderLine {
    qint64 id = 0;
    qint64 orderId = 0;
    std::optional<qint64> skuId; ///< empty while not matched to a SKU
    QString title, attributes, merchantCode;
    int quantity = 1;
    Money price;
};

struct Order {
    qint64 id = 0;
    QString orderNo;
    QString platform = QStringLiteral("taobao");
    std::optional<qint64> buyerId;
    QString status = codes::kOrderPaid;
    QString receiverName, receiverPhone, province, city, district, address, postcode;
    QString buyerMessage, sellerNote, flag;
    Money total, freight;
    QDateTime createdAt, paidAt, shippedAt;
    QString courier, trackingNo;
    QList<OrderLine> lines;
};

/// One row of the stock ledger.
struct StockMove {
    qint64 id = 0;
    qint64 skuId = 0;
    QString kind;
    qint64 quantity = 0; ///< signed: + in, − out
    QString reference, actor, note;
    QDateTime at;
    std::optional<qint64> reverses;
};

} // namespace shopdesk::core
