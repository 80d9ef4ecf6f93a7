#pragma once

#include "shopdesk/buyers/BuyersService.h"

#include <shopdesk/core/PanelContract.h>

#include <QDate>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QUndoStack;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::buyers {

/// The member tiers (会员等级): the store's thresholds (editable, undoable), what each tier
/// entitles and how many buyers it has, and the repeat buyers (回头客) and 回头率 per month.
class MembersView : public core::View {
    Q_OBJECT
public:
    MembersView(
        const core::PanelContext &context, BuyersService &service, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload() override;
    /// Re-reads now when shown, else when next shown.
    void reloadWhenShown();
    void setToday(QDate day);
    /// Stores the thresholds typed in the form, as one undoable step.
    bool applyThresholds();
    core::RecordTableModel *tiers() const { return mTiers; }
    core::RecordTableModel *months() const { return mMonths; }

Q_SIGNALS:
    void thresholdsChanged();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    core::PanelContext mContext;
    BuyersService &mService;
    QUndoStack *mUndoStack;
    QDate mToday;
    bool mStale = false;
    QLabel *mIntro;
    QLabel *mCareLabel, *mDiscountLabel, *mGiftLabel;
    QDoubleSpinBox *mCare, *mDiscount, *mGift;
    QPushButton *mApply;
    QLabel *mRepeatTitle;
    core::RecordTableModel *mTiers;
    core::RecordTableModel *mMonths;
};

} // namespace shopdesk::buyers
