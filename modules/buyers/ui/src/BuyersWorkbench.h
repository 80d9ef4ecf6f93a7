#pragma once

#include "shopdesk/buyers/BuyersService.h"

#include <shopdesk/core/PanelContract.h>

#include <QDate>

namespace shopdesk::buyers {

class BuyersView;
class MembersView;

/// The buyers workbench (买家 / 会员): the buyer list with each buyer's page (docked first) and the
/// member tiers with repeat buyers per month, each in its own dock, with one undo stack.
class BuyersWorkbench : public core::Workbench {
    Q_OBJECT
public:
    BuyersWorkbench(const core::PanelContext &context, QWidget *window);

    BuyersView *buyers() const { return mBuyers; }
    MembersView *members() const { return mMembers; }
    /// The day "not bought for N days" and the repeat months count from (today unless a test says otherwise).
    void setToday(QDate day);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateActions();

    core::PanelContext mContext;
    BuyersService mService;
    BuyersView *mBuyers;
    MembersView *mMembers;
    QAction *mReload, *mFind, *mExport;
};

} // namespace shopdesk::buyers
