#pragma once

#include "shopdesk/shipping/ShippingRepository.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

class QPagedPaintDevice;

namespace shopdesk::shipping {

/// One row of a pick list: a SKU, how many pieces the batch needs, and the orders it serves.
struct PickRow {
    QString itemCode, title, color, size, barcode;
    int quantity = 0;
    QStringList orders; ///< order numbers, in the batch's order, each once
    bool matched = true; ///< false: a line not matched to a SKU (picked by its title and attributes)
};

/// The pick list (拣货单) of a batch of waybills: every SKU summed over the batch, sorted by item
/// code, colour and size (sizes in size order, S < M < L < XL < 2XL …), for the picker to walk the
/// shelves once. Printed in Chinese whatever the UI language (a paper of the warehouse).
class PickList {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::PickList)
public:
    /// Sums the batch (one ShipmentOrder per waybill: an order, or a parcel of merged or split orders).
    static PickList build(const QList<ShipmentOrder> &batch);

    /// Sizes in the order a shop keeps them: letter sizes XS < S < M < L < XL < 2XL (XXL) < 3XL …,
    /// then one size (均码, F), then numbers (28 < 30 < 165/88A), then anything else by its text.
    static bool sizeLess(const QString &a, const QString &b);

    const QList<PickRow> &rows() const { return mRows; }
    int waybills() const { return mWaybills; }
    int pieces() const;

    /// Paints the pick list on A4 pages of `device` (a printer or a PDF), `deviceName` in messages.
    core::Status paint(QPagedPaintDevice &device, const QString &deviceName, const QDateTime &at = {}) const;
    core::Status writePdf(const QString &path, const QDateTime &at = {}) const;

private:
    QList<PickRow> mRows;
    int mWaybills = 0;
};

/// The packing slip (发货清单) that goes in a parcel for the buyer: one A5 page per waybill (an
/// order, or a parcel of merged or split orders) with the orders, the receiver and every line.
/// Printed in Chinese whatever the UI language.
class PackingSlips {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::PackingSlips)
public:
    /// `shopName` heads each slip.
    static core::Status paint(QPagedPaintDevice &device, const QList<ShipmentOrder> &batch, const QString &shopName,
        const QString &deviceName);
    static core::Status writePdf(const QString &path, const QList<ShipmentOrder> &batch, const QString &shopName);
};

} // namespace shopdesk::shipping
