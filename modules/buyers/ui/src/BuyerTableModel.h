#pragma once

#include "shopdesk/buyers/BuyersService.h"

#include <shopdesk/core/Members.h>
#include <shopdesk/core/WindowedTable.h>

namespace shopdesk::buyers {

/// The buyer list a window of rows at a time (200 buyers of the shop's 200,000): the count and
/// the rows come from the service (an aggregate and keyset windows over the buyer summary's
/// indexes), sorting asks it again in the column's order. Texts are made when a cell is shown.
class BuyerTableModel : public core::WindowedTableModel {
    Q_OBJECT
public:
    /// The columns, in the order of BuyersRepository's values.
    enum Column { Nick, Name, Phone, Tier, Spend, Orders, Returns, FirstOrder, LastOrder, Loyal, ColumnCount };

    explicit BuyerTableModel(QObject *parent = nullptr, int windowSize = 200);

    /// The buyers matching `filter`, `total` of them (the caller's aggregate), read from `service`.
    void setFilter(const BuyersService &service, const BuyerFilter &filter, qint64 total,
        const core::MemberThresholds &thresholds);
    void setMaskPhones(bool mask);
    /// The buyer of a row held, or nullopt.
    std::optional<BuyerRow> buyerAt(int row) const;
    /// The row held of the buyer with this member name, or -1.
    int rowOf(const QString &nick) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    core::MemberTier tierOf(qint64 spendFen) const;

    core::MemberThresholds mThresholds;
    bool mMask = true;
};

} // namespace shopdesk::buyers
