#pragma once

#include "shopdesk/shipping/ScanCheck.h"

#include <shopdesk/core/PanelContract.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace shopdesk::shipping {

/// The packing station (三查): one scan field that keeps the focus within the station (it takes it
/// back from anything in the shipping panel that is not an input, never from another dock or window,
/// so the scanner's keys land in it while other workbenches stay usable). Scan the waybill → the
/// order and its lines; scan each item → its line ticked; a wrong item or an excess turns the
/// status red and blocks until Esc; when all is ticked, Enter on the empty field (or the button)
/// ships the order: status, courier, tracking number and the stock booked out in one transaction.
class ScanStation : public QWidget {
    Q_OBJECT
public:
    ScanStation(const core::PanelContext &context, QWidget *parent = nullptr);

    QLineEdit *scanField() const { return mScan; }
    const ScanCheck &check() const { return mCheck; }
    void retranslateUi();

Q_SIGNALS:
    void shipped(const QString &orderNo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onScan();
    void confirm();
    void refresh();
    void setStatus(const QString &text, bool loud, bool good = false);
    /// Whether the scan field takes the focus back from `focus`: a widget of the station or its
    /// panel that is not an input, never one of another dock or window.
    bool takesFocusBackFrom(const QWidget *focus) const;

    const core::PanelContext &mContext;
    ScanCheck mCheck;
    QLabel *mHint, *mOrderLabel, *mRecipient, *mStatus, *mWeightLabel, *mPackerLabel;
    QLineEdit *mScan, *mWeight, *mPacker;
    QTableWidget *mLines;
    QPushButton *mConfirm;
};

} // namespace shopdesk::shipping
