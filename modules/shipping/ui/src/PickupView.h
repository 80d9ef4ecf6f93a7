#pragma once

#include "ViewContext.h"

#include <shopdesk/core/PanelContract.h>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace shopdesk::shipping {

/// The courier's pickup (揽收): the day's shipped orders of a courier against the stubs (底单)
/// scanned as they are handed over: missing and extra parcels in red; the handover sheet for the
/// courier to sign.
class PickupView : public core::View {
    Q_OBJECT
public:
    explicit PickupView(const ViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    void handoverSheet();

protected:
    void retranslateUi() override;

private:
    void scanStub();

    ViewContext mContext;
    QComboBox *mCourier;
    QDateEdit *mDay;
    QLineEdit *mStubScan;
    QListWidget *mExpected, *mScanned, *mMissing, *mExtra;
    QLabel *mExpectedLabel, *mScannedLabel, *mMissingLabel, *mExtraLabel, *mCourierLabel, *mDayLabel;
    QPushButton *mHandover;
};

} // namespace shopdesk::shipping
