#pragma once

#include "ViewContext.h"
#include "shopdesk/shipping/PackingStation.h"

#include <shopdesk/core/PanelContract.h>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace shopdesk::shipping {

/// The packing station (三查), a dock of its own: one scan field, with the weight and the packer
/// beside it, that keeps the focus within the station (it takes it back from anything in the
/// station's dock that is not an input, never from another dock or window, so the scanner's keys
/// land in it while other views stay usable). What a scan, Esc or the flag override does is
/// PackingStation's (the model): this widget hands it the keys and shows what comes back — the
/// banner right under the scan field, and a line that always says what the next Enter does.
/// Nothing here opens a modal box, so no scan is lost to a dialog.
class ScanStation : public core::View {
    Q_OBJECT
public:
    explicit ScanStation(const ViewContext &context, QWidget *parent = nullptr);

    QLineEdit *scanField() const { return mScan; }
    const ScanCheck &check() const { return mStation.check(); }
    const PackingStation &station() const { return mStation; }
    /// Shows the order being checked again.
    void reload() override { refresh(); }
    /// The packer's name, kept for the next day.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

protected:
    void retranslateUi() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onScan();
    void confirm();
    void overrideFlag();
    void present(const PackingStation::Outcome &outcome);
    void refresh();
    void setStatus(const QString &text, PackingStation::Tone tone);
    /// Whether the scan field takes the focus back from `focus`: a widget of the station's dock
    /// that is not an input, never one of another dock or window.
    bool takesFocusBackFrom(const QWidget *focus) const;

    ViewContext mContext;
    PackingStation mStation;
    QLabel *mHint, *mOrderLabel, *mRecipient, *mStatus, *mNext, *mFlag, *mWeightLabel, *mPackerLabel;
    QLineEdit *mScan, *mWeight, *mPacker;
    QTableWidget *mLines;
    QPushButton *mConfirm, *mOverride;
};

} // namespace shopdesk::shipping
