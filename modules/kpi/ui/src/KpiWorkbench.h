#pragma once

#include "shopdesk/kpi/KpiService.h"

#include <shopdesk/core/PanelContract.h>

#include <QCoreApplication>

class QAction;
class QDockWidget;

namespace shopdesk::kpi {

class CalendarView;
class CampaignsView;
class ChartsView;
class DailyView;
class HealthView;
class ProfitView;
class TargetsView;
class WhyView;

/// The KPI workbench (数据报表): the daily report (its main view), campaigns, charts, why sales
/// moved, health, targets and the promotion calendar, each in a dock of its own, over one
/// KpiService and one undo stack.
class KpiWorkbench final : public core::Workbench {
    Q_OBJECT
public:
    KpiWorkbench(const core::PanelContext &context, QWidget *window);
    ~KpiWorkbench() override;

    DailyView *daily() const { return mDaily; }
    CampaignsView *campaigns() const { return mCampaigns; }
    ChartsView *charts() const { return mCharts; }
    WhyView *why() const { return mWhy; }
    HealthView *health() const { return mHealth; }
    TargetsView *targets() const { return mTargets; }
    CalendarView *calendar() const { return mCalendar; }
    ProfitView *profit() const { return mProfit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *newAction(const QKeySequence &shortcut, const QString &name);
    /// The action's shortcut works in `dock` only (the menu still offers it).
    void actOnlyIn(QAction *action, QDockWidget *dock);
    void retranslateUi();

    /// Handed to the views and commands by reference; none calls it while the workbench goes.
    KpiService mService;
    DailyView *mDaily;
    CampaignsView *mCampaigns;
    ChartsView *mCharts;
    WhyView *mWhy;
    HealthView *mHealth;
    TargetsView *mTargets;
    CalendarView *mCalendar;
    ProfitView *mProfit;
    QAction *mReload, *mImport, *mExport, *mSaveDay, *mRemovePromotion;
};

} // namespace shopdesk::kpi
