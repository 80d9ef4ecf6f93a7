#pragma once

#include "ViewContext.h"

#include <QObject>

#include <functional>

class QToolButton;
class QUndoCommand;
class QWidget;

namespace shopdesk::shipping {

/// The dispatch queue's parcel button (包裹): merge the selected orders of one buyer into one
/// parcel, split the selected order into parcels, put them back, and print the pick list (拣货单)
/// and the packing slips (发货清单) of the selected waybills. Each edit is an undoable command calling ParcelService.
class ParcelActions : public QObject {
    Q_OBJECT
public:
    using Selected = std::function<QList<ShipmentOrder>()>;
    using Push = std::function<bool(QUndoCommand *)>;
    ParcelActions(const ViewContext &context, QWidget *parent, Selected selected, Push push);

    QToolButton *button() const { return mButton; }
    void retranslateUi();

    void mergeSelected();
    void splitSelected();
    void undoSelected();
    void printPickList();
    void printPackingSlips();

private:
    ViewContext mContext;
    QWidget *mParent;
    Selected mSelected;
    Push mPush;
    QToolButton *mButton;
};

} // namespace shopdesk::shipping
