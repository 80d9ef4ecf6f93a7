#include "KpiWorkbench.h"

#include "CalendarView.h"
#include "CampaignsView.h"
#include "ChartsView.h"
#include "DailyView.h"
#include "HealthView.h"
#include "ProfitView.h"
#include "RepeatView.h"
#include "TargetsView.h"
#include "WhyView.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>

namespace shopdesk::kpi {

KpiWorkbench::KpiWorkbench(const core::PanelContext &context, QWidget *window)
    : core::Workbench(QStringLiteral("kpi"), window)
    , mService(context.db)
{
    const KpiViewContext views { mService, context.events, undoStack() };
    mDaily = new DailyView(views);
    mCampaigns = new CampaignsView(views);
    mCharts = new ChartsView(views);
    mWhy = new WhyView(views);
    mHealth = new HealthView(views);
    mTargets = new TargetsView(views);
    mCalendar = new CalendarView(views);
    mProfit = new ProfitView(views);
    // The campaigns follow the daily report's period; the calendar the targets' year.
    connect(mDaily, &DailyView::reportShown, mCampaigns, &CampaignsView::showReport);
    mCampaigns->showReport(mDaily->report());
    connect(mTargets, &TargetsView::yearChanged, mCalendar, &CalendarView::setYear);

    QDockWidget *dailyDock = addView(
        QStringLiteral("daily"), [] { return tr("Daily report"); }, mDaily);
    addView(
        QStringLiteral("campaigns"), [] { return tr("Campaigns (ROI)"); }, mCampaigns);
    addView(
        QStringLiteral("charts"), [] { return tr("Charts"); }, mCharts);
    addView(
        QStringLiteral("why"), [] { return tr("Why sales moved"); }, mWhy);
    addView(
        QStringLiteral("profit"), [] { return tr("Profit"); }, mProfit);
    addView(
        QStringLiteral("health"), [] { return tr("Health"); }, mHealth);
    addView(
        QStringLiteral("targets"), [] { return tr("Targets"); }, mTargets);
    QDockWidget *calendarDock = addView(
        QStringLiteral("calendar"), [] { return tr("Promotion calendar"); }, mCalendar);
    addView(
        QStringLiteral("repeat"), [] { return tr("Repeat buyers"); }, new RepeatView(views));

    mReload = newAction(QKeySequence(Qt::Key_F5), QStringLiteral("kpiReload"));
    connect(mReload, &QAction::triggered, this, [this] { reload(); });
    mImport = newAction(QKeySequence(Qt::CTRL | Qt::Key_I), QStringLiteral("kpiImport"));
    connect(mImport, &QAction::triggered, mDaily, &DailyView::askImport);
    mExport = newAction(QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("kpiExportSheet"));
    connect(mExport, &QAction::triggered, mDaily, &DailyView::askExport);
    mSaveDay = newAction(QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("kpiSaveDay"));
    connect(mSaveDay, &QAction::triggered, mDaily, [this] { mDaily->saveEnteredDay(); });
    mRemovePromotion = newAction(QKeySequence::Delete, QStringLiteral("kpiRemovePromotion"));
    connect(mRemovePromotion, &QAction::triggered, mCalendar, [this] { mCalendar->removeSelected(); });
    // Ctrl+Return saves the day where the form is; Delete removes a date where the dates are.
    actOnlyIn(mSaveDay, dailyDock);
    actOnlyIn(mRemovePromotion, calendarDock);
    retranslateUi();
    if (window)
        window->installEventFilter(this); // the window hears LanguageChange first
}

KpiWorkbench::~KpiWorkbench() = default;

QAction *KpiWorkbench::newAction(const QKeySequence &shortcut, const QString &name)
{
    auto *a = new QAction(this);
    a->setObjectName(name);
    a->setShortcut(shortcut);
    addAction(a);
    return a;
}

void KpiWorkbench::actOnlyIn(QAction *action, QDockWidget *dock)
{
    for (QDockWidget *d : dockWidgets())
        if (d != dock)
            d->removeAction(action);
}

bool KpiWorkbench::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return core::Workbench::eventFilter(watched, event);
}

void KpiWorkbench::retranslateUi()
{
    mReload->setText(tr("&Reload KPIs"));
    mReload->setIconText(tr("Reload")); // the toolbar's short name; the menu has the full one
    mImport->setText(tr("&Import daily export…"));
    mImport->setIconText(tr("Import"));
    mExport->setText(tr("E&xport appraisal sheet…"));
    mExport->setIconText(tr("Export"));
    mSaveDay->setText(tr("&Save the entered day"));
    mSaveDay->setIconText(tr("Save day"));
    mRemovePromotion->setText(tr("Remove the selected &promotion date"));
    mRemovePromotion->setIconText(tr("Remove date"));
}

} // namespace shopdesk::kpi
