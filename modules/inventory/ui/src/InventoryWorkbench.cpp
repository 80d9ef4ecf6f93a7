#include "InventoryWorkbench.h"

#include "MovementsView.h"
#include "QualityView.h"
#include "ReceivingView.h"
#include "StockView.h"
#include "StocktakeView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLineEdit>
#include <QShortcut>

namespace shopdesk::inventory {

namespace {
const QString kStock = QStringLiteral("stock");
const QString kReceiving = QStringLiteral("receiving");
const QString kStocktake = QStringLiteral("stocktake");
const QString kMovements = QStringLiteral("movements");
const QString kQuality = QStringLiteral("quality");
} // namespace

InventoryWorkbench::InventoryWorkbench(const core::PanelContext &context, QWidget *window)
    : core::Workbench(QStringLiteral("inventory"), window)
    , mContext(context)
    , mStockService(context.db)
    , mStocktakeService(context.db)
{
    mStock = new StockView(mContext, mStockService);
    mReceiving = new ReceivingView(mContext, undoStack());
    mStocktake = new StocktakeView(mContext, mStocktakeService, undoStack());
    mMovements = new MovementsView(mContext, mStockService, undoStack());
    mQuality = new QualityView(mContext, undoStack());
    addView(
        kStock, [] { return tr("Stock"); }, mStock);
    addView(
        kReceiving, [] { return tr("Receiving"); }, mReceiving);
    addView(
        kStocktake, [] { return tr("Stock-take"); }, mStocktake);
    addView(
        kMovements, [] { return tr("Movements"); }, mMovements);
    addView(
        kQuality, [] { return tr("Quality and returns"); }, mQuality);

    // A double-click on a SKU: its movement history.
    connect(mStock, &StockView::skuActivated, this, [this](const QString &barcode) {
        mMovements->showSku(barcode);
        raise(kMovements);
    });
    // Whoever changed stock, the others show it.
    connect(mStocktake, &StocktakeView::stockChanged, this, [this] {
        mStock->reload();
        mMovements->reload();
    });
    auto restock = [this] {
        mStock->reload();
        mMovements->reload();
        mStocktake->reload();
    };
    connect(mQuality, &QualityView::stockChanged, this, restock);
    connect(mReceiving, &ReceivingView::stockChanged, this, restock);
    // Stock changed elsewhere (shipping booked out, a receiving in the CLI): every view re-reads it
    // (the stock view listens itself).
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Stock || topic == core::Topic::Items || topic == core::Topic::Everything)
            for (core::View *v : { static_cast<core::View *>(mReceiving), static_cast<core::View *>(mStocktake),
                     static_cast<core::View *>(mMovements), static_cast<core::View *>(mQuality) })
                v->reload();
    });
    connect(mMovements, &MovementsView::stockChanged, this, [this] {
        mStock->reload();
        mStocktake->reload();
    });

    mReload = newAction(QStringLiteral("inventoryReload"), QKeySequence::Refresh, [this] { reload(); });
    mFind = newAction(QStringLiteral("inventoryFind"), QKeySequence::Find, [this] {
        if (focusedView() == kMovements) {
            mMovements->focusSku();
            return;
        }
        raise(kStock);
        mStock->focusSearch();
    });
    mImport = newAction(QStringLiteral("inventoryImportCounts"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
        raise(kStocktake);
        mStocktake->importCountsDialog();
    });
    mExport = newAction(QStringLiteral("inventoryExportReport"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        raise(kStocktake);
        mStocktake->exportReportDialog(QStringLiteral("xlsx"));
    });
    mPrint = newAction(QStringLiteral("inventoryPrintReport"), QKeySequence::Print, [this] {
        raise(kStocktake);
        mStocktake->exportReportDialog(QStringLiteral("pdf"));
    });
    // Ctrl+1, Ctrl+2 … bring a dock to the front from any of them (shortcuts, not actions: the
    // window's Docks menu lists the docks already, and the toolbar stays short).
    const QStringList views = { kStock, kReceiving, kStocktake, kMovements, kQuality };
    for (QDockWidget *d : dockWidgets())
        for (int i = 0; i < views.size(); ++i) {
            auto *goTo = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), d);
            goTo->setObjectName(QStringLiteral("inventoryGoTo.") + views.at(i));
            goTo->setContext(Qt::WidgetWithChildrenShortcut);
            connect(goTo, &QShortcut::activated, this, [this, id = views.at(i)] { raise(id); });
        }
    retranslateActions();
    dock(kStock)->installEventFilter(this); // for LanguageChange
}

QAction *InventoryWorkbench::newAction(
    const QString &objectName, const QKeySequence &shortcut, std::function<void()> slot)
{
    auto *a = new QAction(this);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    connect(a, &QAction::triggered, this, std::move(slot));
    addAction(a);
    return a;
}

void InventoryWorkbench::retranslateActions()
{
    mReload->setText(tr("&Reload"));
    mFind->setText(tr("&Find a SKU"));
    mImport->setText(tr("&Import counts…"));
    mExport->setText(tr("&Export the stock-take report…"));
    mPrint->setText(tr("&Print the stock-take report…"));
}

bool InventoryWorkbench::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateActions();
    return core::Workbench::eventFilter(watched, event);
}

void InventoryWorkbench::setToday(QDate day)
{
    mStock->setToday(day);
    mStocktake->setToday(day);
}

void InventoryWorkbench::raise(const QString &viewId)
{
    QDockWidget *d = dock(viewId);
    d->show();
    d->raise();
    view(viewId)->setFocus(Qt::OtherFocusReason);
}

QString InventoryWorkbench::focusedView() const
{
    QWidget *focus = QApplication::focusWidget();
    for (const QString &id : { kStock, kReceiving, kStocktake, kMovements, kQuality })
        if (focus && dock(id)->isAncestorOf(focus))
            return id;
    return {};
}

} // namespace shopdesk::inventory
