#include "BuyersWorkbench.h"

#include "BuyersView.h"
#include "MembersView.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>

namespace shopdesk::buyers {

namespace {
const QString kBuyers = QStringLiteral("buyers");
const QString kMembers = QStringLiteral("members");
} // namespace

BuyersWorkbench::BuyersWorkbench(const core::PanelContext &context, QWidget *window)
    : core::Workbench(QStringLiteral("buyers"), window)
    , mContext(context)
    , mService(context.db)
{
    mBuyers = new BuyersView(mContext, mService, undoStack());
    mMembers = new MembersView(mContext, mService, undoStack());
    addView(
        kBuyers, [] { return tr("Buyers"); }, mBuyers);
    addView(
        kMembers, [] { return tr("Member tiers"); }, mMembers);
    // New thresholds: every buyer's tier in the list follows.
    connect(mMembers, &MembersView::thresholdsChanged, mBuyers, &BuyersView::reloadWhenShown);
    // Orders imported or changed elsewhere: spend, tiers and repeat buyers follow (a hidden dock
    // when it is next shown: a parcel scanned at the packing table must not wait for 200,000 buyers).
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Orders || topic == core::Topic::Everything) {
            mBuyers->reloadWhenShown();
            mMembers->reloadWhenShown();
        }
    });

    mReload = newAction(QStringLiteral("buyersReload"), QKeySequence::Refresh, [this] { reload(); });
    mFind = newAction(QStringLiteral("buyersFind"), QKeySequence::Find, [this] {
        raiseView(kBuyers);
        mBuyers->focusSearch();
    });
    mExport = newAction(QStringLiteral("buyersExport"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        raiseView(kBuyers);
        mBuyers->exportDialog();
    });
    addGoToShortcuts(QStringLiteral("buyersGoTo"));
    retranslateActions();
    dock(kBuyers)->installEventFilter(this); // for LanguageChange
}

void BuyersWorkbench::retranslateActions()
{
    mReload->setText(tr("&Reload"));
    mReload->setIconText(tr("Reload")); // the toolbar's short name; the menu has the full one
    mFind->setText(tr("&Find a buyer"));
    mFind->setIconText(tr("Find"));
    mExport->setText(tr("&Export the buyers shown…"));
    mExport->setIconText(tr("Export"));
}

bool BuyersWorkbench::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateActions();
    return core::Workbench::eventFilter(watched, event);
}

void BuyersWorkbench::setToday(QDate day)
{
    mBuyers->setToday(day);
    mMembers->setToday(day);
}

} // namespace shopdesk::buyers
