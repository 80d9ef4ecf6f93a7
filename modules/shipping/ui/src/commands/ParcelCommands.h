#pragma once

#include "shopdesk/shipping/ParcelService.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

namespace shopdesk::shipping {

/// Merges a buyer's queued orders into one parcel (ParcelService::merge); undo, before its waybill
/// is printed, lets them leave one by one again.
class MergeOrdersCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::MergeOrdersCommand)
public:
    MergeOrdersCommand(const core::Database &db, core::ShopEvents &events, QStringList orderNos, QString actor);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    ParcelService mService;
    QStringList mOrderNos;
    QString mActor;
    qint64 mParcelId = 0;
};

/// Splits a queued order: the picked lines leave in a parcel of their own (ParcelService::split);
/// undo, before a waybill is printed, puts the order back in one parcel.
class SplitOrderCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::SplitOrderCommand)
public:
    SplitOrderCommand(
        const core::Database &db, core::ShopEvents &events, QString orderNo, QList<LinePick> picks, QString actor);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    ParcelService mService;
    QString mOrderNo;
    QList<LinePick> mPicks;
    QString mActor;
};

} // namespace shopdesk::shipping
