#include "AftersaleWorkbench.h"

#include "CasesView.h"
#include "RepliesView.h"
#include "ReportView.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>

namespace shopdesk::aftersale {

namespace {
const QString kCases = QStringLiteral("cases");
const QString kReport = QStringLiteral("report");
const QString kReplies = QStringLiteral("replies");
} // namespace

AftersaleWorkbench::AftersaleWorkbench(const core::PanelContext &context, QWidget *window)
    : core::Workbench(QStringLiteral("aftersale"), window)
    , mContext(context)
    , mService(context.db)
{
    mCases = new CasesView(mContext, mService, undoStack());
    mReport = new ReportView(mContext, mService);
    mReplies = new RepliesView(mContext, mService);
    addView(
        kCases, [] { return tr("After-sale cases"); }, mCases);
    addView(
        kReport, [] { return tr("After-sale report"); }, mReport);
    addView(
        kReplies, [] { return tr("After-sale replies"); }, mReplies);
    connect(mCases, &CasesView::casesChanged, this, [this] {
        mReport->reload();
        mReplies->reload();
    });
    mNew = newAction(QStringLiteral("aftersaleNew"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] {
        raiseView(kCases);
        mCases->openDialog();
    });
    mReload = newAction(QStringLiteral("aftersaleReload"), QKeySequence::Refresh, [this] { reload(); });
    mExport = newAction(QStringLiteral("aftersaleExport"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        raiseView(kReport);
        mReport->exportDialog();
    });
    addGoToShortcuts(QStringLiteral("aftersaleGoTo"));
    retranslateActions();
    dock(kCases)->installEventFilter(this); // for LanguageChange
}

void AftersaleWorkbench::retranslateActions()
{
    mNew->setText(tr("&New after-sale case…"));
    mNew->setIconText(tr("New case")); // the toolbar's short name; the menu has the full one
    mReload->setText(tr("&Reload"));
    mReload->setIconText(tr("Reload"));
    mExport->setText(tr("&Export the after-sale report…"));
    mExport->setIconText(tr("Export"));
}

bool AftersaleWorkbench::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateActions();
    return core::Workbench::eventFilter(watched, event);
}

} // namespace shopdesk::aftersale
