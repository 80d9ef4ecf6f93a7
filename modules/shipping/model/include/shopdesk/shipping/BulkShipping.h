#pragma once

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::shipping {

/// One shipped order as the platform's bulk-shipping file (批量发货) takes it back.
struct ShippedForPlatform {
    qint64 orderId = 0;
    QString orderNo, courier, trackingNo;
    QDateTime shippedAt;
    bool exported = false; ///< written to a bulk-shipping file before
};

/// The orders shipped here (packed and marked shipped in ShopDesk), and which of them went back to
/// the platform in a bulk-shipping file (shipping_exports).
class BulkShippingRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::BulkShippingRepository)
public:
    explicit BulkShippingRepository(const core::Database &db)
        : mDb(db)
    {
    }
    /// The orders shipped on `day`, or (no day) every shipped order not yet exported; by time of shipping.
    core::Result<QList<ShippedForPlatform>> shipped(std::optional<QDate> day) const;
    /// Records that the orders were written to `file` (an order exported again keeps its first record).
    core::Status markExported(const QList<qint64> &orderIds, const QString &file, const QString &actor);

private:
    const core::Database &mDb;
};

/// What an export of shipped orders wrote.
struct BulkShippingSummary {
    QString file;
    QStringList orderNos;
};

/// The way back to the platform: shipped orders as the seller centre's bulk-shipping upload
/// (淘宝/天猫 卖家中心 → 批量发货): the columns 订单编号, 物流公司, 运单号, GB18030 (GBK) text, CRLF,
/// order and tracking numbers guarded as text (="…") so that Excel keeps every digit.
class BulkShipping {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::BulkShipping)
public:
    explicit BulkShipping(const core::Database &db)
        : mDb(db)
    {
    }

    /// The courier's name as the platform lists it (申通快递, 圆通速递 …); a courier the shop added
    /// gives its own platform name; empty when not known.
    QString platformName(const QString &courier) const;
    static QString builtInPlatformName(const QString &courier);

    /// Writes the orders shipped on `day` (or, without a day, every one not exported yet) to
    /// `path` and records them as exported, all or nothing. No order to write gives a file with
    /// the header only.
    core::Result<BulkShippingSummary> exportShipped(
        const QString &path, std::optional<QDate> day, const QString &actor);

    static QStringList header();

private:
    const core::Database &mDb;
};

} // namespace shopdesk::shipping
