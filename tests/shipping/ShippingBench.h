#pragma once

// The shipping workbench in a main window of its own, its docks arranged as the app's window
// arranges a workbench's docks: tabified behind the first (the dispatch queue).

#include "ShippingWorkbench.h"

#include <shopdesk/core/PanelContract.h>

#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QTest>

#include <memory>

namespace shopdesk::test {

struct ShippingBench {
    core::ShopEvents events;
    core::PanelContext context;
    QMainWindow window;
    std::unique_ptr<shipping::ShippingWorkbench> bench;

    ShippingBench(const core::Database &db, const QString &actor)
        : context { db, events, actor }
    {
        bench = std::make_unique<shipping::ShippingWorkbench>(context, &window);
        const QList<QDockWidget *> docks = bench->dockWidgets();
        for (QDockWidget *d : docks) {
            window.addDockWidget(Qt::RightDockWidgetArea, d);
            if (d != docks.first())
                window.tabifyDockWidget(docks.first(), d);
        }
        docks.first()->raise();
        window.resize(1366, 768);
    }
    ~ShippingBench() { bench.reset(); } // before the window and the events it uses

    /// Shows the window, the dispatch queue in front.
    bool show()
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        raise("queue");
        QCoreApplication::processEvents(); // the dock layout hides the docks behind the tabs
        return true;
    }
    QDockWidget *dock(const char *viewId) const { return bench->dock(QString::fromLatin1(viewId)); }
    /// Brings a view's dock to the front, as clicking its tab does.
    void raise(const char *viewId) const { dock(viewId)->raise(); }
};

} // namespace shopdesk::test
