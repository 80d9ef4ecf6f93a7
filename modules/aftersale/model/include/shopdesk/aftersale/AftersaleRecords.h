#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/ShopSettings.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopdesk::aftersale {

/// Codes stored in the shop file; the UI shows them through AftersaleTerms, never raw.
namespace kinds {
inline const QString kReturn = QStringLiteral("return"); // 退货
inline const QString kExchange = QStringLiteral("exchange"); // 换货
inline const QString kRefundOnly = QStringLiteral("refund_only"); // 仅退款
inline const QString kLost = QStringLiteral("lost"); // 丢件
inline const QString kDamaged = QStringLiteral("damaged"); // 破损
inline const QString kUndeliverable = QStringLiteral("undeliverable"); // 无法派送
inline const QString kRefused = QStringLiteral("refused"); // 拒收
QStringList all();
/// Lost, damaged, undeliverable, refused: the courier's part, kept for the claim (索赔).
bool isParcel(const QString &kind);
} // namespace kinds

namespace states {
inline const QString kOpen = QStringLiteral("open"); // 待处理
inline const QString kReceived = QStringLiteral("received"); // 已收货
inline const QString kRefunded = QStringLiteral("refunded"); // 已退款
inline const QString kResent = QStringLiteral("resent"); // 已换发
inline const QString kClosed = QStringLiteral("closed"); // 已关闭
QStringList all();
} // namespace states

/// The steps of a case (each one service call, one transaction, one row of its history).
namespace actions {
inline const QString kOpen = QStringLiteral("open");
inline const QString kReceive = QStringLiteral("receive");
inline const QString kRefund = QStringLiteral("refund");
inline const QString kResend = QStringLiteral("resend");
inline const QString kClose = QStringLiteral("close");
} // namespace actions

/// The store's list of reasons (退换货的主要事由), editable, kept in the shop file.
inline const core::Setting<QStringList> kReasonsSetting { QStringLiteral("aftersale.reasons"),
    { QString::fromUtf8("尺码不合适"), QString::fromUtf8("质量问题"), QString::fromUtf8("发错货"),
        QString::fromUtf8("不喜欢"), QString::fromUtf8("物流破损"), QString::fromUtf8("其他") } };

/// A line of the order that a case is about.
struct CaseLine {
    qint64 id = 0;
    qint64 orderLineId = 0;
    qint64 skuId = 0;
    int quantity = 0;
    // Filled when read:
    QString itemCode, itemTitle, color, size, barcode;
    core::Money price; ///< the order line's unit price
    int received = 0; ///< pieces that came back
};

/// An after-sale case (售后单).
struct Case {
    qint64 id = 0;
    QString caseNo; ///< SH<yyyyMMdd>-<nnn>
    qint64 orderId = 0;
    QString kind, reason, state = states::kOpen;
    core::Money refund;
    QString note, openedBy;
    QDateTime openedAt, updatedAt, closedAt;
    std::optional<qint64> claimId, parcelId;
    QList<CaseLine> lines;
    // Filled when read:
    QString orderNo, buyerNick, receiverName, courier, trackingNo;
    core::Money orderTotal;
    QString parcelCourier, parcelTracking, parcelStatus; ///< the replacement parcel, when there is one

    /// "code/colour/size×qty; …"
    QString goods() const;
};

/// One step of a case's history.
struct CaseEvent {
    qint64 id = 0;
    qint64 caseId = 0;
    QString action, fromState, toState;
    core::Money amount;
    QString actor;
    QDateTime at;
};

/// Goods that came back and how they were booked.
struct Receipt {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 skuId = 0;
    int quantity = 0;
    bool intact = true;
    qint64 bookedId = 0; ///< stock_moves.id (intact) or faulty_goods.id (damaged)
};

/// An order as a case opens on it: status, paid amount, courier, lines with their SKUs.
struct OrderForCase {
    qint64 id = 0;
    QString orderNo, status, courier, trackingNo;
    core::Money total;
    QList<CaseLine> lines; ///< id 0; orderLineId, skuId, quantity and the SKU's names
};

/// A case line as the report counts it.
struct ReportLine {
    QString caseNo, kind, reason;
    core::Money refund; ///< the case's (on its first line only, so sums count it once)
    qint64 itemId = 0, skuId = 0;
    QString itemCode, itemTitle, color, size, barcode;
    int quantity = 0;
};

} // namespace shopdesk::aftersale
