#pragma once

// The inventory workbench in a window, as the app hosts it (every dock shown side by side), for
// the tests of its views.

#include "InventoryWorkbench.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/inventory/InventoryModule.h>

#include <QDockWidget>
#include <QMainWindow>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

struct InventoryBench {
    explicit InventoryBench(const core::PanelContext &context)
        : factory(inventory::makePanelFactory())
        , owned(factory->createWorkbench(context, &window))
        , wb(static_cast<inventory::InventoryWorkbench *>(owned.get()))
    {
        REQUIRE(wb);
        for (QDockWidget *d : wb->dockWidgets())
            window.addDockWidget(Qt::LeftDockWidgetArea, d);
    }
    /// As QObject::findChild<T>, over every dock (T a pointer type).
    template<typename T>
    T findChild(const QString &name) const
    {
        for (QDockWidget *d : wb->dockWidgets())
            if (T w = d->findChild<T>(name))
                return w;
        return nullptr;
    }
    void resize(int w, int h) { window.resize(w, h); }
    void show() { window.show(); }
    QUndoStack *undoStack() const { return wb->undoStack(); }
    QString title(const QString &viewId) const { return wb->dock(viewId)->windowTitle(); }
    void raise(const QString &viewId) const { wb->raiseView(viewId); }
    inventory::StockView *stock() const { return wb->stock(); }
    inventory::StocktakeView *stocktake() const { return wb->stocktake(); }
    inventory::MovementsView *movements() const { return wb->movements(); }
    inventory::ReceivingView *receiving() const { return wb->receiving(); }
    inventory::QualityView *quality() const { return wb->quality(); }
    void setToday(QDate day) const { wb->setToday(day); }

    QMainWindow window;
    std::unique_ptr<core::PanelFactory> factory;
    std::unique_ptr<core::Workbench> owned;
    inventory::InventoryWorkbench *wb;
};

} // namespace shopdesk::test
