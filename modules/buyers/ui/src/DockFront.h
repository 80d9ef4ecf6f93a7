#pragma once

#include <QDockWidget>
#include <QMainWindow>
#include <QPointer>
#include <QTabBar>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace shopdesk::buyers {

/// The dock a view sits in (through its scroll area), or null.
inline QDockWidget *dockOf(QWidget *view)
{
    for (QWidget *w = view->parentWidget(); w; w = w->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            return dock;
    return nullptr;
}

/// Whether the view can be seen: shown, and when its dock is tabbed together with others, the
/// dock's tab is the current one (a tab behind stays "visible" to Qt, only covered).
inline bool inFront(QWidget *view)
{
    if (!view->isVisible())
        return false;
    QDockWidget *dock = dockOf(view);
    auto *window = dock ? qobject_cast<QMainWindow *>(dock->parentWidget()) : nullptr;
    if (!window || window->tabifiedDockWidgets(dock).isEmpty())
        return true;
    for (QTabBar *bar : window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabData(i).toULongLong() == quintptr(dock))
                return bar->currentIndex() == i;
    return true; // no tab bar to tell by
}

/// Runs `read` for a view that has just been shown once it is really in front: at once when its
/// dock stands alone; when the dock is one of several tabbed together, on the next turn of the
/// event loop (when the window's layout has chosen the tab in front) and again each time its tab
/// is chosen. So a tab behind reads nothing until the user brings it forward.
inline void whenInFront(QWidget *view, const std::function<void()> &read)
{
    QDockWidget *dock = dockOf(view);
    auto *window = dock ? qobject_cast<QMainWindow *>(dock->parentWidget()) : nullptr;
    QPointer<QWidget> guarded(view);
    auto later = [guarded, read] {
        QTimer::singleShot(0, guarded, [guarded, read] {
            if (guarded && inFront(guarded))
                read();
        });
    };
    if (dock && !dock->property("shopdeskFrontWatched").toBool()) {
        dock->setProperty("shopdeskFrontWatched", true);
        QObject::connect(dock, &QDockWidget::visibilityChanged, view, [later](bool visible) {
            if (visible)
                later();
        });
    }
    if (!window || window->tabifiedDockWidgets(dock).isEmpty())
        read();
    else
        later();
}

} // namespace shopdesk::buyers
