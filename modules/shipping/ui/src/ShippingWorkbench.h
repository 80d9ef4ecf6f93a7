#pragma once

#include "ViewContext.h"

#include <shopdesk/core/PanelContract.h>

#include <QDate>

#include <memory>
#include <optional>

class QAction;

namespace shopdesk::shipping {

class ClaimsView;
class CourierRulesView;
class FreightView;
class MappingsView;
class PickupView;
class PrintView;
class QueueView;
class ScanStation;

/// The shipping workbench (发货) for the open shop: the dispatch queue ("queue"), printing the
/// waybills ("print"), the 三查 scan station ("scan"), the courier's pickup ("pickup"), claims
/// ("claims"), the courier rules ("couriers") and the mappings of platform lines to SKUs
/// ("mappings") and the shop's own freight data ("freight"), each in its own dock, over one ShippingDesk and
/// one undo stack.
class ShippingWorkbench : public core::Workbench {
    Q_OBJECT
public:
    ShippingWorkbench(const core::PanelContext &context, QWidget *window);
    ~ShippingWorkbench() override;

    ShippingDesk &desk() { return *mDesk; }
    QueueView *queue() const { return mQueue; }
    PrintView *printing() const { return mPrint; }
    ScanStation *station() const { return mStation; }
    PickupView *pickup() const { return mPickup; }
    ClaimsView *claims() const { return mClaims; }
    CourierRulesView *courierRules() const { return mRules; }
    MappingsView *mappings() const { return mMappings; }
    FreightView *freight() const { return mFreight; }

    /// Brings the scan station's dock to the front with the focus in its scan field.
    void showStation();
    /// Asks which shipped orders (not exported yet, or of a day) and where, then writes the
    /// platform's bulk-shipping file; the queue shows what was written.
    void exportShipped();
    /// Writes the bulk-shipping file without asking; false (reported) when it could not be written.
    bool exportShippedTo(const QString &path, std::optional<QDate> day);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    QWidget *mWindow;
    std::unique_ptr<ShippingDesk> mDesk;
    QueueView *mQueue;
    PrintView *mPrint;
    ScanStation *mStation;
    PickupView *mPickup;
    ClaimsView *mClaims;
    CourierRulesView *mRules;
    MappingsView *mMappings;
    FreightView *mFreight;
    QAction *mReload, *mImport, *mTrackingList, *mPrintAction, *mPreview, *mPdf, *mScan, *mBill, *mHandover, *mClaim,
        *mExportShipped;
    core::ShopEvents &mEvents;
    QString mActor;
};

} // namespace shopdesk::shipping
