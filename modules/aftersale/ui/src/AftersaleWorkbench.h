#pragma once

#include "shopdesk/aftersale/AftersaleService.h"

#include <shopdesk/core/PanelContract.h>

namespace shopdesk::aftersale {

class CasesView;
class RepliesView;
class ReportView;

/// The after-sale workbench (售后): the cases (docked first), the report and, for customer service,
/// the open cases with their replies — each in its own dock, with one undo stack.
class AftersaleWorkbench : public core::Workbench {
    Q_OBJECT
public:
    AftersaleWorkbench(const core::PanelContext &context, QWidget *window);

    CasesView *cases() const { return mCases; }
    ReportView *report() const { return mReport; }
    RepliesView *replies() const { return mReplies; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateActions();

    core::PanelContext mContext;
    AftersaleService mService;
    CasesView *mCases;
    ReportView *mReport;
    RepliesView *mReplies;
    QAction *mNew, *mReload, *mExport;
};

} // namespace shopdesk::aftersale
