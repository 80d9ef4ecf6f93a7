#pragma once

#include "shopdesk/service/AgentKpiService.h"
#include "shopdesk/service/BuyerListService.h"
#include "shopdesk/service/ReplyService.h"

#include <shopdesk/core/PanelContract.h>

namespace shopdesk::service {

class AgentKpiView;
class BuyerListsView;
class RepliesView;

/// The customer-service workbench (客服): the reply library bound to an order (docked first),
/// the buyer lists and the agents' KPIs, each in its own dock, over services made once here.
/// Ctrl+F finds a reply, Ctrl+L binds a buyer or order, Ctrl+S saves the edited reply, Delete
/// deletes the current one, Ctrl+I / Ctrl+E import and export what the focused dock shows (the
/// library, the agents' days / pay sheet), F5 reloads, Alt+1/2/3 go to the three docks.
class ServiceWorkbench : public core::Workbench {
    Q_OBJECT
public:
    ServiceWorkbench(const core::PanelContext &context, QWidget *window);

    RepliesView *replies() const { return mReplies; }
    BuyerListsView *buyerLists() const { return mLists; }
    AgentKpiView *agentKpi() const { return mKpi; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateActions();

    core::PanelContext mContext;
    ReplyService mReplyService;
    BuyerListService mListService;
    AgentKpiService mKpiService;
    RepliesView *mReplies;
    BuyerListsView *mLists;
    AgentKpiView *mKpi;
    QAction *mReload, *mFind, *mBind, *mSave, *mNew, *mDelete, *mImport, *mExport;
};

} // namespace shopdesk::service
