#pragma once

#include "ViewContext.h"
#include "shopdesk/shipping/ScanCheck.h"

#include <shopdesk/core/PanelContract.h>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace shopdesk::shipping {

/// The packing station (三查), a dock of its own: one scan field that keeps the focus within the
/// station (it takes it back from anything in the station's dock that is not an input, never from
/// another dock or window, so the scanner's keys land in it while other views stay usable). Scan
/// the waybill → the order and its lines; scan each item → its line ticked; a wrong item or an
/// excess turns the status red and blocks until Esc; when all is ticked, Enter on the empty field
/// (or the button) ships the order: status, courier, tracking number and the stock booked out in
/// one transaction. Nothing here opens a modal box: every outcome shows in the status line, so no
/// scan is lost to a dialog.
class ScanStation : public core::View {
    Q_OBJECT
public:
    explicit ScanStation(const ViewContext &context, QWidget *parent = nullptr);

    QLineEdit *scanField() const { return mScan; }
    const ScanCheck &check() const { return mCheck; }
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
    /// Loads the open parcel of this waybill or order, if it leaves in one (merged or split).
    bool loadParcelOf(const QString &code);
    void refresh();
    void setStatus(const QString &text, bool loud, bool good = false);
    /// Whether the scan field takes the focus back from `focus`: a widget of the station's dock
    /// that is not an input, never one of another dock or window.
    bool takesFocusBackFrom(const QWidget *focus) const;

    ViewContext mContext;
    ScanCheck mCheck;
    QLabel *mHint, *mOrderLabel, *mRecipient, *mStatus, *mWeightLabel, *mPackerLabel;
    QLineEdit *mScan, *mWeight, *mPacker;
    QTableWidget *mLines;
    QPushButton *mConfirm;
};

} // namespace shopdesk::shipping
