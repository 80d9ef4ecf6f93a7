#include "ServiceWorkbench.h"

#include "AgentKpiView.h"
#include "BuyerListsView.h"
#include "RepliesView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QShortcut>

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

    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic topic) {
        using core::Topic;
        if (topic == Topic::Orders || topic == Topic::Stock || topic == Topic::Replies || topic == Topic::Everything)
            mLists->reload();
        if (topic == Topic::Kpi || topic == Topic::Everything)
            mKpi->reload();
    });

    mReload = newAction(QStringLiteral("serviceReload"), QKeySequence::Refresh, [this] { reload(); });
    mFind = newAction(QStringLiteral("serviceFind"), QKeySequence::Find, [this] {
        raise(kReplies);
        mReplies->focusSearch();
    });
    mBind = newAction(QStringLiteral("serviceBind"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        raise(kReplies);
        mReplies->focusBind();
    });
    mNew = newAction(QStringLiteral("serviceNewReply"), {}, [this] {
        raise(kReplies);
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
    // Ctrl+1, Ctrl+2 … bring a dock to the front from any of them (shortcuts, not actions: the
    // window's Docks menu lists the docks already, and the toolbar stays short).
    const QStringList views = { kReplies, kLists, kKpi };
    for (QDockWidget *d : dockWidgets())
        for (int i = 0; i < views.size(); ++i) {
            auto *goTo = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), d);
            goTo->setObjectName(QStringLiteral("serviceGoTo.") + views.at(i));
            goTo->setContext(Qt::WidgetWithChildrenShortcut);
            connect(goTo, &QShortcut::activated, this, [this, id = views.at(i)] { raise(id); });
        }
    retranslateActions();
    dock(kReplies)->installEventFilter(this); // for LanguageChange
}

QAction *ServiceWorkbench::newAction(
    const QString &objectName, const QKeySequence &shortcut, std::function<void()> slot)
{
    auto *a = new QAction(this);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    connect(a, &QAction::triggered, this, std::move(slot));
    addAction(a);
    return a;
}

void ServiceWorkbench::retranslateActions()
{
    mReload->setText(tr("&Reload"));
    mFind->setText(tr("&Find a reply"));
    mBind->setText(tr("&Bind a buyer or order"));
    mNew->setText(tr("&New reply"));
    mSave->setText(tr("&Save the reply"));
    mDelete->setText(tr("&Delete the reply"));
    mImport->setText(tr("&Import…"));
    mImport->setToolTip(tr("Imports replies, or in the KPI dock the agents' days, from a CSV file"));
    mExport->setText(tr("&Export…"));
    mExport->setToolTip(tr("Exports the replies, or in the KPI dock the pay sheet"));
}

bool ServiceWorkbench::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateActions();
    return core::Workbench::eventFilter(watched, event);
}

void ServiceWorkbench::raise(const QString &viewId)
{
    QDockWidget *d = dock(viewId);
    d->show();
    d->raise();
    view(viewId)->setFocus();
}

QString ServiceWorkbench::focusedView() const
{
    QWidget *focus = QApplication::focusWidget();
    for (const QString &id : { kReplies, kLists, kKpi })
        if (focus && dock(id)->isAncestorOf(focus))
            return id;
    return {};
}

} // namespace shopdesk::service
