#include "ServiceWorkbench.h"

#include "AgentKpiView.h"
#include "BuyerListsView.h"
#include "RepliesView.h"
#include "RevisitView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>

namespace shopdesk::service {

namespace {
const QString kReplies = QStringLiteral("replies");
const QString kLists = QStringLiteral("lists");
const QString kKpi = QStringLiteral("kpi");
} // namespace

ServiceWorkbench::ServiceWorkbench(const core::PanelContext &context, QWidget *window)
    : core::Workbench(QStringLiteral("service"), window)
    , mContext(context)
    , mReplyService(context.db)
    , mListService(context.db)
    , mKpiService(context.db)
{
    mReplies = new RepliesView(mContext, mReplyService, undoStack());
    mLists = new BuyerListsView(mContext, mListService, undoStack());
    mKpi = new AgentKpiView(mContext, mKpiService, undoStack());
    addView(
        kReplies, [] { return tr("Quick replies"); }, mReplies);
    addView(
        kLists, [] { return tr("Buyer lists"); }, mLists);
    addView(
        kKpi, [] { return tr("Agent KPIs and pay"); }, mKpi);
    auto *revisits = new RevisitView(mContext);
    addView(
        QStringLiteral("revisits"), [] { return tr("Revisits"); }, revisits);

    connect(&mContext.events, &core::ShopEvents::changed, this, [this, revisits](core::Topic topic) {
        using core::Topic;
        if (topic == Topic::Orders || topic == Topic::Stock || topic == Topic::Replies || topic == Topic::Everything)
            mLists->reload();
        if (topic == Topic::Orders || topic == Topic::Replies || topic == Topic::Everything)
            revisits->reload();
        if (topic == Topic::Kpi || topic == Topic::Everything)
            mKpi->reload();
    });

    mReload = newAction(QStringLiteral("serviceReload"), QKeySequence::Refresh, [this] { reload(); });
    mFind = newAction(QStringLiteral("serviceFind"), QKeySequence::Find, [this] {
        raiseView(kReplies);
        mReplies->focusSearch();
    });
    mBind = newAction(QStringLiteral("serviceBind"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        raiseView(kReplies);
        mReplies->focusBind();
    });
    mNew = newAction(QStringLiteral("serviceNewReply"), {}, [this] {
        raiseView(kReplies);
        mReplies->newReply();
    });
    mSave = newAction(QStringLiteral("serviceSaveReply"), QKeySequence::Save, [this] { mReplies->saveEditor(); });
    mDelete = newAction(QStringLiteral("serviceDeleteReply"), QKeySequence::Delete, [this] {
        if (focusedView() == kReplies) // Delete in the buyer lists or KPIs must not delete a reply
            mReplies->deleteCurrent();
    });
    mImport = newAction(QStringLiteral("serviceImport"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
        if (focusedView() == kKpi)
            mKpi->importCsv();
        else
            mReplies->importLibrary();
    });
    mExport = newAction(QStringLiteral("serviceExport"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        if (focusedView() == kKpi)
            mKpi->exportDialog();
        else
            mReplies->exportLibrary();
    });
    addGoToShortcuts(QStringLiteral("serviceGoTo")); // Alt+1, Alt+2 … in the order of the docks
    retranslateActions();
    dock(kReplies)->installEventFilter(this); // for LanguageChange
}

void ServiceWorkbench::retranslateActions()
{
    mReload->setText(tr("&Reload"));
    mReload->setIconText(tr("Reload")); // the toolbar's short name; the menu has the full one
    mFind->setText(tr("&Find a reply"));
    mFind->setIconText(tr("Find"));
    mBind->setText(tr("&Bind a buyer or order"));
    mBind->setIconText(tr("Bind"));
    mNew->setText(tr("&New reply"));
    mNew->setIconText(tr("New"));
    mSave->setText(tr("&Save the reply"));
    mSave->setIconText(tr("Save"));
    mDelete->setText(tr("&Delete the reply"));
    mDelete->setIconText(tr("Delete"));
    mImport->setText(tr("&Import…"));
    mImport->setIconText(tr("Import"));
    mImport->setToolTip(tr("Imports replies, or in the KPI dock the agents' days, from a CSV file"));
    mExport->setText(tr("&Export…"));
    mExport->setIconText(tr("Export"));
    mExport->setToolTip(tr("Exports the replies, or in the KPI dock the pay sheet"));
}

bool ServiceWorkbench::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateActions();
    return core::Workbench::eventFilter(watched, event);
}

} // namespace shopdesk::service
