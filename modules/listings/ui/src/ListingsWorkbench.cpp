#include "ListingsWorkbench.h"

#include "AdviceView.h"
#include "ItemsView.h"
#include "ListingsService.h"
#include "ParetoView.h"
#include "RelistView.h"
#include "TitlesView.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>

namespace shopdesk::listings {

ListingsWorkbench::ListingsWorkbench(const core::PanelContext &context, QWidget *window)
    : core::Workbench(QStringLiteral("listings"), window)
    , mService(new ListingsService(context.db))
{
    // The views hold the service by reference and go with their docks, which the base class
    // deletes after this class's members: the service goes last, when the QObject part ends.
    connect(this, &QObject::destroyed, [service = mService] { delete service; });
    const ViewContext views { *mService, context.events, undoStack() };
    mItems = new ItemsView(views);
    mTitles = new TitlesView(views);
    mRelist = new RelistView(views);
    mAdvice = new AdviceView(views);
    mPareto = new ParetoView(views);
    addView(
        QStringLiteral("items"), [] { return tr("Listings"); }, mItems);
    addView(
        QStringLiteral("titles"), [] { return tr("Title check"); }, mTitles);
    addView(
        QStringLiteral("relist"), [] { return tr("Relist plan"); }, mRelist);
    addView(
        QStringLiteral("advice"), [] { return tr("Advice"); }, mAdvice);
    addView(
        QStringLiteral("pareto"), [] { return tr("Pareto (80/20)"); }, mPareto);

    for (QAction *a : mItems->itemActions())
        addAction(a);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    addAction(separator);
    mReload = new QAction(this);
    mReload->setObjectName(QStringLiteral("listings.reload"));
    mReload->setShortcut(QKeySequence::Refresh);
    connect(mReload, &QAction::triggered, this, &ListingsWorkbench::reload);
    addAction(mReload);
    mFind = new QAction(this);
    mFind->setObjectName(QStringLiteral("listings.find"));
    mFind->setShortcut(QKeySequence::Find);
    connect(mFind, &QAction::triggered, this, &ListingsWorkbench::focusSearch);
    addAction(mFind);
    // The workbench is no widget: it hears the language change through its main view.
    mItems->installEventFilter(this);
    retranslate();
}

ListingsWorkbench::~ListingsWorkbench() = default;

void ListingsWorkbench::retranslate()
{
    mReload->setText(tr("&Reload"));
    mReload->setIconText(tr("Reload"));
    mReload->setToolTip(tr("Reads the items and reports from the shop file again"));
    mFind->setText(tr("&Find item…"));
    mFind->setIconText(tr("Find"));
    mFind->setToolTip(tr("Search by item code, title words or a scanned barcode"));
}

bool ListingsWorkbench::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mItems && event->type() == QEvent::LanguageChange)
        retranslate();
    return core::Workbench::eventFilter(watched, event);
}

void ListingsWorkbench::focusSearch()
{
    if (QDockWidget *d = dock(QStringLiteral("items"))) {
        d->show();
        d->raise();
    }
    mItems->focusSearch();
}

void ListingsWorkbench::setNow(const QDateTime &now)
{
    mPareto->setPeriodEndingOn(now.date());
    for (ReportView *v : { static_cast<ReportView *>(mTitles), static_cast<ReportView *>(mRelist),
             static_cast<ReportView *>(mAdvice), static_cast<ReportView *>(mPareto) })
        v->setNow(now);
}

} // namespace shopdesk::listings
